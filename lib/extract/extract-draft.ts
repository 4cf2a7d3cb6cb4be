// From a pasted news report to a draft transcription (the import format) that an editor confirms: the edition
// (level, province, ceremony date, year label, venue), the categories as the article words them, and every
// placing the press writes in its usual forms ("Terbaik 1 X", "juara satu diraih X", "X meraih juara 3",
// "Juara I", numbered lists, "dimenangkan oleh X, disusul Y dan Z", sector winners without rank, a rank listed
// with no name), each with its quote (a verbatim span of the text), what was inferred, and a confidence.
// Pure and deterministic: no network, no model. Nothing is proposed that the text does not say.
import { editionBaseId } from "../awards/edition-id";
import { rupiahAmount } from "../awards/prize";
import { slugify } from "../slug";
import type { Transcription } from "../import/transcription-format";
import { GROUP_OF_KIND, groupOfWording, namesAnUnnamedSector } from "./category-rules";
import { findDates } from "./indonesian-dates";
import { PROVINCE_ABBREVIATIONS } from "./province-abbreviations";
import { guessKind } from "./recipient-kinds";
import { similarity, normalizeName } from "./similarity";

export type Gazetteer = {
  provinces: readonly { code: string; name: string }[];
  regencies: readonly { code: string; name: string; provinceCode: string }[];
};
export type KnownOrganization = { id: string; name: string; kind: string; regionCode: string | null; spellings: readonly string[] };
export type SourceMeta = {
  id?: string; publisher: string; title?: string | null; author?: string | null; url?: string | null;
  publishedAt?: string | null; eventDate?: string | null;
};

/** A span in code points, end exclusive (as the database stores offsets). */
export type Span = { start: number; end: number };

export type ProposedEdition = {
  key: string; id: string; level: "national" | "province"; provinceCode: string | null; provinceName: string | null;
  yearLabel: string | null; ceremonyDate: string | null; dateNote: string | null; venue: string | null;
  retrospective: boolean; sharedCeremony?: string | null; confidence: number; reasons: string[];
};

export type Proposal = {
  key: string;
  edition: string;
  category: { label: string; group: string; qualifier: string | null; wording: string | null; confidence: number };
  rank: number | null;
  rankWording: string | null;
  recipientName: string | null;
  recipientSpan: Span | null;
  organization: { id: string; name: string; kind: string; existing: boolean; regionCode: string | null; reason: string } | null;
  prize: { text: string; amountRupiah: number | null } | null;
  inferences: ("rank_from_order" | "category_from_context")[];
  inferenceNote: string | null;
  quote: string;
  span: Span;
  /** more quotes from the same text that state it again */
  extraQuotes: { quote: string; span: Span }[];
  confidence: number;
  /** confident enough to accept as it is (an editor still confirms it) */
  certain: boolean;
  reasons: string[];
};

export type Draft = {
  editions: ProposedEdition[];
  proposals: Proposal[];
  facts: { edition: string; kind: "ceremony_date" | "venue" | "year_label" | "assessment_period"; value: string; quote: string; span: Span; note: string | null }[];
  /** the draft in the import format, every proposal included (the review page keeps only the accepted ones) */
  transcription: Transcription;
  ms: number;
};

export const CERTAIN = 0.85;

/** A stored placing a proposal states again (same edition, category group, rank and recipient). */
export type RecordedPlacing = { claimId: string; editionId: string; label: string; qualifier: string | null; rank: number | null; organizationId: string | null };

// ── text positions ──────────────────────────────────────────────────────────────────────────────────────────

/** UTF-16 index -> code point offset, for the whole text at once. */
function codePointIndex(text: string): (i: number) => number {
  const map = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = n;
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  map[text.length] = n;
  return (i) => map[i]!;
}

type Seg = { start: number; end: number; text: string; line: number };

const ABBREVIATION = /(?:^|[\s(])(pt|st|dr|ir|h|hj|no|jl|kab|prov|tbk|drs|prof|bpk|ibu|sdr|a\.md|s\.e|s\.h|m\.m)$/i;

/** Lines, then sentences (not after an abbreviation or a list number), then one piece per "Kategori …". */
function segments(text: string): Seg[] {
  const out: Seg[] = [];
  let lineNo = 0;
  for (const lineMatch of text.matchAll(/[^\n]+/g)) {
    lineNo++;
    const lineStart = lineMatch.index!;
    const line = lineMatch[0];
    const cuts = [0];
    let depth = 0;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (ch === "(") depth++;
      else if (ch === ")") depth = Math.max(0, depth - 1);
      else if ((ch === "." || ch === "!" || ch === "?") && depth === 0 && /\s/.test(line[i + 1] ?? "") && /[A-Z"“(0-9]/.test(line.slice(i + 1).trimStart()[0] ?? "")) {
        const before = line.slice(0, i);
        if (ABBREVIATION.test(before) || /^\s*\d{1,2}$/.test(before)) continue;
        cuts.push(i + 1);
      }
    }
    cuts.push(line.length);
    for (let c = 0; c < cuts.length - 1; c++) {
      const s = cuts[c]!;
      const sentence = line.slice(s, cuts[c + 1]);
      // a sentence listing several categories ("Kategori Pemda (…), Kategori Pemdes …"): one piece each
      const starts = [0, ...[...sentence.matchAll(/(?<=[,;)]\s*|\s)Kategori\b/g)].map((m) => m.index!).filter((i) => i > 0 && MARKER.test(sentence.slice(0, i)))];
      MARKER.lastIndex = 0;
      for (let k = 0; k < starts.length; k++) {
        const a = starts[k]!;
        const b = starts[k + 1] ?? sentence.length;
        const raw = sentence.slice(a, b);
        const lead = raw.length - raw.trimStart().length;
        const trimmed = raw.trim().replace(/[,;]+$/, "").trimEnd();
        if (!trimmed) continue;
        const start = lineStart + s + a + lead;
        out.push({ start, end: start + trimmed.length, text: trimmed, line: lineNo });
      }
    }
  }
  return out;
}

// ── ranks ───────────────────────────────────────────────────────────────────────────────────────────────────

const RANK_WORDS: Record<string, number> = {
  satu: 1, pertama: 1, dua: 2, kedua: 2, tiga: 3, ketiga: 3, empat: 4, keempat: 4, lima: 5, kelima: 5, enam: 6, keenam: 6,
  i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6,
};
const RANK_TOKEN = "(\\d{1,2}|satu|dua|tiga|empat|lima|enam|pertama|kedua|ketiga|keempat|kelima|keenam|VI|IV|V|I{1,3})";
const MARKER = new RegExp(`\\b(terbaik|juara|peringkat|ranking|rangking)\\s*(?:ke-?\\s*)?${RANK_TOKEN}(?![\\w/])`, "giu");
const HARAPAN = new RegExp(`\\bjuara\\s+harapan(?:\\s+${RANK_TOKEN})?(?![\\w/])`, "giu");
const WEAK = /\bkategori\s+(\d)(?![\w/])/giu;

type Marker = { start: number; end: number; rank: number | null; wording: string; kind: "number" | "bare" | "weak" | "list" | "harapan" | "order" };

function rankOf(token: string): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  if (/^[IVX]+$/.test(token)) return RANK_WORDS[token.toLowerCase()] ?? null; // roman numerals are written in capitals
  if (/^[ivx]+$/i.test(token)) return null;
  return RANK_WORDS[token.toLowerCase()] ?? null;
}

