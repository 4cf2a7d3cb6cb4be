import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale, pageMetadata } from "@/i18n/server";
import { paths } from "@/lib/paths";
import { SearchPageHeading } from "@/components/search-page-heading";
import { SearchBox } from "@/components/search-box";

export async function generateMetadata({ params }: PageProps<"/[locale]/cari">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "searchPage" });
  return {
    ...pageMetadata(locale, paths.search(), { title: t("title"), description: t("description") }),
    robots: { index: false, follow: true },
  };
}

// The empty form, prerendered. A search (/cari?q=...) is rewritten to ./[query] by proxy.ts, one cached page
// per query, so this page never reads ?q= and stays static.
export default async function SearchPage({ params }: PageProps<"/[locale]/cari">) {
  await pageLocale(params);
  return (
    <article>
      <SearchPageHeading />
      <SearchBox />
    </article>
  );
}
