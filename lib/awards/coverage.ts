// The province page's coverage grid: for one ceremony and one category group, how well the placings are sourced.
import { findDisagreements } from "./disagreements";

export type CoverageState =
  | { state: "none" }
  | { state: "disagree"; sources: number }
  | { state: "single"; sources: 1 }
  | { state: "sourced"; sources: number };

type CellClaim = { id: string; categoryId: string; rank: number | null; organizationId: string | null; sourceIds: readonly string[] };

/** Sources disagree > several sources > a single source > no data. */
export function coverageOf(editionId: string, claims: readonly CellClaim[]): CoverageState {
  if (claims.length === 0) return { state: "none" };
  const sources = new Set(claims.flatMap((c) => c.sourceIds)).size;
  const disagreements = findDisagreements(
    claims.map((c) => ({ id: c.id, editionId, categoryId: c.categoryId, rank: c.rank, organizationId: c.organizationId })),
  );
  if (disagreements.size > 0) return { state: "disagree", sources };
  return sources === 1 ? { state: "single", sources: 1 } : { state: "sourced", sources };
}
