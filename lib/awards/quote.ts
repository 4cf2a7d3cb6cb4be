// Quotes and their offsets. Offsets count Unicode code points (end exclusive), as PostgreSQL's substr() does, so
// the database trigger and this code agree even for characters outside the Basic Multilingual Plane.

export type Span = { start: number; end: number };

export class QuoteNotFoundError extends Error {}

/** The text at [start, end) in code points. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join("");
}

function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Every UTF-16 index where `needle` occurs in `text`. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * Finds `quote` in `text`. The quote must occur exactly once, unless `occurrence` (1-based) says which; with
 * `within`, the quote is looked for inside the one place where `within` occurs (to pick out a short name
 * from a longer, unique passage).
 */
export function locateQuote(text: string, quote: string, opts: { within?: string; occurrence?: number } = {}): Span {
  let base = 0;
  let haystack = text;
  if (opts.within !== undefined) {
    const at = occurrences(text, opts.within);
    if (at.length !== 1) throw new QuoteNotFoundError(`context ${JSON.stringify(opts.within)} occurs ${at.length} times, not once`);
    base = at[0]!;
    haystack = opts.within;
  }
  const at = occurrences(haystack, quote);
  const pick = opts.occurrence ?? 1;
  if (at.length === 0) throw new QuoteNotFoundError(`quote not found verbatim: ${JSON.stringify(quote)}`);
  if (opts.occurrence === undefined && at.length > 1) {
    throw new QuoteNotFoundError(`quote occurs ${at.length} times; say which occurrence: ${JSON.stringify(quote)}`);
  }
  const index = at[pick - 1];
  if (index === undefined) throw new QuoteNotFoundError(`quote has no occurrence ${pick}: ${JSON.stringify(quote)}`);
  const start = codePointLength(text.slice(0, base + index));
  return { start, end: start + codePointLength(quote) };
}

/** True when `quote` is exactly the text at the span. */
export function quoteMatches(text: string, quote: string, span: Span): boolean {
  return span.start >= 0 && span.end > span.start && sliceCodePoints(text, span.start, span.end) === quote;
}

/**
 * Splits `text` into plain and highlighted segments for the given spans (which may overlap or nest). Each
 * segment lists the indexes of the spans covering it, so a page can anchor and label every quote.
 */
export function segmentText(text: string, spans: readonly Span[]): { text: string; start: number; spans: number[] }[] {
  const chars = Array.from(text);
  const cuts = new Set<number>([0, chars.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(chars.length, s.start)));
    cuts.add(Math.max(0, Math.min(chars.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: { text: string; start: number; spans: number[] }[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (to <= from) continue;
    const covering = spans.flatMap((s, j) => (s.start <= from && s.end >= to ? [j] : []));
    segments.push({ text: chars.slice(from, to).join(""), start: from, spans: covering });
  }
  return segments;
}

export type QuoteCheck =
  | { found: true; before: string; quote: string; after: string }
  | { found: false; matched: string; sourceContinues: string; quoteContinues: string };

/**
 * For the editor, before saving: where a pasted quote sits in the source (with some context), or, when it is
 * not there verbatim, how far it matches and where it first differs from the source.
 */
export function checkQuote(text: string, quote: string, context = 60): QuoteCheck {
  const at = text.indexOf(quote);
  if (quote && at !== -1) {
    return {
      found: true,
      before: text.slice(Math.max(0, at - context), at),
      quote,
      after: text.slice(at + quote.length, at + quote.length + context),
    };
  }
  // The longest start of the quote that the source contains (binary search: a prefix of a found prefix is found).
  let lo = 0;
  let hi = quote.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (text.includes(quote.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  const matched = quote.slice(0, lo);
  const where = lo > 0 ? text.indexOf(matched) + lo : -1;
  return {
    found: false,
    matched,
    sourceContinues: where === -1 ? "" : text.slice(where, where + 20),
    quoteContinues: quote.slice(lo, lo + 20),
  };
}
