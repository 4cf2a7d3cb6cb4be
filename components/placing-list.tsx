import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { disagreementSentences } from "@/i18n/format";
import type { Disagreement } from "@/lib/awards/disagreements";
import type { ClaimView } from "@/lib/awards/selects";
import { paths } from "@/lib/paths";
import { CitationPanel } from "./citation-panel";
import { StatusBadge } from "./status-badge";

/** Placings of one category in one edition, rank 1 first; each with its status and its evidence. */
export function PlacingList({ claims, disagreements }: { claims: readonly ClaimView[]; disagreements: Map<string, Disagreement[]> }) {
  const t = useTranslations();
  const sorted = [...claims].sort((a, b) => a.rank - b.rank);
  return (
    <ol className="placings">
      {sorted.map((c) => {
        const rank = t("placing.rank", { rank: c.rank });
        const name = c.organization?.name ?? t("claim.noName");
        const conflicts = disagreementSentences(t, disagreements.get(c.id) ?? [], claims);
        return (
          <li key={c.id} className="placing" data-claim={c.id}>
            <div className="placing-head">
              <span className="placing-rank">{rank}</span>
              {c.organization ? (
                <Link href={paths.organization(c.organization.id)} className="placing-name">
                  {c.organization.name}
                </Link>
              ) : (
                <span className="placing-unnamed">{t("placing.unnamed")}</span>
              )}
              <StatusBadge status={c.status} inferences={c.inferences} />
              {conflicts.length > 0 && (
                <span className="badge badge-disagree">{t("placing.disagree")}</span>
              )}
              <Link href={paths.claim(c.id)} className="placing-link">
                {t("placing.permalink")}<span className="sr-only"> {t("placing.permalinkFor", { rank, name })}</span>
              </Link>
            </div>
            <CitationPanel citations={c.citations} inferenceNote={c.inferenceNote} disagreements={conflicts} subject={`${rank} ${name}`} />
          </li>
        );
      })}
    </ol>
  );
}
