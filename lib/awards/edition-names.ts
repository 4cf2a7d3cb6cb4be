import type { EditionRef } from "./selects";

/**
 * Other editions of the same level and province that some source gives one of the same year labels: the
 * reason the site never identifies an edition by its year alone.
 */
export function editionsSharingALabel<T extends { id: string; level: string; province: { code: string } | null; yearLabels: string[] }>(
  edition: T,
  all: readonly T[],
): { edition: T; labels: string[] }[] {
  return all
    .filter((o) => o.id !== edition.id && o.level === edition.level && o.province?.code === edition.province?.code)
    .map((o) => ({ edition: o, labels: o.yearLabels.filter((l) => edition.yearLabels.includes(l)) }))
    .filter((x) => x.labels.length > 0);
}

export type EditionNaming = Pick<EditionRef, "level" | "province" | "ceremonyDate" | "yearLabel">;

/**
 * Why an edition belongs to a year: the labels of that year that its sources give it, and whether its ceremony
 * took place that year. Null when neither (the same rule as the API's `year` filter).
 */
export function yearMatch(
  edition: { ceremonyDate: string | null; yearLabel: string; yearLabels: readonly string[] },
  year: string,
): { labels: string[]; ceremony: boolean } | null {
  const labels = [...new Set([edition.yearLabel, ...edition.yearLabels])].filter((l) => l === year);
  const ceremony = edition.ceremonyDate?.startsWith(`${year}-`) ?? false;
  return labels.length || ceremony ? { labels, ceremony } : null;
}

/** Every year an edition can be looked up by, newest first. */
export function editionYears(
  editions: readonly { ceremonyDate: string | null; yearLabel: string; yearLabels: readonly string[] }[],
): string[] {
  const years = new Set(
    editions.flatMap((e) =>
      [...(e.ceremonyDate ? [e.ceremonyDate.slice(0, 4)] : []), e.yearLabel, ...e.yearLabels].filter((l) => /^\d{4}$/.test(l)),
    ),
  );
  return [...years].sort().reverse();
}
