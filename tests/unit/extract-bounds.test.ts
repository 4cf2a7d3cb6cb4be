// The extractor's time bound: any text up to the 200,000-character limit is read in linear time. Hostile shapes
// (long runs of spaces, line breaks, commas, parentheses, repeated list items, ranks, dates, names) are built by
// fast-check; each must be read within the bound, and whatever it proposes still quotes the text verbatim.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { extractDraft, type Gazetteer } from "@/lib/extract/extract-draft";
import { gazetteerFromPackage } from "@/lib/extract/gazetteer";

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await gazetteerFromPackage();
});

const LIMIT = 200_000;
// well under a second on this machine (the slowest shape measured about 0.9 s at the full limit on a loaded
// machine); the bound leaves room for a shared CI machine while still failing any quadratic rule by far
const BOUND_MS = 4_000;

const pieces = [
  " ",
  "  ",
  "\n",
  "\n\n",
  "\r\n",
  "\t",
  "\u00a0",
  ",",
  ", ",
  "(",
  ")",
  ".",
  ":",
  ";",
  "-",
  "“",
  "”",
  "Kamis",
  "Senin (21/7/2025)",
  "25/7",
  "Juara 1",
  "Juara I",
  "terbaik pertama",
  "Terbaik",
  "peringkat II",
  "Harapan I",
  "juara",
  "Kategori Pemda",
  "kategori",
  "Kategori Badan Usaha sektor keuangan, perdagangan dan jasa",
  "sektor",
  "zona Sumatera",
  "Kabupaten Belu",
  "Kota Kupang",
  "Pemkab",
  "Pemerintah Kabupaten (Pemkab) Sragen",
  "Desa",
  "Desa Contoh (Kabupaten Semarang)",
  "PT Contoh Jaya (PT CJ)",
  "Gampong Lamreh",
  "dimenangkan oleh",
  "disusul",
  "diikuti oleh",
  "yakni",
  "meraih",
  "masing-masing",
  "Rp 2.500.000",
  "1. ",
  "2) ",
  "- ",
  "Provinsi Aceh",
  "Jawa Tengah",
  "Bupati Contoh Nama",
  "tingkat nasional",
  "Paritrana Award 2024",
  "dan",
  "serta",
  // characters of two UTF-16 units: offsets are code points, so a slip between the two would show here
  "😀",
  "𝐀𝐁",
  "Kabupaten 😀 Belu",
];
const hostile = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }).chain((unit) =>
  fc.integer({ min: 20_000, max: LIMIT }).map((length) => {
    const block = unit.join(" ");
    return block.repeat(Math.ceil(length / block.length)).slice(0, length);
  }),
);

function read(text: string) {
  const t0 = performance.now();
  const draft = extractDraft(text, { publisher: "Uji" }, { gazetteer, organizations: [] });
  return { draft, ms: performance.now() - t0 };
}

describe("the extractor on hostile texts", () => {
  it("reads runs of one character at the full limit within the bound", () => {
    for (const ch of [" ", "\n", ",", "(", ")", ".", "-", "“", "a", "A", "1"]) {
      const { ms } = read(ch.repeat(LIMIT));
      expect(ms, JSON.stringify(ch)).toBeLessThan(BOUND_MS);
    }
    expect(read(`Kamis${" ".repeat(LIMIT - 6)}x`).ms).toBeLessThan(BOUND_MS);
  });

  it("reads repeated report shapes up to the limit within the bound, quoting the text verbatim", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const { draft, ms } = read(text);
        expect(ms).toBeLessThan(BOUND_MS);
        const chars = [...text];
        for (const p of draft.proposals) {
          expect(chars.slice(p.span.start, p.span.end).join("")).toBe(p.quote);
          if (p.recipientSpan) expect(chars.slice(p.recipientSpan.start, p.recipientSpan.end).join("")).toBe(p.recipientName);
        }
        for (const f of draft.facts) expect(chars.slice(f.span.start, f.span.end).join("")).toBe(f.quote);
      }),
      { numRuns: 12, seed: 20261203 },
    );
  }, 120_000);

  it("takes time in proportion to the text: four times the text, not sixteen times the time", () => {
    const unit = "Kategori Pemda dimenangkan oleh Kabupaten A, disusul Kabupaten B, Juara 1 Kota C (Kota D), ";
    const small = unit.repeat(Math.ceil(25_000 / unit.length));
    const large = unit.repeat(Math.ceil(100_000 / unit.length));
    read(small); // warm up
    const a = Math.min(read(small).ms, read(small).ms);
    const b = Math.min(read(large).ms, read(large).ms);
    expect(b / a).toBeLessThan(9);
  }, 60_000);
});

describe("offsets in code points", () => {
  it("quotes and names the winner exactly where characters of two UTF-16 units come before it", () => {
    const text = "😀 Paritrana Award 2030 tingkat Provinsi Bali 𝐀.\nKategori Pemda: Juara 1 Kabupaten Badung, Juara 2 Kota Denpasar.";
    const { draft } = read(text);
    const chars = [...text];
    expect(draft.proposals.map((p) => p.recipientName)).toEqual(["Kabupaten Badung", "Kota Denpasar"]);
    for (const p of draft.proposals) {
      expect(chars.slice(p.span.start, p.span.end).join("")).toBe(p.quote);
      expect(chars.slice(p.recipientSpan!.start, p.recipientSpan!.end).join("")).toBe(p.recipientName);
    }
  });
});
