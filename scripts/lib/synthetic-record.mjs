// A clearly synthetic record about `scale` times the seed (prisma/seed/ntt-2024-2025.json: 2 editions, 33
// placings, 66 citations, 25 organisations, 5 sources), for `npm run bench -- --scale N`. Never real data:
// every source's publisher is "SINTETIS (data uji bench)" and its text opens by saying it is invented test data;
// every id starts with "sintetis-", every organisation is named "… Sintetis <word> <number>", no url is given.
// Only the provinces and regencies (Kemendagri codes from idn-area-data) are real; what is placed in them is not.
//
// buildSyntheticTranscription({ scale, seed }): pure and deterministic (mulberry32), in the import format
//   "paritrana-transcription/1" (lib/import/transcription-format.ts). Every quote is cut from its source's text.
// splitSyntheticTranscription(t, { maxPlacings }): the same record as several files, whole editions in year
//   order, each file self-contained (an organisation already stored is listed again with its new spellings).
// loadSyntheticRecord(databaseUrl, { scale, seed, log }): loads it through the project's own importer
//   (scripts/import.ts, as an editor's bulk import does), one file after another.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export const SYNTHETIC_PUBLISHER = "SINTETIS (data uji bench)";
export const SYNTHETIC_PREFIX = "sintetis-";
export const SYNTHETIC_IMPORT_REASON = "Data sintetis untuk uji beban";
/** The seed's size, which `scale` multiplies. */
export const SEED_SIZE = { sources: 5, editions: 2, placings: 33, citations: 66, organizations: 25 };
export const YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
/** The seed's own editions: the synthetic record never takes their (level, province, ceremony date). */
const SEED_EDITIONS = [
  { level: "province", provinceCode: "53", ceremonyDate: "2024-07-25" },
  { level: "province", provinceCode: "53", ceremonyDate: "2025-07-21" },
];

// ── small deterministic helpers ───────────────────────────────────────────────────────────────────────────

