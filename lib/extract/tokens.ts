// Words and punctuation of one piece of text, with their offsets: the later stages match word lists against
// tokens instead of running open-ended regular expressions over the text. Linear.
export type Token = {
  text: string;
  /** lower-cased */
  lower: string;
  start: number;
  end: number;
  /** begins with a capital letter or a digit */
  cap: boolean;
  word: boolean;
};

const WORD = /[\p{L}\p{N}]/u;
const JOINER = new Set([".", "'", "’", "-", "/", "&"]);

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === " " || ch === "\n") {
      i++;
      continue;
    }
    if (WORD.test(ch)) {
      let j = i + 1;
      while (j < text.length && (WORD.test(text[j]!) || (JOINER.has(text[j]!) && j + 1 < text.length && WORD.test(text[j + 1]!)))) j++;
      const t = text.slice(i, j);
      out.push({ text: t, lower: t.toLowerCase(), start: i, end: j, cap: /^[\p{Lu}\p{N}]/u.test(t), word: true });
      i = j;
    } else {
      out.push({ text: ch, lower: ch, start: i, end: i + 1, cap: false, word: false });
      i++;
    }
  }
  return out;
}
