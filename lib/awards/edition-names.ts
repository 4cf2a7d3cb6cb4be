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

export type EditionNaming = Pick<EditionRef, "level" | "province" | "ceremonyDate">;
