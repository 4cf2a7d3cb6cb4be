// Stage 3c: category wordings in a piece of text: "kategori Pemerintah Kabupaten/Kota", "Kategori Perusahaan Skala
// Besar Sektor Keuangan, Perdagangan, dan Jasa", "sektor pendidikan", "kategori ini" (the one named before), each
// mapped to its browsing group. Typo-tolerant: a word one letter off a category word ("Kabupate", "Menegah",
// "perusahan") is read as that word. A wording runs over category words only, so it stops where a name begins.
import { groupOfWording } from "./category-rules";
import { RANK_HEADS } from "./lexicon";
import type { Token } from "./tokens";

export type CategoryMention = {
  from: number;
  to: number;
  start: number;
  end: number;
  /** as written */
  wording: string;
  /** the wording without "kategori" and without a zone or sector qualifier */
  label: string;
  qualifier: string | null;
  group: string | null;
  confidence: number;
  /** "kategori ini", "kategori yang sama", "kategori tersebut": the category named before */
  anaphora: boolean;
  /** begins with "kategori" (or "sektor"): the press names a category, not only a kind of winner */
  explicit: boolean;
  /** a distinction's title ("predikat terbaik khusus", "sebagai Mitra Strategis"): it follows the winner it is for */
  title?: boolean;
};

const CATEGORY_WORDS = [
  "pemerintah",
  "pemerintahan",
  "provinsi",
  "kabupaten",
  "kota",
  "kabupaten/kota",
  "kota/kabupaten",
  "kab/kota",
  "pemkab/kota",
  "pemkab/pemkot",
  "daerah",
  "desa",
  "kelurahan",
  "desa/kelurahan",
  "pemdes",
  "pemda",
  "pemprov",
  "pemkab",
  "pemkot",
  "perusahaan",
  "usaha",
  "badan",
  "skala",
  "besar",
  "menengah",
  "kecil",
  "mikro",
  "makro",
  "besar-menengah",
  "kecil-mikro",
  "kecil/mikro",
  "mikro/kecil",
  "umk",
  "ukm",
  "umkm",
  "pelaku",
  "sektor",
  "bidang",
  "jasa",
  "keuangan",
  "perbankan",
  "perdagangan",
  "manufaktur",
  "pertambangan",
  "konstruksi",
  "migas",
  "industri",
  "pengolahan",
  "pertanian",
  "perkebunan",
  "peternakan",
  "perikanan",
  "kelautan",
  "pendidikan",
  "kesehatan",
  "layanan",
  "pelayanan",
  "publik",
  "terbaik",
  "inovasi",
  "zona",
  "khusus",
  "istimewa",
  "dan",
  "serta",
  "&",
  "di",
  "mitra",
  "strategis",
  "umum",
  "lainnya",
  "swasta",
  "bumn",
  "bumd",
  "gampong",
  "nagari",
  "kampung",
  "tiyuh",
  "energi",
  "transportasi",
  "logistik",
  "pariwisata",
  "perhotelan",
  "jasa-jasa",
  "non",
  "formal",
  "informal",
  "tingkat",
];
const VOCABULARY = new Set(CATEGORY_WORDS);
/** Words after which a piece's opening category words are followed by its winners. */
const OPENING = new Set([
  "diraih",
  "dimenangkan",
  "ditempati",
  "diberikan",
  "dianugerahkan",
  "yakni",
  "yaitu",
  "adalah",
  "disabet",
  "jatuh",
  "direbut",
]);
const SIZE_WORDS = new Set(["besar", "menengah", "kecil", "mikro"]);
const SECTOR_WORDS = new Set([
  "jasa",
  "keuangan",
  "perbankan",
  "perdagangan",
  "manufaktur",
  "pertambangan",
  "konstruksi",
  "migas",
  "industri",
  "pengolahan",
  "pertanian",
  "perkebunan",
  "peternakan",
  "perikanan",
  "kelautan",
  "pendidikan",
  "kesehatan",
  "layanan",
  "pelayanan",
  "publik",
  "energi",
  "transportasi",
  "logistik",
  "pariwisata",
  "perhotelan",
]);

/** Damerau-free edit distance, bounded: is it at most `max`? */
function within(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let k = 1; k <= b.length; k++) {
      cur[k] = Math.min(prev[k]! + 1, cur[k - 1]! + 1, prev[k - 1]! + (a[i - 1] === b[k - 1] ? 0 : 1));
      best = Math.min(best, cur[k]!);
    }
    if (best > max) return false;
    prev = cur;
  }
  return prev[b.length]! <= max;
}

const slips = new Map<string, string | null>();

