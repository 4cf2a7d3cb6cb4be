// Stage 2: the normalised text in pieces the assembly reads one at a time: lines, then sentences within a line
// (not after an abbreviation such as "PT." or "Kab.", an initial, or a list number), each with its offsets into
// the normalised text and what kind of piece it is. Linear: each character is looked at a bounded number of times.
export type SegmentKind = "heading" | "item" | "sentence";
export type Segment = {
  start: number;
  end: number;
  text: string;
  line: number;
  kind: SegmentKind;
  /** "1." / "2)" at the start of a list line */
  itemNumber: number | null;
  /** the first piece of its line */
  lineStart: boolean;
};

const ABBREVIATIONS = new Set([
  "pt",
  "st",
  "dr",
  "ir",
  "h",
  "hj",
  "no",
  "jl",
  "kab",
  "prov",
  "tbk",
  "drs",
  "prof",
  "bpk",
  "sdr",
  "kec",
  "ds",
  "th",
  "md",
  "se",
  "sh",
  "mh",
  "mm",
  "si",
  "sos",
  "st",
  "sp",
  "kep",
  "dll",
  "dsb",
  "yth",
  "ny",
  "tn",
  "rs",
  "kel",
  "cv",
  "ud",
  "pd",
  "mr",
  "mrs",
  "no",
  "hal",
  "a",
  "b",
  "c",
  "pemkab",
  "pemkot",
  "pemprov",
  "kota",
  "prov",
]);
const HEADING_MAX = 100;
/**
 * No piece is longer than this: a longer sentence is cut after a comma or semicolon (else a space) before it. No
 * report's sentence comes near it; a pasted list of thousands of names on one line then costs the same per
 * character as a report, so the whole text is read in linear time.
 */
export const MAX_PIECE = 700;

function bounded(pieces: [number, number][], line: string): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of pieces) {
    let from = a;
    while (b - from > MAX_PIECE) {
      const window = line.slice(from, from + MAX_PIECE);
      let cut = Math.max(window.lastIndexOf(", "), window.lastIndexOf("; "));
      if (cut < MAX_PIECE / 2) cut = window.lastIndexOf(" ");
      if (cut <= 0) cut = MAX_PIECE - 1;
      out.push([from, from + cut + 1]);
      from += cut + 1;
      while (from < b && line[from] === " ") from++;
    }
    if (b > from) out.push([from, b]);
  }
  return out;
}

function abbreviationBefore(line: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && dot - i <= 12 && /[\p{L}.]/u.test(line[i]!)) i--;
  const word = line.slice(i + 1, dot).toLowerCase();
  if (word.length === 0) return false;
  if (word.length === 1) return true; // an initial ("E. Ilyas") or a letter in a list
  return ABBREVIATIONS.has(word) || word.includes(".");
}

/** The sentences of one line, as [start, end) within it (trimmed). */
function sentencesOf(line: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if ((ch === "." || ch === "!" || ch === "?") && depth === 0 && (line[i + 1] === " " || line[i + 1] === "\n")) {
      const next = line[i + 2] ?? "";
      if (!/[\p{Lu}"“‘'(0-9]/u.test(next)) continue;
      if (ch === "." && abbreviationBefore(line, i)) continue;
      if (ch === "." && /^\s*\d{1,2}$/.test(line.slice(from, i))) continue;
      out.push([from, i + 1]);
      from = i + 2;
    }
  }
  if (from < line.length) out.push([from, line.length]);
  return out.filter(([a, b]) => b > a);
}

const TERMINAL = /[.!?:;"”)]$/u;
const ITEM_START = /^(?:\d{1,2}[.)] ?|[-•*–·] )/u;

/**
 * Lines of a text typed with hard line breaks (a PDF or a print copy: "… kepada Rumah Sakit Umum" / "Nahdlatul
 * Ulama (RSNU) Tuban yang …"): most lines of a print width end without a sentence's end. Such a text's lines are
 * joined where a sentence runs on, so a name or a sentence is not cut in two.
 */
function logicalLines(text: string): [number, number][] {
  const physical: [number, number][] = [];
  for (let at = 0; at <= text.length; ) {
    let end = text.indexOf("\n", at);
    if (end === -1) end = text.length;
    physical.push([at, end]);
    at = end + 1;
  }
  const printWidth = physical.filter(([a, b]) => b - a >= 50 && b - a <= 110);
  const runOn = printWidth.filter(([a, b]) => !TERMINAL.test(text.slice(Math.max(a, b - 2), b)));
  const wrapped = runOn.length >= 4 && runOn.length * 2 >= physical.filter(([a, b]) => b - a >= 50).length;
  if (!wrapped) return physical;
  const out: [number, number][] = [];
  for (let k = 0; k < physical.length; k++) {
    const [a] = physical[k]!;
    let b = physical[k]![1];
    while (
      k + 1 < physical.length &&
      b > a &&
      !TERMINAL.test(text.slice(Math.max(a, b - 2), b)) &&
      physical[k + 1]![1] > physical[k + 1]![0] &&
      !ITEM_START.test(text.slice(physical[k + 1]![0], physical[k + 1]![0] + 3))
    )
      b = physical[++k]![1];
    out.push([a, b]);
  }
  return out;
}

export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let lineNo = 0;
  for (const [lineStartAt, lineEnd] of logicalLines(text)) {
    const line = text.slice(lineStartAt, lineEnd);
    lineNo++;
    if (line.length > 0) {
      const item = /^(\d{1,2})[.)] ?/.exec(line) ?? (/^[-•*–·] ?/.exec(line) ? ([line[0]!, null] as unknown as RegExpExecArray) : null);
      const headingLike = line.length <= HEADING_MAX && !/[.!?]["”]?$/.test(line) && !item;
      const pieces = bounded(headingLike ? [[0, line.length]] : sentencesOf(line), line);
      pieces.forEach(([a, b], k) => {
        out.push({
          start: lineStartAt + a,
          end: lineStartAt + b,
          text: line.slice(a, b),
          line: lineNo,
          kind: headingLike ? "heading" : item && k === 0 ? "item" : "sentence",
          itemNumber: item && k === 0 && item[1] ? Number(item[1]) : null,
          lineStart: k === 0,
        });
      });
    }
  }
  return out;
}
