import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/i18n/routing";
import { describeChange } from "@/lib/awards/history";
import { formatDay } from "@/lib/dates";
import { paths } from "@/lib/paths";

type Change = { id: number; action: string; before: unknown; after: unknown; reason: string; createdAt: string; by: string | null };

type FactKind = Parameters<ReturnType<typeof useTranslations<"facts">>>[0];

/** A record's corrections, newest first: who, when, what changed and why. Editors' text is rendered as text. */
export function ChangeHistory({ changes }: { changes: readonly Change[] }) {
  const t = useTranslations("history");
  const tf = useTranslations("facts");
  const locale = useLocale() as Locale;
  const none = t("nothing");
  const shown = (_key: string, value: string | null) => (value === null ? none : value);
  return (
    <section aria-labelledby="riwayat" className="mt-8">
      <h2 id="riwayat" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {changes.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ol className="mt-2 space-y-3">
          {changes.map((c) => (
            <li key={c.id} id={paths.changeAnchor(c.id)} className="rounded-md border border-slate-200 p-3 text-sm" data-change={c.id}>
              <p className="font-medium">
                <time dateTime={c.createdAt}>
                  {t("by", { date: formatDay(c.createdAt.slice(0, 10), locale), name: c.by ?? t("byImport") })}
                </time>
              </p>
              <ul className="mt-1 list-disc pl-5">
                {describeChange(c.before, c.after).map((d, i) => (
                  <li key={i}>
                    {d.field === "rank" && t("rank", { from: d.from ?? none, to: d.to ?? none })}
                    {d.field === "recipient" && t("recipient", { from: d.from ?? none, to: d.to ?? none })}
                    {d.field === "inference" && t("inference", { from: d.from ?? none, to: d.to ?? none })}
                    {d.field === "retracted" && t("retracted")}
                    {d.field === "citation" && <span lang="id">{t("citation", { source: d.sourceId, quote: d.quote })}</span>}
                    {d.field === "citationWithdrawn" && (
                      <span lang="id">{t("citationWithdrawn", { source: d.sourceId, quote: d.quote })}</span>
                    )}
                    {d.field === "attribute" &&
                      t("attribute", { label: t(`attributes.${d.key}`), from: shown(d.key, d.from), to: shown(d.key, d.to) })}
                    {d.field === "alias" && <span lang="id">{t("alias", { source: d.sourceId, spelling: d.spelling })}</span>}
                    {d.field === "aliasRemoved" && t("aliasRemoved", { spelling: d.spelling })}
                    {d.field === "mergedInto" && t("mergedInto", { name: d.name })}
                    {d.field === "mergedFrom" && t("mergedFrom", { name: d.name })}
                    {d.field === "fact" && (
                      <span lang="id">
                        {t("fact", { kind: tf(d.kind as FactKind), value: d.value, source: d.sourceId, quote: d.quote })}
                      </span>
                    )}
                    {d.field === "factRetracted" && (
                      <span lang="id">{t("factRetracted", { kind: tf(d.kind as FactKind), value: d.value })}</span>
                    )}
                    {d.field === "created" && t("created")}
                  </li>
                ))}
              </ul>
              <p className="mt-1 text-slate-700">
                {t("reason")} <span lang="id">{c.reason}</span>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
