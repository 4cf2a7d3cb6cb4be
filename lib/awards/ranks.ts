// Placings are "Terbaik 1/2/3"; the database holds the same bounds (Claim_rank_check).
export const RANKS = [1, 2, 3] as const;
export type Rank = (typeof RANKS)[number];

export function isRank(value: number): value is Rank {
  return (RANKS as readonly number[]).includes(value);
}
