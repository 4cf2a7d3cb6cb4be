// A category group's page (/kategori/[key]): one section per round's category in the group (an edition may have
// several in one group, e.g. one per sector), in the order the claims come (the newest round first). Across ten
// years and 38 provinces a group holds hundreds of rounds, so the newest ROUNDS_IN_FULL are shown with their
// placings and the older ones listed as links with a count (every placing stays in the data downloads).
// Pure, so it is unit-tested.

export const ROUNDS_IN_FULL = 12;

export type GroupRound<C extends { category: { id: string }; edition: unknown }> = {
  category: C["category"];
  edition: C["edition"];
  claims: C[];
};

export function roundsOfGroup<C extends { category: { id: string }; edition: unknown }>(claims: readonly C[], inFull = ROUNDS_IN_FULL) {
  const byCategory = new Map<string, C[]>();
  for (const c of claims) {
    const list = byCategory.get(c.category.id);
    if (list) list.push(c);
    else byCategory.set(c.category.id, [c]);
  }
  const rounds = [...byCategory.values()].map(
    (list): GroupRound<C> => ({ category: list[0]!.category, edition: list[0]!.edition, claims: list }),
  );
  return { inFull: rounds.slice(0, inFull), earlier: rounds.slice(inFull) };
}
