// Where sources disagree: two claims for the same edition, category and rank that name different recipients,
// or one recipient placed at different ranks in the same edition and category. Winners named without a rank
// never disagree with each other: several unranked winners in one category are normal (one per sector, "34
// UKM terbaik"). Pure, so it is unit-tested and used the same way by every page.
export type ClaimKey = {
  id: string;
  editionId: string;
  categoryId: string;
  rank: number | null;
  organizationId: string | null;
};

export type Disagreement = { claimId: string; otherClaimId: string; reason: "different_recipient" | "different_rank" };

export function findDisagreements(claims: readonly ClaimKey[]): Map<string, Disagreement[]> {
  const found = new Map<string, Disagreement[]>();
  const add = (d: Disagreement) => found.set(d.claimId, [...(found.get(d.claimId) ?? []), d]);
  for (const a of claims) {
    for (const b of claims) {
      if (a.id === b.id || a.editionId !== b.editionId || a.categoryId !== b.categoryId || a.rank === null || b.rank === null) continue;
      if (a.rank === b.rank && a.organizationId !== b.organizationId && a.organizationId && b.organizationId) {
        add({ claimId: a.id, otherClaimId: b.id, reason: "different_recipient" });
      } else if (a.rank !== b.rank && a.organizationId && a.organizationId === b.organizationId) {
        add({ claimId: a.id, otherClaimId: b.id, reason: "different_rank" });
      }
    }
  }
  return found;
}

/** The disagreements among placings as the pages hold them. */
export function disagreementsOf(
  claims: readonly {
    id: string;
    edition: { id: string };
    category: { id: string };
    rank: number | null;
    organization: { id: string } | null;
  }[],
) {
  return findDisagreements(
    claims.map((c) => ({
      id: c.id,
      editionId: c.edition.id,
      categoryId: c.category.id,
      rank: c.rank,
      organizationId: c.organization?.id ?? null,
    })),
  );
}