/** The category word a written word is, allowing one slip in words of six letters or more (two from nine). */
export function categoryWord(lower: string): string | null {
  if (VOCABULARY.has(lower)) return lower;
  // "kabupate/kota": each part a category word
  if (lower.includes("/")) {
    const parts = lower.split("/");
    return parts.length <= 3 && parts.every((p) => p && categoryWord(p)) ? parts.map((p) => categoryWord(p)).join("/") : null;
  }
  if (lower.length < 6 || lower.length > 24) return null;
  const known = slips.get(lower);
  if (known !== undefined) return known;
  let found: string | null = null;
  for (const w of CATEGORY_WORDS)
    if (w.length >= 6 && within(lower, w, lower.length >= 9 ? 2 : 1)) {
      found = w;
      break;
    }
  if (slips.size > 5000) slips.clear(); // bounded: a hostile text cannot grow it without end
  slips.set(lower, found);
  return found;
}
const GOVERNMENT_WORDS = new Set([
  "kabupaten",
  "kota",
  "desa",
  "provinsi",
  "kelurahan",
  "gampong",
  "nagari",
  "kampung",
  "pemkab",
  "pemkot",
  "pemprov",
]);

const STOP = new Set([
  "yakni",
  "yaitu",
  "adalah",
  "ialah",
  "dimenangkan",
  "diraih",
  "meliputi",
  "antara",
  "diantaranya",
  "oleh",
  "kepada",
  "untuk",
  "juara",
  "peringkat",
  "harapan",
  "dengan",
  "pada",
  "dalam",
  "se",
  "yang",
]);

function mapGroup(wording: string): { group: string | null; confidence: number } {
  const fixed = wording
    .toLowerCase()
    .split(/(\s+)/u)
    .map((w) => (/\s/u.test(w) ? w : (categoryWord(w) ?? w)))
    .join("");
  const g = groupOfWording(fixed);
  return g ? { group: g.group, confidence: g.confidence } : { group: null, confidence: 0 };
}