function markersIn(seg: string): Marker[] {
  const found: Marker[] = [];
  for (const m of seg.matchAll(HARAPAN)) found.push({ start: m.index!, end: m.index! + m[0].length, rank: null, wording: m[0], kind: "harapan" });
  for (const m of seg.matchAll(MARKER)) {
    if (found.some((f) => m.index! >= f.start && m.index! < f.end)) continue;
    const rank = rankOf(m[2]!);
    if (rank === null || rank < 1) continue;
    // "terbaik 1, 2 dan 3" in a headline lists ranks, it names no one
    if (/^\s*,\s*\d/.test(seg.slice(m.index! + m[0].length))) continue;
    found.push({ start: m.index!, end: m.index! + m[0].length, rank, wording: m[0], kind: "number" });
  }
  const numbered = found.filter((f) => f.kind === "number").length;
  if (numbered > 0) {
    // "kategori 3 Desa X" inside a ranked list is a rank written with the wrong word
    for (const m of seg.matchAll(WEAK)) {
      if (/^\s+[A-Z]/.test(seg.slice(m.index! + m[0].length))) found.push({ start: m.index!, end: m.index! + m[0].length, rank: Number(m[1]), wording: m[0], kind: "weak" });
    }
  }
  if (found.filter((f) => f.kind === "number" || f.kind === "weak").length >= 2) {
    // a bare "Terbaik X" between numbered ones: a rank whose number the list leaves out
    for (const m of seg.matchAll(/\bterbaik\b(?=\s+[A-Z])/giu)) {
      if (found.some((f) => m.index! >= f.start && m.index! < f.end)) continue;
      const inside = found.some((f) => f.start < m.index!) && found.some((f) => f.start > m.index!);
      if (inside) found.push({ start: m.index!, end: m.index! + m[0].length, rank: null, wording: m[0], kind: "bare" });
    }
  }
  const list = /^\s*(\d{1,2})[.)]\s+/.exec(seg);
  if (list && !found.some((f) => f.kind === "number")) found.push({ start: 0, end: list[0].length, rank: Number(list[1]), wording: list[0].trim(), kind: "list" });
  return found.sort((a, b) => a.start - b.start);
}

// ── names ───────────────────────────────────────────────────────────────────────────────────────────────────

const LEAD_IN = /^[\s:–—-]*(?:(?:diraih|diraih\s+oleh|ditempati|ditempati\s+oleh|diberikan\s+kepada|jatuh\s+kepada|jatuh\s+pada|diperoleh|disabet|oleh|adalah|yaitu|yakni|untuk|diraih\s+oleh)\s+)*/iu;
const STOP_WORDS = /\s(?:dan|serta|disusul|yang|dengan|berhasil|meraih|karena|sebagai|atas|berhak|membawa|menerima|mendapat|mendapatkan|memperoleh|masing-masing|pada|dalam|di|sedangkan|sementara|asal|dari|menempati|menduduki)\s/iu;
const TRAILING_CONNECTOR = /\s+(?:dan|serta|san|dn|&|,)$/iu;
const VERB_BEFORE = /(?:(?:yang\s+)?(?:berhasil\s+)?(?:meraih|menyabet|memperoleh|mendapat(?:kan)?|menerima|dinobatkan(?:\s+sebagai)?|keluar\s+sebagai|tampil\s+sebagai|menjadi)(?:\s+(?:penghargaan|predikat|gelar|anugerah))?|sebagai|menempati|menduduki|(?:di\s+)?(?:posisi|urutan|peringkat))\s*$/iu;

