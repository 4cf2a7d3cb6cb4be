// Stage 3b: rank markers in a piece of text: "Juara 1", "terbaik pertama", "peringkat II", "juara ke-2",
// "peringkat terbaik pertama", an honourable mention ("Harapan I", "juara harapan 2"), and a bare "juara"
// (a win without a rank). Not a rank: "terbaik 1, 2 dan 3" (ranks listed), "peringkat ke-7 nasional dari 38".
import { MENTION_HEAD, RANK_HEADS, rankValue } from "./lexicon";
import type { Token } from "./tokens";

export type RankMention = {
  from: number;
  to: number;
  start: number;
  end: number;
  rank: number | null;
  /** an honourable mention, as "harapan 1" */
  mention: string | null;
  /** "juara" with no number: a win, no rank */
  bare: boolean;
  /** "kategori 3 Desa X" inside a ranked list: a rank written with the wrong word */
  weak: boolean;
  /** an ordinal alone before a name, in a list: "…, kedua Kabupaten B dan ketiga Kabupaten C" */
  ordinal?: boolean;
};

const ORDINALS = new Set(["pertama", "kedua", "ketiga", "keempat", "kelima"]);

export function findRanks(tokens: readonly Token[]): RankMention[] {
  const out: RankMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    const isHead = RANK_HEADS.has(t.lower);
    const isMention = t.lower === MENTION_HEAD;
    // an ordinal alone before a name after a comma or "dan": "…, kedua Pemerintah Kabupaten B"
    if (
      !isHead &&
      !isMention &&
      ORDINALS.has(t.lower) &&
      tokens[i + 1]?.cap &&
      tokens[i + 1]!.word &&
      (tokens[i - 1]?.text === "," || tokens[i - 1]?.lower === "dan")
    ) {
      out.push({
        from: i,
        to: i + 1,
        start: t.start,
        end: t.end,
        rank: rankValue(t.text),
        mention: null,
        bare: false,
        weak: false,
        ordinal: true,
      });
      continue;
    }
    if (!isHead && !isMention) {
      if (t.lower === "kategori" && tokens[i + 1] && /^\d$/.test(tokens[i + 1]!.text) && tokens[i + 2]?.cap)
        out.push({
          from: i,
          to: i + 2,
          start: t.start,
          end: tokens[i + 1]!.end,
          rank: Number(tokens[i + 1]!.text),
          mention: null,
          bare: false,
          weak: true,
        });
      continue;
    }
    let j = i + 1;
    let mention = isMention;
    // "juara harapan", "peringkat terbaik", "juara terbaik", "Juara umum" (no)
    while (j < tokens.length && j - i < 3 && (RANK_HEADS.has(tokens[j]!.lower) || tokens[j]!.lower === MENTION_HEAD)) {
      if (tokens[j]!.lower === MENTION_HEAD) mention = true;
      j++;
    }
    if (tokens[j]?.lower === "ke" && tokens[j + 1]?.text === "-") j += 2;
    else if (tokens[j]?.lower === "ke") j++;
    const valueToken = tokens[j];
    const value = valueToken?.word ? rankValue(valueToken.text) : null;
    if (value !== null) {
      const after = tokens[j + 1];
      // "terbaik 1, 2 dan 3": ranks listed, naming no one
      if (after?.text === "," && tokens[j + 2] && rankValue(tokens[j + 2]!.text) !== null && /^\d/.test(tokens[j + 2]!.text)) {
        i = j + 2;
        continue;
      }
      // "peringkat ke-7 nasional dari 38 provinsi": a coverage ranking, not a placing
      if (value > 10 || (after?.lower === "nasional" && tokens[j + 2]?.lower === "dari") || after?.lower === "dari") {
        i = j;
        continue;
      }
      out.push({
        from: i,
        to: j + 1,
        start: t.start,
        end: valueToken!.end,
        rank: mention ? null : value,
        mention: mention ? `harapan ${value}` : null,
        bare: false,
        weak: false,
      });
      i = j;
      // "peringkat kedua dan ketiga", "juara 2, 3": more ranks under the same word
      while (
        !mention &&
        (tokens[i + 1]?.lower === "dan" || tokens[i + 1]?.text === ",") &&
        tokens[i + 2]?.word &&
        rankValue(tokens[i + 2]!.text) !== null &&
        !RANK_HEADS.has(tokens[i + 3]?.lower ?? "")
      ) {
        const v = tokens[i + 2]!;
        out.push({ from: i + 2, to: i + 3, start: v.start, end: v.end, rank: rankValue(v.text), mention: null, bare: false, weak: false });
        i += 2;
      }
      continue;
    }
    // "Terbaik Marapokot" between numbered ranks: a rank whose number the list leaves out
    if (t.lower === "terbaik" && j === i + 1 && valueToken?.cap && valueToken.word) {
      out.push({ from: i, to: j, start: t.start, end: t.end, rank: null, mention: null, bare: false, weak: true });
      continue;
    }
    if (mention)
      out.push({ from: i, to: j, start: t.start, end: tokens[j - 1]!.end, rank: null, mention: "harapan", bare: false, weak: false });
    else if (t.lower === "juara")
      out.push({ from: i, to: j, start: t.start, end: tokens[j - 1]!.end, rank: null, mention: null, bare: true, weak: false });
    i = j - 1;
  }
  return out;
}
