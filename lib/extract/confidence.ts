// Stage 5: how sure a proposal is, from the evidence that made it. "Certain" means a wrong proposal is very
// unlikely: a rank marker written next to a name with a kind word, or a name in a list the text opens under a
// category it names; anything read from order, from the kind of winner, from an award verb alone or from a bare
// name stays below it, for an editor to check.
import type { Found } from "./assemble";
import type { NameMention } from "./names";
import type { Proposal } from "./types";

export const CERTAIN = 0.85;

export type ConfidenceInput = {
  /** a village's name ending with a place's name ("Desa Tamansari Jember"): perhaps its regency, not its name */
  endsWithPlace?: boolean;
  found: Found;
  categoryInferred: boolean;
  categoryConfidence: number;
  categoryFromHeading: boolean;
  organization: Proposal["organization"];
  dated: boolean;
  names: readonly NameMention[];
};

const EVIDENCE: Readonly<Record<Found["evidence"], number>> = { rank: 1, list: 0.95, item: 0.85, order: 0.75, subject: 0.8, object: 0.8 };

export function confidenceOf(input: ConfidenceInput): { value: number; certain: boolean; word: "certain" | "check" } {
  const { found: f } = input;
  let c = 0.97 * EVIDENCE[f.evidence];
  if (f.evidence === "rank" && f.linkLength > 3) c *= 0.92;
  if (f.marker?.weak) c *= 0.8;
  if (f.rankInferred && f.evidence !== "order") c *= 0.75;
  if (f.mention) c *= 0.95;
  if (input.categoryInferred) c *= 0.8;
  else c *= Math.min(1, input.categoryConfidence / 0.9) * (input.categoryFromHeading ? 0.97 : 1);
  if (!f.name) c *= 0.85;
  else if (!f.name.prefixed && !f.name.gazetteer) c *= 0.85;
  if (f.name?.viaTitle) c *= 0.85;
  if (input.organization?.existing && input.organization.reason.includes("close to")) c *= 0.85;
  if (!input.dated) c *= 0.97;
  if (input.endsWithPlace) c *= 0.85;
  const value = Math.min(0.99, c);
  const certain = value >= CERTAIN;
  return { value, certain, word: certain ? "certain" : "check" };
}
