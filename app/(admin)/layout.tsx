import { adminPaths } from "@/lib/paths";
import type { Metadata } from "next";
import "../globals.css";

export const metadata: Metadata = {
  title: { default: "Admin", template: "%s · Admin Catatan Paritrana Award" },
  robots: { index: false, follow: false },
};

const NAV = [
  [adminPaths.home(), "Beranda"],
  [adminPaths.extractions(), "Dari artikel"],
  [adminPaths.newClaim(), "Klaim baru"],
  [adminPaths.newSource(), "Sumber baru"],
  [adminPaths.organizations(), "Organisasi"],
  [adminPaths.editions(), "Edisi"],
  [adminPaths.groups(), "Kelompok kategori"],
  [adminPaths.import(), "Impor"],
  [adminPaths.accounts(), "Akun"],
  [adminPaths.password(), "Kata sandi"],
  [adminPaths.secondFactor(), "Dua langkah"],
] as const;

// The admin's own root layout: Indonesian, never indexed, no public navigation.
export default function AdminRootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="id">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <header className="border-b border-slate-200 bg-slate-900 text-white">
          <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between px-4 py-3">
            <a href={adminPaths.home()} className="font-semibold">
              Admin Catatan Paritrana Award
            </a>
            <a href="/" className="text-sm underline-offset-4 hover:underline">
              Situs publik
            </a>
          </div>
          <nav aria-label="Admin" className="mx-auto max-w-4xl px-4 pb-2">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {NAV.map(([href, label]) => (
                <li key={href}>
                  <a href={href} className="underline-offset-4 hover:underline">
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="konten" className="mx-auto max-w-4xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
