// Identities, defined once: an edition's id (its permalink), made once and never changed, and which stored edition
// is the same ceremony; a source's id. The import format's ids follow the same convention (README: "Import").
import { dayFromIso } from "../dates";
import type { Prisma } from "../generated/prisma/client";
import { slugify } from "../slug";

/** A new source's id: its publisher and the day it was published (else the ceremony's day it reports). */
export function sourceBaseId(s: { publisher: string; publishedAt?: string | null; eventDate?: string | null }): string {
  return slugify(`${s.publisher}-${s.publishedAt ?? s.eventDate ?? "tanpa-tanggal"}`).slice(0, 80) || "sumber";
}

/** Level, province and ceremony date where the date is known, else the year label (setting the date later keeps the id). */
export function editionBaseId(e: { provinceSlug: string | null; ceremonyDate: string | null; yearLabel: string }): string {
  return `${e.provinceSlug ?? "nasional"}-${e.ceremonyDate ?? e.yearLabel}`;
}

export type CeremonyFields = {
  level: "national" | "province";
  provinceCode: string | null;
  ceremonyDate: string | null;
  yearLabel: string | null;
};

/**
 * The stored editions that are this ceremony: the same level, province and ceremony date; or, for a ceremony
 * whose date no source gives, the same level, province and year label among the undated ones. Two ceremonies
 * can carry one year label, so an undated match is a question for an editor, never a silent merge: the admin
 * refuses a duplicate and the importer refuses a file that names the ceremony under another id. Null when the
 * edition has neither a date nor a year label: nothing can say it is another one.
 */
export function sameCeremony(e: CeremonyFields): Prisma.EditionWhereInput | null {
  if (e.ceremonyDate) return { level: e.level, provinceCode: e.provinceCode ?? null, ceremonyDate: dayFromIso(e.ceremonyDate) };
  if (e.yearLabel) return { level: e.level, provinceCode: e.provinceCode ?? null, ceremonyDate: null, yearLabel: e.yearLabel };
  return null;
}