export function findCategories(tokens: readonly Token[], text: string): CategoryMention[] {
  const out: CategoryMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "kategori", and the press's "katagori", "kategory"
    const isKategori = t.lower === "kategori" || t.lower === "katagori" || t.lower === "kategory" || t.lower === "katergori";
    const isSektor = (t.lower === "sektor" || t.lower === "sector") && !(out.length && out[out.length - 1]!.to > i);
    // "penghargaan Provinsi Terbaik Inovasi di Zona Sumatera", "predikat terbaik khusus", "tingkat kabupaten"
    const isTitle =
      (t.lower === "penghargaan" || t.lower === "predikat" || t.lower === "sebagai") &&
      tokens[i + 1] &&
      categoryWord(tokens[i + 1]!.lower) !== null;
    const isLevel =
      t.lower === "tingkat" &&
      ["kabupaten", "kota", "kabupaten/kota", "kota/kabupaten", "desa", "kelurahan", "desa/kelurahan"].includes(
        tokens[i + 1]?.lower ?? "",
      ) &&
      !(tokens[i + 2]?.cap && tokens[i + 2]!.word);
    if (!isKategori && !isSektor && !isTitle && !isLevel) continue;
    const next = tokens[i + 1];
    // "di luar kategori tersebut": not that category
    if (isKategori && next && ["ini", "tersebut", "itu"].includes(next.lower) && tokens[i - 1]?.lower === "luar") {
      i++;
      continue;
    }
    if (isKategori && next && ["ini", "tersebut", "itu"].includes(next.lower)) {
      out.push({
        from: i,
        to: i + 2,
        start: t.start,
        end: next.end,
        wording: text.slice(t.start, next.end),
        label: "",
        qualifier: null,
        group: null,
        confidence: 0,
        anaphora: true,
        explicit: true,
      });
      i++;
      continue;
    }
    if (isKategori && next?.lower === "yang" && tokens[i + 2]?.lower === "sama") {
      out.push({
        from: i,
        to: i + 3,
        start: t.start,
        end: tokens[i + 2]!.end,
        wording: text.slice(t.start, tokens[i + 2]!.end),
        label: "",
        qualifier: null,
        group: null,
        confidence: 0,
        anaphora: true,
        explicit: true,
      });
      i += 2;
      continue;
    }
    let j = i + 1;
    let zone = -1;
    let sector = isSektor ? i : -1;
    while (j < tokens.length && j - i < 16) {
      const w = tokens[j]!;
      if (w.word) {
        if (STOP.has(w.lower) || (RANK_HEADS.has(w.lower) && w.lower !== "terbaik")) break;
        if (
          w.lower === "terbaik" &&
          tokens[j + 1]?.word &&
          /^(\d{1,2}|[IVX]+|pertama|kedua|ketiga|satu|dua|tiga)$/iu.test(tokens[j + 1]!.text)
        )
          break;
        if (w.lower === "zona") {
          zone = j;
          j++;
          continue;
        }
        if (zone >= 0 && w.cap) {
          j++;
          continue;
        } // "Zona Nusa Tenggara, Maluku dan Papua"
        const word = categoryWord(w.lower);
        if (!word) break;
        // "Kategori Pemda Kabupaten Belu": a capitalised place after a government word is a name, not the category
        if (w.cap && GOVERNMENT_WORDS.has(word) && tokens[j + 1]?.cap && tokens[j + 1]!.word && !categoryWord(tokens[j + 1]!.lower)) break;
        if (word === "sektor" && sector < 0) sector = j;
        // "Badan Usaha pertambangan, Manufaktur dan kontruksi": a sector named without the word "sektor"
        if (sector < 0 && SECTOR_WORDS.has(word)) sector = j;
        if (word === "di" && tokens[j + 1]?.lower !== "sektor" && tokens[j + 1]?.lower !== "zona") break;
        if (
          (word === "dan" || word === "serta" || word === "&") &&
          !(
            tokens[j + 1] &&
            (SECTOR_WORDS.has(categoryWord(tokens[j + 1]!.lower) ?? "") || SIZE_WORDS.has(tokens[j + 1]!.lower) || zone >= 0)
          )
        )
          break;
        j++;
        continue;
      }
      // a comma inside a list of sectors or zones: "Sektor Keuangan, Perdagangan, dan Jasa"
      if (
        w.text === "," &&
        (sector >= 0 || zone >= 0) &&
        tokens[j + 1] &&
        (SECTOR_WORDS.has(categoryWord(tokens[j + 1]!.lower) ?? "") ||
          (tokens[j + 1]!.lower === "dan" && SECTOR_WORDS.has(categoryWord(tokens[j + 2]?.lower ?? "") ?? "")) ||
          (zone >= 0 && tokens[j + 1]!.cap))
      ) {
        j++;
        continue;
      }
      // "Usaha Mikro Kecil (UMK)"
      if (w.text === "(" && tokens[j + 2]?.text === ")" && /^[A-Z]{2,5}$/.test(tokens[j + 1]?.text ?? "")) {
        j += 3;
        continue;
      }
      if (w.text === "-" || w.text === "/" || (w.text === "&" && tokens[j + 1]?.word && categoryWord(tokens[j + 1]!.lower))) {
        j++;
        continue;
      }
      break;
    }
    while (j > i + 1 && ["dan", "serta", "di", "&", ","].includes(tokens[j - 1]!.lower)) j--;
    if (j === i + 1) continue;
    // a title is a category only where it names a distinction: "Provinsi Terbaik Inovasi", "terbaik khusus"
    if (isTitle && !tokens.slice(i + 1, j).some((w) => ["terbaik", "inovasi", "zona", "khusus", "istimewa", "mitra"].includes(w.lower)))
      continue;
    const start = t.start;
    const end = tokens[j - 1]!.end;
    const wording = text.slice(start, end);
    const body = isKategori || isTitle || isLevel ? text.slice(tokens[i + 1]!.start, end) : wording;
    const zoneAt = zone >= 0 ? tokens[zone]!.start : -1;
    const sectorAt = sector >= 0 && sector > i && isKategori ? tokens[sector]!.start : -1;
    const qualifierAt = zoneAt >= 0 ? zoneAt : sectorAt;
    const label = (qualifierAt >= 0 ? text.slice(tokens[i + 1]!.start, qualifierAt) : body).replace(/[\s,]+(?:di)?$/u, "").trim();
    const qualifier = qualifierAt >= 0 ? text.slice(qualifierAt, end) : isSektor ? wording : null;
    const mapped = mapGroup(body);
    out.push({
      from: i,
      to: j,
      start,
      end,
      wording,
      label: label || body,
      qualifier,
      group: mapped.group,
      confidence: mapped.confidence,
      anaphora: false,
      explicit: true,
      title: isTitle,
    });
    i = j - 1;
  }
  return out;
}

/**
 * A whole line that is only a category ("Perusahaan Besar Terbaik", "Kategori Usaha Kecil Mikro"): the heading
 * of the list below it. Null when any word is not a category word or no group fits.
 */
export function headingCategory(tokens: readonly Token[], text: string): CategoryMention | null {
  const words = tokens.filter((t) => t.word);
  if (words.length === 0 || words.length > 12) return null;
  const found = findCategories(tokens, text);
  if (found.length === 1 && found[0]!.from === 0 && found[0]!.group) {
    const rest = tokens.slice(found[0]!.to).filter((t) => t.word);
    const tail = rest.map((t) => t.lower);
    if (
      rest.length === 0 ||
      tail.every((w) => ["dibagi", "berdasarkan", "sektor", "terbaik", "adalah", "yaitu", "yakni", "sebagai", "berikut"].includes(w))
    )
      return found[0]!;
    return null;
  }
  if (found.length > 0) return null;
  if (!words.every((w) => categoryWord(w.lower))) return null;
  const mapped = mapGroup(text);
  if (!mapped.group) return null;
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  return {
    from: 0,
    to: tokens.length,
    start,
    end,
    wording: text.slice(start, end),
    label: text.slice(start, end),
    qualifier: null,
    group: mapped.group,
    confidence: mapped.confidence * 0.95,
    anaphora: false,
    explicit: false,
  };
}

