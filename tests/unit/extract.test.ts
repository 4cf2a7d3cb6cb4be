// The extractor against hand transcriptions: the five seed articles and the test fixtures (invented articles in
// the press's forms, tests/fixtures/). The targets of `npm run extract:score`, held by the test suite.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extractDraft, type Gazetteer } from "@/lib/extract/extract-draft";
import { gazetteerFromPackage } from "@/lib/extract/gazetteer";
import { findDates } from "@/lib/extract/indonesian-dates";
import { scoreTranscription } from "@/lib/extract/score";
import { transcriptionFormat } from "@/lib/import/transcription-format";

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await gazetteerFromPackage();
});

const read = (file: string) => transcriptionFormat.parse(JSON.parse(fs.readFileSync(file, "utf8")));
const fixtureFiles = [
  ...fs
    .readdirSync("tests/fixtures/articles")
    .filter((f) => f.endsWith(".json"))
    .map((f) => path.join("tests/fixtures/articles", f)),
  "tests/fixtures/transcriptions/other-rounds.json",
];

function totals(rows: ReturnType<typeof scoreTranscription>) {
  return rows.reduce(
    (a, r) => ({
      expected: a.expected + r.expected,
      correct: a.correct + r.correct,
      wrongCertain: a.wrongCertain + r.wrongCertain,
      verbatim: a.verbatim && r.quotesVerbatim,
      slowest: Math.max(a.slowest, r.ms),
    }),
    { expected: 0, correct: 0, wrongCertain: 0, verbatim: true, slowest: 0 },
  );
}

describe("the extractor against hand transcriptions", () => {
  it("reads at least 95% of the seed articles' placings right, none wrong as certain, every quote verbatim, well under a second each", () => {
    const rows = scoreTranscription(read("prisma/seed/ntt-2024-2025.json"), gazetteer);
    const t = totals(rows);
    expect(t.expected).toBe(35); // 33 placings; two of them are stated by two articles each
    expect(t.correct / t.expected).toBeGreaterThanOrEqual(0.95);
    expect(t.wrongCertain).toBe(0);
    expect(t.verbatim).toBe(true);
    expect(t.slowest).toBeLessThan(500);
    for (const r of rows) expect(r.edition, r.source).toEqual({ level: true, province: true, date: true });
  });

  it("holds the same target on the test fixtures (numbered lists, disusul, sectors, zones, a recalled year, no date)", () => {
    const rows = fixtureFiles.flatMap((f) => scoreTranscription(read(f), gazetteer));
    const t = totals(rows);
    expect(rows.length).toBeGreaterThanOrEqual(9);
    expect(t.correct / t.expected).toBeGreaterThanOrEqual(0.95);
    expect(t.wrongCertain).toBe(0);
    expect(t.verbatim).toBe(true);
  });

  it("proposes nothing the text does not say: a report with no placings gives none", () => {
    const source = read("prisma/seed/ntt-2024-2025.json").sources.find((s) => s.id === "pos-kupang-2025-07-21")!;
    const draft = extractDraft(source.text, { publisher: "POS-KUPANG.COM" }, { gazetteer, organizations: [] });
    expect(draft.proposals).toEqual([]);
    expect(draft.editions[0]).toMatchObject({ level: "province", provinceCode: "53", ceremonyDate: "2025-07-21" });
  });

  it("marks what it infers: a rank from the list's order, a category from the winners, a rank with no name", () => {
    const source = read("prisma/seed/ntt-2024-2025.json").sources.find((s) => s.id === "topnewsntt-2025-07-21")!;
    const draft = extractDraft(source.text, { publisher: "TopNewsNTT.com" }, { gazetteer, organizations: [] });
    const uksw = draft.proposals.find((p) => p.recipientName === "UKSW Sumba")!;
    expect(uksw).toMatchObject({ rank: 2, inferences: ["rank_from_order"], certain: false, category: { group: "education" } });
    const unnamed = draft.proposals.find((p) => p.recipientName === null)!;
    expect(unnamed).toMatchObject({
      rank: 3,
      organization: null,
      category: { group: "health" },
      inferences: ["category_from_context"],
      certain: false,
    });
    // known spellings are matched to the stored organisation
    const known = extractDraft(
      source.text,
      { publisher: "TopNewsNTT.com" },
      {
        gazetteer,
        organizations: [{ id: "kopdit-tlm", name: "Kopdit TLM", kind: "cooperative", regionCode: null, spellings: ["KOPDIR TLM"] }],
      },
    );
    expect(
      known.proposals
        .filter((p) => p.organization?.id === "kopdit-tlm")
        .map((p) => p.category.group)
        .sort(),
    ).toEqual(["financial-services", "overall"]);
  });

  it("attaches prizes to their placing, with the amount in rupiah where the text gives one", () => {
    const fixture = read("tests/fixtures/transcriptions/other-rounds.json");
    const text = fixture.sources.find((s) => s.id === "uji-kabar-contoh-papua-2023-11-20")!.text;
    const draft = extractDraft(text, { publisher: "Kabar Contoh Online" }, { gazetteer, organizations: [] });
    expect(draft.proposals.find((p) => p.recipientName === "Kabupaten Manokwari")?.prize).toEqual({
      text: "uang pembinaan Rp 2.500.000",
      amountRupiah: 2_500_000,
    });
    // two provinces at one ceremony: two editions sharing it
    expect(draft.editions.map((e) => [e.provinceCode, e.ceremonyDate, e.sharedCeremony])).toEqual([
      ["92", "2023-11-20", "papua-barat-papua-barat-daya-2023-11-20"],
      ["96", "2023-11-20", "papua-barat-papua-barat-daya-2023-11-20"],
    ]);
  });
});

