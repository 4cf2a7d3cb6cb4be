import { describe, expect, it } from "vitest";
import { ROUNDS_IN_FULL, roundsOfGroup } from "@/lib/awards/category-rounds";

// claims as listClaims gives them for a group: newest round first
const claim = (id: string, categoryId: string, editionId: string) => ({ id, category: { id: categoryId }, edition: { id: editionId } });

describe("a category group's rounds", () => {
  it("gives one round per category, in the claims' order, with its own placings", () => {
    const { inFull, earlier } = roundsOfGroup([
      claim("a1", "ntt-2025-umk", "ntt-2025"),
      claim("a2", "ntt-2025-umk", "ntt-2025"),
      claim("b1", "ntt-2024-umk", "ntt-2024"),
      claim("a3", "ntt-2025-umk", "ntt-2025"),
      // one edition, two categories in the group (one per sector): two rounds
      claim("c1", "bali-2024-umk-jasa", "bali-2024"),
      claim("d1", "bali-2024-umk-dagang", "bali-2024"),
    ]);
    expect(earlier).toEqual([]);
    expect(inFull.map((r) => [r.category.id, r.edition.id, r.claims.map((c) => c.id)])).toEqual([
      ["ntt-2025-umk", "ntt-2025", ["a1", "a2", "a3"]],
      ["ntt-2024-umk", "ntt-2024", ["b1"]],
      ["bali-2024-umk-jasa", "bali-2024", ["c1"]],
      ["bali-2024-umk-dagang", "bali-2024", ["d1"]],
    ]);
  });

  it("shows the newest rounds in full and lists the older ones, losing no placing", () => {
    // 30 rounds of three placings each, as at 100x a group holds hundreds
    const claims = Array.from({ length: 30 }, (_, r) =>
      [1, 2, 3].map((rank) => claim(`r${r}-${rank}`, `round-${r}`, `edition-${r}`)),
    ).flat();
    const { inFull, earlier } = roundsOfGroup(claims);
    expect(inFull.map((r) => r.category.id)).toEqual(Array.from({ length: ROUNDS_IN_FULL }, (_, r) => `round-${r}`));
    expect(earlier.map((r) => r.category.id)).toEqual(Array.from({ length: 30 - ROUNDS_IN_FULL }, (_, r) => `round-${r + ROUNDS_IN_FULL}`));
    expect(earlier.every((r) => r.claims.length === 3)).toBe(true);
    expect([...inFull, ...earlier].flatMap((r) => r.claims.map((c) => c.id)).sort()).toEqual(claims.map((c) => c.id).sort());
  });

  it("has nothing to show for a group no round uses yet", () => {
    expect(roundsOfGroup([])).toEqual({ inFull: [], earlier: [] });
  });
});