/** The words a piece opens with, before its first rank or parenthesis, when they are only category words:
 * "Perdagangan, Jasa Pendidkan (Terbaik 3 …)", "Paritrana Award NTT Terbaik 1 diraih oleh …" (the overall ranking). */
export function leadingCategory(tokens: readonly Token[], text: string, until: number): CategoryMention | null {
  const words = tokens.slice(0, until).filter((t) => t.word);
  if (words.length === 0) return null;
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  const wording = text.slice(start, end);
  if (/^Paritrana Award(?: [\p{Lu}][\p{L}.]*){0,3}$/u.test(wording))
    return {
      from: 0,
      to: until,
      start,
      end,
      wording,
      label: wording,
      qualifier: null,
      group: "overall",
      confidence: 0.75,
      anaphora: false,
      explicit: false,
    };
  if (words.length > 14 || !words.every((w) => categoryWord(w.lower))) {
    // "Badan usaha skala menengah diraih PT A, …": the category words the piece opens with, then its winners
    let first = 0;
    while (
      first < 3 &&
      tokens[first]?.word &&
      ["kemudian", "untuk", "selanjutnya", "lalu", "dan", "sedangkan", "sementara"].includes(tokens[first]!.lower)
    )
      first++;
    let k = first;
    while (
      k < tokens.length &&
      k - first < 14 &&
      (tokens[k]!.word ? categoryWord(tokens[k]!.lower) !== null : tokens[k]!.text === "-" || tokens[k]!.text === "/")
    )
      k++;
    const next = tokens[k];
    // "… diraih", "…:", and "Untuk usaha mikro, juara I diraih …"
    const after = tokens[k + 1];
    if (
      k === first ||
      !next ||
      !(
        next.text === ":" ||
        OPENING.has(next.lower) ||
        (next.text === "," && after && (RANK_HEADS.has(after.lower) || OPENING.has(after.lower)))
      )
    )
      return null;
    const run = text.slice(tokens[first]!.start, tokens[k - 1]!.end);
    const g = mapGroup(run);
    return g.group
      ? {
          from: first,
          to: k,
          start: tokens[first]!.start,
          end: tokens[k - 1]!.end,
          wording: run,
          label: run,
          qualifier: null,
          group: g.group,
          confidence: g.confidence * 0.95,
          anaphora: false,
          explicit: false,
        }
      : null;
  }
  const mapped = mapGroup(wording);
  if (!mapped.group) return null;
  const sector = /\bsektor\b/iu.exec(wording);
  return {
    from: 0,
    to: until,
    start,
    end,
    wording,
    label: sector ? wording.slice(0, sector.index).trim() || wording : wording,
    qualifier: sector ? wording.slice(sector.index) : null,
    group: mapped.group,
    confidence: mapped.confidence * 0.95,
    anaphora: false,
    explicit: false,
  };
}

/**
 * The groups of categories a piece lists by name: "tiga kategori lain: pemerintah desa/kelurahan, UKM, dan
 * perusahaan skala besar", "kategori yang diperlombakan yakni A, B serta C". Read only to know which categories a
 * round has (no winner is linked to them here).
 */
export function listedCategoryGroups(tokens: readonly Token[], text: string): { group: string; wording: string }[] {
  const out: { group: string; wording: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.lower !== "kategori") continue;
    let j = i + 1;
    if (["lain", "lainnya"].includes(tokens[j]?.lower ?? "")) j++;
    if (!(tokens[j]?.text === ":" || ["yaitu", "yakni", "meliputi"].includes(tokens[j]?.lower ?? ""))) continue;
    j++;
    let from = j;
    const close = (to: number) => {
      if (to > from) {
        const wording = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
        const g = mapGroup(wording).group;
        if (g) out.push({ group: g, wording });
      }
    };
    for (; j < tokens.length && j - i < 40; j++) {
      const w = tokens[j]!;
      if (w.text === "," || w.lower === "dan" || w.lower === "serta") {
        close(j);
        from = j + 1;
        continue;
      }
      if (w.word ? categoryWord(w.lower) === null && !/^[A-Z]{2,5}$/u.test(w.text) : !["/", "-", "(", ")"].includes(w.text)) break;
    }
    close(j);
    i = j;
  }
  return out;
}
