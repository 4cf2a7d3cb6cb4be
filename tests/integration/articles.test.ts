// What the five articles say, written by reading them (prisma/seed/articles/), not generated from the seed
// file: if the seed transcribes a placing wrongly, merges the two ceremonies or drops a row, this fails.
import { describe, expect, it } from "vitest";
import { db } from "./db";

type Row = { category: string; rank: number; spelling: string | null; source: string; inferred?: string };

// Thursday 25 July 2024, Hotel Harper Kupang. HN (003) gives the lists; nagekeokab.go.id (001) the Nagekeo row.
const CEREMONY_2024: Row[] = [
  { category: "pemda", rank: 1, spelling: "Kabupaten Belu", source: "HN" },
  { category: "pemda", rank: 2, spelling: "Kabupaten Sikka", source: "HN" },
  { category: "pemda", rank: 3, spelling: "Kabupaten Nagekeo", source: "HN" },
  { category: "pemda", rank: 3, spelling: "Pemerintah Kabupaten Nagekeo", source: "nagekeokab.go.id" },
  { category: "financial-services", rank: 1, spelling: "Bank NTT", source: "HN" },
  { category: "financial-services", rank: 2, spelling: "BPR TLM Kupang", source: "HN" },
  { category: "financial-services", rank: 3, spelling: "Kopdit Swasti Sari", source: "HN" },
];

// Monday 21 July 2025, Hotel Harper Kupang. TopNewsNTT (002) lists everything; ROOLNEWS.ID (000) the Pukuafu row.
const CEREMONY_2025: Row[] = [
  { category: "pemda", rank: 1, spelling: "Nagekeo", source: "TopNewsNTT.com" },
  { category: "pemda", rank: 2, spelling: "TTU", source: "TopNewsNTT.com" },
  { category: "pemda", rank: 3, spelling: "Belu", source: "TopNewsNTT.com" },
  { category: "pemdes-kelurahan", rank: 1, spelling: "Desa Dafala", source: "TopNewsNTT.com" },
  { category: "pemdes-kelurahan", rank: 2, spelling: "Marapokot", source: "TopNewsNTT.com", inferred: "rank_from_order" },
  { category: "pemdes-kelurahan", rank: 3, spelling: "Desa Pukuafu", source: "TopNewsNTT.com" },
  { category: "pemdes-kelurahan", rank: 3, spelling: "Desa Pukuafu", source: "ROOLNEWS.ID" },
  { category: "umk", rank: 1, spelling: "Padu Padan by Erwin Yuan", source: "TopNewsNTT.com" },
  { category: "umk", rank: 2, spelling: "La Moringa", source: "TopNewsNTT.com" },
  { category: "umk", rank: 3, spelling: "UKM GHAURA", source: "TopNewsNTT.com" },
  { category: "financial-services", rank: 1, spelling: "Kopdit TLM", source: "TopNewsNTT.com" },
  { category: "financial-services", rank: 2, spelling: "Bank NTT", source: "TopNewsNTT.com" },
  { category: "financial-services", rank: 3, spelling: "Kopdit Swastisari", source: "TopNewsNTT.com" },
  { category: "health", rank: 1, spelling: "Crisoris Jaya Mandiri", source: "TopNewsNTT.com", inferred: "category_from_context" },
  { category: "health", rank: 2, spelling: "RSU Leona", source: "TopNewsNTT.com", inferred: "category_from_context" },
  { category: "health", rank: 3, spelling: null, source: "TopNewsNTT.com", inferred: "category_from_context" },
  { category: "education", rank: 1, spelling: "SDH", source: "TopNewsNTT.com" },
  { category: "education", rank: 2, spelling: "UKSW Sumba", source: "TopNewsNTT.com", inferred: "rank_from_order" },
  { category: "education", rank: 3, spelling: "St.Arnoldus", source: "TopNewsNTT.com" },
  { category: "manufacturing", rank: 1, spelling: "PT Sun Power Inti", source: "TopNewsNTT.com" },
  { category: "manufacturing", rank: 2, spelling: "PT Nanda Karya Putera Pratama", source: "TopNewsNTT.com" },
  { category: "manufacturing", rank: 3, spelling: "PT.Nusa Terang Terus", source: "TopNewsNTT.com" },
  { category: "agriculture", rank: 1, spelling: "PT Timor Otsukhi Mutiara", source: "TopNewsNTT.com" },
  { category: "agriculture", rank: 2, spelling: "PT Muria Sumba Manis", source: "TopNewsNTT.com" },
  { category: "agriculture", rank: 3, spelling: "PT Nataga Raihawu Industri", source: "TopNewsNTT.com" },
  { category: "overall", rank: 1, spelling: "KOPDIR TLM", source: "TopNewsNTT.com" },
  { category: "overall", rank: 2, spelling: "PT Crisorus Mandiri (RSU Siloam)", source: "TopNewsNTT.com" },
  { category: "overall", rank: 3, spelling: "PT Timor Otsukhi Mutiara (PT TOM)", source: "TopNewsNTT.com" },
];

