// The edition a report is about: its level (national or a province's round), province, ceremony date, year
// labels, assessment period and venue, read from the whole text. Every regular expression here is bounded (the
// text is normalised first: no whitespace runs), so reading is linear in the text.
import { findDates } from "./indonesian-dates";
import { PROVINCE_ABBREVIATIONS } from "./province-abbreviations";
import type { Context, Gazetteer } from "./types";

/** Every province the text names (full name, longest first so "Papua" is not counted inside "Papua Barat Daya", or a press abbreviation), with where. */
export function provinceMentions(text: string, gazetteer: Gazetteer): { code: string; index: number }[] {
  const out: { code: string; index: number }[] = [];
  // which characters a longer name already covers (linear: one flag per character, not a list to search)
  const taken = new Uint8Array(text.length);
  const names = [...gazetteer.provinces].sort((a, b) => b.name.length - a.name.length);
  for (const p of names) {
    for (const m of text.matchAll(new RegExp(`\\b${p.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "giu"))) {
      if (taken[m.index!]) continue;
      taken.fill(1, m.index!, m.index! + m[0].length);
      out.push({ code: p.code, index: m.index! });
    }
  }
  for (const [abbr, code] of Object.entries(PROVINCE_ABBREVIATIONS)) {
    for (const m of text.matchAll(new RegExp(`\\b${abbr}\\b`, "gu"))) out.push({ code, index: m.index! });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The award's first round was held in 2017 (DOMAIN.md): no ceremony is dated before it. */
const FIRST_ROUND_YEAR = 2017;

/** Reads the edition facts of the whole text: level, province, ceremony date, year label, venue. */
export function readEdition(text: string, ctx: Context) {
  const provinceCounts = new Map<string, number>();
  const mentions = provinceMentions(text, ctx.gazetteer);
  for (const m of mentions) provinceCounts.set(m.code, (provinceCounts.get(m.code) ?? 0) + 2);
  // a regency or city the text names counts for its province ("Pemkot Pontianak" is in Kalimantan Barat)
  const regencies = new Map(ctx.gazetteer.regencies.map((r) => [r.name.toLowerCase(), r.provinceCode]));
  for (const m of text.matchAll(/\b(Kabupaten|Kota|Pemkab|Pemkot)\s+([A-Z][\p{L}'-]*(?:\s[A-Z][\p{L}'-]*){0,2})/gu)) {
    const kind = m[1] === "Kota" || m[1] === "Pemkot" ? "Kota" : "Kabupaten";
    const words = m[2]!.split(" ");
    for (let n = words.length; n >= 1; n--) {
      const code = regencies.get(`${kind} ${words.slice(0, n).join(" ")}`.toLowerCase());
      if (code) {
        provinceCounts.set(code, (provinceCounts.get(code) ?? 0) + 1);
        break;
      }
    }
  }
  const ranked = [...provinceCounts].sort((a, b) => b[1] - a[1]);
  const province = ranked[0]?.[0] ?? null;
  const dominant = ranked.length > 0 && ranked[0]![1] >= 2 * (ranked[1]?.[1] ?? 0) && ranked[0]![1] >= 4;
  const nationalMentions = [...text.matchAll(/tingkat\s+nasional/giu)].length;
  const provincialMentions = [
    ...text.matchAll(/[Tt]ingkat\s+[Pp]rovinsi|[Pp]rovinsi\s+[A-Z]|\bBPJS\s+Ketenagakerjaan\s+(?:Provinsi\s+)?[A-Z]{2,}/gu),
  ].length;
  // the national round is handed out by the Vice President (or the coordinating minister)
  const handedNationally =
    /\b(?:diserahkan|menyerahkan|penyerahan|diberikan|memberikan|dari|oleh)\b[^.\n]{0,80}\b(?:wakil\s+presiden|wapres)\b|\b(?:wakil\s+presiden|wapres)\b[^.\n]{0,80}\b(?:menyerahkan|memberikan)\b/iu.test(
      text,
    );
  const labels = [...text.matchAll(/paritrana\s+award\s+(?:[A-Za-z.]+\s+){0,4}?(?:tahun\s+)?(20\d\d)\b/giu)].map((m) => ({
    year: m[1]!,
    index: m.index!,
  }));
  const tahun = [...text.matchAll(/\b(?:tingkat\s+[\w ]{2,40}?\s+)?tahun\s+(20\d\d)\b/giu)]
    .filter((m) => /paritrana|penghargaan|award/i.test(text.slice(Math.max(0, m.index! - 160), m.index!)))
    .map((m) => ({ year: m[1]!, index: m.index! }));
  const periode = /\bperiode\s+(20\d\d)\b/iu.exec(text);
  const yearLabels = [...labels, ...tahun].sort((a, b) => a.index - b.index);
  // a date written without its year is settled by the award's year label first, then by the latest year the text names
  // (no year before the award's first round: "UU Nomor 40 Tahun 2004" is a law, not a ceremony's year)
  const hints = [
    ...new Set([
      ...yearLabels.map((l) => Number(l.year)),
      ...[...text.matchAll(/\b(20\d\d)\b/g)]
        .map((m) => Number(m[1]))
        .filter((y) => y >= FIRST_ROUND_YEAR)
        .sort((a, b) => b - a),
    ]),
  ];
  const all = findDates(text, hints).filter((d) => d.iso);
  const dates = all.filter((d) => d.weekdayMatches !== false);
  // the ceremony's date: one with a weekday (how reports date an event) first; a date written in full whose
  // weekday is off ("Rabu (5/8/2025)", a Tuesday) is still the date the text gives, when it gives no other
  // a weekday with the date in parentheses ("Jumat, (21/06/2024)") is how a report dates its event; a page's own
  // date ("Sabtu, 22 Juni 2024" above the story) is written out, so it comes second
  const date =
    dates.find((d) => d.weekday && /\(/u.test(d.text)) ??
    dates.find((d) => d.weekday) ??
    dates[0] ??
    all.find((d) => d.writtenYear !== null) ??
    null;
  const venue =
    /\b(?:di|bertempat\s+di)\s+((?:Aula|Ballroom|Hotel|Gedung|Balai|Auditorium|Kantor|Graha|Istana|Rumah\s+Jabatan|Ruang|Pendopo|Wisma)\b[^,.;()\n]{2,60}?)(?=\s*(?:,|\.|\(|;|\bpada\b|\bKamis|\bSenin|\bSelasa|\bRabu|\bJumat|\bSabtu|\bMinggu|$))/u.exec(
      text,
    );
  const provinces = [...provinceCounts.keys()];
  const joint = provinces.length >= 2 && /\b(bersamaan|kedua\s+provinsi|dua\s+provinsi|sekaligus\s+untuk)\b/iu.test(text);
  // "tingkat nasional" alone is not enough where one province dominates the text: a provincial winner "will go on
  // to the national round"
  return {
    mentions,
    province,
    provinces,
    joint,
    national: (nationalMentions > 0 && provincialMentions === 0 && !dominant) || handedNationally,
    yearLabels,
    periode,
    date,
    venue,
  };
}

/**
 * A piece about an earlier round: "pada tahun 2020 … tingkat nasional" (kept as that national round), "tahun
 * sebelumnya", "pada tahun 2023" before this round's year (left out: another round's placing, not this one's).
 */
export function recalledRound(piece: string, yearLabel: string | null): string | null | "skip" {
  const year = /\b(?:pada|di|tahun|sejak)\s+(?:tahun\s+)?(20\d\d)\b/iu.exec(piece);
  const nationally = /tingkat\s+nasional/iu.test(piece);
  if (year && nationally) return year[1]!;
  if (
    /\b(?:tahun\s+sebelumnya|tahun\s+lalu|sebelumnya)\b/iu.test(piece) &&
    !/\b(?:juara|terbaik|peringkat)\b[^.]{0,40}\b(?:tahun\s+ini)\b/iu.test(piece)
  )
    return "skip";
  if (year && yearLabel && Number(year[1]) < Number(yearLabel) && /\b(?:pada|di)\s+tahun\s+20\d\d\b/iu.test(piece)) return "skip";
  return null;
}
