import type { Metadata } from "next";
import "../globals.css";

export const metadata: Metadata = { title: { default: "Admin", template: "%s · Admin Catatan Paritrana Award" }, robots: { index: false, follow: false } };

// The admin's own root layout: Indonesian, never indexed, no public navigation.
export default function AdminRootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="id">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <header className="border-b border-slate-200 bg-slate-900 text-white">
          <div className="mx-auto flex max-w-4xl items-center justify-between px-4 py-3">
            <a href="/admin" className="font-semibold">Admin Catatan Paritrana Award</a>
            <a href="/" className="text-sm underline-offset-4 hover:underline">Situs publik</a>
          </div>
        </header>
        <main id="konten" className="mx-auto max-w-4xl px-4 py-8">{children}</main>
      </body>
    </html>
  );
}
