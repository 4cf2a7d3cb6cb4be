// Dates as Indonesian news reports write them: "Senin (21/7/2025)", "(Senin, 21/7/2025)", "Kamis 25 Juli 2024",
// "Rabu, 3 Desember 2025", "Kamis 25/7" (year left open). Pure; each date keeps its span in the text, and the
// weekday, where written, is checked against the date.
import type { Span } from "../awards/quote";
import { codePointIndex } from "./normalise";

const MONTHS: Record<string, number> = {
  januari: 1,
  februari: 2,
  maret: 3,
  april: 4,
  mei: 5,
  juni: 6,
  juli: 7,
  agustus: 8,
  september: 9,
  oktober: 10,
  november: 11,
  desember: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  agu: 8,
  agt: 8,
  ags: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  des: 12,
};
export const WEEKDAYS = ["minggu", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu"] as const;

export type FoundDate = {
  /** YYYY-MM-DD, or null where the year is left open and could not be settled */
  iso: string | null;
  day: number;
  month: number;
  /** the year as written, or null ("Kamis 25/7") */
  writtenYear: number | null;
  weekday: string | null;
  /** the written weekday agrees with the date (null: no weekday, or no year) */
  weekdayMatches: boolean | null;
  /** the text of the date as written, and where */
  text: string;
  span: Span;
  /** UTF-16 index of the date in the text */
  index: number;
};

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const weekdayOf = (y: number, m: number, d: number) => WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
const realDate = (y: number, m: number, d: number) => {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
};

const WEEKDAY = `(?:(${WEEKDAYS.join("|")}|jum'at)\\s*[,(]?\\s*)?`;
const NUMERIC = new RegExp(`${WEEKDAY}\\(?\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}|\\d{2}))?\\s*\\)?`, "giu");
const WORDS = new RegExp(
  `${WEEKDAY}(\\d{1,2})\\s+(${Object.keys(MONTHS)
    .sort((a, b) => b.length - a.length)
    .join("|")})\\.?(?:\\s+(\\d{4}))?\\b`,
  "giu",
);

/**
 * Every date in the text. `yearHint` settles a date written without its year ("Kamis 25/7"): the hinted year or
 * the next one, whichever makes the written weekday right.
 */
export function findDates(text: string, yearHints: readonly number[] = []): FoundDate[] {
  const found: FoundDate[] = [];
  const cp = codePointIndex(text); // one pass over the text, not one per date
  const push = (m: RegExpExecArray, day: number, month: number, year: number | null, weekdayWord: string | undefined) => {
    if (month < 1 || month > 12 || day < 1 || day > 31) return;
    const weekday = weekdayWord ? weekdayWord.toLowerCase().replace("jum'at", "jumat") : null;
    let settled = year;
    if (settled === null) {
      // a year left open: the hinted year (or the one after it) in which the weekday is right
      // hints in the order given (the award's own year label first): that year, then the one after it
      const candidates = [...new Set(yearHints.flatMap((y) => [y, y + 1]))].filter((y) => realDate(y, month, day));
      const fitting = weekday ? candidates.filter((y) => weekdayOf(y, month, day) === weekday) : candidates.slice(0, 1);
      settled = fitting[0] ?? null;
    }
    if (settled !== null && !realDate(settled, month, day)) return;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const written = m[0].trim();
    found.push({
      iso: settled === null ? null : iso(settled, month, day),
      day,
      month,
      writtenYear: year,
      weekday,
      weekdayMatches: weekday && settled !== null ? weekdayOf(settled, month, day) === weekday : null,
      text: written,
      span: { start: cp(start), end: cp(start + written.length) },
      index: start,
    });
  };
  for (const m of text.matchAll(NUMERIC)) {
    // "21/7/2025", "(Senin, 21/7/2025)", "Kamis 25/7": a weekday or a year is needed, so "1/2" alone is not a date
    const [, weekday, d, mo, y] = m;
    if (!weekday && !y) continue;
    const year = y ? (y.length === 2 ? 2000 + Number(y) : Number(y)) : null;
    push(m as RegExpExecArray, Number(d), Number(mo), year, weekday);
  }
  for (const m of text.matchAll(WORDS)) {
    const [, weekday, d, monthWord, y] = m;
    push(m as RegExpExecArray, Number(d), MONTHS[monthWord!.toLowerCase()]!, y ? Number(y) : null, weekday);
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
