// Stage 1: the text as the later stages read it. A run of line breaks (of any style, with blank lines and spaces
// around them) becomes one "\n", a run of spaces, tabs or no-break spaces one " "; every other character is kept
// as it is. Each kept character remembers where it stood, so a range of the normalised text maps back to the
// original with one array, and quotes are always cut from the original: verbatim. One pass, linear.
export type Normalised = {
  text: string;
  /** UTF-16 index in the original of each UTF-16 index of `text` */
  toOriginal: Int32Array;
};

const isSpace = (c: number) =>
  c === 0x20 ||
  c === 0x09 ||
  c === 0x0b ||
  c === 0x0c ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000;
const isBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;

export function normalise(original: string): Normalised {
  const out: string[] = [];
  const map = new Int32Array(original.length + 1);
  let n = 0;
  // what the last kept character was: 0 nothing yet, 1 a space, 2 a line break, 3 anything else
  let last = 0;
  let pendingSpace = -1;
  let pendingBreak = -1;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (isBreak(c)) {
      if (pendingBreak === -1) pendingBreak = i;
      pendingSpace = -1;
      continue;
    }
    if (isSpace(c)) {
      if (pendingBreak === -1 && pendingSpace === -1) pendingSpace = i;
      continue;
    }
    if (last !== 0) {
      if (pendingBreak !== -1) {
        out.push("\n");
        map[n++] = pendingBreak;
      } else if (pendingSpace !== -1) {
        out.push(" ");
        map[n++] = pendingSpace;
      }
    }
    pendingBreak = -1;
    pendingSpace = -1;
    out.push(original[i]!);
    map[n++] = i;
    last = 3;
  }
  map[n] = original.length;
  return { text: out.join(""), toOriginal: map.subarray(0, n + 1) };
}

/** The original's UTF-16 range of the normalised range [start, end). */
export function originalRange(norm: Normalised, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: norm.toOriginal[start]!, end: norm.toOriginal[start]! };
  return { start: norm.toOriginal[start]!, end: norm.toOriginal[end - 1]! + 1 };
}

/** UTF-16 index -> code point offset, for the whole text at once (the database stores offsets in code points). */
export function codePointIndex(text: string): (i: number) => number {
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
