// Stage 3a: organisation names in a piece of text, by a small grammar: a kind word ("Kabupaten", "Pemkab",
// "Desa", "Gampong", "PT", "Bank", "RSU", "Universitas" …) or a run of capitalised words, up to the first word
// that cannot be part of a name. People (a title before them), the organiser, venues and districts are found too,
// so the assembly can leave them out: a person is never the winner. Linear in the number of tokens.
import {
  BUSINESS_PREFIXES,
  GIVEN_NAMES,
  GOVERNMENT_PREFIXES,
  NOT_IN_A_NAME,
  MENTION_HEAD,
  NOT_A_NAME_START,
  ORGANISER_WORDS,
  PERSON_TITLES,
  RANK_HEADS,
  VENUE_WORDS,
  AWARD_VERBS,
} from "./lexicon";
import type { Token } from "./tokens";
import { PROVINCE_ABBREVIATIONS } from "./province-abbreviations";
import { normalizeName } from "./similarity";
import type { Gazetteer } from "./types";

export type NameRole = "candidate" | "person" | "organiser" | "venue" | "district";
export type NameMention = {
  /** token range [from, to) and text range [start, end) within the piece */
  from: number;
  to: number;
  start: number;
  end: number;
  role: NameRole;
  kind: string | null;
  /** written with a kind word ("Kabupaten X", "PT Y"), not a bare run of capitalised words */
  prefixed: boolean;
  /** a bare region name the gazetteer knows ("Sragen", "Jawa Tengah") */
  gazetteer: { code: string; kind: string } | null;
  /** a region written after the name ("Desa X, Kabupaten Y", "Desa X (Kabupaten Y)"), not part of it */
  regionNote: string | null;
  /** an abbreviation the text defines for this name: "Kabupaten Maluku Barat Daya (MBD)" */
  alias: string | null;
  /** a place named in a zone ("Zona Sumatera") */
  zone?: boolean;
  /** named by its head's title ("Bupati Simalungun", "Wali Kota Medan"): the government, not the person */
  viaTitle?: boolean;
};

const HEAD_TITLES: Readonly<Record<string, string>> = {
  bupati: "regency_government",
  walikota: "city_government",
  gubernur: "province_government",
};
const DEPUTY_WORDS = new Set(["wakil", "pj", "plt", "plh", "penjabat"]);

/** "Bupati Simalungun", "Wakil Wali Kota Medan", "Gubernur Jambi": the region the head's title names, if the gazetteer knows it. */
function regionAfterTitle(
  tokens: readonly Token[],
  i: number,
  text: string,
  index: NameIndex,
): { titleTo: number; from: number; to: number; kind: string; prefixed: boolean } | null {
  let j = i;
  while (j < tokens.length && j - i < 3 && DEPUTY_WORDS.has(tokens[j]!.lower)) j++;
  let kind: string | undefined;
  if (tokens[j]?.lower === "wali" && tokens[j + 1]?.lower === "kota") {
    kind = "city_government";
    j += 2;
  } else if (HEAD_TITLES[tokens[j]?.lower ?? ""]) {
    kind = HEAD_TITLES[tokens[j]!.lower];
    j++;
  }
  if (!kind) return null;
  const titleTo = j;
  const prefixed = tokens[j]?.lower === "kota" || tokens[j]?.lower === "kabupaten";
  const from = j;
  if (prefixed) j++;
  for (let n = 3; n >= 1; n--) {
    const words = tokens.slice(j, j + n);
    if (words.length < n || !words.every((w) => w.cap && w.word)) continue;
    const place = index.byName.get(normalizeName(text.slice(words[0]!.start, words[n - 1]!.end)));
    if (place && (place.kind === kind || (kind === "city_government" && place.kind === "regency_government") || prefixed))
      return { titleTo, from, to: j + n, kind, prefixed };
  }
  return null;
}

export type NameIndex = { byName: Map<string, { code: string; kind: string }> };

