import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/page-link";
import { ceremonyDay, ceremonyText, levelName } from "@/i18n/format";
import type { Locale } from "@/i18n/routing";
import { editionsSharingALabel } from "@/lib/awards/edition-names";
import type { EditionSummary } from "@/lib/awards/queries";
import { paths } from "@/lib/paths";

/** An edition in a list: its ceremony date first (never a year label alone), labels, venue and counts. */
export function EditionCard({
  edition: e,
  all,
  headingLevel = 3,
}: {
  edition: EditionSummary;
  all: readonly EditionSummary[];
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="rounded-lg border border-slate-200 p-4 shadow-sm">
      <Heading className="font-semibold">
        <Link href={paths.edition(e.id)} className="text-brand-800 underline underline-offset-2">
          {ceremonyText(t, e, locale)}
        </Link>
      </Heading>
      <p className="text-sm text-slate-700">{levelName(t, e)}</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-600">{t("edition.calledAs")}</dt>
        <dd>{e.yearLabels.map((label) => t("edition.yearLabel", { label })).join(", ")}</dd>
        {e.assessmentPeriod && (
          <>
            <dt className="text-slate-600">{t("edition.period")}</dt>
            <dd>{e.assessmentPeriod}</dd>
          </>
        )}
        {e.venue && (
          <>
            <dt className="text-slate-600">{t("edition.venue")}</dt>
            <dd>{e.venue}</dd>
          </>
        )}
        <dt className="text-slate-600">{t("edition.recorded")}</dt>
        <dd>{t("edition.recordedValue", { placings: e.placingCount, sources: e.sourceCount })}</dd>
      </dl>
      {editionsSharingALabel(e, all).map((s) => (
        <p key={s.edition.id} className="mt-2 rounded bg-amber-50 p-2 text-sm text-amber-950">
          {t("edition.sharedLabelShort", { labels: s.labels.join("”, “"), date: ceremonyDay(t, s.edition, locale) })}
        </p>
      ))}
    </div>
  );
}
