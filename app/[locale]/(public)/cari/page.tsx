import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale, pageMetadata } from "@/i18n/server";
import { paths } from "@/lib/paths";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { SearchBox } from "@/components/search-box";

export async function generateMetadata({ params }: PageProps<"/[locale]/cari">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "searchPage" });
  return { ...pageMetadata(locale, paths.search(), { title: t("title"), description: t("description") }), robots: { index: false, follow: true } };
}

// The empty form, prerendered. A search (/cari?q=...) is rewritten to ./[query] by proxy.ts, one cached page
// per query, so this page never reads ?q= and stays static.
export default async function SearchPage({ params }: PageProps<"/[locale]/cari">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale });
  return (
    <article>
      <Breadcrumbs items={[{ name: t("site.nav.home"), path: paths.home() }, { name: t("searchPage.title"), path: paths.search() }]} />
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-brand-900 sm:text-3xl">{t("searchPage.title")}</h1>
      <SearchBox />
    </article>
  );
}
