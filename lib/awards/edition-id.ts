// An edition's id (its permalink), made once and never changed: level, province and ceremony date where the date
// is known, else the year label (setting the date later keeps the id). The import format's ids follow the same
// convention (README: "Import").
export function editionBaseId(e: { provinceSlug: string | null; ceremonyDate: string | null; yearLabel: string }): string {
  return `${e.provinceSlug ?? "nasional"}-${e.ceremonyDate ?? e.yearLabel}`;
}
