import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/page-link";
import { ceremonyDay, ceremonyText, editionName, levelName } from "@/i18n/format";
import { paramsForLocales } from "@/i18n/routing";
import { pageLocale, pageMetadata } from "@/i18n/server";
import { editionsSharingALabel } from "@/lib/awards/edition-names";
import { getChangeHistory, getEdition, listEditionIds, listEditions } from "@/lib/awards/queries";
import { formatDay, isIsoDay } from "@/lib/dates";
import { paths } from "@/lib/paths";
import { ChangeHistory } from "@/components/change-history";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CitationPanel } from "@/components/citation-panel";
import { DataDownloads } from "@/components/data-downloads";
import { JsonLd } from "@/components/json-ld";
import { absoluteUrl } from "@/lib/site-url";
import { localizedPath } from "@/i18n/routing";
import { EditionPlacings } from "@/components/edition-placings";

export async function generateStaticParams() {
  return paramsForLocales(
    (await listEditionIds()).map((id) => ({ id })),
    { id: "-" },
  );
}

export async function generateMetadata({ params }: PageProps<"/[locale]/edisi/[id]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const edition = await getEdition((await params).id);
  if (!edition) return {};
  const t = await getTranslations({ locale });
  const name = editionName(t, edition, locale);
  return pageMetadata(locale, paths.edition(edition.id), { title: name, description: `${name}: ${t("edition.placings")}.` });
}

export default async function EditionPage({ params }: PageProps<"/[locale]/edisi/[id]">) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const [edition, editions, history, t] = await Promise.all([
    getEdition(id),
    listEditions(),
    getChangeHistory("edition", id),
    getTranslations({ locale }),
  ]);
  if (!edition) notFound();

  const summary = editions.find((e) => e.id === edition.id);
  const shared = summary ? editionsSharingALabel(summary, editions) : [];
  const venue = edition.facts.find((f) => f.kind === "venue")?.value;
  const organizer = edition.facts.find((f) => f.kind === "organizer")?.value;
  const crumbs = [
    { name: t("site.nav.home"), path: paths.home() },
    ...(edition.province
      ? [{ name: edition.province.name, path: paths.province(edition.province.slug ?? edition.province.code) }]
      : [{ name: t("level.national"), path: paths.national() }]),
    {
      name: edition.ceremonyDate ? formatDay(edition.ceremonyDate, locale) : ceremonyText(t, edition, locale),
      path: paths.edition(edition.id),
    },
  ];

  return (
    <article>
      <Breadcrumbs items={crumbs} />
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Event",
          name: editionName(t, edition, locale),
          ...(edition.ceremonyDate ? { startDate: edition.ceremonyDate } : {}),
          eventStatus: "https://schema.org/EventScheduled",
          eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
          url: absoluteUrl(localizedPath(locale, paths.edition(edition.id))),
          ...(venue
            ? {
                location: {
                  "@type": "Place",
                  name: venue,
                  ...(edition.province
                    ? { address: { "@type": "PostalAddress", addressRegion: edition.province.name, addressCountry: "ID" } }
                    : {}),
                },
              }
            : {}),
          ...(organizer ? { organizer: { "@type": "Organization", name: organizer } } : {}),
        }}
      />
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-brand-900 sm:text-3xl">
        {edition.program.name} {levelName(t, edition)}
      </h1>
      <p className="mt-1 text-lg text-slate-700">
        {edition.ceremonyDate
          ? t("edition.ceremony", { date: formatDay(edition.ceremonyDate, locale, true) })
          : ceremonyText(t, edition, locale)}
      </p>
      {edition.sharedWith.length > 0 && (
        <p className="mt-3 text-slate-800">
          {t("edition.sharedCeremony")}{" "}
          {edition.sharedWith.map((o, i) => (
            <span key={o.id}>
              {i > 0 && ", "}
              <Link href={paths.edition(o.id)} className="font-medium underline underline-offset-2">
                {editionName(t, o, locale)}
              </Link>
            </span>
          ))}
        </p>
      )}

      {shared.map((s) => (
        <p key={s.edition.id} role="note" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">
          {t("edition.sharedLabel", { date: ceremonyDay(t, s.edition, locale), labels: s.labels.join("”, “") })}{" "}
          <Link href={paths.edition(s.edition.id)} className="font-medium underline underline-offset-2">
            {ceremonyText(t, s.edition, locale)}
          </Link>
        </p>
      ))}

      <section aria-labelledby="peringkat" className="mt-8">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="peringkat" className="text-xl font-semibold">
            {t("edition.placings")}
          </h2>
          <DataDownloads query={{ edition: edition.id }} />
        </div>
        <EditionPlacings editionId={edition.id} categories={edition.categories} claims={edition.claims} />
      </section>

      <section aria-labelledby="fakta" className="mt-10">
        <h2 id="fakta" className="text-xl font-semibold">
          {t("edition.about")}
        </h2>
        <dl className="mt-3 divide-y divide-slate-200 border-y border-slate-200">
          {edition.facts.map((f) => {
            const label = t(`facts.${f.kind}`);
            const value =
              f.kind === "ceremony_date" && isIsoDay(f.value)
                ? formatDay(f.value, locale, true)
                : f.kind === "year_label"
                  ? t("edition.yearLabel", { label: f.value })
                  : f.value;
            return (
              <div key={f.id} className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr]">
                <dt className="font-medium text-slate-600">{label}</dt>
                <dd>
                  {f.kind === "ceremony_date" ? (
                    <time dateTime={f.value}>{value}</time>
                  ) : (
                    <span lang={f.kind === "year_label" ? undefined : "id"}>{value}</span>
                  )}
                  <CitationPanel citations={f.citations} inferenceNote={f.inferenceNote} subject={`${label}: ${value}`} />
                </dd>
              </div>
            );
          })}
        </dl>
      </section>
      <ChangeHistory changes={history} />
    </article>
  );
}
