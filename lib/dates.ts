// Dates in the database are calendar days (PostgreSQL DATE, read back as UTC midnight).

/** 2025-07-21T00:00:00Z -> "2025-07-21" */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const formatters = {
  id: new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  idWeekday: new Intl.DateTimeFormat("id-ID", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
};

/** "2025-07-21" -> "21 Juli 2025" (id) or "21 July 2025" (en). */
export function formatDay(isoDay: string, locale: "id" | "en" = "id", withWeekday = false): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (withWeekday && locale === "id") return formatters.idWeekday.format(date);
  return formatters[locale].format(date);
}