describe("Indonesian dates", () => {
  it("reads the forms reports use, checking the weekday", () => {
    expect(findDates("pada Senin (21/7/2025) pukul 15.30").map((d) => [d.iso, d.weekdayMatches])).toEqual([["2025-07-21", true]]);
    expect(findDates("Kamis 25 Juli 2024 pagi").map((d) => d.iso)).toEqual(["2024-07-25"]);
    expect(findDates("Rabu, 3 Desember 2025").map((d) => d.iso)).toEqual(["2025-12-03"]);
    // a weekday that does not fit the date is reported as such
    expect(findDates("Selasa, 3 Desember 2025")[0]?.weekdayMatches).toBe(false);
  });

  it("settles a year left open from the award's year and the weekday", () => {
    const [d] = findDates("di Kupang, Kamis 25/7.", [2024]);
    expect(d).toMatchObject({ iso: "2024-07-25", writtenYear: null, weekdayMatches: true });
    // 25 July 2025 is a Friday: "Jumat 25/7" with the hint 2024 means 2025
    expect(findDates("Jumat 25/7", [2024])[0]?.iso).toBe("2025-07-25");
  });
});

describe("the draft in the import format", () => {
  it("locates every quote and spelling it cites, as the importer will (a spelling written twice says which)", async () => {
    const { locateTranscription } = await import("@/lib/import/locate-transcription");
    const { INITIAL_CATEGORY_GROUPS } = await import("@/lib/awards/category-groups");
    const files = [
      "prisma/seed/articles/002_ad703a0fd1a3c4ed.txt",
      ...["tests/fixtures/articles", "tests/fixtures/forms"].flatMap((d) =>
        fs
          .readdirSync(d)
          .filter((f) => f.endsWith(".txt"))
          .map((f) => path.join(d, f)),
      ),
    ];
    for (const file of files) {
      const t = transcriptionFormat.parse(
        extractDraft(fs.readFileSync(file, "utf8"), { publisher: "Uji" }, { gazetteer, organizations: [] }).transcription,
      );
      const known = {
        sourceTexts: new Map(t.sources.map((s) => [s.id, s.text])),
        sourceIds: new Map(t.sources.map((s) => [s.id, s.id])),
        organizationIds: new Set(t.organizations.map((o) => o.id)),
        editionIds: new Set(t.editions.map((e) => e.id)),
        groupKeys: new Set<string>(INITIAL_CATEGORY_GROUPS.map((g) => g.key)),
        regionCodes: new Set([...gazetteer.provinces.map((p) => p.code), ...gazetteer.regencies.map((r) => r.code)]),
      };
      expect(locateTranscription(t, known as Parameters<typeof locateTranscription>[1]).problems, file).toEqual([]);
    }
  });
});
