// Evidence for the assembly: the words that link a rank to a name, open a list of winners, make a name the subject
// or the object of an award, or put a category after its winners. Each a small check over a bounded run of tokens.
import type { CategoryMention } from "./categories";
import { AWARD_OBJECTS, AWARD_VERBS, LIST_OPENERS, NOT_WON, ORDER_WORDS, VILLAGE_HEADS } from "./lexicon";
import type { NameMention } from "./names";
import type { RankMention } from "./ranks";
import type { Token } from "./tokens";

/** The part of a found placing the evidence checks read. */
export type Linked = { name: NameMention | null; marker: RankMention | null };

export const PASSIVE = new Set([
  "dijuarai",
  "diraih",
  "dimenangkan",
  "ditempati",
  "jatuh",
  "diberikan",
  "disabet",
  "diperoleh",
  "direbut",
  "disandang",
  "dianugerahkan",
]);
export const PUNCT_FORWARD = new Set([":", "-", "–", "—", '"', "“", "”"]);
export const PUNCT_BACKWARD = new Set(["(", ")", '"', "“", "”", "-", "–", ","]);
export const LIST_SEPARATORS = new Set([",", "dan", "serta", "&", "maupun"]);
export const CHAIN_WORDS = new Set([
  ...LIST_SEPARATORS,
  ...ORDER_WORDS,
  ...VILLAGE_HEADS,
  "kantor",
  "oleh",
  "diwakili",
  "bersama",
  "dengan",
]);
/** Verbs an award is stated with even a few words after the name: "… juga turut mengharumkan nama Bintan dengan dinobatkan …". */
const WEEKDAY_WORDS = new Set(["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"]);
const FAR_VERBS = new Set(["dinobatkan", "meraih", "menerima", "memperoleh", "mendapatkan", "menyabet", "dianugerahi"]);
const ADVERBS = new Set([
  "berhasil",
  "sukses",
  "kembali",
  "juga",
  "telah",
  "pun",
  "resmi",
  "turut",
  "mampu",
  "sudah",
  "kini",
  "akhirnya",
  "yang",
  "lagi-lagi",
  "keluar",
  "tampil",
  "secara",
  "sebagai",
]);

/** A comma in the gap only where it sets off a region: "Desa Ranggeh, Kabupaten Pasuruan, meraih …". */
export function commasAroundRegionsOnly(tokens: readonly Token[], names: readonly NameMention[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (tokens[k]!.text !== ",") continue;
    if (
      !names.some((n) => n.role === "district" && (n.from === k + 1 || n.to === k)) &&
      !["dengan", "yaitu", "yakni"].includes(tokens[k + 1]?.lower ?? "")
    )
      return false;
  }
  return true;
}

export function gapTokens(tokens: readonly Token[], from: number, to: number) {
  return tokens.slice(from, to);
}

/** Is everything between `from` and `to` a link word, punctuation or a category wording? */
export function linkOnly(
  tokens: readonly Token[],
  from: number,
  to: number,
  words: ReadonlySet<string>,
  punct: ReadonlySet<string>,
  cats: readonly CategoryMention[],
  names: readonly NameMention[],
  max: number,
): boolean {
  if (to - from > max) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const cat = cats.find((c) => k >= c.from && k < c.to);
    if (cat) {
      k = cat.to - 1;
      continue;
    }
    const region = names.find((n) => (n.role === "district" || (n.role === "person" && words.has("diwakili"))) && k >= n.from && k < n.to);
    if (region) {
      k = region.to - 1;
      continue;
    }
    // a parenthesis after a name ("Plosogaden (Temanggung), dan Kalisumur") inside a list
    if (t.text === "(" && punct.has(",")) {
      let close = k + 1;
      while (close < to && close - k <= 6 && tokens[close]!.text !== ")") close++;
      if (tokens[close]?.text === ")") {
        k = close;
        continue;
      }
    }
    if (t.word ? words.has(t.lower) || /^(19|20)\d\d$/.test(t.text) : punct.has(t.text)) continue;
    return false;
  }
  return true;
}

