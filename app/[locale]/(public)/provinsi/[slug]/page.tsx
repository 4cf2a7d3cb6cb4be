import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/page-link";
import { paramsForLocales } from "@/i18n/routing";
import { pageLocale, pageMetadata } from "@/i18n/server";
import { coverageOf, type CoverageState } from "@/lib/awards/coverage";
import { editionYears } from "@/lib/awards/edition-names";
import { getProvinceOverview, listProvinceSlugs } from "@/lib/awards/queries";
import { ceremonyDay } from "@/i18n/format";
import { paths } from "@/lib/paths";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DataDownloads } from "@/components/data-downloads";
import { EditionCard } from "@/components/edition-card";

export async function generateStaticParams() {
  return paramsForLocales(
    (await listProvinceSlugs()).map((slug) => ({ slug })),
    { slug: "-" },
  );
}

export async function generateMetadata({ params }: PageProps<"/[locale]/provinsi/[slug]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const overview = await getProvinceOverview((await params).slug);
  if (!overview) return {};
  const t = await getTranslations({ locale, namespace: "province" });
  return pageMetadata(locale, paths.province(overview.province.slug), {
    title: t("title", { province: overview.province.name }),
    description: t("description", { province: overview.province.name }),
  });
}

const CELL_STYLE: Record<CoverageState["state"], string> = {
  none: "bg-white text-slate-500",
  single: "bg-amber-50 text-amber-950",
  sourced: "bg-emerald-50 text-emerald-900",
  disagree: "bg-red-50 text-red-900 font-semibold",
};
const CELL_MARK: Record<CoverageState["state"], string> = { none: "–", single: "◐", sourced: "●", disagree: "⚠" };

export default async function ProvincePage({ params }: PageProps<"/[locale]/provinsi/[slug]">) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const [overview, t] = await Promise.all([getProvinceOverview(slug), getTranslations({ locale })]);
  if (!overview) notFound();
  const { province, editions, claims, groups } = overview;
  const cellText = (c: CoverageState) => (c.state === "sourced" ? t("province.sourced", { count: c.sources }) : t(`province.${c.state}`));

  return (
    <article>
      <Breadcrumbs
        items={[
          { name: t("site.nav.home"), path: paths.home() },
          { name: province.name, path: paths.province(province.slug) },
        ]}
      />
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-brand-900 sm:text-3xl">
        {t("province.title", { province: province.name })}
      </h1>
      <DataDownloads query={{ province: province.code }} />

      {editions.length === 0 ? (
        <p className="mt-6 text-slate-700">{t("province.noEditions")}</p>
      ) : (
        <>
          <section aria-labelledby="tahun" className="mt-6">
            <h2 id="tahun" className="text-lg font-semibold">
              {t("province.years")}
            </h2>
            <p className="text-sm text-slate-600">{t("province.yearsHelp")}</p>
            <ul className="mt-2 flex flex-wrap gap-2">
              {editionYears(editions).map((year) => (
                <li key={year}>
                  <Link
                    href={paths.provinceYear(province.slug, year)}
                    className="inline-block rounded border border-slate-300 px-3 py-1 font-medium text-brand-800 underline underline-offset-2"
                  >
                    {year}
                  </Link>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="cakupan" className="mt-8">
            <h2 id="cakupan" className="text-xl font-semibold">
              {t("province.coverage")}
            </h2>
            <p className="text-sm text-slate-600">{t("province.coverageHelp")}</p>
            <div className="mt-3 overflow-x-auto">
              <table className="min-w-full border-collapse text-sm">
                <caption className="sr-only">{t("province.coverage")}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="sticky left-0 border border-slate-200 bg-slate-100 p-2 text-left">
                      {t("province.ceremonyColumn")}
                    </th>
                    {groups.map((g) => (
                      <th key={g.key} scope="col" className="border border-slate-200 bg-slate-100 p-2 text-left align-bottom font-medium">
                        <Link href={paths.category(g.key)} className="underline underline-offset-2">
                          {locale === "en" ? g.nameEn : g.nameId}
                        </Link>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {editions.map((e) => (
                    <tr key={e.id}>
                      <th scope="row" className="sticky left-0 border border-slate-200 bg-white p-2 text-left font-medium">
                        <Link href={paths.edition(e.id)} className="underline underline-offset-2">
                          {ceremonyDay(t, e, locale)}
                        </Link>
                        <span className="block text-xs font-normal text-slate-600">
                          {e.yearLabels.map((label) => t("edition.yearLabel", { label })).join(", ")}
                        </span>
                      </th>
                      {groups.map((g) => {
                        const inCell = claims.filter((x) => x.editionId === e.id && x.groupKey === g.key);
                        const cell = coverageOf(e.id, inCell);
                        // how this round named the category (or categories) in this group
                        const labels = [...new Set(inCell.map((x) => x.label))];
                        return (
                          <td key={g.key} className={`border border-slate-200 p-2 ${CELL_STYLE[cell.state]}`} data-state={cell.state}>
                            <span aria-hidden="true">{CELL_MARK[cell.state]} </span>
                            {cellText(cell)}
                            {labels.length > 0 && (
                              <span lang="id" className="block text-xs text-slate-600">
                                {labels.map((l) => `“${l}”`).join(", ")}
                              </span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="edisi" className="mt-8">
            <h2 id="edisi" className="text-xl font-semibold">
              {t("province.editions")}
            </h2>
            <ul className="mt-3 grid gap-4 sm:grid-cols-2">
              {editions.map((e) => (
                <li key={e.id}>
                  <EditionCard edition={e} all={editions} />
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </article>
  );
}
