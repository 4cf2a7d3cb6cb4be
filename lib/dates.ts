// Dates in the database are calendar days (PostgreSQL DATE, read back as UTC midnight). One rule for a day as
// written (YYYY-MM-DD, and a day that exists: zod's ISO date refuses "2025-02-31") and one conversion to the
// stored Date, used by every form, the importer and the pages.
import { z } from "zod";

/** A calendar day written YYYY-MM-DD that exists; `message` says so in the form's language. */
export const isoDay = (message: string) => z.iso.date({ message });

/** Is this a day as written YYYY-MM-DD, and does it exist? */
export function isIsoDay(text: string): boolean {
  return z.iso.date().safeParse(text).success;
}

/** "2025-07-21" -> the Date PostgreSQL stores for that day (UTC midnight). */
export function dayFromIso(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

type Lang = "id" | "en";

/** 2025-07-21T00:00:00Z -> "2025-07-21" */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const formatters: Record<Lang, { day: Intl.DateTimeFormat; weekday: Intl.DateTimeFormat }> = {
  // en-GB, not en-US: "21 July 2025", day first, as in Indonesian.
  id: {
    day: new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
    weekday: new Intl.DateTimeFormat("id-ID", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  },
  en: {
    day: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
    weekday: new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  },
};

/** "2025-07-21" -> "21 Juli 2025" (id) or "21 July 2025" (en); with the weekday: "Senin, 21 Juli 2025". */
export function formatDay(isoDay: string, locale: Lang = "id", withWeekday = false): string {
  const date = dayFromIso(isoDay);
  return formatters[locale][withWeekday ? "weekday" : "day"].format(date);
}