/** "… untuk kategori X", "X sebagai juara 1 kategori Y": a category written after the winners it is for. */
export function isPostfix(tokens: readonly Token[], c: CategoryMention, found: readonly Linked[]): boolean {
  const before = tokens[c.from - 1];
  const hasBefore = found.some((f) => (f.name?.to ?? f.marker!.to) <= c.from);
  if (!hasBefore) return false;
  const after = tokens[c.to];
  const opensAfter =
    after &&
    (after.text === ":" ||
      LIST_OPENERS.has(after.lower) ||
      (after.text === "," && found.some((f) => f.marker && f.marker.from === c.to + 1)) ||
      found.some((f) => f.marker && f.marker.from === c.to));
  if (opensAfter) return false;
  if (!before) return false;
  if (["untuk", "dalam", "pada", "sebagai", "bagi", "di"].includes(before.lower) || AWARD_VERBS.has(before.lower)) return true;
  // "… menerima penghargaan sebagai Mitra Strategis", "… meraih predikat terbaik khusus"
  if (c.title) return true;
  // right after a rank, or after a rank and the award's name: "juara 1 kategori …", "Terbaik Kesatu Paritrana Award 2024 Katagori …"
  let k = c.from;
  while (k > 0 && c.from - k < 8 && (AWARD_NAME.has(tokens[k - 1]!.lower) || /^(19|20)\d\d$/u.test(tokens[k - 1]!.text))) k--;
  return found.some((f) => f.marker && f.marker.to === k);
}

const AWARD_NAME = new Set(["paritrana", "award", "anugerah", "tahun", "penghargaan", "jaminan", "sosial", "ketenagakerjaan", "(", ")"]);

/** The words before a name open a list of winners: "yakni", "adalah", ":", "antara lain", "kepada", a category. */
export function opensList(
  tokens: readonly Token[],
  at0: number,
  cats: readonly CategoryMention[],
  found: readonly Linked[],
  names: readonly NameMention[] = [],
): boolean {
  // "diantaranya, Walikota Jambi, Bupati Muaro Jambi, Bank 9 Jambi": back over the people listed first
  let at = at0;
  for (let steps = 0; steps < 12 && at > 0; steps++) {
    const person = names.find((n) => n.role === "person" && n.to === at);
    if (person) {
      at = person.from;
      continue;
    }
    if (
      tokens[at - 1]!.text === "," &&
      (names.some((n) => n.role === "person" && n.to === at - 1) ||
        LIST_OPENERS.has(tokens[at - 2]?.lower ?? "") ||
        tokens[at - 2]?.lower === "diantaranya")
    ) {
      at--;
      continue;
    }
    break;
  }
  if (
    tokens[at - 1]?.cap &&
    (VILLAGE_HEADS.has(tokens[at - 1]!.lower) || tokens[at - 1]!.lower === "kantor" || tokens[at - 1]!.lower === "kepala")
  )
    at--;
  const prev = tokens[at - 1];
  if (!prev) return false;
  if (prev.text === ":" || prev.text === ";") return true;
  if (prev.word && LIST_OPENERS.has(prev.lower) && !["di", "untuk", "bagi", "oleh", "kepada"].includes(prev.lower)) return true;
  if (prev.lower === "lain" && tokens[at - 2]?.lower === "antara") return true;
  if (prev.lower === "dari" && ["terdiri", "pemenang", "penerima", "peraih"].includes(tokens[at - 2]?.lower ?? "")) return true;
  // "… ditempati PT A", "… diraih PT B", "Kategori X diberikan kepada C"
  if (prev.word && PASSIVE.has(prev.lower)) return true;
  if (prev.lower === "kepada" && PASSIVE.has(tokens[at - 2]?.lower ?? "")) return true;
  if (prev.lower === "antaranya" && tokens[at - 2]?.lower === "di") return true;
  // "X menerima penghargaan … kategori Y, bersama dengan A dan B": A and B won it too
  if (prev.lower === "dengan" && tokens[at - 2]?.lower === "bersama" && tokens.slice(0, at - 2).some((t) => AWARD_VERBS.has(t.lower)))
    return true;
  // "Sedangkan untuk Zona Jawa Bali, ada Provinsi A dan Provinsi B": a clause that names what it is for, then "ada"
  if (prev.lower === "ada" && tokens[at - 2]?.text === "," && tokens.slice(Math.max(0, at - 10), at - 2).some((t) => t.lower === "untuk"))
    return true;
  // a category wording right before: "kategori pemerintah daerah, Kota Langsa", "Sektor keuangan Bank X"
  // ("Kategori Perusahaan Menengah Besar melalui PT A": the category won through A)
  const cat = cats.find((c) => c.to === at || (c.to === at - 1 && (prev.text === "," || prev.lower === "melalui")));
  if (cat?.group) return true;
  // "diraih oleh", "dimenangkan oleh", "diberikan kepada"
  if (prev.lower === "oleh" && PASSIVE.has(tokens[at - 2]?.lower ?? "")) return true;
  void found;
  return false;
}