export function nameIndex(gazetteer: Gazetteer): NameIndex {
  const byName = new Map<string, { code: string; kind: string }>();
  for (const r of gazetteer.regencies) {
    const bare = normalizeName(r.name.replace(/^(Kabupaten|Kota)\s+/u, ""));
    const kind = r.name.startsWith("Kota") ? "city_government" : "regency_government";
    if (!byName.has(bare)) byName.set(bare, { code: r.code, kind });
  }
  for (const p of gazetteer.provinces) byName.set(normalizeName(p.name), { code: p.code, kind: "province_government" });
  byName.set("dki jakarta", { code: "31", kind: "province_government" });
  for (const [abbreviation, code] of Object.entries(PROVINCE_ABBREVIATIONS))
    byName.set(normalizeName(abbreviation), { code, kind: "province_government" });
  byName.set("di yogyakarta", { code: "34", kind: "province_government" });
  return { byName };
}

import { VILLAGE_HEADS } from "./lexicon";
/** Regional bodies whose region is part of their name: "Perumda Air Minum Tirta Taman Sari Kota Madiun". */
const REGIONAL_BODIES = new Set(["perumda", "perusda", "pdam", "rsud", "bpd", "bpr", "bprs"]);
/** Words a title-case headline capitalises that are never part of a name: "Pemkab Tangerang Kembali Raih …". */
const HEADLINE_WORDS = new Set([
  "kembali",
  "berhasil",
  "sukses",
  "dapat",
  "jadi",
  "bawa",
  "toreh",
  "ukir",
  "kantongi",
  "gondol",
  "menang",
  "dinobatkan",
  "lagi",
  "tahun",
  "ini",
]);
const WEEKDAYS = new Set(["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"]);
const LEVEL: Readonly<Record<string, number>> = { province_government: 2, regency_government: 1, city_government: 1 };
const levelOf = (kind: string | null) => (kind ? (LEVEL[kind] ?? 0) : 0);

/** Can this token continue a name? */
function continues(t: Token): boolean {
  if (!t.word) return t.text === "&" || t.text === "'" || t.text === "’";
  if (!t.cap) return false;
  if (
    RANK_HEADS.has(t.lower) ||
    t.lower === MENTION_HEAD ||
    t.lower === "kategori" ||
    AWARD_VERBS.has(t.lower) ||
    WEEKDAYS.has(t.lower) ||
    HEADLINE_WORDS.has(t.lower)
  )
    return false;
  if (PERSON_TITLES.has(t.lower) && !["h", "dr"].includes(t.lower)) return false;
  if (/^(19|20)\d\d$/.test(t.text)) return false;
  return true;
}

function prefixAt(tokens: readonly Token[], i: number): { kind: string; words: number } | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.lower === "pemerintah" && next && GOVERNMENT_PREFIXES[next.lower])
    return { kind: next.lower === "daerah" ? "regency_government" : GOVERNMENT_PREFIXES[next.lower]!, words: 2 };
  if (t.lower === "pemerintah" && next && next.text === "(") return null;
  // "Pemerintah Sulawesi Selatan": a province's government written without "Provinsi"
  if (
    t.lower === "pemerintah" &&
    next?.cap &&
    tokens[i + 2]?.cap &&
    /^(sulawesi|sumatera|kalimantan|jawa|papua|nusa|maluku|kepulauan)$/u.test(next.lower)
  )
    return { kind: "province_government", words: 1 };
  if (t.lower === "rumah" && next?.lower === "sakit" && t.cap) return { kind: "hospital", words: 2 };
  if (t.lower === "rumah" && next?.lower === "makan" && t.cap) return { kind: "small_business", words: 2 };
  if (
    GOVERNMENT_PREFIXES[t.lower] &&
    (t.cap || t.lower === "kabupaten" || t.lower === "kota" || t.lower === "desa" || t.lower === "provinsi")
  )
    return { kind: GOVERNMENT_PREFIXES[t.lower]!, words: 1 };
  if (BUSINESS_PREFIXES[t.lower] && t.cap) return { kind: BUSINESS_PREFIXES[t.lower]!, words: 1 };
  return null;
}

