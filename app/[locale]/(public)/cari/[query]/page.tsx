import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale, pageMetadata } from "@/i18n/server";
import { paramsForLocales } from "@/i18n/routing";
import { paths } from "@/lib/paths";
import { withoutControlCharacters } from "@/lib/request-guard";
import { parseSearchQuery, queryFromPathSegment, SEARCH_QUERY_MAX, SEARCH_QUERY_MIN, searchPathSegment } from "@/lib/search/params";
import { search } from "@/lib/search/queries";
import { SearchPageHeading } from "@/components/search-page-heading";
import { SearchBox } from "@/components/search-box";
import { SearchResults } from "@/components/search-results";

// A search's results: proxy.ts rewrites /cari?q=kupang here (the query as a base64url segment) so that each query
// is one cached page, served like any other page, instead of a render per request. Results carry the record's cache tags,
// so an edit expires them; the page cache handler keeps these pages in memory only (any number of queries must
// not fill the disk).
export async function generateStaticParams() {
  // nothing is worth prerendering (queries are the readers'); Cache Components needs one entry to know the route
  // is static
  return paramsForLocales([], { query: searchPathSegment("paritrana") });
}

export async function generateMetadata({ params }: PageProps<"/[locale]/cari/[query]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "searchPage" });
  return {
    ...pageMetadata(locale, paths.search(), { title: t("title"), description: t("description") }),
    robots: { index: false, follow: true },
  };
}

export default async function SearchResultsPage({ params }: PageProps<"/[locale]/cari/[query]">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale });
  const raw = queryFromPathSegment((await params).query);
  if (raw === null) notFound();
  const parsed = parseSearchQuery(raw);
  return (
    <article>
      <SearchPageHeading />
      <SearchBox defaultValue={parsed.ok ? parsed.q : withoutControlCharacters(raw)} />
      {parsed.ok ? (
        <SearchResults q={parsed.q} results={await search(parsed.q)} locale={locale} />
      ) : (
        parsed.error && (
          <p role="alert" className="mt-4 text-red-800">
            {t(`searchPage.${parsed.error}`, { min: SEARCH_QUERY_MIN, max: SEARCH_QUERY_MAX })}
          </p>
        )
      )}
    </article>
  );
}