/** "X (berhasil) meraih Paritrana Award …", "X meraih juara …": the name is the subject of an award verb. */
export function subjectOfAward(
  tokens: readonly Token[],
  after: number,
  names: readonly NameMention[],
  ranks: readonly RankMention[],
): boolean {
  let k = after;
  // a region or an abbreviation written after the name
  while (k < tokens.length) {
    const region = names.find((n) => n.role === "district" && (n.from === k || (n.from === k + 1 && tokens[k]!.lower === "di")));
    if (region) {
      k = region.to;
      continue;
    }
    if (tokens[k]!.text === "(") {
      const close = tokens.findIndex((t, m) => m > k && t.text === ")");
      if (close > k && close - k <= 6) {
        k = close + 1;
        continue;
      }
    }
    if (tokens[k]!.text === ",") {
      k++;
      continue;
    }
    if (tokens[k]!.word && WEEKDAY_WORDS.has(tokens[k]!.lower)) {
      k++;
      continue;
    }
    const person = names.find((n) => n.role === "person" && n.from === k);
    if (person) {
      k = person.to;
      continue;
    }
    break;
  }
  let steps = 0;
  while (k < tokens.length && steps < 3 && tokens[k]!.word && ADVERBS.has(tokens[k]!.lower)) {
    k++;
    steps++;
  }
  // "Desa X … juga turut mengharumkan nama Bintan dengan dinobatkan sebagai …": a few more words, no other name
  const before = k;
  for (
    let extra = 0;
    extra < 8 &&
    tokens[k] &&
    tokens[k]!.word &&
    !AWARD_VERBS.has(tokens[k]!.lower) &&
    !names.some((n) => n.role === "candidate" && n.from === k);
    extra++
  )
    k++;
  if (k > before && !FAR_VERBS.has(tokens[k]?.lower ?? "")) return false;
  const verb = tokens[k];
  if (!verb?.word || !AWARD_VERBS.has(verb.lower)) return false;
  if (verb.lower === "juara") return true;
  for (let m = k + 1; m < Math.min(tokens.length, k + 9); m++) {
    if (tokens[m]!.word && AWARD_OBJECTS.has(tokens[m]!.lower)) return true;
    if (ranks.some((r) => r.from === m)) return true;
    if (tokens[m]!.word && NOT_WON.has(tokens[m]!.lower)) return false;
  }
  return false;
}

/** "… menyerahkan penghargaan Paritrana kepada X": the name receives the award. */
export function objectOfAward(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  if (prev?.lower !== "kepada") return false;
  for (let m = Math.max(0, at - 14); m < at - 1; m++)
    if (
      tokens[m]!.word &&
      ["penghargaan", "paritrana", "award", "anugerah", "piala", "piagam", "penganugerahan", "trofi"].includes(tokens[m]!.lower)
    )
      return true;
  return false;
}