/** `blocked`: tokens of rank markers ("Juara I"), which no name begins with or runs into. */
export function findNames(
  tokens: readonly Token[],
  text: string,
  index: NameIndex,
  blocked: ReadonlySet<number> = new Set(),
): NameMention[] {
  const out: NameMention[] = [];
  let i = 0;
  let afterPerson = false;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (blocked.has(i)) {
      i++;
      afterPerson = false;
      continue;
    }
    if (!t.word) {
      if (t.text !== ",") afterPerson = false;
      i++;
      continue;
    }
    const prefix = prefixAt(tokens, i);
    let role: NameRole = "candidate";
    let j = i;
    if (prefix) {
      j = i + prefix.words;
      // "PT." / "Kab." / "Pemkab." and "Pemerintah Kota (Pemkot) Semarang"
      if (tokens[j]?.text === ".") j++;
      if (tokens[j]?.text === "(" && tokens[j + 2]?.text === ")" && tokens[j + 1]?.cap) j += 3;
    } else if (
      t.cap &&
      (VILLAGE_HEADS.has(t.lower) || t.lower === "kantor" || t.lower === "kepala") &&
      tokens[i + 1] &&
      GOVERNMENT_PREFIXES[tokens[i + 1]!.lower] === "village"
    ) {
      i++; // the village head's title ("Kades", "Kepala Desa …") or office before the village: the village is named
      continue;
    } else if (t.cap && regionAfterTitle(tokens, i, text, index)) {
      // the head's title, then the region it names: the government is a candidate, the title a person's
      const r = regionAfterTitle(tokens, i, text, index)!;
      out.push(mention(tokens, i, r.titleTo, "person", null, false, null));
      out.push({ ...mention(tokens, r.from, r.to, "candidate", r.kind, r.prefixed, null), viaTitle: true });
      afterPerson = true; // the official's own name may follow
      i = r.to;
      continue;
    } else if (t.cap && (PERSON_TITLES.has(t.lower) || (t.lower === "wali" && tokens[i + 1]?.lower === "kota"))) {
      role = "person";
      j = i + 1;
      while (j < tokens.length && (tokens[j]!.cap || tokens[j]!.text === ".") && j - i < 12) j++;
      out.push(mention(tokens, i, j, role, null, false, null));
      afterPerson = true;
      i = j;
      continue;
    } else if (t.cap && ORGANISER_WORDS.has(t.lower)) {
      role = "organiser";
      j = i + 1;
    } else if (t.cap && VENUE_WORDS.has(t.lower)) {
      role = "venue";
      j = i + 1;
    } else if (t.lower === "kecamatan" || t.lower === "kec" || (t.lower === "distrik" && t.cap)) {
      role = "district";
      j = i + 1;
      if (tokens[j]?.text === ".") j++;
    } else if (
      t.cap &&
      !NOT_A_NAME_START.has(t.lower) &&
      !(t.lower === "daerah" && tokens[i + 1]?.lower !== "istimewa") &&
      continues(t) &&
      !/^\d/.test(t.text)
    ) {
      j = i + 1;
    } else {
      afterPerson = false;
      i++;
      continue;
    }
    let ownWords = prefix ? 0 : 1;
    while (
      j < tokens.length &&
      j - i < 14 &&
      !blocked.has(j) &&
      (continues(tokens[j]!) ||
        (tokens[j]!.lower === "by" && tokens[j + 1]?.cap) ||
        (ownWords >= 2 && ["bu", "pak", "ibu", "mbak", "mas"].includes(tokens[j]!.lower) && tokens[j + 1]?.cap))
    ) {
      // a bare "&" or "'" only between words of the name
      if (!tokens[j]!.word && !tokens[j + 1]?.cap) break;
      // "Desa X Kecamatan Y Kabupaten Z": a kind word after the name's own words begins another name
      if (
        role === "candidate" &&
        ownWords > 0 &&
        !REGIONAL_BODIES.has(t.lower) &&
        ((GOVERNMENT_PREFIXES[tokens[j]!.lower] && tokens[j]!.cap) ||
          tokens[j]!.lower === "pemerintah" ||
          tokens[j]!.lower === "kecamatan" ||
          tokens[j]!.lower === "kec")
      )
        break;
      if (tokens[j]!.word && !prefixAt(tokens, j)) ownWords++;
      j++;
    }
    // "PT Crisorus Mandiri (RSU Siloam)", "PT Timor Otsukhi Mutiara (PT TOM)": a company's other name is kept with it
    if (prefix && ["company", "bank"].includes(prefix.kind) && tokens[j]?.text === "(") {
      let close = j + 1;
      while (close < tokens.length && close - j <= 5 && tokens[close]!.text !== ")" && (tokens[close]!.cap || tokens[close]!.text === "."))
        close++;
      const inner = text.slice(tokens[j + 1]?.start ?? 0, tokens[close]?.start ?? 0).trim();
      if (tokens[close]?.text === ")" && close > j + 1 && !index.byName.has(normalizeName(inner)) && /\s/u.test(inner)) j = close + 1;
    }
    // "PT. Bank Cetral Asia, Tbk": the listed company's suffix belongs to its name
    if (prefix?.kind === "company" || prefix?.kind === "bank") {
      if (tokens[j]?.text === "," && tokens[j + 1]?.lower === "tbk") j += 2;
      else if (tokens[j]?.lower === "tbk") j++;
    }
    const words = tokens.slice(i, j).filter((x) => x.word).length;
    if (prefix && j === i + prefix.words) {
      i++;
      continue;
    } // a kind word alone ("Kota", "Desa") names no one
    // "Kabupaten Kota" (kind words only), "Desa 100 Pekerja Rentan" (a number, not a name): no one either
    if (
      prefix &&
      GOVERNMENT_PREFIXES[t.lower] &&
      (tokens.slice(i + prefix.words, j).every((x) => !x.word || GOVERNMENT_PREFIXES[x.lower]) ||
        /^\d/u.test(tokens[i + prefix.words]?.text ?? ""))
    ) {
      i = j;
      continue;
    }
    // a news site's name in the dateline ("RajaAmpatNews –", "Kabar.com")
    if (!prefix && j === i + 1 && /(?:news|online|\.com|\.id|\.co)$/iu.test(t.text) && /[a-z][A-Z]|\./u.test(t.text)) {
      i = j;
      continue;
    }
    if (words === 0) {
      i++;
      continue;
    }
    // "Coverage Share Jaminan Sosial Ketenagakerjaan 100 Persen": a distinction's title, not a winner
    if (!prefix && role === "candidate" && tokens.slice(i, j).some((x) => NOT_IN_A_NAME.has(x.lower))) {
      i = j;
      continue;
    }
    const bare =
      !prefix && role === "candidate" ? (index.byName.get(normalizeName(text.slice(t.start, tokens[j - 1]!.end))) ?? null) : null;
    // "Wali Kota Makassar, Iqbal Suhaeb": a name of two or more words after a person's title is that person's
    if (
      afterPerson &&
      role === "candidate" &&
      !prefix &&
      !bare &&
      words >= 2 &&
      !tokens.slice(i, j).some((x) => /^[\p{Lu}]{2,}$/u.test(x.text))
    )
      role = "person";
    // "Muhammad Toha kategori Pertambangan": a person's given name, not an organisation's
    if (role === "candidate" && !prefix && !bare && words >= 2 && GIVEN_NAMES.has(t.lower)) role = "person";
    out.push(mention(tokens, i, j, role, prefix?.kind ?? bare?.kind ?? null, Boolean(prefix), bare));
    afterPerson = role === "person";
    i = j;
  }
  attachTrailers(out, tokens, text, index);
  // "terbaik zona Nusa Tenggara, Maluku, Papua": the places of a zone are not winners; nor is "tingkat Provinsi X"
  for (const m of out) {
    if (m.role === "candidate" && ["tingkat", "se", "se-", "award", "paritrana"].includes(tokens[m.from - 1]?.lower ?? ""))
      m.role = "district";
    const before = tokens[m.from - 1];
    if (
      m.role === "candidate" &&
      !m.prefixed &&
      before &&
      (before.lower === "zona" ||
        before.lower === "wilayah" ||
        ((before.text === "," || before.lower === "dan") && out.some((z) => z.role === "district" && z.to === m.from - 1 && z.zone)))
    ) {
      m.role = "district";
      m.zone = true;
    }
  }
  return out;
}

