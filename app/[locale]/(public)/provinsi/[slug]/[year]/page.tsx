import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/page-link";
import { paramsForLocales } from "@/i18n/routing";
import { pageLocale, pageMetadata } from "@/i18n/server";
import { editionYears, yearMatch } from "@/lib/awards/edition-names";
import { getEdition, getProvinceOverview, listProvinceSlugs } from "@/lib/awards/queries";
import { ceremonyDay, ceremonyText } from "@/i18n/format";
import { formatDay } from "@/lib/dates";
import { paths } from "@/lib/paths";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DataDownloads } from "@/components/data-downloads";
import { EditionPlacings } from "@/components/edition-placings";

export async function generateStaticParams() {
  const params: { slug: string; year: string }[] = [];
  for (const slug of await listProvinceSlugs()) {
    const overview = await getProvinceOverview(slug);
    for (const year of editionYears(overview?.editions ?? [])) params.push({ slug, year });
  }
  return paramsForLocales(params, { slug: "-", year: "0000" });
}

async function load(slug: string, year: string) {
  if (!/^\d{4}$/.test(year)) return null;
  const overview = await getProvinceOverview(slug);
  if (!overview) return null;
  const matches = overview.editions.flatMap((e) => {
    const why = yearMatch(e, year);
    return why ? [{ edition: e, why }] : [];
  });
  return { province: overview.province, matches };
}

export async function generateMetadata({ params }: PageProps<"/[locale]/provinsi/[slug]/[year]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug, year } = await params;
  const data = await load(slug, year);
  if (!data) return {};
  const t = await getTranslations({ locale, namespace: "year" });
  return pageMetadata(locale, paths.provinceYear(data.province.slug, year), {
    title: t("title", { province: data.province.name, year }),
    description: t("description", { province: data.province.name, year }),
  });
}

export default async function ProvinceYearPage({ params }: PageProps<"/[locale]/provinsi/[slug]/[year]">) {
  const locale = await pageLocale(params);
  const { slug, year } = await params;
  const [data, t] = await Promise.all([load(slug, year), getTranslations({ locale })]);
  if (!data) notFound();
  const { province, matches } = data;
  const details = await Promise.all(matches.map((m) => getEdition(m.edition.id)));
  const sameLabel = matches.filter((m) => m.why.labels.length > 0);

  return (
    <article>
      <Breadcrumbs
        items={[
          { name: t("site.nav.home"), path: paths.home() },
          { name: province.name, path: paths.province(province.slug) },
          { name: year, path: paths.provinceYear(province.slug, year) },
        ]}
      />
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-brand-900 sm:text-3xl">
        {t("year.title", { province: province.name, year })}
      </h1>
      <DataDownloads query={{ province: province.code, year }} />
      {matches.length === 0 ? (
        <p className="mt-6 text-slate-700">{t("year.none", { year })}</p>
      ) : (
        <>
          <p className="mt-4 text-slate-700">{t("year.intro", { year })}</p>
          {sameLabel.length > 1 && (
            <p role="note" className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 font-medium text-amber-950">
              {t("year.sameLabel", {
                count: sameLabel.length,
                year,
                dates: sameLabel.map((m) => ceremonyDay(t, m.edition, locale)).join(", "),
              })}
            </p>
          )}
          {matches.map(({ edition, why }, i) => (
            <section key={edition.id} aria-labelledby={`e-${edition.id}`} className="mt-10 border-t border-slate-200 pt-6">
              <h2 id={`e-${edition.id}`} className="text-xl font-semibold">
                <Link href={paths.edition(edition.id)} className="text-brand-800 underline underline-offset-2">
                  {edition.ceremonyDate
                    ? t("edition.ceremony", { date: formatDay(edition.ceremonyDate, locale, true) })
                    : ceremonyText(t, edition, locale)}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-700">
                {t("year.why", {
                  reasons: [
                    ...why.labels.map((label) => t("year.reasonLabel", { label: `Paritrana Award ${label}` })),
                    ...(why.ceremony ? [t("year.reasonCeremony", { year })] : []),
                  ].join("; "),
                })}
              </p>
              {details[i] && <EditionPlacings editionId={edition.id} categories={details[i].categories} claims={details[i].claims} />}
            </section>
          ))}
        </>
      )}
    </article>
  );
}
