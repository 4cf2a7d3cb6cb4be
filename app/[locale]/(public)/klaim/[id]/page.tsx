import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/page-link";
import { categoryLabel, ceremonyText, disagreementSentences, editionName, rankName, type Translate } from "@/i18n/format";
import { localizedPath, paramsForLocales } from "@/i18n/routing";
import { pageLocale, pageMetadata } from "@/i18n/server";
import { disagreementsOf } from "@/lib/awards/disagreements";
import { getClaim, getChangeHistory, listClaimIds, listClaims, PRERENDER_LIMIT } from "@/lib/awards/queries";
import type { ClaimView } from "@/lib/awards/selects";
import { formatDay } from "@/lib/dates";
import { paths } from "@/lib/paths";
import { absoluteUrl } from "@/lib/site-url";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ChangeHistory } from "@/components/change-history";
import { CitationPanel } from "@/components/citation-panel";
import { PrizeLine } from "@/components/placing-list";
import { StatusBadge } from "@/components/status-badge";

export async function generateStaticParams() {
  return paramsForLocales(
    (await listClaimIds(PRERENDER_LIMIT)).map((id) => ({ id })),
    { id: "-" },
  );
}

function claimTitle(t: Translate, c: ClaimView) {
  // the category as this edition's sources name it
  return `${rankName(t, c.rank)} ${categoryLabel(c.category)}: ${c.organization?.name ?? t("claim.noName")}`;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/klaim/[id]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const claim = await getClaim((await params).id);
  if (!claim) return {};
  const t = await getTranslations({ locale });
  const title = claimTitle(t, claim);
  return pageMetadata(locale, paths.claim(claim.id), {
    title,
    description: t("claim.description", { claim: title, edition: editionName(t, claim.edition, locale) }),
    ogType: "article",
  });
}

export default async function ClaimPage({ params }: PageProps<"/[locale]/klaim/[id]">) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const [claim, history, t] = await Promise.all([getClaim(id), getChangeHistory("claim", id), getTranslations({ locale })]);
  if (!claim) notFound();
  // Other claims of the same edition and category, to tell where sources disagree.
  const siblings = (await listClaims({ edition: claim.edition.id })).filter((c) => c.category.id === claim.category.id);
  const found = disagreementsOf(siblings);
  const conflicts = disagreementSentences(t, found.get(claim.id) ?? [], siblings);

  const title = claimTitle(t, claim);
  const edition = editionName(t, claim.edition, locale);
  const permalink = absoluteUrl(localizedPath(locale, paths.claim(claim.id)));
  const sources = [...new Map(claim.citations.map((c) => [c.source.id, c.source])).values()]
    .map(
      (s) =>
        `${s.publisher}${s.title ? `, “${s.title}”` : ""}${s.publishedAt || s.eventDate ? ` (${formatDay((s.publishedAt ?? s.eventDate)!, locale)})` : ""}`,
    )
    .join("; ");
  const citeText = t("claim.citeText", { claim: title, edition, sources, url: permalink });

  return (
    <article>
      <Breadcrumbs
        items={[
          { name: t("site.nav.home"), path: paths.home() },
          {
            name: claim.edition.ceremonyDate ? formatDay(claim.edition.ceremonyDate, locale) : ceremonyText(t, claim.edition, locale),
            path: paths.edition(claim.edition.id),
          },
          { name: title, path: paths.claim(claim.id) },
        ]}
      />
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-brand-900">{title}</h1>
      <p className="mt-1 text-slate-700">
        <Link href={paths.edition(claim.edition.id)} className="underline underline-offset-2">
          {edition}
        </Link>
      </p>
      <p className="mt-2">
        <StatusBadge status={claim.status} inferences={claim.inferences} />
      </p>
      {claim.retractedAt && (
        <p role="note" className="mt-3 rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          {t("retracted.banner", { date: formatDay(claim.retractedAt.slice(0, 10), locale), reason: claim.retractReason ?? "" })}
        </p>
      )}
      {claim.organization ? (
        <p className="mt-3">
          {t("placing.recipient")}:{" "}
          <Link href={paths.organization(claim.organization.id)} className="font-medium text-brand-800 underline">
            {claim.organization.name}
          </Link>
        </p>
      ) : (
        <p className="mt-3 italic text-slate-700">{t("claim.unnamedText")}</p>
      )}
      <p className="mt-1 text-sm text-slate-700">
        <Link href={paths.category(claim.category.key)} className="underline underline-offset-2">
          {t("edition.inGroup", { group: locale === "en" ? claim.category.nameEn : claim.category.nameId })}
        </Link>
      </p>
      {claim.prize && <PrizeLine prize={claim.prize} />}
      <CitationPanel citations={claim.citations} inferenceNote={claim.inferenceNote} disagreements={conflicts} subject={title} />

      <section aria-labelledby="kutip" className="mt-8">
        <h2 id="kutip" className="text-lg font-semibold">
          {t("claim.citeThis")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("claim.citeThisHelp")}</p>
        <textarea
          readOnly
          rows={4}
          aria-labelledby="kutip"
          className="mt-2 w-full rounded-md border border-slate-400 bg-slate-50 p-2 font-mono text-sm"
          defaultValue={citeText}
        />
      </section>
      <ChangeHistory changes={history} />
    </article>
  );
}
