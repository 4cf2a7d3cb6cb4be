import { Suspense } from "react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { withoutControlCharacters } from "@/lib/request-guard";
import type { Locale } from "@/i18n/routing";
import { pageLocale, pageMetadata } from "@/i18n/server";
import { paths } from "@/lib/paths";
import { parseSearchQuery } from "@/lib/search/params";
import { search } from "@/lib/search/queries";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { SearchBox } from "@/components/search-box";

export async function generateMetadata({ params }: PageProps<"/[locale]/cari">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "searchPage" });
  return { ...pageMetadata(locale, paths.search(), { title: t("title"), description: t("description") }), robots: { index: false, follow: true } };
}

// The page shell (heading, form) is static; the results depend on ?q= and stream in.
export default async function SearchPage({ params, searchParams }: PageProps<"/[locale]/cari">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale });
  return (
    <article>
      <Breadcrumbs items={[{ name: t("site.nav.home"), path: paths.home() }, { name: t("searchPage.title"), path: paths.search() }]} />
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-brand-900 sm:text-3xl">{t("searchPage.title")}</h1>
      <Suspense fallback={<SearchBox />}>
        <Results searchParams={searchParams} locale={locale} />
      </Suspense>
    </article>
  );
}

async function Results({ searchParams, locale }: { searchParams: PageProps<"/[locale]/cari">["searchParams"]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "searchPage" });
  const raw = (await searchParams).q;
  const parsed = parseSearchQuery(raw);
  const shown = typeof raw === "string" ? withoutControlCharacters(raw) : "";
  if (!parsed.ok) {
    return (
      <>
        <SearchBox defaultValue={shown} />
        {parsed.error && <p role="alert" className="mt-4 text-red-800">{t(parsed.error)}</p>}
      </>
    );
  }
  const { organizations, regions, sources, categories } = await search(parsed.q);
  const empty = organizations.length + regions.length + sources.length + categories.length === 0;
  return (
    <>
      <SearchBox defaultValue={parsed.q} />
      <h2 className="mt-6 text-lg font-semibold" aria-live="polite">{t("results", { q: parsed.q })}</h2>
      {empty && <p className="mt-2 text-slate-700">{t("nothing", { q: parsed.q })}</p>}
      {organizations.length > 0 && (
        <section aria-labelledby="hasil-organisasi" className="mt-4">
          <h3 id="hasil-organisasi" className="font-semibold text-slate-700">{t("organizations")}</h3>
          <ul className="mt-2 space-y-2">
            {organizations.map((o) => (
              <li key={o.id}>
                <Link href={paths.organization(o.id)} className="font-medium text-brand-800 underline underline-offset-2">{o.name}</Link>
                {o.regionName && <span className="text-slate-600"> · {o.regionName}</span>}
                {o.matched !== o.name && <span className="block text-sm text-slate-600">{t("matched", { spelling: o.matched })}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {regions.length > 0 && (
        <section aria-labelledby="hasil-wilayah" className="mt-4">
          <h3 id="hasil-wilayah" className="font-semibold text-slate-700">{t("regions")}</h3>
          <ul className="mt-2 space-y-2">
            {regions.map((r) => (
              <li key={r.code}>
                {r.provinceSlug ? <Link href={paths.province(r.provinceSlug)} className="font-medium text-brand-800 underline underline-offset-2">{r.name}</Link> : <span className="font-medium">{r.name}</span>}
                <span className="text-slate-600"> ({r.code})</span>
                {r.organizations.length > 0 && (
                  <span className="block text-sm text-slate-700">
                    {t("inRegion")}
                    {r.organizations.map((o, i) => (
                      <span key={o.id}>{i > 0 && ", "}<Link href={paths.organization(o.id)} className="underline underline-offset-2">{o.name}</Link></span>
                    ))}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {categories.length > 0 && (
        <section aria-labelledby="hasil-kategori" className="mt-4">
          <h3 id="hasil-kategori" className="font-semibold text-slate-700">{t("categories")}</h3>
          <ul className="mt-2 space-y-2">
            {categories.map((g) => (
              <li key={g.key}>
                <Link href={paths.category(g.key)} className="font-medium text-brand-800 underline underline-offset-2">{locale === "en" ? g.nameEn : g.nameId}</Link>
                {/* how the rounds word it: the words that matched */}
                <span lang="id" className="block text-sm text-slate-600">{g.wordings.map((w) => `“${w}”`).join(", ")}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {sources.length > 0 && (
        <section aria-labelledby="hasil-sumber" className="mt-4">
          <h3 id="hasil-sumber" className="font-semibold text-slate-700">{t("sources")}</h3>
          <ul className="mt-2 space-y-2">
            {sources.map((s) => (
              <li key={s.id}><Link href={paths.source(s.id)} className="font-medium text-brand-800 underline underline-offset-2">{s.publisher}</Link>{s.title && <span lang="id" className="text-slate-600"> · {s.title}</span>}</li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-6 text-sm"><a href={`/api/v1/search?q=${encodeURIComponent(parsed.q)}`} className="text-brand-700 underline underline-offset-2">{t("json")}</a></p>
    </>
  );
}
