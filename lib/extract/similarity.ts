// Typo-tolerant name comparison in TypeScript, in the way PostgreSQL's pg_trgm compares (the search uses that
// in the database): names lower-cased, accents and punctuation dropped, then the share of common trigrams.
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function trigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (const word of normalizeName(s).split(" ").filter(Boolean)) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/** 0..1: shared trigrams over all trigrams of both (pg_trgm's similarity()). */
export function similarity(a: string, b: string): number {
  return overlap(trigrams(a), trigrams(b));
}

/** similarity() of two trigram sets already built. */
export function overlap(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const t of x) if (y.has(t)) common++;
  return common / (x.size + y.size - common);
}
