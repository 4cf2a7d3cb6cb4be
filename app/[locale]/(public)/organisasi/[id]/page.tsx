import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/page-link";
import { categoryLabel, editionName, rankName } from "@/i18n/format";
import { localizedPath, paramsForLocales } from "@/i18n/routing";
import { pageLocale, pageMetadata } from "@/i18n/server";
import { PrizeLine } from "@/components/placing-list";
import { getChangeHistory, getOrganization, listOrganizationIds, PRERENDER_LIMIT } from "@/lib/awards/queries";
import { paths } from "@/lib/paths";
import { absoluteUrl } from "@/lib/site-url";
import { ChangeHistory } from "@/components/change-history";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CitationPanel } from "@/components/citation-panel";
import { DataDownloads } from "@/components/data-downloads";
import { JsonLd } from "@/components/json-ld";
import { SourceDate } from "@/components/source-date";
import { StatusBadge } from "@/components/status-badge";

export async function generateStaticParams() {
  return paramsForLocales(
    (await listOrganizationIds(PRERENDER_LIMIT)).map((id) => ({ id })),
    { id: "-" },
  );
}

export async function generateMetadata({ params }: PageProps<"/[locale]/organisasi/[id]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const org = await getOrganization((await params).id);
  if (!org || org.mergedIntoId) return {};
  const t = await getTranslations({ locale });
  return pageMetadata(locale, paths.organization(org.id), {
    title: org.name,
    description: t("organization.description", { name: org.name }),
  });
}

const GOVERNMENT = new Set(["province_government", "regency_government", "city_government", "village", "kelurahan"]);

export default async function OrganizationPage({ params }: PageProps<"/[locale]/organisasi/[id]">) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const [org, history, t] = await Promise.all([getOrganization(id), getChangeHistory("organization", id), getTranslations({ locale })]);
  if (!org) notFound();
  // A record merged into another: its permalink leads to the one that holds its spellings and placings now.
  if (org.mergedIntoId) permanentRedirect(localizedPath(locale, paths.organization(org.mergedIntoId)));
  const region = org.region;
  const regionPath = [region?.name, region?.parent?.name, region?.parent?.parent?.name, region?.parent?.parent?.parent?.name]
    .filter(Boolean)
    .join(", ");
  const url = absoluteUrl(localizedPath(locale, paths.organization(org.id)));

  return (
    <article>
      <Breadcrumbs
        items={[
          { name: t("site.nav.home"), path: paths.home() },
          { name: org.name, path: paths.organization(org.id) },
        ]}
      />
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": GOVERNMENT.has(org.kind) ? "GovernmentOrganization" : "Organization",
          "@id": url,
          url,
          name: org.name,
          alternateName: [...new Set(org.aliases.map((a) => a.spelling))].filter((s) => s !== org.name),
          ...(region ? { areaServed: { "@type": "AdministrativeArea", name: region.name, identifier: region.code } } : {}),
          award: org.claims.map(
            (c) =>
              `Paritrana Award ${c.edition.yearLabel}: ${rankName(t, c.rank)} ${categoryLabel(c.category)} (${editionName(t, c.edition, locale)})`,
          ),
        }}
      />
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-brand-900">{org.name}</h1>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">{t("organization.kind")}</dt>
        <dd>
          {t(`kind.${org.kind}`)}
          {org.kindNote && (
            <span lang="id" className="block text-slate-600">
              {org.kindNote}
            </span>
          )}
        </dd>
        <dt className="text-slate-600">{t("organization.region")}</dt>
        <dd>
          {region ? t("organization.regionCode", { path: regionPath, code: region.code }) : t("organization.unknown")}
          {org.regionNote && (
            <span lang="id" className="block text-slate-600">
              {org.regionNote}
            </span>
          )}
        </dd>
        {org.note && (
          <>
            <dt className="text-slate-600">{t("organization.note")}</dt>
            <dd lang="id">{org.note}</dd>
          </>
        )}
      </dl>

      <section aria-labelledby="peringkat" className="mt-8">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="peringkat" className="text-xl font-semibold">
            {t("organization.placings")}
          </h2>
          <DataDownloads query={{ organization: org.id }} />
        </div>
        {org.claims.length === 0 && <p className="mt-2 text-slate-600">{t("organization.none")}</p>}
        <ol className="placings mt-3">
          {org.claims.map((c) => {
            // the category in the edition's own words
            const title = `${rankName(t, c.rank)} ${categoryLabel(c.category)}`;
            return (
              <li key={c.id} className="placing">
                <div className="placing-head">
                  <Link href={paths.claim(c.id)} className="placing-name">
                    {title}
                  </Link>
                  <Link href={paths.edition(c.edition.id)} className="text-sm text-slate-700 underline underline-offset-2">
                    {editionName(t, c.edition, locale)}
                  </Link>
                  <StatusBadge status={c.status} inferences={c.inferences} />
                </div>
                {c.prize && <PrizeLine prize={c.prize} />}
                <CitationPanel citations={c.citations} inferenceNote={c.inferenceNote} subject={`${title}, ${org.name}`} />
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="ejaan" className="mt-8">
        <h2 id="ejaan" className="text-xl font-semibold">
          {t("organization.spellings")}
        </h2>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-300 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  {t("organization.spelling")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("organization.source")}
                </th>
                <th scope="col" className="py-2">
                  {t("organization.match")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {org.aliases.map((a) => (
                <tr key={a.id}>
                  <th scope="row" lang="id" className="py-2 pr-3 font-medium">
                    “{a.spelling}”
                  </th>
                  <td className="py-2 pr-3">
                    <Link href={paths.source(a.source.id)} className="underline underline-offset-2">
                      {a.source.publisher}
                    </Link>
                    <span className="block text-slate-600">
                      <SourceDate publishedAt={a.source.publishedAt} eventDate={a.source.eventDate} />
                    </span>
                  </td>
                  <td className="py-2">
                    {t(`organization.${a.match}`)}
                    {a.note && (
                      <span lang="id" className="block text-slate-600">
                        {a.note}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <ChangeHistory changes={history} />
    </article>
  );
}