function mention(
  tokens: readonly Token[],
  from: number,
  to: number,
  role: NameRole,
  kind: string | null,
  prefixed: boolean,
  gazetteer: NameMention["gazetteer"],
): NameMention {
  return { from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end, role, kind, prefixed, gazetteer, regionNote: null, alias: null };
}

/**
 * What follows a name and belongs to it, not to the list: a region in parentheses or after a comma (a village's
 * regency, a regency's province), an abbreviation the text defines in parentheses.
 */
function attachTrailers(names: NameMention[], tokens: readonly Token[], text: string, index: NameIndex) {
  for (let k = 0; k < names.length; k++) {
    const n = names[k]!;
    if (n.role !== "candidate" && n.role !== "district") continue;
    const open = tokens[n.to];
    if (n.role === "candidate" && open?.text === "(") {
      let close = n.to + 1;
      while (close < tokens.length && close - n.to <= 8 && tokens[close]!.text !== ")") close++;
      if (tokens[close]?.text === ")") {
        const inner = text.slice(tokens[n.to + 1]?.start ?? open.end, tokens[close]!.start).trim();
        const innerKey = normalizeName(inner.replace(/^(Kabupaten|Kota|Kab\.?|Kec\.?|Kecamatan)\s+/u, ""));
        const single = close === n.to + 2 && tokens[n.to + 1]!.word;
        const words = inner.split(/\s+/u);
        if (
          single &&
          /^[\p{Lu}][\p{Lu}\p{Ll}]{1,9}$/u.test(inner) &&
          !index.byName.has(innerKey) &&
          !/^(Pemkab|Pemkot|Pemda|Pemprov)$/u.test(inner)
        )
          n.alias = inner;
        // "(Pemkab Kukar)", "(Bank NTT)": a kind word and the short name the text goes on to use
        else if (
          words.length === 2 &&
          /^(Pemkab|Pemkot|Pemprov|Pemda|Bank|PT)$/u.test(words[0]!) &&
          /^[\p{Lu}][\p{Lu}\p{Ll}]{1,9}$/u.test(words[1]!) &&
          !index.byName.has(normalizeName(words[1]!))
        )
          n.alias = /^Pem/u.test(words[0]!) ? words[1]! : inner;
        else if (index.byName.has(innerKey) || /^(Kabupaten|Kota|Kab|Kec|Kecamatan)\b/u.test(inner)) n.regionNote = `(${inner})`;
        // the parenthesis is spent: names inside it are not candidates
        for (const m of names) if (m !== n && m.from > n.to && m.to <= close + 1) m.role = "district";
        // "PT Petro Graha Medika (PGM) Gresik": a bare region right after the abbreviation is where it is
        const after = names.find((m) => m.from === close + 1);
        if (n.alias && after?.role === "candidate" && !after.prefixed && after.gazetteer) {
          after.role = "district";
          n.regionNote ??= text.slice(after.start, after.end);
        }
      }
    }
    // "Desa Ranggeh, Kabupaten Pasuruan," / "Kabupaten Raja Ampat, Provinsi Papua Barat Daya": a wider region after
    // a comma is where the name is, not a second winner
    const next = names[k + 1];
    const adjacent = next && (next.from === n.to || (tokens[n.to]?.text === "," && next.from === n.to + 1));
    if (next && next.role === "candidate" && adjacent) {
      const nextLevel = next.kind === null ? -1 : levelOf(next.kind);
      // a place ("Kabupaten Blitar"), not a government body ("Pemerintah Kabupaten X", "Pemkab X")
      const body = /^(pemerintah|pemkab|pemkot|pemprov|pemda)$/u.test(tokens[next.from]!.lower);
      const regionLike =
        !body &&
        (next.prefixed
          ? ["province_government", "regency_government", "city_government"].includes(next.kind ?? "")
          : next.gazetteer !== null);
      const withoutComma = next.from === n.to;
      if (regionLike && (n.role === "district" || (nextLevel > levelOf(n.kind) && (n.kind !== null || withoutComma)))) {
        next.role = "district";
        n.regionNote = text.slice(next.start, next.end);
      }
    }
    if (next && next.role === "district" && adjacent) n.regionNote ??= text.slice(next.start, next.end);
  }
}
