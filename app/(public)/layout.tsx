import Link from "next/link";
import { paths } from "@/lib/paths";

export default function PublicLayout({ children }: LayoutProps<"/">) {
  return (
    <>
      <a href="#konten" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Langsung ke konten
      </a>
      <header className="border-b border-slate-200 bg-brand-900 text-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
          <Link href={paths.home()} className="font-semibold tracking-tight">
            Catatan Paritrana Award
          </Link>
          <nav aria-label="Utama" className="text-sm">
            <a href="/api/v1/claims" className="underline-offset-4 hover:underline">
              Data (JSON)
            </a>
          </nav>
        </div>
      </header>
      <main id="konten" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
      <footer className="mt-16 border-t border-slate-200">
        <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-slate-600">
          Setiap peringkat di situs ini bersumber dari artikel berita yang tersimpan utuh, dengan kutipan persisnya.
          Di mana sumber berbeda, semua versi ditampilkan.
        </div>
      </footer>
    </>
  );
}
