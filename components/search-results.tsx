import { getTranslations } from "next-intl/server";
import { Link } from "@/components/page-link";
import type { Locale } from "@/i18n/routing";
import { paths } from "@/lib/paths";
import type { SearchResults as Results } from "@/lib/search/queries";

/** What a search found, grouped by kind; every hit links to its page. */
export async function SearchResults({ q, results, locale }: { q: string; results: Results; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "searchPage" });
  const { organizations, regions, sources, categories } = results;
  const empty = organizations.length + regions.length + sources.length + categories.length === 0;
  return (
    <>
      <h2 className="mt-6 text-lg font-semibold" aria-live="polite">{t("results", { q })}</h2>
      {empty && <p className="mt-2 text-slate-700">{t("nothing", { q })}</p>}
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
      <p className="mt-6 text-sm"><a href={`/api/v1/search?q=${encodeURIComponent(q)}`} className="text-brand-700 underline underline-offset-2">{t("json")}</a></p>
    </>
  );
}
