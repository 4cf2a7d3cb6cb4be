import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/server";
import { routing } from "@/i18n/routing";
import { Link } from "@/components/page-link";
import { env } from "@/lib/env";
import { LanguageSwitch } from "@/components/language-switch";
import "../globals.css";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "site" });
  return {
    metadataBase: new URL(env.SITE_URL),
    icons: { icon: "/icon.svg" },
    title: { default: t("title"), template: `%s · ${t("name")}` },
    description: t("description"),
    openGraph: { siteName: t("name") },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "site" });
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        <a
          href="#konten"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2 focus:text-slate-900"
        >
          {t("skip")}
        </a>
        <header className="border-b border-slate-200 bg-brand-900 text-white">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
            <Link href="/" className="font-semibold tracking-tight">
              {t("name")}
            </Link>
            <nav aria-label={t("nav.label")} className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
              <Link href="/kategori" className="underline-offset-4 hover:underline">
                {t("nav.categories")}
              </Link>
              <Link href="/cari" className="underline-offset-4 hover:underline">
                {t("nav.search")}
              </Link>
              <Link href="/api" className="underline-offset-4 hover:underline">
                {t("nav.api")}
              </Link>
              <LanguageSwitch target={t("language.switchToLang")} label={t("language.switchTo")} />
            </nav>
          </div>
        </header>
        <main id="konten" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
        <footer className="mt-16 border-t border-slate-200">
          <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-slate-600">{t("footer")}</div>
        </footer>
      </body>
    </html>
  );
}