/** mulberry32: a tiny seeded PRNG, [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Same as lib/slug.ts. */
function slugify(text) {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const pad = (n, width) => String(n).padStart(width, "0");
const DAYS = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const isoDay = (y, m, d) => `${y}-${pad(m, 2)}-${pad(d, 2)}`;
const addDays = (iso, n) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
function dateWords(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  return {
    long: `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
    short: `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`,
  };
}

// ── reference data: the official provinces and regencies (the same files seedRegions() loads) ─────────────

let regionCache;
function readCsv(file) {
  const [header, ...lines] = fs.readFileSync(file, "utf8").split(/\r?\n/).filter(Boolean);
  const cols = header.split(",");
  return lines.map((line) => {
    if (line.includes('"')) throw new Error(`${file}: quoted CSV fields are not expected`);
    const cells = line.split(",");
    // the last column (name) may hold commas
    const row = {};
    cols.forEach((c, i) => {
      row[c] = i === cols.length - 1 ? cells.slice(i).join(",") : cells[i];
    });
    return row;
  });
}
/** Provinces (code, name, slug) and regencies by province, from idn-area-data's CSV files. */
export function officialRegions() {
  if (regionCache) return regionCache;
  const dataDir = path.join(path.dirname(createRequire(import.meta.url).resolve("idn-area-data")), "../data");
  const provinces = readCsv(path.join(dataDir, "provinces.csv")).map((p) => ({ code: p.code, name: p.name, slug: slugify(p.name) }));
  const regencies = new Map(provinces.map((p) => [p.code, []]));
  for (const r of readCsv(path.join(dataDir, "regencies.csv"))) regencies.get(r.province_code)?.push(r.code);
  regionCache = { provinces, regencies };
  return regionCache;
}

// ── what a round hands out ────────────────────────────────────────────────────────────────────────────────

const NAME_PREFIX = {
  province_government: "Provinsi Sintetis",
  regency_government: "Kabupaten Sintetis",
  city_government: "Kota Sintetis",
  village: "Desa Sintetis",
  kelurahan: "Kelurahan Sintetis",
  company: "PT Sintetis",
  bank: "Bank Sintetis",
  cooperative: "Koperasi Sintetis",
  school_or_university: "Sekolah Sintetis",
  hospital: "RS Sintetis",
  small_business: "UMK Sintetis",
  other: "Organisasi Sintetis",
};
/** group -> labels a round may use, the kinds of organisation that win it, and whether it is handed out unranked */
const PROVINCE_CATEGORIES = [
  {
    group: "pemda",
    labels: ["Kategori Pemda", "Pemerintah Daerah Terbaik"],
    kinds: ["regency_government", "city_government"],
    alt: "regency-city-government",
  },
  {
    group: "regency-city-government",
    labels: ["Pemerintah Kabupaten/Kota", "Kabupaten/Kota Terbaik"],
    kinds: ["regency_government", "city_government"],
    alt: "pemda",
  },
  { group: "pemdes-kelurahan", labels: ["Kategori Pemdes/Kelurahan", "Desa dan Kelurahan Terbaik"], kinds: ["village", "kelurahan"] },
  { group: "large-business", labels: ["Perusahaan Besar", "Usaha Besar Terbaik"], kinds: ["company"] },
  { group: "medium-business", labels: ["Perusahaan Menengah", "Usaha Menengah"], kinds: ["company"] },
  { group: "umk", labels: ["Usaha Kecil Mikro", "Kategori UMK"], kinds: ["small_business"] },
  { group: "financial-services", labels: ["Sektor Jasa Keuangan", "Usaha Makro Jasa Keuangan"], kinds: ["bank", "cooperative"] },
  { group: "trade-services", labels: ["Perdagangan dan Jasa", "Sektor Perdagangan"], kinds: ["company"] },
  { group: "education", labels: ["Jasa Pendidikan", "Sektor Pendidikan"], kinds: ["school_or_university"] },
  { group: "manufacturing", labels: ["Manufaktur, Pertambangan dan Konstruksi", "Sektor Manufaktur"], kinds: ["company"] },
  { group: "agriculture", labels: ["Perkebunan, Pertanian, Peternakan dan Perikanan", "Sektor Perkebunan"], kinds: ["company"] },
  { group: "health", labels: ["Pelayanan Kesehatan", "Sektor Kesehatan"], kinds: ["hospital"] },
  { group: "public-service", labels: ["Pelayanan Publik", "Pelayanan Publik Terbaik"], kinds: ["other"] },
  {
    group: "special-award",
    labels: ["Penghargaan Khusus Inovasi", "Penghargaan Khusus"],
    kinds: ["company", "other", "regency_government"],
    unranked: true,
  },
  { group: "overall", labels: ["Terbaik Keseluruhan", "Juara Umum"], kinds: ["company"] },
];
const NATIONAL_CATEGORIES = [
  { group: "province-government", labels: ["Pemerintah Provinsi Terbaik"], kinds: ["province_government"] },
  { group: "regency-city-government", labels: ["Pemerintah Kabupaten/Kota Terbaik"], kinds: ["regency_government", "city_government"] },
  { group: "large-business", labels: ["Perusahaan Besar"], kinds: ["company"], zones: true },
  { group: "medium-business", labels: ["Perusahaan Menengah"], kinds: ["company"], zones: true },
  { group: "umk", labels: ["Usaha Kecil Mikro"], kinds: ["small_business"] },
  { group: "financial-services", labels: ["Jasa Keuangan"], kinds: ["bank", "cooperative"] },
  { group: "special-award", labels: ["Penghargaan Khusus Inovasi"], kinds: ["company", "other", "province_government"], unranked: true },
];
const ZONES = ["Zona Sumatera", "Zona Jawa", "Zona Kalimantan", "Zona Sulawesi", "Zona Bali dan Nusa Tenggara", "Zona Maluku dan Papua"];
const PRIZES = [
  [
    { text: "uang pembinaan Rp 10.000.000", amountRupiah: 10_000_000 },
    { text: "uang pembinaan Rp 7.500.000", amountRupiah: 7_500_000 },
    { text: "uang pembinaan Rp 5.000.000", amountRupiah: 5_000_000 },
  ],
  [
    { text: "hadiah Rp 15 juta", amountRupiah: 15_000_000 },
    { text: "hadiah Rp 10 juta", amountRupiah: 10_000_000 },
    { text: "hadiah Rp 5 juta", amountRupiah: 5_000_000 },
  ],
  [
    { text: "satu unit trofi sintetis" },
    { text: "uang pembinaan Rp 2.500.000", amountRupiah: 2_500_000 },
    { text: "uang pembinaan Rp 1.500.000", amountRupiah: 1_500_000 },
  ],
];
const RANK_WORDS = {
  juara: ["juara satu", "juara dua", "juara tiga"],
  terbaik: ["Terbaik 1", "Terbaik 2", "Terbaik 3"],
  prize: ["juara pertama", "juara kedua", "juara ketiga"],
};
const SYLLABLES = [
  "ba",
  "da",
  "ka",
  "la",
  "ma",
  "na",
  "ra",
  "sa",
  "ta",
  "wa",
  "be",
  "de",
  "ke",
  "le",
  "me",
  "ne",
  "re",
  "se",
  "te",
  "bi",
  "di",
  "ki",
  "li",
  "mi",
  "ni",
  "ri",
  "si",
  "ti",
  "bo",
  "do",
  "ko",
  "lo",
  "mo",
  "no",
  "ro",
  "so",
  "to",
  "bu",
  "du",
  "ku",
  "lu",
  "mu",
  "nu",
  "ru",
  "su",
  "tu",
];
const FILLER = [
  "Paragraf ini pengisi sintetis: tidak melaporkan peristiwa nyata dan hanya menambah panjang teks uji.",
  "Semua angka, nama orang, nama organisasi dan tempat dalam teks ini rekaan generator data uji.",
  "Kalimat pengisi ini meniru panjang artikel berita agar halaman sumber diuji dengan beban yang wajar.",
  "Tidak ada kutipan narasumber sungguhan di sini; pernyataan di bawah juga rekaan.",
];

// ── a source text, with the places of what will be quoted from it ───────────────────────────────────────────

/** Builds a text piece by piece; `mark` remembers where a quoted piece starts (UTF-16 offset). */
class TextBuilder {
  constructor() {
    this.text = "";
  }
  /** Appends pieces: strings, or [key, string] pairs whose offsets are returned by key. */
  add(...pieces) {
    const at = {};
    const start = this.text.length;
    for (const p of pieces) {
      if (Array.isArray(p)) {
        at[p[0]] = this.text.length;
        this.text += p[1];
      } else this.text += p;
    }
    return { start, end: this.text.length, at };
  }
}

/** Counts occurrences as lib/awards/quote.ts does (overlapping). */
function occurrencesOf(text, needle) {
  const found = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}
/** `{ occurrence }` when `needle` occurs more than once in `text` and the one meant is at `offset`; else `{}`. */
function pick(text, needle, offset) {
  if (text.slice(offset, offset + needle.length) !== needle)
    throw new Error(`synthetic-record: ${JSON.stringify(needle)} is not at ${offset}`);
  const all = occurrencesOf(text, needle);
  if (all.length === 1) return {};
  return { occurrence: all.indexOf(offset) + 1 };
}

// ── the builder ─────────────────────────────────────────────────────────────────────────────────────────────

function checkScale(scale) {
  if (!Number.isInteger(scale) || scale < 1) throw new RangeError(`scale must be a whole number ≥ 1, not ${scale}`);
}

/**
 * A synthetic record about `scale` times the seed, in the format "paritrana-transcription/1". Deterministic for
 * a given (scale, seed, avoidEditions). `avoidEditions`: editions already stored (level, provinceCode,
 * ceremonyDate), whose ceremony the synthetic record must not take (the importer would reuse them).
 */
export function buildSyntheticTranscription({ scale, seed = 1, avoidEditions = [] } = {}) {
  checkScale(scale);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number, not ${seed}`);
  const rng = mulberry32(seed * 0x9e3779b1 + 0x5eed);
  const rand = (n) => Math.floor(rng() * n);
  const chance = (p) => rng() < p;
  const choose = (list) => list[rand(list.length)];
  const shuffled = (list) => {
    const a = [...list];
    for (let i = a.length - 1; i > 0; i--) {
      const j = rand(i + 1);
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  const word = () => {
    const w = Array.from({ length: 2 + rand(2) }, () => choose(SYLLABLES)).join("");
    return w[0].toUpperCase() + w.slice(1);
  };

  const { provinces, regencies } = officialRegions();
  const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
  const editionCount = SEED_SIZE.editions * scale;
  const numberWidth = Math.max(4, String(scale * 100).length);
  let serial = 0; // people, venues and the like: "Pejabat Sintetis 0012"
  const nextSerial = () => pad(++serial, numberWidth);

  // Editions: spread evenly over the years, mostly provincial, a national round now and then.
  const taken = new Set([...SEED_EDITIONS, ...avoidEditions].map((e) => `${e.level}|${e.provinceCode ?? ""}|${e.ceremonyDate ?? ""}`));
  const ids = new Set();
  const usedProvinceYear = new Set();
  const editions = [];
  // about one round in thirteen is national (a fixed count: national rounds are the big ones)
  const nationalRounds = new Set(shuffled([...Array(editionCount).keys()]).slice(0, Math.round(editionCount * 0.075)));
  for (let i = 0; i < editionCount; i++) {
    const year = YEARS[i % YEARS.length];
    const national = nationalRounds.has(i);
    let province = null;
    if (!national) {
      const free = provinces.filter((p) => !usedProvinceYear.has(`${p.code}|${year}`));
      province = choose(free.length ? free : provinces);
      usedProvinceYear.add(`${province.code}|${year}`);
    }
    const level = national ? "national" : "province";
    let ceremonyDate = null;
    let id;
    for (let attempt = 0; ; attempt++) {
      if (attempt > 1000) throw new Error("synthetic-record: no free ceremony date left");
      const dated = attempt > 0 || !chance(0.07);
      ceremonyDate = dated ? isoDay(year < 2025 && chance(0.3) ? year + 1 : year, 1 + rand(12), 1 + rand(28)) : null;
      id = `${SYNTHETIC_PREFIX}${province ? province.slug : "nasional"}-${ceremonyDate ?? year}`;
      if (!ids.has(id) && (ceremonyDate === null || !taken.has(`${level}|${province?.code ?? ""}|${ceremonyDate}`))) break;
    }
    ids.add(id);
    if (ceremonyDate) taken.add(`${level}|${province?.code ?? ""}|${ceremonyDate}`);
    editions.push({
      id,
      level,
      provinceCode: province?.code ?? null,
      yearLabel: String(year),
      assessmentPeriod: chance(0.4) ? String(year) : null,
      ceremonyDate,
      sharedCeremony: null,
    });
  }
  const inOrder = (a, b) =>
    a.yearLabel.localeCompare(b.yearLabel) ||
    (a.ceremonyDate ?? "9999").localeCompare(b.ceremonyDate ?? "9999") ||
    a.id.localeCompare(b.id);
  editions.sort(inOrder);
  // Now and then two provinces of one year hand out their rounds at one joint ceremony.
  for (let i = 0; i + 1 < editions.length; i++) {
    const [a, b] = [editions[i], editions[i + 1]];
    if (a.level !== "province" || b.level !== "province" || !a.ceremonyDate || !b.ceremonyDate || !chance(0.06)) continue;
    // b takes a's date (its id says the new date)
    const key = `province|${b.provinceCode}|${a.ceremonyDate}`;
    const newId = `${SYNTHETIC_PREFIX}${provinceByCode.get(b.provinceCode).slug}-${a.ceremonyDate}`;
    if (b.yearLabel !== a.yearLabel || taken.has(key) || ids.has(newId)) continue;
    taken.delete(`province|${b.provinceCode}|${b.ceremonyDate}`);
    ids.delete(b.id);
    taken.add(key);
    ids.add(newId);
    Object.assign(b, { id: newId, ceremonyDate: a.ceremonyDate });
    a.sharedCeremony = b.sharedCeremony = `${SYNTHETIC_PREFIX}bersama-${a.ceremonyDate}`;
    i++;
  }
  editions.sort(inOrder);

  // Organisations: new ones, or a past winner of the same province coming back.
  const organizations = new Map(); // id -> entry (aliases appended as sources name it)
  const pools = new Map(); // `${province}|${kind}` -> ids
  let orgNumber = 0;
  const newOrganization = (kind, provinceCode) => {
    const number = pad(++orgNumber, numberWidth);
    const w = word();
    const name = `${NAME_PREFIX[kind]} ${w} ${number}`;
    const id = `${SYNTHETIC_PREFIX}${slugify(`${NAME_PREFIX[kind].replace(" Sintetis", "")} ${w} ${number}`)}`;
    // a regency or city for local governments and villages, else the province (or, now and then, a regency)
    const local = ["regency_government", "city_government", "village", "kelurahan"].includes(kind);
    const regionCode = kind !== "province_government" && (local || chance(0.3)) ? choose(regencies.get(provinceCode)) : provinceCode;
    const org = {
      id,
      name,
      kind,
      regionCode,
      regionNote: "Wilayah dipilih acak oleh generator data sintetis.",
      note: "Organisasi rekaan untuk uji beban (data sintetis); tidak ada di dunia nyata.",
      aliases: [],
      short: `Sintetis ${w} ${number}`,
      typo: `Sintetis ${w.length > 3 ? w.slice(0, -2) + w.at(-1) + w.at(-2) : w + w.at(-1)} ${number}`,
    };
    organizations.set(id, org);
    const key = `${provinceCode}|${kind}`;
    pools.set(key, [...(pools.get(key) ?? []), id]);
    return org;
  };
  const recipient = (kinds, provinceCode, usedInEdition) => {
    const kind = choose(kinds);
    const pool = (pools.get(`${provinceCode}|${kind}`) ?? []).filter((id) => !usedInEdition.has(id));
    const org = pool.length && chance(0.3) ? organizations.get(choose(pool)) : newOrganization(kind, provinceCode);
    usedInEdition.add(org.id);
    return org;
  };

  const sources = [];
  const editionFacts = [];
  const placings = [];

  for (const [editionIndex, e] of editions.entries()) {
    const province = e.provinceCode ? provinceByCode.get(e.provinceCode) : null;
    const where = province ? `tingkat Provinsi ${province.name}` : "tingkat nasional";
    const place = e.id.slice(SYNTHETIC_PREFIX.length);
    const catalogue = province ? PROVINCE_CATEGORIES : NATIONAL_CATEGORIES;
    const usedInEdition = new Set();

    // The round's categories and winners.
    // a provincial round hands out 4 to 6 categories; a national one all of its own, business ones by zone: the
    // busiest pages (an edition, its main source) are then synthetic ones, bigger than the seed's
    const wanted = province ? 4 + rand(3) : catalogue.length;
    const categories = [];
    const groups = new Set();
    for (const c of shuffled(catalogue)) {
      if (groups.size >= wanted) break;
      if (groups.has(c.group) || (c.alt && groups.has(c.alt))) continue;
      groups.add(c.group);
      const qualifiers = c.zones ? shuffled(ZONES).slice(0, 2 + rand(3)) : [undefined];
      for (const qualifier of qualifiers) {
        const style = c.unranked || chance(0.05) ? "unranked" : choose(["juara", "juara", "terbaik", "terbaik", "prize", "order"]);
        const label = choose(c.labels);
        const count = style === "unranked" ? 1 + rand(3) : 3;
        const winners = Array.from({ length: count }, (_, k) => {
          const nameless = style === "terbaik" && k === 2 && chance(0.1);
          const orgProvince = e.provinceCode ?? choose(provinces).code;
          return nameless ? null : recipient(c.kinds, orgProvince, usedInEdition);
        });
        categories.push({ group: c.group, label, qualifier, style, winners, prizes: style === "prize" ? choose(PRIZES) : null });
      }
    }

    // Who, where, when: invented people and places.
    const venue = `Aula Sintetis ${nextSerial()}`;
    const presenter = `Pejabat Sintetis ${nextSerial()}`;
    const attendees = Array.from({ length: 1 + rand(2) }, () => `Tamu Sintetis ${nextSerial()}`);
    const organizer = `Panitia Sintetis ${nextSerial()}`;
    const panel = chance(0.5) ? `Tim Penilai Sintetis ${nextSerial()}` : null;
    const coverage = chance(0.5) ? `${10 + rand(60)},${pad(rand(100), 2)} persen` : null;
    const date = e.ceremonyDate ? dateWords(e.ceremonyDate) : null;

    const disclaimer = (id) =>
      `[DATA SINTETIS, BUKAN BERITA NYATA] Teks ini dibuat otomatis oleh scripts/lib/synthetic-record.mjs (benih ${seed}, sumber ${id}) untuk uji beban portal. Semua nama, peringkat, hadiah, tempat dan tanggal di dalamnya rekaan.\n\n`;
    const filler = (b, minLength) => {
      while (b.text.length < minLength) {
        const words = Array.from({ length: 6 + rand(8) }, () => word().toLowerCase()).join(" ");
        b.add(`${choose(FILLER)} Kata rekaan: ${words}.\n`);
      }
    };
    const sourceEntry = (letter, b, extra) => ({
      id: `${SYNTHETIC_PREFIX}${place}-${letter}`,
      publisher: SYNTHETIC_PUBLISHER,
      title: null,
      author: null,
      publishedAt: e.ceremonyDate && chance(0.6) ? addDays(e.ceremonyDate, rand(3)) : null,
      eventDate: e.ceremonyDate,
      dateNote: "Tanggal rekaan: data sintetis untuk uji beban.",
      url: null,
      language: "id",
      text: b.text,
      ...extra,
    });
    const citation = (source, text, quote, offset, extra = {}) => ({ source, quote, ...pick(text, quote, offset), ...extra });
    const alias = (org, source, text, spelling, offset, typo) => {
      org.aliases.push({
        spelling,
        source,
        match: typo ? "probable" : "certain",
        ...pick(text, spelling, offset),
        ...(typo ? { note: "Ejaan salah ketik yang disengaja oleh generator data sintetis; nomornya sama." } : {}),
      });
    };

    // Source A: the full report of the round.
    const aId = `${SYNTHETIC_PREFIX}${place}-a`;
    const a = new TextBuilder();
    a.add(disclaimer(aId));
    const yearA = `Paritrana Award sintetis ${where} tahun ${e.yearLabel}`;
    const intro = a.add(
      "KOTA UJI, SINTETIS – Penganugerahan ",
      ["year", yearA],
      " digelar di ",
      ["venue", venue],
      ...(date ? [", ", ["date", date.long], "."] : ["."]),
      "\n",
    );
    const by = a.add(
      ["organizer", `Acara diselenggarakan oleh ${organizer}`],
      ". ",
      ["presenter", `Penghargaan diserahkan oleh ${presenter}`],
      ", disaksikan ",
      ...attendees.flatMap((t, k) => [k ? " dan " : "", [`attendee${k}`, t]]),
      ".\n",
    );
    const period = e.assessmentPeriod ? a.add(["period", `Penilaian mencakup periode ${e.assessmentPeriod}`], ".\n") : null;
    const panelAt = panel ? a.add(["panel", `Tim penilai: ${panel}`], ".\n") : null;
    const coverageAt = coverage ? a.add(["coverage", `cakupan kepesertaan sintetis mencapai ${coverage} (angka rekaan)`], ".\n") : null;
    a.add("\n");
    const sentencesA = categories.map((c) => {
      const label = c.qualifier ? `${c.label} ${c.qualifier}` : c.label;
      const n = (k) => c.winners[k]?.name;
      let pieces;
      if (c.style === "juara")
        pieces = [
          "Untuk kategori ",
          ["cat", label],
          ", ",
          ["r0", "juara satu"],
          " diraih ",
          ["w0", n(0)],
          ", ",
          ["r1", "juara dua"],
          " ",
          ["w1", n(1)],
          ", dan ",
          ["r2", "juara tiga"],
          " ",
          ["w2", n(2)],
          ".",
        ];
      else if (c.style === "terbaik")
        pieces = [
          "Kategori ",
          ["cat", label],
          ": ",
          ["r0", "Terbaik 1"],
          " ",
          ["w0", n(0)],
          ", ",
          ["r1", "Terbaik 2"],
          " ",
          ["w1", n(1)],
          ", ",
          ["r2", "Terbaik 3"],
          " ",
          n(2) ? ["w2", n(2)] : "tanpa nama",
          ".",
        ];
      else if (c.style === "prize")
        pieces = [
          "Pada kategori ",
          ["cat", label],
          ", ",
          ["w0", n(0)],
          " meraih ",
          ["r0", "juara pertama"],
          " dan ",
          ["p0", c.prizes[0].text],
          ", ",
          ["w1", n(1)],
          " ",
          ["r1", "juara kedua"],
          " dengan ",
          ["p1", c.prizes[1].text],
          ", dan ",
          ["w2", n(2)],
          " ",
          ["r2", "juara ketiga"],
          " dengan ",
          ["p2", c.prizes[2].text],
          ".",
        ];
      else if (c.style === "order")
        pieces = ["Pemenang kategori ", ["cat", label], " berturut-turut ", ["w0", n(0)], ", ", ["w1", n(1)], " dan ", ["w2", n(2)], "."];
      else
        pieces = [
          "Untuk kategori ",
          ["cat", label],
          ", penghargaan diberikan kepada ",
          ...c.winners.flatMap((w, k) => [k === 0 ? "" : k === c.winners.length - 1 ? " dan " : ", ", [`w${k}`, w.name]]),
          ".",
        ];
      return a.add(...pieces, "\n");
    });
    filler(a, 1800 + rand(2200));

    // Source B: a shorter release, naming the winners of some categories in short (sometimes misspelt) form.
    const bId = `${SYNTHETIC_PREFIX}${place}-b`;
    const b = new TextBuilder();
    b.add(disclaimer(bId));
    const yearB = `Paritrana Award ${e.yearLabel} (sintetis)`;
    const introB = b.add(
      "Rilis sintetis: ",
      ["year", yearB],
      ` ${province ? `Provinsi ${province.name}` : "nasional"} `,
      ["venue", `berlangsung di ${venue}`],
      ...(date ? [" (", ["date", date.short], ")"] : []),
      ".\n",
    );
    const coveredByB = categories.map(() => chance(0.4));
    const spellingB = new Map(); // org id -> { spelling, typo }
    const sentencesB = categories.map((c, ci) => {
      if (!coveredByB[ci]) return null;
      const wording = `sektor ${c.label.toLowerCase().replace(/^(sektor|kategori) /, "")}${c.qualifier ? ` ${c.qualifier}` : ""}`; // the release words categories its own way
      const shortName = (w) => {
        if (!spellingB.has(w.id)) spellingB.set(w.id, chance(0.12) ? { spelling: w.typo, typo: true } : { spelling: w.short, typo: false });
        return spellingB.get(w.id).spelling;
      };
      const list =
        c.style === "unranked"
          ? c.winners.flatMap((w, k) => [k === 0 ? "" : " dan ", [`w${k}`, shortName(w)]])
          : c.winners.flatMap((w, k) => [
              k === 0 ? "" : k === 2 ? " dan " : ", ",
              w ? [`w${k}`, shortName(w)] : "",
              [`r${k}`, w ? ` (Terbaik ${k + 1})` : `Terbaik ${k + 1} tanpa nama`],
            ]);
      return { ...b.add("Dalam rilis ini, kategori ", ["cat", wording], " dimenangkan ", ...list, ".\n"), wording };
    });
    filler(b, 900 + rand(1200));

    // Source C (every other round, as the seed has five sources for two rounds): a brief note on one winner.
    const withC = editionIndex % 2 === 1;
    const cId = `${SYNTHETIC_PREFIX}${place}-c`;
    const c3 = new TextBuilder();
    let noteC = null;
    if (withC) {
      c3.add(disclaimer(cId));
      const ci = categories.findIndex((c) => c.winners[0]);
      const cat = categories[ci];
      const yearC = `Paritrana Award sintetis ${e.yearLabel}`;
      const rank = cat.style === "unranked" ? "penerima" : "juara 1";
      noteC = {
        ci,
        at: c3.add(
          "Catatan sintetis: ",
          ["w0", cat.winners[0].name],
          " disebut ",
          ["r0", rank],
          " kategori ",
          ["cat", cat.label],
          ` pada `,
          ["year", yearC],
          ".\n",
        ),
        rank,
        yearC,
      };
      filler(c3, 500 + rand(600));
    }

    const textA = a.text;
    const textB = b.text;
    const textC = c3.text;
    sources.push(
      sourceEntry("a", a, {
        title: `[SINTETIS] Pemenang Paritrana Award ${e.yearLabel} ${province ? `Provinsi ${province.name}` : "Nasional"} (data uji)`,
        author: `Penulis Sintetis ${nextSerial()}`,
      }),
    );
    sources.push(sourceEntry("b", b, {}));
    if (withC) sources.push(sourceEntry("c", c3, { title: "[SINTETIS] Catatan singkat (data uji)" }));

    // Edition facts, each cited.
    const fact = (kind, value, citations, n = "") =>
      editionFacts.push({ id: `${e.id}-${kind.replaceAll("_", "-")}${n}`, edition: e.id, kind, value, citations });
    fact("year_label", e.yearLabel, [
      citation(aId, textA, yearA, intro.at.year),
      citation(bId, textB, yearB, introB.at.year),
      ...(noteC ? [citation(cId, textC, noteC.yearC, noteC.at.at.year)] : []),
    ]);
    if (date)
      fact("ceremony_date", e.ceremonyDate, [
        citation(aId, textA, date.long, intro.at.date),
        citation(bId, textB, date.short, introB.at.date),
      ]);
    fact("venue", venue, [citation(aId, textA, venue, intro.at.venue), citation(bId, textB, `berlangsung di ${venue}`, introB.at.venue)]);
    fact("organizer", organizer, [citation(aId, textA, `Acara diselenggarakan oleh ${organizer}`, by.at.organizer)]);
    fact("presenter", presenter, [citation(aId, textA, `Penghargaan diserahkan oleh ${presenter}`, by.at.presenter)]);
    for (const [k, t] of attendees.entries()) fact("attendee", t, [citation(aId, textA, t, by.at[`attendee${k}`])], `-${k + 1}`);
    if (period)
      fact("assessment_period", e.assessmentPeriod, [
        citation(aId, textA, `Penilaian mencakup periode ${e.assessmentPeriod}`, period.at.period),
      ]);
    if (panelAt) fact("assessment_panel", panel, [citation(aId, textA, `Tim penilai: ${panel}`, panelAt.at.panel)]);
    if (coverageAt)
      fact("coverage", `Cakupan kepesertaan ${coverage} (angka rekaan)`, [
        citation(aId, textA, `cakupan kepesertaan sintetis mencapai ${coverage} (angka rekaan)`, coverageAt.at.coverage),
      ]);

    // Placings, each cited by the full report and, where they name it, the release and the note.
    categories.forEach((c, ci) => {
      const sA = sentencesA[ci];
      const quoteA = textA.slice(sA.start, sA.end - 1); // the sentence, without its newline
      const sB = sentencesB[ci];
      const quoteB = sB ? textB.slice(sB.start, sB.end - 1) : null;
      const labelA = c.qualifier ? `${c.label} ${c.qualifier}` : c.label;
      c.winners.forEach((w, k) => {
        const rank = c.style === "unranked" ? null : k + 1;
        const citations = [];
        const cite = { categoryWording: labelA };
        if (w) cite.recipientName = w.name;
        if (rank !== null && c.style !== "order") cite.rankWording = RANK_WORDS[c.style][k];
        citations.push(citation(aId, textA, quoteA, sA.start, cite));
        if (w) alias(w, aId, textA, w.name, sA.at[`w${k}`], false);
        if (sB) {
          const spelt = w ? spellingB.get(w.id) : null;
          const citeB = { categoryWording: sB.wording };
          if (spelt) citeB.recipientName = spelt.spelling;
          if (rank !== null) citeB.rankWording = `Terbaik ${rank}`;
          citations.push(citation(bId, textB, quoteB, sB.start, citeB));
          if (w) alias(w, bId, textB, spelt.spelling, sB.at[`w${k}`], spelt.typo);
        }
        if (noteC && noteC.ci === ci && k === 0) {
          const quoteC = textC.slice(noteC.at.start, noteC.at.end - 1);
          citations.push(
            citation(cId, textC, quoteC, noteC.at.start, { recipientName: w.name, categoryWording: c.label, rankWording: noteC.rank }),
          );
          alias(w, cId, textC, w.name, noteC.at.at.w0, false);
        }
        const placing = {
          id: `${e.id}-${c.group}${c.qualifier ? `-${slugify(c.qualifier)}` : ""}-${rank ?? w.id.slice(SYNTHETIC_PREFIX.length)}`,
          edition: e.id,
          category: { label: c.label, group: c.group, ...(c.qualifier ? { qualifier: c.qualifier } : {}) },
          rank,
          organization: w ? w.id : null,
          ...(c.prizes ? { prize: c.prizes[k] } : {}),
          inferences: c.style === "order" ? ["rank_from_order"] : [],
          ...(c.style === "order"
            ? { inferenceNote: "Sumber sintetis menyebut pemenang berturut-turut tanpa angka: peringkat dibaca dari urutan." }
            : {}),
          citations,
        };
        placings.push(placing);
      });
    });
  }

  return {
    format: "paritrana-transcription/1",
    sources,
    organizations: [...organizations.values()].map(({ short: _s, typo: _t, ...o }) => o),
    editions,
    editionFacts,
    placings,
  };
}

/**
 * The transcription as several files of whole editions (in the order given, which is by year), each with at most
 * about `maxPlacings` placings. Each file holds its editions' sources, facts and placings, and every organisation
 * its placings name, with the spellings of that file's sources: a file refers to nothing a previous file has not
 * stored.
 */
export function splitSyntheticTranscription(t, { maxPlacings = 600 } = {}) {
  const groupBy = (rows) => {
    const by = new Map();
    for (const r of rows) by.set(r.edition, [...(by.get(r.edition) ?? []), r]);
    return by;
  };
  const placingsBy = groupBy(t.placings);
  const factsBy = groupBy(t.editionFacts);
  const groups = [];
  let current = [];
  let count = 0;
  for (const e of t.editions) {
    const n = placingsBy.get(e.id)?.length ?? 0;
    if (current.length && count + n > maxPlacings) {
      groups.push(current);
      current = [];
      count = 0;
    }
    current.push(e);
    count += n;
  }
  if (current.length) groups.push(current);
  return groups.map((editions) => {
    const ids = editions.map((e) => e.id);
    const placings = ids.flatMap((id) => placingsBy.get(id) ?? []);
    const editionFacts = ids.flatMap((id) => factsBy.get(id) ?? []);
    // the sources these editions' placings and facts cite (each synthetic source reports one round)
    const sourceIds = new Set([...placings, ...editionFacts].flatMap((r) => r.citations.map((c) => c.source)));
    const sources = t.sources.filter((s) => sourceIds.has(s.id));
    const named = new Set(placings.map((p) => p.organization).filter(Boolean));
    return {
      format: t.format,
      sources,
      organizations: t.organizations
        .filter((o) => named.has(o.id))
        .map((o) => ({ ...o, aliases: o.aliases.filter((a) => sourceIds.has(a.source)) })),
      editions,
      editionFacts,
      placings,
    };
  });
}

/** Counts of a transcription, as the seed's are counted. */
export function transcriptionSize(t) {
  return {
    sources: t.sources.length,
    editions: t.editions.length,
    placings: t.placings.length,
    citations: t.placings.reduce((n, p) => n + p.citations.length, 0) + t.editionFacts.reduce((n, f) => n + f.citations.length, 0),
    organizations: new Set(t.organizations.map((o) => o.id)).size,
    aliases: t.organizations.reduce((n, o) => n + o.aliases.length, 0),
    facts: t.editionFacts.length,
  };
}

// ── loading through the project's importer ──────────────────────────────────────────────────────────────────

async function storedEditions(databaseUrl) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT level::text AS level, "provinceCode", to_char("ceremonyDate", 'YYYY-MM-DD') AS "ceremonyDate" FROM "Edition" WHERE id NOT LIKE 'sintetis-%' AND "ceremonyDate" IS NOT NULL`,
    );
    return rows;
  } finally {
    await client.end();
  }
}

function runImport(file, env) {
  return new Promise((resolve, reject) => {
    const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
    // `npx tsx --conditions=react-server scripts/import.ts FILE --reason …`, without npx's own start-up
    const child = spawn(
      process.execPath,
      [tsx, "--conditions=react-server", "scripts/import.ts", file, "--reason", SYNTHETIC_IMPORT_REASON],
      {
        cwd: root,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), out, err }));
  });
}

/**
 * Loads the synthetic record into `databaseUrl` (migrated, usually holding the seed) through scripts/import.ts,
 * one file of whole editions after another. Loading the same scale and seed again creates nothing new.
 * Returns the files' counts and the time taken.
 *
 * Why several files: the importer writes row by row (about 15 statements per placing, each a round trip) in one
 * interactive transaction that times out after 120 s. Measured on a shared 2-CPU machine: 20 ms per placing when
 * quiet (the whole ×100 record, 3,200 placings, 64 s in one file) up to 130 ms under load (the same record would
 * take over 5 minutes and be rolled back). A file of at most 600 placings stays inside the limit either way.
 */
export async function loadSyntheticRecord(databaseUrl, { scale, seed = 1, log = () => {}, maxPlacings = 600 } = {}) {
  checkScale(scale);
  if (!/^postgres(ql)?:\/\//.test(databaseUrl ?? "")) throw new Error("loadSyntheticRecord: a postgresql:// database URL is needed");
  const started = performance.now();
  const avoidEditions = await storedEditions(databaseUrl);
  const transcription = buildSyntheticTranscription({ scale, seed, avoidEditions });
  const files = splitSyntheticTranscription(transcription, { maxPlacings });
  const size = transcriptionSize(transcription);
  log(
    `synthetic record ×${scale} (seed ${seed}): ${Object.entries(size)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ")}; ${files.length} import file${files.length === 1 ? "" : "s"}`,
  );

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    // harmless values for what the app's settings may ask for; nothing here is a real secret
    AUTH_SECRET: process.env.AUTH_SECRET || "synthetic-record-bench-only-secret-0123456789",
    // after importing, scripts/import.ts asks a portal on localhost:$PORT to revalidate; this data is not that
    // portal's. Port 9 is one fetch() refuses to connect to, so nothing is sent anywhere.
    PORTAL_URL: "http://127.0.0.1:9",
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "paritrana-synthetic-"));
  const results = [];
  try {
    for (const [i, part] of files.entries()) {
      const file = path.join(dir, `synthetic-${scale}-${seed}-${pad(i + 1, 3)}.json`);
      fs.writeFileSync(file, JSON.stringify(part));
      const years = [...new Set(part.editions.map((e) => e.yearLabel))];
      const t = performance.now();
      const { code, out, err } = await runImport(file, env);
      const seconds = (performance.now() - t) / 1000;
      if (code !== 0)
        throw new Error(
          `synthetic import ${i + 1}/${files.length} failed (exit ${code}):\n${(err || out).trim().split("\n").slice(0, 40).join("\n")}`,
        );
      const line = out.split("\n").find((l) => l.startsWith("Imported:")) ?? out.trim();
      results.push({ file: path.basename(file), editions: part.editions.length, placings: part.placings.length, seconds, output: line });
      log(
        `synthetic import ${i + 1}/${files.length} (${years[0]}${years.length > 1 ? `–${years.at(-1)}` : ""}, ${part.editions.length} editions, ${part.placings.length} placings): ${seconds.toFixed(1)} s; ${line}`,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const seconds = (performance.now() - started) / 1000;
  log(`synthetic record loaded in ${seconds.toFixed(1)} s`);
  return { size, files: results, seconds };
}
