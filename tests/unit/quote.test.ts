import { describe, expect, it } from "vitest";
import { locateQuote, QuoteNotFoundError, quoteMatches, segmentText, sliceCodePoints, checkQuote } from "@/lib/awards/quote";

const text = "Kategori Pemda (terbaik 3 Belu, Terbaik 2 TTU, Terbaik 1 Nagekeo), Desa Dafala (Belu).";

describe("locateQuote", () => {
  it("returns the code-point span of a quote that occurs once", () => {
    const span = locateQuote(text, "Terbaik 2 TTU");
    expect(span).toEqual({ start: 32, end: 45 });
    expect(sliceCodePoints(text, span.start, span.end)).toBe("Terbaik 2 TTU");
  });

  it("refuses a quote that is not in the text, even with one character changed", () => {
    expect(() => locateQuote(text, "Terbaik 2 TTS")).toThrow(QuoteNotFoundError);
    expect(() => locateQuote(text, "terbaik 2 TTU")).toThrow(/not found verbatim/);
  });

  it("refuses an ambiguous quote unless the occurrence is given", () => {
    expect(() => locateQuote(text, "Belu")).toThrow(/occurs 2 times/);
    const second = locateQuote(text, "Belu", { occurrence: 2 });
    expect(text.slice(second.start - 1, second.end + 1)).toBe("(Belu)");
    expect(() => locateQuote(text, "Belu", { occurrence: 3 })).toThrow(/no occurrence 3/);
  });

  it("finds a short name inside a unique longer passage", () => {
    const span = locateQuote(text, "Belu", { within: "terbaik 3 Belu" });
    expect(span).toEqual({ start: 26, end: 30 });
    expect(() => locateQuote(text, "Belu", { within: "Belu" })).toThrow(/context/);
  });

  it("counts code points, as PostgreSQL's substr() does, not UTF-16 units", () => {
    const astral = "𝐀 Bekeŕja di sektor informal";
    const span = locateQuote(astral, "Bekeŕja");
    expect(span).toEqual({ start: 2, end: 9 });
    expect(astral.indexOf("Bekeŕja")).toBe(3); // the UTF-16 index differs
    expect(quoteMatches(astral, "Bekeŕja", span)).toBe(true);
    expect(quoteMatches(astral, "Bekeŕja", { start: 3, end: 10 })).toBe(false);
  });
});

describe("segmentText", () => {
  it("splits text at every quote boundary and tells which quotes cover each piece", () => {
    const segments = segmentText("abcdefgh", [
      { start: 1, end: 4 },
      { start: 3, end: 6 },
      { start: 3, end: 6 },
    ]);
    expect(segments).toEqual([
      { text: "a", start: 0, spans: [] },
      { text: "bc", start: 1, spans: [0] },
      { text: "d", start: 3, spans: [0, 1, 2] },
      { text: "ef", start: 4, spans: [1, 2] },
      { text: "gh", start: 6, spans: [] },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe("abcdefgh");
  });
});

describe("checkQuote (the form's live check)", () => {
  const text = "Kategori Pemda (terbaik 3 Belu, Terbaik 2 TTU, Terbaik 1 Nagekeo). Kategori UMK menyusul.";
  it("finds a verbatim quote and gives its context", () => {
    expect(checkQuote(text, "Terbaik 2 TTU", 10)).toEqual({
      found: true,
      before: "k 3 Belu, ",
      quote: "Terbaik 2 TTU",
      after: ", Terbaik ",
    });
  });
  it("says how far a near-quote matches and where it first differs", () => {
    expect(checkQuote(text, "Terbaik 1 Nagekeo!) Kategori")).toEqual({
      found: false,
      matched: "Terbaik 1 Nagekeo",
      sourceContinues: "). Kategori UMK meny",
      quoteContinues: "!) Kategori",
    });
    expect(checkQuote(text, "Juara 1")).toMatchObject({ found: false, matched: "", sourceContinues: "" });
  });
});