/** The name written after a rank marker, up to the next delimiter; null when none follows. */
function nameAfter(seg: string, from: number, until: number): { start: number; end: number } | null {
  // "Terbaik 1 kategori Pemerintah Kota/Kabupaten diraih Kota Bontang": the category, then the name
  const categoryFirst = /^\s*kategori\s+[^,.;]*?\s(?=(?:diraih|dimenangkan|ditempati|jatuh\s+kepada|diberikan\s+kepada|disabet)\b)/iu.exec(seg.slice(from, until));
  if (categoryFirst) from += categoryFirst[0].length;
  const lead = LEAD_IN.exec(seg.slice(from, until))![0].length;
  let i = from + lead;
  let depth = 0;
  let end = until;
  for (let j = i; j < until; j++) {
    const ch = seg[j]!;
    if (ch === "(") depth++;
    else if (ch === ")") {
      if (depth === 0) { end = j; break; }
      depth--;
    } else if (depth === 0 && (ch === "," || ch === ";" || ch === "\n" || ch === ":")) { end = j; break; }
    else if (depth === 0 && ch === "." && (j + 1 >= until || /\s/.test(seg[j + 1]!)) && !ABBREVIATION.test(seg.slice(i, j))) { end = j; break; }
  }
  let text = seg.slice(i, end);
  const stop = STOP_WORDS.exec(` ${text} `);
  if (stop && stop.index > 0) text = text.slice(0, stop.index - 0);
  text = text.replace(/\s+$/, "");
  while (TRAILING_CONNECTOR.test(text)) text = text.replace(TRAILING_CONNECTOR, "");
  text = text.replace(/[\s,.;:]+$/, "");
  if (!text || !/^[A-Z0-9"“'‘(]/u.test(text) || /^Paritrana\b/i.test(text)) return null;
  // a name is at most a dozen words: a longer run is prose
  if (text.split(/\s+/).length > 12) return null;
  return { start: i, end: i + text.length };
}

/** "X meraih juara 3": the subject before the verb (the run of capitalised words that ends there). */
function nameBefore(seg: string, markerStart: number, lowerBound = 0, needVerb = true): { start: number; end: number } | null {
  const before = seg.slice(0, markerStart);
  const verb = VERB_BEFORE.exec(before) ?? (needVerb ? null : { index: before.trimEnd().length });
  if (!verb) return null;
  const clause = before.slice(0, verb.index);
  const cut = Math.max(lowerBound - 1, ...[".", ",", "—", "–", "|", ":", ";", "(", "\n"].map((d) => clause.lastIndexOf(d)));
  const from = cut + 1;
  const words = [...clause.slice(from).matchAll(/\S+/g)];
  let first = words.length;
  for (let k = words.length - 1; k >= 0; k--) {
    if (/^[A-Z0-9(]/u.test(words[k]![0])) first = k;
    else break;
  }
  // a year or a number before the name ("Pada tahun 2020 Provinsi …") is not part of it
  while (first < words.length && /^\d+$/.test(words[first]![0])) first++;
  if (first >= words.length) return null;
  const start = from + words[first]!.index!;
  const end = from + words[words.length - 1]!.index! + words[words.length - 1]![0].length;
  return { start, end };
}

// ── the extractor ───────────────────────────────────────────────────────────────────────────────────────────

type Context = { gazetteer: Gazetteer; organizations: readonly KnownOrganization[] };

/** A region named in parentheses or after a village's name ("Desa Pukuafu (Ronda)", "Desa X Kabupaten Y") is not part of the name. */
function stripRegion(name: string, ctx: Context): { name: string; note: string | null } {
  const trailing = /^(.+?)\s+(Kabupaten|Kota|Kecamatan)\s+[A-Z][\w ]+$/u.exec(name);
  if (trailing && /^(Desa|Kelurahan)\b/u.test(trailing[1]!)) return { name: trailing[1]!, note: name.slice(trailing[1]!.length).trim() };
  const paren = /^(.+?)\s*\(([^()]+)\)$/u.exec(name);
  if (paren) {
    const inside = paren[2]!.trim();
    const isRegion = ctx.gazetteer.regencies.some((r) => similarity(r.name.replace(/^(Kabupaten|Kota)\s+/, ""), inside) >= 0.6);
    if (isRegion || /^(Desa|Kelurahan)\b/u.test(paren[1]!) || !/^(PT|CV)\b/u.test(paren[1]!) && inside.split(/\s+/).length === 1 && !/^[A-Z]{2,}$/.test(inside) && !guessKind(inside)) {
      return { name: paren[1]!, note: `(${inside})` };
    }
  }
  return { name, note: null };
}

function matchOrganization(name: string, group: string, ctx: Context): Proposal["organization"] {
  const norm = normalizeName(name);
  for (const o of ctx.organizations) {
    if ([o.name, ...o.spellings].some((s) => normalizeName(s) === norm)) return { id: o.id, name: o.name, kind: o.kind, existing: true, regionCode: o.regionCode, reason: `“${name}” is a recorded spelling of ${o.name}` };
  }
  // "PT Crisorus Mandiri (RSU Siloam)": a name with another in parentheses is the organisation named before them
  const base = /^(.+?)\s*\([^()]+\)$/u.exec(name)?.[1];
  if (base) {
    for (const o of ctx.organizations) {
      if ([o.name, ...o.spellings].some((s) => normalizeName(s) === normalizeName(base))) return { id: o.id, name: o.name, kind: o.kind, existing: true, regionCode: o.regionCode, reason: `“${base}” (before the parentheses) is a recorded spelling of ${o.name}` };
    }
  }
  let best: { o: KnownOrganization; score: number } | null = null;
  for (const o of ctx.organizations) {
    const score = Math.max(...[o.name, ...o.spellings].map((s) => similarity(s, name)));
    if (score >= 0.72 && (!best || score > best.score)) best = { o, score };
  }
  if (best) return { id: best.o.id, name: best.o.name, kind: best.o.kind, existing: true, regionCode: best.o.regionCode, reason: `“${name}” is close to a recorded spelling of ${best.o.name} (similarity ${best.score.toFixed(2)}); check it` };
  const kind = guessKind(name);
  // a bare regency name in a local-government category ("Belu", "Nagekeo"): that regency's government
  if (!kind && ["pemda", "regency-city-government"].includes(group)) {
    const regency = ctx.gazetteer.regencies.find((r) => normalizeName(r.name.replace(/^(Kabupaten|Kota)\s+/, "")) === norm);
    if (regency) return { id: "", name: regency.name, kind: regency.name.startsWith("Kota") ? "city_government" : "regency_government", existing: false, regionCode: regency.code, reason: `“${name}” is the name of ${regency.name} (Kemendagri ${regency.code}), in a local-government category` };
  }
  const regency = kind && ["regency_government", "city_government"].includes(kind.kind)
    ? ctx.gazetteer.regencies.find((r) => normalizeName(r.name) === normalizeName(name.replace(/^Pemerintah\s+/, "")))
    : undefined;
  const fromGroup = !kind ? Object.entries(GROUP_OF_KIND).find(([, g]) => g === group && group === "umk")?.[0] : undefined;
  return {
    id: "",
    name,
    kind: kind?.kind ?? fromGroup ?? "other",
    existing: false,
    regionCode: regency?.code ?? null,
    reason: kind ? `new organisation; kind from the words: ${kind.reason}` : fromGroup ? "new organisation; kind from its category (small and micro businesses)" : "new organisation; its kind is not stated",
  };
}

/** Every province the text names (full name, longest first so "Papua" is not counted inside "Papua Barat Daya", or a press abbreviation), with where. */
function provinceMentions(text: string, gazetteer: Gazetteer): { code: string; index: number }[] {
  const out: { code: string; index: number }[] = [];
  const taken: [number, number][] = [];
  const names = [...gazetteer.provinces].sort((a, b) => b.name.length - a.name.length);
  for (const p of names) {
    for (const m of text.matchAll(new RegExp(`\\b${p.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "giu"))) {
      if (taken.some(([a, b]) => m.index! >= a && m.index! < b)) continue;
      taken.push([m.index!, m.index! + m[0].length]);
      out.push({ code: p.code, index: m.index! });
    }
  }
  for (const [abbr, code] of Object.entries(PROVINCE_ABBREVIATIONS)) {
    for (const m of text.matchAll(new RegExp(`\\b${abbr}\\b`, "gu"))) out.push({ code, index: m.index! });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Reads the edition facts of the whole text: level, province, ceremony date, year label, venue. */
function readEdition(text: string, ctx: Context) {
  const provinceCounts = new Map<string, number>();
  for (const m of provinceMentions(text, ctx.gazetteer)) provinceCounts.set(m.code, (provinceCounts.get(m.code) ?? 0) + 2);
  const province = [...provinceCounts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const nationalMentions = [...text.matchAll(/tingkat\s+nasional/giu)].length;
  const provincialMentions = [...text.matchAll(/[Tt]ingkat\s+[Pp]rovinsi|[Pp]rovinsi\s+[A-Z]|\bBPJS\s+Ketenagakerjaan\s+(?:Provinsi\s+)?[A-Z]{2,}/gu)].length;
  // the national round is handed out by the Vice President (or the coordinating minister)
  const handedNationally = /\b(?:diserahkan|menyerahkan|diberikan|memberikan|dari)\b[^.\n]{0,80}\b(?:wakil\s+presiden|wapres)\b|\b(?:wakil\s+presiden|wapres)\b[^.\n]{0,80}\b(?:menyerahkan|memberikan)\b/iu.test(text);
  const labels = [...text.matchAll(/paritrana\s+award\s+(?:[A-Za-z.]+\s+){0,4}?(?:tahun\s+)?(20\d\d)\b/giu)].map((m) => ({ year: m[1]!, index: m.index! }));
  const tahun = [...text.matchAll(/\b(?:tingkat\s+[\w ]{2,40}?\s+)?tahun\s+(20\d\d)\b/giu)].filter((m) => /paritrana|penghargaan|award/i.test(text.slice(Math.max(0, m.index! - 160), m.index!))).map((m) => ({ year: m[1]!, index: m.index! }));
  const periode = /\bperiode\s+(20\d\d)\b/iu.exec(text);
  const yearLabels = [...labels, ...tahun].sort((a, b) => a.index - b.index);
  // a date written without its year is settled by the award's year label first, then by the latest year the text names
  const hints = [...new Set([...yearLabels.map((l) => Number(l.year)), ...[...text.matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1])).sort((a, b) => b - a)])];
  const dates = findDates(text, hints).filter((d) => d.iso && d.weekdayMatches !== false);
  // the ceremony's date: one with a weekday (how reports date an event) first
  const date = dates.find((d) => d.weekday) ?? dates[0] ?? null;
  const venue = /\b(?:di|bertempat\s+di)\s+((?:Aula|Ballroom|Hotel|Gedung|Balai|Auditorium|Kantor|Graha|Istana|Rumah\s+Jabatan|Ruang|Pendopo|Wisma)\b[^,.;()\n]{2,60}?)(?=\s*(?:,|\.|\(|;|\bpada\b|\bKamis|\bSenin|\bSelasa|\bRabu|\bJumat|\bSabtu|\bMinggu|$))/u.exec(text);
  const provinces = [...provinceCounts.keys()];
  const joint = provinces.length >= 2 && /\b(bersamaan|kedua\s+provinsi|dua\s+provinsi|sekaligus\s+untuk)\b/iu.test(text);
  return { province, provinces, joint, national: (nationalMentions > 0 && provincialMentions === 0) || handedNationally, yearLabels, periode, date, venue };
}

export function extractDraft(text: string, meta: SourceMeta, ctx: Context): Draft {
  const t0 = performance.now();
  const cpAt = codePointIndex(text);
  const span = (a: number, b: number): Span => ({ start: cpAt(a), end: cpAt(b) });
  const sourceId = meta.id ?? (slugify(`${meta.publisher}-${meta.eventDate ?? meta.publishedAt ?? "tanpa-tanggal"}`).slice(0, 80) || "sumber");

  const ed = readEdition(text, ctx);
  const provinceName = ed.province ? ctx.gazetteer.provinces.find((p) => p.code === ed.province)?.name ?? null : null;
  const yearLabel = ed.yearLabels[0]?.year ?? null;
  const mainLevel: "national" | "province" = ed.national || !ed.province ? "national" : "province";
  const ceremonyDate = ed.date?.iso ?? null;
  const dateNote = ed.date && ed.date.writtenYear === null ? `Teks menulis “${ed.date.text}” tanpa tahun; tahun ${ed.date.iso!.slice(0, 4)} disimpulkan dari sebutan tahun di artikel dan hari ${ed.date.weekday ?? "(tidak disebut)"}.` : null;
  const editions: ProposedEdition[] = [];
  const mainEdition: ProposedEdition = {
    key: "main",
    id: editionBaseId({ provinceSlug: mainLevel === "province" && provinceName ? slugify(provinceName) : null, ceremonyDate, yearLabel: yearLabel ?? "tanpa-tahun" }),
    level: mainLevel, provinceCode: mainLevel === "province" ? ed.province : null, provinceName: mainLevel === "province" ? provinceName : null,
    yearLabel, ceremonyDate, dateNote, venue: ed.venue?.[1]?.trim() ?? null, retrospective: false,
    confidence: (ceremonyDate ? 1 : 0.8) * (dateNote ? 0.9 : 1) * (ed.province || mainLevel === "national" ? 1 : 0.6),
    reasons: [
      mainLevel === "province" ? `provincial round: ${provinceName} is named most` : ed.national ? "national round: “tingkat nasional”" : "no province named",
      ceremonyDate ? `ceremony date from “${ed.date!.text}”${ed.date!.weekday ? " (weekday checked)" : ""}` : "no ceremony date in the text",
      yearLabel ? `year label “${yearLabel}” as the award is named` : "no year label",
    ],
  };
  editions.push(mainEdition);
  // two provinces' rounds at one ceremony: one edition each, sharing the ceremony; a piece of text belongs to the
  // province it names, or the one named last before it on its line
  const mentions = provinceMentions(text, ctx.gazetteer);
  if (ed.joint && mainLevel === "province") {
    const shared = `${ed.provinces.map((c) => slugify(ctx.gazetteer.provinces.find((p) => p.code === c)?.name ?? c)).join("-")}-${ceremonyDate ?? yearLabel ?? ""}`.slice(0, 100).replace(/-+$/, "");
    editions.length = 0;
    for (const code of ed.provinces) {
      const name = ctx.gazetteer.provinces.find((p) => p.code === code)?.name ?? null;
      editions.push({ ...mainEdition, key: `prov-${code}`, id: editionBaseId({ provinceSlug: name ? slugify(name) : null, ceremonyDate, yearLabel: yearLabel ?? "tanpa-tahun" }), provinceCode: code, provinceName: name, sharedCeremony: shared, reasons: [...mainEdition.reasons.slice(1), `one of ${ed.provinces.length} provinces whose rounds the text says were handed out together`] });
    }
  }
  const editionOf = (seg: Seg): string => {
    if (!(ed.joint && mainLevel === "province")) return "main";
    const inside = [...new Set(mentions.filter((m) => m.index >= seg.start && m.index < seg.end).map((m) => m.code))];
    if (inside.length === 1) return `prov-${inside[0]}`;
    const lineStart = text.lastIndexOf("\n", seg.start) + 1;
    const before = mentions.filter((m) => m.index < seg.start && m.index >= lineStart).pop() ?? mentions.filter((m) => m.index < seg.start).pop();
    return before && editions.some((e) => e.key === `prov-${before.code}`) ? `prov-${before.code}` : editions[0]!.key;
  };

  const ctxAll: Context = ctx;
  const proposals: Proposal[] = [];
  let heading: CategoryInfo | null = null;
  let lastCategory: CategoryInfo | null = null;

  for (const seg of segments(text)) {
    const s = seg.text;
    let markers = markersIn(s);
    // "dimenangkan oleh X, disusul Y dan Z": the order gives the ranks
    const won = markers.some((m) => m.kind === "number") ? null : /\bdimenangkan\s+oleh\b/iu.exec(s);
    const followed = /\bdisusul(?:\s+oleh)?\b/iu.exec(s);
    const categoryOnly = markers.length === 0 && !won;
    const wordingInfo = categoryWording(s, markers[0]?.start ?? (won ? won.index : s.length));
    const wholeLine = seg.start === text.lastIndexOf("\n", seg.start) + 1 && (text[seg.end] === "\n" || seg.end >= text.trimEnd().length);
    // "- Zona Sumatera: Provinsi Kepulauan Riau" under a heading: a winner of that heading's category, for that zone
    const labelled = categoryOnly && heading ? /^\s*[-•*–]\s*([^:]{2,80}):\s*/u.exec(s) : null;
    if (categoryOnly && !labelled) {
      // a heading ("Kategori Perusahaan Besar:", or a short line of its own: "Perusahaan Besar Terbaik") sets
      // the category for the list lines below it
      if (wordingInfo && (/:\s*$/.test(s) || (wholeLine && s.length <= 90))) heading = wordingInfo;
      else if (!/^\s*\d{1,2}[.)]\s/.test(s)) heading = wordingInfo && /^kategori\b/i.test(s) ? wordingInfo : null;
      if (!sectorList(s) && !predicate(s)) continue;
    }
    const retro = /\b(?:pada\s+)?tahun\s+(20\d\d)\b/iu.exec(s);
    const retrospective = retro && /tingkat\s+nasional/iu.test(s) && mainLevel === "province" ? retro[1]! : null;
    let editionKey = editionOf(seg);
    if (retrospective) {
      editionKey = `nasional-${retrospective}`;
      if (!editions.some((e) => e.key === editionKey)) {
        editions.push({
          key: editionKey, id: `nasional-${retrospective}`, level: "national", provinceCode: null, provinceName: null, yearLabel: retrospective, ceremonyDate: null,
          dateNote: null, venue: null, retrospective: true, confidence: 0.8, reasons: [`an earlier national round recalled: “${retro![0]}” … “tingkat nasional”`],
        });
      }
    }

    type Found = { rank: number | null; rankWording: string | null; name: { start: number; end: number } | null; inferred: boolean; weak: boolean; orderNote?: string };
    const found: Found[] = [];
    if (won) {
      const first = nameAfter(s, won.index + won[0].length, followed ? followed.index : s.length);
      if (first) found.push({ rank: 1, rankWording: null, name: first, inferred: true, weak: false, orderNote: "“dimenangkan oleh”" });
      if (followed) {
        const rest = s.slice(followed.index + followed[0].length);
        let offset = followed.index + followed[0].length;
        for (const part of rest.split(/,|\s+dan\s+|\s+serta\s+/u)) {
          const at = s.indexOf(part, offset);
          offset = at + part.length;
          const n = nameAfter(s, at, at + part.length);
          if (n) found.push({ rank: found.length + 1, rankWording: null, name: n, inferred: true, weak: false, orderNote: "“disusul”" });
        }
      }
      markers = [];
    }
    let backward = false;
    markers.forEach((m, i) => {
      const until = markers[i + 1]?.start ?? s.length;
      let name = nameAfter(s, m.end, until);
      if (!name && (m.kind === "number" || m.kind === "list" || m.kind === "harapan")) name = nameBefore(s, m.start, markers[i - 1]?.end ?? 0);
      // "X meraih Terbaik 1, Y Terbaik 2, dan Z Terbaik 3": once a list names before its ranks, the rest follow it
      if (!name && m.kind === "number" && i > 0 && backward) name = nameBefore(s, m.start, markers[i - 1]!.end, false);
      if (name && i === 0 && name.end <= m.start) backward = true;
      // "Terbaik 3 Terbaik 2 RSU Leona": the rank is listed, the name is not
      const emptyButListed = !name && markers[i + 1] && s.slice(m.end, markers[i + 1]!.start).trim() === "";
      if (!name && !emptyButListed) return;
      found.push({ rank: m.rank, rankWording: m.kind === "list" || m.kind === "bare" ? null : m.wording, name, inferred: m.kind === "bare", weak: m.kind === "weak" });
      // names between this marker's name and the next marker, without their own rank: "Terbaik 3 A, B dan terbaik 1 C"
      if (name && markers[i + 1]) {
        const gap = s.slice(name.end, markers[i + 1]!.start);
        const bare = /^[\s,]+(?:dan\s+)?(?:[Tt]erbaik\s+)?([A-Z][^,]*?)\s*(?:,|\s+dan|\s+serta)?\s*$/u.exec(gap);
        if (bare && bare[1] && bare[1].split(/\s+/).length <= 8) {
          const at = name.end + gap.indexOf(bare[1]);
          found.push({ rank: null, rankWording: null, name: { start: at, end: at + bare[1].length }, inferred: true, weak: false });
        }
      }
    });
    // a rank the list leaves out follows from its neighbours (3, ?, 1 -> 2)
    found.forEach((f, i) => {
      if (f.rank !== null || !f.inferred) return;
      const prev = found[i - 1]?.rank;
      const next = found[i + 1]?.rank;
      if (prev != null && next != null && Math.abs(prev - next) === 2) f.rank = (prev + next) / 2;
      else if (prev != null && next == null) f.rank = prev + 1;
      else if (next != null && prev == null && next > 1) f.rank = next - 1;
      f.orderNote = "the order of the list";
    });

    // "… sebagai juara pertama, disusul X": names after "disusul" take the next ranks, in order (inferred)
    const then = won ? null : /\bdisusul(?:\s+oleh)?\s+/iu.exec(s);
    if (then && found.length && found.every((f) => f.name && f.name.end <= then.index) && found[found.length - 1]!.rank !== null) {
      let rank = found[found.length - 1]!.rank!;
      let offset = then.index + then[0].length;
      for (const part of s.slice(offset).split(/,|\s+dan\s+|\s+serta\s+/u)) {
        const at = s.indexOf(part, offset);
        offset = at + part.length;
        const n = nameAfter(s, at, at + part.length);
        if (n) found.push({ rank: ++rank, rankWording: null, name: n, inferred: true, weak: false, orderNote: "“disusul”" });
      }
    }
    if (labelled && heading) {
      const n = nameAfter(s, labelled[0].length, s.length);
      if (n) {
        found.push({ rank: null, rankWording: null, name: n, inferred: false, weak: false });
        (n as { qualifier?: string }).qualifier = labelled[1]!.trim();
      }
    }

    const sector = found.length === 0 ? sectorList(s) : null;
    const distinction = found.length === 0 && !sector ? predicate(s) : null;
    if (distinction) found.push({ rank: null, rankWording: null, name: distinction.name, inferred: false, weak: false });
    if (sector) {
      for (const group of sector) {
        for (const n of group.names) {
          found.push({ rank: null, rankWording: null, name: n, inferred: false, weak: false });
          (n as { qualifier?: string }).qualifier = group.qualifier;
        }
      }
    }
    if (found.length === 0) continue;

    // the category: this piece's own wording, else the heading above it, else read from the winners
    // "Di kategori yang sama": the category named just before
    const same: CategoryInfo | null = /\bkategori\s+yang\s+sama\b/iu.test(s) ? lastCategory : null;
    const listLine = /^\s*(?:\d{1,2}[.)]|[-•*–])\s|^\s*(?:juara|terbaik|peringkat)\b/iu.test(s);
    let cat: CategoryInfo | null = distinction ? distinctionCategory(distinction.title) : same ?? wordingInfo ?? (listLine || sector || labelled ? heading : null);
    let categoryInferred = false;
    const names = found.map((f) => (f.name ? stripRegion(s.slice(f.name.start, f.name.end), ctxAll).name : null));
    const kinds = names.map((n) => (n ? guessKind(n)?.kind ?? null : null)).filter((k): k is string => k !== null);
    if (!cat || namesAnUnnamedSector(cat.wording)) {
      const votes = new Map<string, number>();
      for (const k of kinds) if (GROUP_OF_KIND[k]) votes.set(GROUP_OF_KIND[k]!, (votes.get(GROUP_OF_KIND[k]!) ?? 0) + 1);
      const top = [...votes].sort((a, b) => b[1] - a[1])[0];
      if (top) {
        cat = { label: cat?.label ?? top[0], wording: cat?.wording ?? "", qualifier: cat?.qualifier ?? null, group: top[0], confidence: 0.6 };
        categoryInferred = true;
      }
    }
    if (!cat) continue; // no category and nothing to read it from: not proposed
    lastCategory = cat;

    const quote = s;
    for (const [idx, f] of found.entries()) {
      const rawName = f.name ? s.slice(f.name.start, f.name.end) : null;
      const stripped = rawName ? stripRegion(rawName, ctxAll) : null;
      const recipientName = stripped?.name ?? null;
      const qualifier = (f.name as { qualifier?: string } | null)?.qualifier ?? cat.qualifier;
      const group = qualifier ? groupOfWording(qualifier)?.group ?? cat.group : cat.group;
      const recipientStart = f.name ? seg.start + f.name.start : null;
      const organization = recipientName ? matchOrganization(recipientName, group, ctxAll) : null;
      const prize = prizeNear(s, f.name?.end ?? 0, found[idx + 1]?.name?.start ?? s.length) ?? (/\bmasing-masing\b/iu.test(s) ? prizeNear(s, 0, s.length) : null);
      const inferences: Proposal["inferences"] = [];
      const notes: string[] = [];
      if (f.inferred) {
        inferences.push("rank_from_order");
        notes.push(`Peringkat tidak ditulis dengan angka; disimpulkan dari ${f.orderNote ?? "urutan daftar"}.`);
      }
      if (categoryInferred) {
        inferences.push("category_from_context");
        notes.push(cat.wording ? `Sumber menulis “${cat.wording}” tanpa menyebut sektornya; kategori disimpulkan dari jenis penerimanya.` : "Kategori tidak disebut; disimpulkan dari jenis penerimanya.");
      }
      if (f.weak) notes.push(`Sumber menulis “${(f.rankWording ?? "").trim()}” untuk peringkatnya.`);
      if (f.rank !== null && f.inferred && !found.some((g) => g !== f && g.rank !== null)) f.rank = null;
      let confidence = 0.97 * cat.confidence / 0.9;
      if (f.inferred) confidence *= 0.75;
      if (categoryInferred) confidence *= 0.8;
      if (f.weak) confidence *= 0.8;
      if (!recipientName) confidence *= 0.85;
      if (organization && organization.existing && organization.reason.includes("close to")) confidence *= 0.85;
      if (editionKey === "main" && !mainEdition.ceremonyDate) confidence *= 0.95;
      confidence = Math.min(0.99, confidence);
      const reasons = [
        f.rank === null ? "named without a rank" : f.rankWording ? `rank ${f.rank} from “${f.rankWording.trim()}”` : `rank ${f.rank} from ${f.orderNote ?? "the list number"}`,
        categoryInferred ? `category read from the winners (${cat.group})` : `category “${cat.wording}” → ${group}`,
        organization ? organization.reason : "the rank is listed with no name",
        ...(stripped?.note ? [`${stripped.note} read as the recipient's region, not its name`] : []),
      ];
      proposals.push({
        key: `p${proposals.length + 1}`,
        edition: editionKey,
        category: { label: cat.label, group, qualifier: qualifier ?? null, wording: cat.wording || null, confidence: cat.confidence },
        rank: f.rank,
        rankWording: f.rankWording?.trim() ?? null,
        recipientName,
        recipientSpan: recipientStart !== null && recipientName ? span(recipientStart, recipientStart + recipientName.length) : null,
        organization,
        prize,
        inferences,
        inferenceNote: notes.length ? notes.join(" ") : null,
        quote,
        span: span(seg.start, seg.end),
        extraQuotes: [],
        confidence,
        certain: confidence >= CERTAIN,
        reasons,
      });
    }
  }

  // a round whose winners are provinces' governments is the national round, whatever province the text names most
  if (mainLevel === "province" && !ed.joint) {
    const provinceWinners = new Set(proposals.filter((p) => p.edition === "main" && p.category.group === "province-government" && p.recipientName).map((p) => normalizeName(p.recipientName!)));
    if (provinceWinners.size >= 2) {
      Object.assign(mainEdition, { level: "national", provinceCode: null, provinceName: null, id: editionBaseId({ provinceSlug: null, ceremonyDate, yearLabel: yearLabel ?? "tanpa-tahun" }) });
      mainEdition.reasons[0] = `national round: its winners include ${provinceWinners.size} provinces' governments`;
    }
  }

  // the same placing stated twice ("… juara satu diraih Bank NTT" and "Bank NTT meraih juara satu karena …"):
  // one proposal with both quotes
  const merged: Proposal[] = [];
  for (const p of proposals) {
    const same = merged.find((q) => q.edition === p.edition && q.rank === p.rank && p.recipientName && q.recipientName && normalizeName(q.recipientName) === normalizeName(p.recipientName) && (q.category.group === p.category.group || p.inferences.includes("category_from_context") || q.inferences.includes("category_from_context")));
    if (same) {
      if (same.inferences.includes("category_from_context") && !p.inferences.includes("category_from_context")) {
        const extra = { quote: same.quote, span: same.span };
        Object.assign(same, { ...p, key: same.key, extraQuotes: [...same.extraQuotes, extra] });
      } else if (same.quote !== p.quote) same.extraQuotes.push({ quote: p.quote, span: p.span });
      continue;
    }
    merged.push(p);
  }

  const facts: Draft["facts"] = [];
  const mainKey = editions[0]!.key;
  const sentenceOf = (utf16: number) => segments(text).find((sg) => sg.start <= utf16 && utf16 < sg.end + 1);
  if (ed.date?.iso) {
    const at = [...text].slice(0, ed.date.span.start).join("").length;
    const sg = sentenceOf(at);
    if (sg) facts.push({ edition: mainKey, kind: "ceremony_date", value: ed.date.iso, quote: sg.text, span: span(sg.start, sg.end), note: dateNote });
  }
  if (ed.venue) {
    const sg = sentenceOf(ed.venue.index);
    if (sg) facts.push({ edition: mainKey, kind: "venue", value: ed.venue[1]!.trim(), quote: sg.text, span: span(sg.start, sg.end), note: null });
  }
  for (const label of [...new Set(ed.yearLabels.map((l) => l.year))]) {
    const first = ed.yearLabels.find((l) => l.year === label)!;
    const sg = sentenceOf(first.index);
    if (sg) facts.push({ edition: mainKey, kind: "year_label", value: label, quote: sg.text, span: span(sg.start, sg.end), note: null });
  }
  if (ed.periode) {
    const sg = sentenceOf(ed.periode.index);
    if (sg) facts.push({ edition: mainKey, kind: "assessment_period", value: ed.periode[1]!, quote: sg.text, span: span(sg.start, sg.end), note: null });
  }

  const draft = { editions, proposals: merged, facts };
  return { ...draft, transcription: toTranscription(text, meta, sourceId, draft, ctx), ms: performance.now() - t0 };
}

/** A distinction's title as its category: "Provinsi Terbaik Inovasi Zona Sumatera" (label and zone), a special award unless its words say otherwise. */
function distinctionCategory(title: string): { label: string; wording: string; qualifier: string | null; group: string; confidence: number } {
  const zone = /^(.*?)\s+(?:di\s+)?(Zona\s+.+)$/u.exec(title);
  const mapped = groupOfWording(title);
  return { label: zone ? zone[1]! : title, wording: title, qualifier: zone ? zone[2]! : null, group: mapped?.group === "special-award" || !mapped ? "special-award" : mapped.group, confidence: mapped ? mapped.confidence : 0.7 };
}

/** A winner's name ("Kabupaten Karawang", "Pemerintah Kabupaten Pasuruan"), not a category's ("Pemerintah Kabupaten/Kota Terbaik"). */
function looksLikeName(text: string): boolean {
  return Boolean(guessKind(text)) && !/\/|\bterbaik\b|\bkategori\b/iu.test(text);
}

type CategoryInfo = { label: string; wording: string; qualifier: string | null; group: string; confidence: number };

/** The category as a piece of text words it, before its first rank marker. */
function categoryWording(seg: string, before: number): { label: string; wording: string; qualifier: string | null; group: string; confidence: number } | null {
  let candidate = seg.slice(0, before).replace(/^\s*\d{1,2}[.)]\s+/, "");
  // "1. Kabupaten Karawang sebagai juara pertama": the words before the rank are a winner's name, not a category
  if (looksLikeName(candidate.trim())) candidate = "";
  const kategori = [...candidate.matchAll(/\bkategori\b/giu)].filter((m) => /\S/.test(candidate.slice(m.index! + 8)));
  let wording: string;
  if (kategori.length) wording = candidate.slice(kategori[0]!.index!);
  else {
    const key = /\b(tingkat|sektor|perusahaan|badan\s+usaha|usaha|pemerintah|provinsi\s+terbaik|penghargaan\s+khusus)\b/iu.exec(candidate.slice(candidate.lastIndexOf(",") > 0 && /\b(tingkat|sektor|perusahaan|usaha|pemerintah)\b/iu.test(candidate.slice(candidate.lastIndexOf(","))) ? candidate.lastIndexOf(",") : 0));
    wording = key ? candidate.slice(candidate.indexOf(key[0], candidate.lastIndexOf(",") > 0 && /\b(tingkat|sektor|perusahaan|usaha|pemerintah)\b/iu.test(candidate.slice(candidate.lastIndexOf(","))) ? candidate.lastIndexOf(",") : 0)) : candidate;
  }
  wording = wording
    .replace(/\s+(?:dimenangkan|diraih|diberikan|jatuh|ditempati|adalah|yaitu|yakni|pemenang|dengan|dinobatkan|menempati|meraih|berhasil)\b.*$/iu, "")
    .replace(/\s+di\s+[A-Z][\w ]*$/u, "")
    .replace(/\s*\($/, "")
    .replace(/[\s(:,–-]+$/u, "")
    .replace(/\s+(kategori|untuk|yaitu|yakni|adalah|diraih|dimenangkan)$/iu, "")
    .replace(/\s*\($/, "")
    .trim();
  // a winner's name ("Pemerintah Kabupaten Pasuruan") is not a category
  if (looksLikeName(wording)) wording = "";
  // a wording after the marker ("… terbaik ketiga kategori pemdes/kelurahan dalam ajang …")
  if (!groupOfWording(wording)) {
    const after = /\bkategori\s+([\w/ -]+?)(?=\s+(?:dalam|di|pada|tingkat|untuk|yang|dan|serta|dengan|sebagai|berkat|karena|diraih|dimenangkan|ditempati|jatuh|diberikan|oleh)\b|[,.;()]|$)/iu.exec(seg.slice(before));
    if (after) wording = `kategori ${after[1]!.trim()}`;
  }
  if (!wording || wording.length > 140) return null;
  const mapped = groupOfWording(wording);
  if (!mapped) return null;
  const zone = /^(.*?)\s+(?:di\s+)?(zona\s+.+)$/iu.exec(wording);
  const label = (zone ? zone[1]! : wording).replace(/^kategori\s+/iu, "").trim();
  const qualifier = zone ? zone[2]!.trim() : null;
  return { label: label || wording, wording, qualifier, group: mapped.group, confidence: mapped.confidence };
}

/**
 * "sektor keuangan PT A; sektor perdagangan dan jasa CV B dan Toko C", "pemenang sektor keuangan adalah X":
 * winners per sector, without ranks.
 */
function sectorList(seg: string): { qualifier: string; names: { start: number; end: number }[] }[] | null {
  if (!/masing-masing|setiap\s+sektor|tiap\s+sektor|badan\s+usaha/iu.test(seg) && (seg.match(/\b[Ss]ektor\b/gu) ?? []).length < 2) return null;
  // "sektor" and the lowercase words after it (the sector, commas and "dan" included), up to a name or a verb
  const STOP = /^(adalah|yaitu|yakni|dimenangkan|diraih|diberikan|oleh|pemenang|untuk|kepada|ialah|diraih)$/u;
  const sectors: { index: number; 0: string; 1: string }[] = [];
  for (const m of seg.matchAll(/\b[Ss]ektor\b/gu)) {
    let j = m.index! + m[0].length;
    const words: string[] = [];
    for (const w of seg.slice(j).matchAll(/\s*([a-z]+(?:\/[a-z]+)*)(,?)/gyu)) {
      if (STOP.test(w[1]!)) break;
      words.push(w[1]! + w[2]!);
      j += w[0].length;
    }
    while (words.length && /^(dan|serta),?$/u.test(words[words.length - 1]!)) words.pop();
    if (words.length) sectors.push({ index: m.index!, 0: seg.slice(m.index!, j), 1: words.join(" ").replace(/,$/, "") });
  }
  if (sectors.length === 0) return null;
  const out: { qualifier: string; names: { start: number; end: number }[] }[] = [];
  sectors.forEach((m, i) => {
    const from = m.index! + m[0].length;
    let to = sectors[i + 1]?.index ?? seg.length;
    const stop = /[;]|\.(\s|$)/.exec(seg.slice(from, to));
    if (stop) to = from + stop.index;
    const names: { start: number; end: number }[] = [];
    for (const piece of seg.slice(from, to).matchAll(/[^,]+/g)) {
      for (const part of piece[0].split(/\s+(?:dan|serta)\s+/u)) {
        const rel = seg.indexOf(part, from + piece.index!);
        // leading lowercase words ("adalah", "yakni") are not the name
        const lead = /^(?:\s*[a-z][\w-]*)*\s*/u.exec(part)![0].length;
        const name = part.slice(lead).trim().replace(/[;,.]+$/, "");
        if (name && /^[A-Z]/.test(name) && name.split(/\s+/).length <= 8) names.push({ start: rel + lead, end: rel + lead + name.length });
      }
    }
    if (names.length) out.push({ qualifier: `sektor ${m[1]!.trim()}`, names });
  });
  return out.length ? out : null;
}

/** "X meraih predikat Provinsi Terbaik Inovasi Zona Sumatera": a distinction without a rank, its name the category. */
function predicate(seg: string): { name: { start: number; end: number }; title: string } | null {
  const TITLE = "((?:[A-Z][\\w/-]*|terbaik|khusus|istimewa|inovasi)(?:\\s+(?:[A-Z][\\w/-]*|di|dan|terbaik|khusus|istimewa|inovasi|zona))*)";
  // "Penghargaan Provinsi Terbaik Inovasi di Zona Sumatera diberikan kepada Provinsi Aceh"
  const given = new RegExp(`\\b[Pp]enghargaan\\s+(?:kategori\\s+)?${TITLE}\\s+(?:diberikan|diserahkan)\\s+kepada\\s+`, "u").exec(seg);
  if (given) {
    const name = nameAfter(seg, given.index + given[0].length, seg.length);
    if (name) return { name, title: given[1]!.replace(/\s+(di|dan)$/u, "") };
  }
  const m = new RegExp(`\\b(?:meraih|menerima|mendapat(?:kan)?|dinobatkan\\s+sebagai\\s+penerima)\\s+(?:predikat|penghargaan\\s+khusus|penghargaan)\\s+${TITLE}`, "u").exec(seg);
  if (!m) return null;
  const name = nameBefore(seg, m.index + m[0].lastIndexOf(m[1]!));
  if (!name) return null;
  return { name, title: m[1]!.replace(/\s+(di|dan)$/u, "") };
}

/** A prize written between a winner's name and the next one: money, goods or a trophy. */
function prizeNear(seg: string, from: number, to: number): { text: string; amountRupiah: number | null } | null {
  const window = seg.slice(from, to);
  const money = /(?:(?:uang|dana)\s+(?:pembinaan|tunai)|hadiah(?:\s+uang)?(?:\s+tunai)?)?(?:\s+(?:sebesar|senilai))?\s*Rp\.?\s?\d[\d.,]*(?:\s*(?:juta|ribu|miliar|jt|rb))?(?:,-)?/iu.exec(window);
  if (money) {
    const text = money[0].trim().replace(/,-$/, "").replace(/[.,]$/, "");
    return { text, amountRupiah: rupiahAmount(text) };
  }
  const goods = /(?:\d+|satu|dua|tiga|sebuah|sebuah)\s+unit\s+[A-Za-z0-9 ]+?(?=\s*(?:[,.;)]|\s+dan\s|\s+serta\s|$))/iu.exec(window);
  if (goods) return { text: goods[0].trim(), amountRupiah: null };
  const trophy = /\b(?:trofi|piala|plakat)(?:\s+[a-z]+){0,3}/iu.exec(window);
  if (trophy) return { text: trophy[0].trim(), amountRupiah: null };
  return null;
}

/**
 * The draft in the import format: what an editor saves after confirming the proposals (the review page passes the
 * accepted ones, with the editor's corrections). A proposal may name the stored placing it confirms (`recorded`):
 * its quote is then added to that placing as one more citation, never a duplicate.
 */
export function toTranscription(text: string, meta: SourceMeta, sourceId: string, draft: Pick<Draft, "editions" | "facts"> & { proposals: readonly (Proposal & { recorded?: RecordedPlacing | null })[] }, ctx: Context): Transcription {
  const editionId = new Map(draft.editions.map((e) => [e.key, e.id]));
  const organizations = new Map<string, Transcription["organizations"][number]>();
  const takenIds = new Set(ctx.organizations.map((o) => o.id));
  const orgIdFor = (p: Proposal): string | null => {
    if (!p.organization) return null;
    if (p.organization.existing) {
      // a stored organisation: this text's spelling is added to it (probable where the match was only close)
      const close = p.organization.reason.includes("close to");
      const alias = p.recipientName ? { spelling: p.recipientName, source: sourceId, match: close ? ("probable" as const) : ("certain" as const), ...(close ? { note: p.organization.reason } : {}), ...aliasLocation(text, p.recipientName, p.quote) } : null;
      const entry = organizations.get(p.organization.id) ?? { id: p.organization.id, name: p.organization.name, kind: p.organization.kind as Transcription["organizations"][number]["kind"], regionCode: p.organization.regionCode, aliases: [] };
      if (alias && !entry.aliases.some((a) => a.spelling === alias.spelling)) entry.aliases.push(alias);
      organizations.set(p.organization.id, entry);
      return p.organization.id;
    }
    const key = normalizeName(p.organization.name);
    for (const [id, o] of organizations) if (normalizeName(o.name) === key) return id;
    let id = slugify(p.organization.name).slice(0, 80) || "organisasi";
    for (let n = 2; takenIds.has(id); n++) id = `${slugify(p.organization.name).slice(0, 76)}-${n}`;
    takenIds.add(id);
    organizations.set(id, {
      id, name: p.organization.name, kind: p.organization.kind as Transcription["organizations"][number]["kind"], regionCode: p.organization.regionCode,
      ...(p.organization.kind === "other" || p.organization.reason.includes("category") ? { kindNote: p.organization.reason } : {}),
      aliases: p.recipientName ? [{ spelling: p.recipientName, source: sourceId, match: "certain" as const, ...aliasLocation(text, p.recipientName, p.quote) }] : [],
    });
    return id;
  };
  /** which occurrence of the quote the proposal means, where the text holds it more than once */
  const occurrence = (quote: string, at: Span) => {
    let n = 0;
    for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
      n++;
      if ([...text.slice(0, i)].length === at.start) return n > 1 || text.indexOf(quote, i + 1) !== -1 ? { occurrence: n } : {};
    }
    return {};
  };
  const placings = draft.proposals.map((p) => {
    const organization = p.recorded ? p.recorded.organizationId : orgIdFor(p);
    const cite = (quote: string, at: Span, main: boolean) => ({
      source: sourceId, quote, ...occurrence(quote, at),
      ...(p.recipientName && quote.includes(p.recipientName) ? { recipientName: p.recipientName } : {}),
      ...(main && p.category.wording && quote.includes(p.category.wording) ? { categoryWording: p.category.wording } : {}),
      ...(main && p.rankWording && quote.includes(p.rankWording) ? { rankWording: p.rankWording } : {}),
    });
    if (p.recorded) {
      // the stored placing, as stored: the importer adds this quote to it
      return {
        id: p.recorded.claimId, edition: p.recorded.editionId,
        category: { label: p.recorded.label, group: p.category.group, ...(p.recorded.qualifier ? { qualifier: p.recorded.qualifier } : {}) },
        rank: p.recorded.rank, organization, inferences: [], citations: [cite(p.quote, p.span, true)],
      };
    }
    return {
      edition: editionId.get(p.edition)!,
      category: { label: p.category.label, group: p.category.group, ...(p.category.qualifier ? { qualifier: p.category.qualifier } : {}) },
      rank: p.rank,
      organization,
      ...(p.prize ? { prize: { text: p.prize.text, ...(p.prize.amountRupiah !== null ? { amountRupiah: p.prize.amountRupiah } : {}) } } : {}),
      inferences: p.inferences,
      ...(p.inferenceNote ? { inferenceNote: p.inferenceNote } : {}),
      citations: [cite(p.quote, p.span, true), ...p.extraQuotes.map((q) => cite(q.quote, q.span, false))],
    };
  });
  return {
    format: "paritrana-transcription/1",
    sources: [{ id: sourceId, publisher: meta.publisher, title: meta.title ?? null, author: meta.author ?? null, publishedAt: meta.publishedAt ?? null, eventDate: meta.eventDate ?? draft.editions[0]?.ceremonyDate ?? null, dateNote: draft.editions[0]?.dateNote ?? null, url: meta.url ?? null, language: "id", text }],
    organizations: [...organizations.values()],
    editions: draft.editions.map((e) => ({ id: e.id, level: e.level, provinceCode: e.provinceCode, yearLabel: e.yearLabel ?? "", assessmentPeriod: draft.facts.find((f) => f.kind === "assessment_period" && f.edition === e.key)?.value ?? null, ceremonyDate: e.ceremonyDate, sharedCeremony: e.sharedCeremony ?? null })),
    editionFacts: draft.facts.map((f) => ({ edition: editionId.get(f.edition)!, kind: f.kind, value: f.value, ...(f.note ? { inferenceNote: f.note } : {}), citations: [{ source: sourceId, quote: f.quote, ...occurrence(f.quote, f.span) }] })),
    placings,
  };

  function aliasLocation(full: string, spelling: string, quote: string) {
    let count = 0;
    for (let i = full.indexOf(spelling); i !== -1; i = full.indexOf(spelling, i + 1)) count++;
    if (count <= 1) return {};
    let q = 0;
    for (let i = full.indexOf(quote); i !== -1; i = full.indexOf(quote, i + 1)) q++;
    return q === 1 ? { within: quote } : {};
  }
}
