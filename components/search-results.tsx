import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/page-link";
import type { Locale } from "@/i18n/routing";
import { paths } from "@/lib/paths";
import type { SearchResults as Results } from "@/lib/search/queries";

/** One kind of hit (organisations, regions, categories, sources): a titled list. */
function ResultSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-4">
      <h3 id={id} className="font-semibold text-slate-700">
        {title}
      </h3>
      <ul className="mt-2 space-y-2">{children}</ul>
    </section>
  );
}

/** What a search found, grouped by kind; every hit links to its page. */
export async function SearchResults({ q, results, locale }: { q: string; results: Results; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "searchPage" });
  const { organizations, regions, sources, categories } = results;
  const empty = organizations.length + regions.length + sources.length + categories.length === 0;
  return (
    <>
      <h2 className="mt-6 text-lg font-semibold" aria-live="polite">
        {t("results", { q })}
      </h2>
      {empty && <p className="mt-2 text-slate-700">{t("nothing", { q })}</p>}
      {organizations.length > 0 && (
        <ResultSection id="hasil-organisasi" title={t("organizations")}>
          {organizations.map((o) => (
            <li key={o.id}>
              <Link href={paths.organization(o.id)} className="font-medium text-brand-800 underline underline-offset-2">
                {o.name}
              </Link>
              {o.regionName && <span className="text-slate-600"> · {o.regionName}</span>}
              {o.matched !== o.name && <span className="block text-sm text-slate-600">{t("matched", { spelling: o.matched })}</span>}
            </li>
          ))}
        </ResultSection>
      )}
      {regions.length > 0 && (
        <ResultSection id="hasil-wilayah" title={t("regions")}>
          {regions.map((r) => (
            <li key={r.code}>
              {r.provinceSlug ? (
                <Link href={paths.province(r.provinceSlug)} className="font-medium text-brand-800 underline underline-offset-2">
                  {r.name}
                </Link>
              ) : (
                <span className="font-medium">{r.name}</span>
              )}
              <span className="text-slate-600"> ({r.code})</span>
              {r.organizations.length > 0 && (
                <span className="block text-sm text-slate-700">
                  {t("inRegion")}
                  {r.organizations.map((o, i) => (
                    <span key={o.id}>
                      {i > 0 && ", "}
                      <Link href={paths.organization(o.id)} className="underline underline-offset-2">
                        {o.name}
                      </Link>
                    </span>
                  ))}
                </span>
              )}
            </li>
          ))}
        </ResultSection>
      )}
      {categories.length > 0 && (
        <ResultSection id="hasil-kategori" title={t("categories")}>
          {categories.map((g) => (
            <li key={g.key}>
              <Link href={paths.category(g.key)} className="font-medium text-brand-800 underline underline-offset-2">
                {locale === "en" ? g.nameEn : g.nameId}
              </Link>
              {/* how the rounds word it: the words that matched */}
              <span lang="id" className="block text-sm text-slate-600">
                {g.wordings.map((w) => `“${w}”`).join(", ")}
              </span>
            </li>
          ))}
        </ResultSection>
      )}
      {sources.length > 0 && (
        <ResultSection id="hasil-sumber" title={t("sources")}>
          {sources.map((s) => (
            <li key={s.id}>
              <Link href={paths.source(s.id)} className="font-medium text-brand-800 underline underline-offset-2">
                {s.publisher}
              </Link>
              {s.title && (
                <span lang="id" className="text-slate-600">
                  {" "}
                  · {s.title}
                </span>
              )}
            </li>
          ))}
        </ResultSection>
      )}
      <p className="mt-6 text-sm">
        <a href={paths.searchApi(q)} className="text-brand-700 underline underline-offset-2">
          {t("json")}
        </a>
      </p>
    </>
  );
}
