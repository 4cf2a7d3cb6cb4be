import { useTranslations } from "next-intl";
import { Link } from "@/components/page-link";
import { disagreementSentences, rankName } from "@/i18n/format";
import type { Disagreement } from "@/lib/awards/disagreements";
import { formatRupiah } from "@/lib/awards/prize";
import type { ClaimView } from "@/lib/awards/selects";
import { paths } from "@/lib/paths";
import { CitationPanel } from "./citation-panel";
import { StatusBadge } from "./status-badge";

/**
 * Placings of one category in one edition, rank 1 first, winners named without a rank after the ranked ones;
 * each with its status, its prize where a source gives one, and its evidence.
 */
export function PlacingList({ claims, disagreements }: { claims: readonly ClaimView[]; disagreements: Map<string, Disagreement[]> }) {
  const t = useTranslations();
  const sorted = [...claims].sort(
    (a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.id.localeCompare(b.id),
  );
  return (
    <ol className="placings">
      {sorted.map((c) => {
        const rank = rankName(t, c.rank);
        const name = c.organization?.name ?? t("claim.noName");
        const conflicts = disagreementSentences(t, disagreements.get(c.id) ?? [], claims);
        return (
          <li key={c.id} className="placing" data-claim={c.id}>
            <div className="placing-head">
              <span className="placing-rank" title={c.rank === null ? t("placing.unrankedNote") : undefined}>
                {rank}
              </span>
              {c.organization ? (
                <Link href={paths.organization(c.organization.id)} className="placing-name">
                  {c.organization.name}
                </Link>
              ) : (
                <span className="placing-unnamed">{t("placing.unnamed")}</span>
              )}
              <StatusBadge status={c.status} inferences={c.inferences} />
              {conflicts.length > 0 && <span className="badge badge-disagree">{t("placing.disagree")}</span>}
              <Link href={paths.claim(c.id)} className="placing-link">
                {t("placing.permalink")}
                <span className="sr-only"> {t("placing.permalinkFor", { rank, name })}</span>
              </Link>
            </div>
            {c.prize && <PrizeLine prize={c.prize} />}
            <CitationPanel citations={c.citations} inferenceNote={c.inferenceNote} disagreements={conflicts} subject={`${rank} ${name}`} />
          </li>
        );
      })}
    </ol>
  );
}

/** "Hadiah: uang pembinaan Rp 2.500.000": the source's words, with the amount where one is read from them. */
export function PrizeLine({ prize }: { prize: NonNullable<ClaimView["prize"]> }) {
  const t = useTranslations("placing");
  const amount = prize.amountRupiah !== null ? formatRupiah(prize.amountRupiah) : null;
  return (
    <p className="placing-prize text-sm text-slate-700">
      {t("prize")}: <span lang="id">“{prize.text}”</span>
      {amount && !prize.text.includes(amount) && <> ({amount})</>}
    </p>
  );
}
