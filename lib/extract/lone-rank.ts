// Stage 6 (after merge): a winner's own release often names the winner in one sentence and its rank in another
// ("Pemerintah Kabupaten X meraih Paritrana Award … Dalam ajang itu, daerah yang dipimpin Bupati Y dinobatkan
// sebagai terbaik pertama"; "Perusahaan … tersebut Juara 3 Kategori …"). Where the round's proposals name one
// winner only, that winner has no rank, and every rank the text writes without a name says the same rank, the
// rank is that winner's: its sentence becomes the main quote (the winner's sentence stays a quote), never certain.
import { recipientKey } from "./recipient-key";
import type { Proposal, Span } from "./types";

export type LoneRank = {
  rank: number;
  /** the rank as written, and the piece it is in (normalised offsets are resolved by the caller) */
  rankWording: string;
  quote: string;
  span: Span;
  /** the category the rank's sentence names, if any */
  category: { label: string; group: string; qualifier: string | null; wording: string; confidence: number } | null;
  /** names with a kind word ("Kabupaten X", "PT Y") in the rank's sentence: a rank beside another of them is not the winner's */
  names: readonly string[];
};

/** Below certain: the link between the winner and its rank is a reading across sentences. */
const ACROSS_SENTENCES = 0.7;

const bare = (name: string) => recipientKey(name).replace(/^(?:kabupaten|kota|desa|kelurahan)\s+/u, "");

export function rankFromLoneMarkers(proposals: readonly Proposal[], lone: readonly LoneRank[], edition: string): Proposal[] {
  const round = proposals.filter((p) => p.edition === edition);
  const winners = new Set(round.map((p) => (p.organization ? bare(p.organization.name) : null)));
  if (round.length !== 1 || winners.has(null) || lone.length === 0) return [...proposals];
  const p = round[0]!;
  if (p.rank !== null || p.reasons.some((r) => r.startsWith("honourable mention"))) return [...proposals];
  if (new Set(lone.map((l) => l.rank)).size !== 1) return [...proposals];
  const own = new Set([bare(p.organization!.name), ...(p.recipientName ? [bare(p.recipientName)] : [])]);
  // a rank written beside some other name is not this winner's
  if (lone.some((l) => l.names.some((n) => !own.has(bare(n))))) return [...proposals];
  const inferredCategory = p.inferences.includes("category_from_context");
  const categories = new Set(lone.map((l) => l.category?.group).filter(Boolean));
  if (!inferredCategory && [...categories].some((g) => g !== p.category.group)) return [...proposals];
  const chosen = lone.find((l) => l.category) ?? lone[0]!;
  const category = inferredCategory && chosen.category && categories.size === 1 ? chosen.category : null;
  const sameQuote = chosen.span.start === p.span.start && chosen.span.end === p.span.end;
  const extra = sameQuote
    ? p.extraQuotes
    : [{ quote: p.quote, span: p.span }, ...p.extraQuotes.filter((q) => q.span.start !== chosen.span.start)];
  const note = `Peringkat ditulis di kalimat lain tanpa nama pemenang (“${chosen.rankWording}”); laporan ini hanya menyebut satu pemenang, ${p.recipientName ?? p.organization!.name}.`;
  const updated: Proposal = {
    ...p,
    rank: chosen.rank,
    rankWording: chosen.rankWording,
    ...(category ? { category: { ...category }, inferences: p.inferences.filter((i) => i !== "category_from_context") } : {}),
    inferenceNote: [category ? null : p.inferenceNote, note].filter(Boolean).join(" "),
    quote: chosen.quote,
    span: chosen.span,
    extraQuotes: extra,
    confidence: Math.min(p.confidence, ACROSS_SENTENCES),
    certain: false,
    reasons: [
      `rank ${chosen.rank} from “${chosen.rankWording}”, written in another sentence of a report naming one winner`,
      category ? `category “${category.wording}” → ${category.group}, from the rank's sentence` : p.reasons[1]!,
      ...p.reasons.slice(2),
    ],
  };
  return proposals.map((q) => (q === p ? updated : q));
}