async function placingsOf(ceremonyDate: string) {
  const editions = await db.edition.findMany({
    where: { provinceCode: "53", ceremonyDate: new Date(`${ceremonyDate}T00:00:00Z`) },
    select: { id: true },
  });
  expect(editions).toHaveLength(1);
  return db.claim.findMany({
    where: { editionId: editions[0]!.id },
    select: {
      category: { select: { groupKey: true } },
      rank: true,
      inferences: true,
      inferenceNote: true,
      organization: { select: { id: true, aliases: { select: { spelling: true } } } },
      citations: { select: { recipientName: true, source: { select: { publisher: true } } } },
    },
  });
}

/** One row per (claim, citation): what a reader of each article would write down. */
function asRows(claims: Awaited<ReturnType<typeof placingsOf>>): Row[] {
  return claims.flatMap((c) =>
    c.citations.map((x) => ({
      category: c.category.groupKey,
      rank: c.rank!,
      spelling: x.recipientName,
      source: x.source.publisher,
      ...(c.inferences.length ? { inferred: c.inferences.join(",") } : {}),
    })),
  );
}

const order = (rows: Row[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe("the two NTT ceremonies called “2024”", () => {
  it("are two editions, a year apart, both at province level in NTT", async () => {
    const editions = await db.edition.findMany({
      where: { provinceCode: "53" },
      select: { ceremonyDate: true, level: true, yearLabel: true },
      orderBy: { ceremonyDate: "asc" },
    });
    expect(editions.map((e) => [e.ceremonyDate!.toISOString().slice(0, 10), e.level, e.yearLabel])).toEqual([
      ["2024-07-25", "province", "2024"],
      ["2025-07-21", "province", "2024"],
    ]);
  });

  it("25 July 2024 holds exactly the placings HN and nagekeokab.go.id give", async () => {
    expect(order(asRows(await placingsOf("2024-07-25")))).toEqual(order(CEREMONY_2024));
  });

  it("21 July 2025 holds exactly the placings TopNewsNTT and ROOLNEWS.ID give", async () => {
    expect(order(asRows(await placingsOf("2025-07-21")))).toEqual(order(CEREMONY_2025));
  });

  it("keeps each source's year label for the 2025 ceremony, “2025” included, with its quote", async () => {
    const facts = await db.editionFact.findMany({
      where: { kind: "year_label", edition: { ceremonyDate: new Date("2025-07-21T00:00:00Z") } },
      select: { value: true, citations: { select: { quote: true, source: { select: { publisher: true } } } } },
      orderBy: { value: "asc" },
    });
    expect(facts.map((f) => f.value)).toEqual(["2024", "2025"]);
    expect(facts[1]!.citations).toEqual([
      { quote: "Ajang Paritrana Award 2025 sudah melalui proses seleksi dan wawancara ketat", source: { publisher: "TopNewsNTT.com" } },
    ]);
    expect(facts[0]!.citations.map((c) => c.source.publisher).sort()).toEqual(["POS-KUPANG.COM", "ROOLNEWS.ID", "TopNewsNTT.com"]);
  });

  it("places the same regency 3rd in one ceremony and 1st in the other, as one organisation", async () => {
    const nagekeo = await db.claim.findMany({
      where: { category: { groupKey: "pemda" }, organization: { aliases: { some: { spelling: "Nagekeo" } } } },
      select: { rank: true, organizationId: true, edition: { select: { ceremonyDate: true } } },
      orderBy: { edition: { ceremonyDate: "asc" } },
    });
    expect(nagekeo.map((c) => [c.edition.ceremonyDate!.toISOString().slice(0, 10), c.rank])).toEqual([
      ["2024-07-25", 3],
      ["2025-07-21", 1],
    ]);
    expect(new Set(nagekeo.map((c) => c.organizationId)).size).toBe(1);
  });
});

describe("a rank listed without a name", () => {
  it("is stored, with no recipient, and says so", async () => {
    const unnamed = await db.claim.findMany({
      where: { organizationId: null },
      select: { rank: true, category: { select: { groupKey: true } }, inferenceNote: true, citations: { select: { quote: true } } },
    });
    expect(unnamed).toHaveLength(1);
    expect(unnamed[0]).toMatchObject({ rank: 3, category: { groupKey: "health" } });
    expect(unnamed[0]!.inferenceNote).toMatch(/“Terbaik 3” ditulis tanpa nama penerima/);
    expect(unnamed[0]!.citations[0]!.quote).toContain("(Terbaik 3 Terbaik 2 RSU Leona");
  });
});

describe("inferred placings", () => {
  it("carry a note saying what was read from the text", async () => {
    const inferred = await db.claim.findMany({ where: { NOT: { inferences: { isEmpty: true } } }, select: { inferenceNote: true } });
    expect(inferred).toHaveLength(5); // Marapokot, UKSW Sumba, and the three health placings
    for (const c of inferred) expect(c.inferenceNote?.length).toBeGreaterThan(20);
  });
});
