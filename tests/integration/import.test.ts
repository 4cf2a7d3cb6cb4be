// Bulk import on the real database: the test transcription (tests/fixtures/transcriptions/other-rounds.json,
// invented articles, never seeded) holds the award's shapes the seed lacks. Everything it adds is removed
// afterwards, so the other tests see the seeded record only.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toApiClaim } from "@/lib/awards/api";
import { disagreementsOf } from "@/lib/awards/disagreements";
import { getEdition, listCategoryGroups } from "@/lib/awards/queries";
import { importTranscription } from "@/lib/import/import-transcription";
import { readSeedTranscription } from "@/prisma/seed/load";
import { db } from "./db";

const FIXTURE = "tests/fixtures/transcriptions/other-rounds.json";
type Fixture = { sources: { id: string; text: string }[]; placings: { id: string; citations: { quote: string }[] }[] } & Record<
  string,
  unknown
>;
const fixture = (): Fixture => JSON.parse(fs.readFileSync(FIXTURE, "utf8"));
const author = { userId: null, reason: "Uji impor berkas transkripsi" };

/** Everything a test might leave: the fixture's rows (ids start with "uji-") and their history. */
async function removeFixtureRows() {
  const editions = { startsWith: "uji-" };
  await db.citation.deleteMany({ where: { sourceId: { startsWith: "uji-" } } });
  await db.claim.deleteMany({ where: { editionId: editions } });
  await db.editionCategory.deleteMany({ where: { editionId: editions } });
  await db.editionFact.deleteMany({ where: { editionId: editions } });
  await db.edition.deleteMany({ where: { id: editions } });
  await db.organizationAlias.deleteMany({ where: { sourceId: { startsWith: "uji-" } } });
  await db.organization.deleteMany({ where: { id: { startsWith: "uji-" } } });
  await db.source.deleteMany({ where: { id: { startsWith: "uji-" } } });
  await db.change.deleteMany({ where: { entityId: { startsWith: "uji-" } } });
}

const counts = async () => ({
  sources: await db.source.count(),
  organizations: await db.organization.count(),
  aliases: await db.organizationAlias.count(),
  editions: await db.edition.count(),
  categories: await db.editionCategory.count(),
  claims: await db.claim.count(),
  facts: await db.editionFact.count(),
  citations: await db.citation.count(),
  changes: await db.change.count(),
});

beforeAll(removeFixtureRows);
afterAll(removeFixtureRows);

describe("npm run import (the importer)", () => {
  it("a dry run reports what it would create and writes nothing", async () => {
    const before = await counts();
    const result = await importTranscription(db, fixture(), { dryRun: true, author });
    expect(result).toMatchObject({
      ok: true,
      dryRun: true,
      created: { sources: 3, organizations: 15, editions: 5, placings: 18, facts: 1, categories: 11 },
    });
    expect(await counts()).toEqual(before);
  });

  it("a quote not found verbatim refuses the whole file, naming the row", async () => {
    const before = await counts();
    const bad = fixture();
    bad.placings[4]!.citations[0]!.quote += " dan juara harapan Kota Makasar"; // words the source does not have
    const result = await importTranscription(db, bad, { author });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.join("\n")).toMatch(
        new RegExp(`placings\\[4\\] "${bad.placings[4]!.id}" citation 1 .*quote not found verbatim`),
      );
    expect(await counts()).toEqual(before);
  });

  it("refuses a file that does not follow the format, naming the field", async () => {
    const result = await importTranscription(db, {
      format: "paritrana-transcription/1",
      placings: [{ edition: "x", category: { label: "X", group: "pemda" }, rank: 0, organization: null, citations: [] }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join("\n")).toMatch(/placings\[0\]\.rank/);
  });

  it("imports every shape of the award the seed lacks", async () => {
    const result = await importTranscription(db, fixture(), { author });
    expect(result).toMatchObject({
      ok: true,
      dryRun: false,
      created: { sources: 3, organizations: 15, editions: 5, placings: 18, facts: 1, categories: 11, citations: 19 },
    });

    // a national round whose ceremony date no source gives
    const national = (await getEdition("uji-nasional-2021"))!;
    expect(national).toMatchObject({ level: "national", province: null, ceremonyDate: null, yearLabel: "2021" });
    expect(national.categories.map((c) => [c.label, c.qualifier, c.key])).toEqual([
      ["Pemerintah Provinsi Terbaik", null, "province-government"],
      ["Pemerintah Kabupaten/Kota Terbaik", null, "regency-city-government"],
      ["Provinsi Terbaik Inovasi", "Zona Sumatera", "special-award"],
    ]);
    // a prize with no amount in its words
    expect(national.claims.find((c) => c.id === "uji-nasional-2021-province-government-1")?.prize).toEqual({
      text: "satu unit mobil",
      amountRupiah: null,
    });

    // two provinces' rounds at one ceremony stay two editions, each naming the other
    const papuaBarat = (await getEdition("uji-papua-barat-2023-11-20"))!;
    const papuaBaratDaya = (await getEdition("uji-papua-barat-daya-2023-11-20"))!;
    expect(papuaBarat.sharedWith.map((e) => e.id)).toEqual(["uji-papua-barat-daya-2023-11-20"]);
    expect(papuaBaratDaya.sharedWith.map((e) => e.id)).toEqual(["uji-papua-barat-2023-11-20"]);
    expect(papuaBarat.facts.map((f) => f.kind)).toContain("shared_ceremony");
    expect(papuaBarat.claims.find((c) => c.rank === 1 && c.category.key === "regency-city-government")?.prize).toEqual({
      text: "uang pembinaan Rp 2.500.000",
      amountRupiah: 2_500_000,
    });

    // unranked sector winners, two in one sector: normal, never "sources disagree"
    const trade = papuaBaratDaya.claims.filter((c) => c.category.key === "trade-services");
    expect(trade.map((c) => [c.rank, c.organization?.id]).sort()).toEqual([
      [null, "uji-cv-contoh-jaya-abadi"],
      [null, "uji-pt-sinar-uji-sentosa"],
    ]);
    expect(new Set(trade.map((c) => c.category.label))).toEqual(new Set(["Badan Usaha"]));
    expect(disagreementsOf(papuaBaratDaya.claims).size).toBe(0);

    // a retrospective claim belongs to the national round of that year, date unknown
    const earlier = (await getEdition("uji-nasional-2020"))!;
    expect(earlier.ceremonyDate).toBeNull();
    expect(earlier.claims.map((c) => [c.rank, c.organization?.id, c.category.label])).toEqual([
      [2, "uji-provinsi-sumatera-barat", "Pemerintah Provinsi Terbaik"],
    ]);

    // every quote is verbatim in its stored source (the trigger checked it; the test checks it again)
    const citations = await db.citation.findMany({
      where: { sourceId: { startsWith: "uji-" } },
      select: { quote: true, start: true, end: true, source: { select: { text: true } } },
    });
    for (const c of citations) expect(Array.from(c.source.text).slice(c.start, c.end).join("")).toBe(c.quote);

    // the import is in the public history, with its reason, made from the command line (no account)
    expect(
      await db.change.findFirst({
        where: { entityType: "claim", entityId: "uji-nasional-2020-province-government-2" },
        select: { action: true, reason: true, userId: true },
      }),
    ).toEqual({ action: "import", reason: author.reason, userId: null });
  });

  it("the API gives an unranked winner a null rank, the category in the round's words with its group, and the prize", async () => {
    const claim = (await getEdition("uji-papua-barat-2023-11-20"))!.claims.find((c) => c.prize?.amountRupiah === 1_500_000)!;
    expect(toApiClaim(claim)).toMatchObject({
      rank: 2,
      prize: { text: "uang pembinaan Rp 1.500.000", amountRupiah: 1_500_000 },
      category: {
        key: "regency-city-government",
        label: "Pemerintah Kabupaten/Kota",
        qualifier: null,
        group: { key: "regency-city-government", name: { id: "Pemerintah Kabupaten/Kota" } },
      },
      edition: { ceremonyDate: "2023-11-20" },
    });
    const unranked = (await getEdition("uji-papua-barat-daya-2023-11-20"))!.claims.find((c) => c.category.qualifier === "sektor keuangan")!;
    expect(toApiClaim(unranked)).toMatchObject({
      rank: null,
      prize: null,
      category: { key: "financial-services", label: "Badan Usaha", qualifier: "sektor keuangan" },
    });
    const groups = await listCategoryGroups();
    expect(groups.find((g) => g.key === "special-award")?.categories.map((c) => [c.label, c.qualifier, c.edition.id])).toEqual([
      ["Provinsi Terbaik Inovasi", "Zona Sumatera", "uji-nasional-2021"],
    ]);
  });

  it("a file naming an organisation merged since it was written puts its placing and spelling on the one it was merged into", async () => {
    const text = "[FIXTURE UJI — artikel rekaan]\nJuara I Paritrana Award Uji 2031 diraih Kopdit Uji Lama.";
    await db.organization.create({ data: { id: "uji-gabung-tujuan", name: "Koperasi Uji Baru", kind: "cooperative", regionCode: null } });
    await db.organization.create({
      data: { id: "uji-gabung-lama", name: "Kopdit Uji Lama", kind: "cooperative", regionCode: null, mergedIntoId: "uji-gabung-tujuan" },
    });
    const file = {
      format: "paritrana-transcription/1",
      sources: [
        {
          id: "uji-gabung-sumber",
          publisher: "Warta Uji",
          title: null,
          author: null,
          publishedAt: null,
          eventDate: null,
          dateNote: null,
          url: null,
          language: "id",
          text,
        },
      ],
      organizations: [
        {
          id: "uji-gabung-lama",
          name: "Kopdit Uji Lama",
          kind: "cooperative",
          regionCode: null,
          aliases: [{ spelling: "Kopdit Uji Lama", source: "uji-gabung-sumber", match: "certain" }],
        },
      ],
      editions: [
        {
          id: "uji-gabung-nasional-2031",
          level: "national",
          provinceCode: null,
          yearLabel: "2031",
          assessmentPeriod: null,
          ceremonyDate: null,
          sharedCeremony: null,
        },
      ],
      editionFacts: [],
      placings: [
        {
          id: "uji-gabung-placing",
          edition: "uji-gabung-nasional-2031",
          category: { label: "Koperasi", group: "financial-services" },
          rank: 1,
          organization: "uji-gabung-lama",
          citations: [{ source: "uji-gabung-sumber", quote: "Juara I Paritrana Award Uji 2031 diraih Kopdit Uji Lama." }],
        },
      ],
    };
    const result = await importTranscription(db, file, { author });
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(await db.claim.findUnique({ where: { id: "uji-gabung-placing" }, select: { organizationId: true } })).toEqual({
      organizationId: "uji-gabung-tujuan",
    });
    expect(
      await db.organizationAlias.findMany({ where: { sourceId: "uji-gabung-sumber" }, select: { organizationId: true, spelling: true } }),
    ).toEqual([{ organizationId: "uji-gabung-tujuan", spelling: "Kopdit Uji Lama" }]);
    await db.claim.deleteMany({ where: { id: "uji-gabung-placing" } });
  });

  it("an undated edition stored under another id with the same year label is a question for the file, never a silent merge", async () => {
    const text = "[FIXTURE UJI — artikel rekaan]\nJuara I Paritrana Award Uji 2032 diraih Kopdit Uji Label.";
    const file = (editionId: string) => ({
      format: "paritrana-transcription/1",
      sources: [
        {
          id: `uji-label-sumber-${editionId}`,
          publisher: "Warta Uji",
          title: null,
          author: null,
          publishedAt: null,
          eventDate: null,
          dateNote: null,
          url: null,
          language: "id",
          text,
        },
      ],
      organizations: [{ id: "uji-label-kopdit", name: "Kopdit Uji Label", kind: "cooperative", regionCode: null, aliases: [] }],
      editions: [
        {
          id: editionId,
          level: "national",
          provinceCode: null,
          yearLabel: "2032",
          assessmentPeriod: null,
          ceremonyDate: null,
          sharedCeremony: null,
        },
      ],
      editionFacts: [],
      placings: [
        {
          id: `${editionId}-placing`,
          edition: editionId,
          category: { label: "Koperasi", group: "financial-services" },
          rank: 1,
          organization: "uji-label-kopdit",
          citations: [{ source: `uji-label-sumber-${editionId}`, quote: "Juara I Paritrana Award Uji 2032 diraih Kopdit Uji Label." }],
        },
      ],
    });
    expect(await importTranscription(db, file("uji-label-a"), { author })).toMatchObject({ ok: true });
    const second = await importTranscription(db, file("uji-label-b"), { author });
    expect(second.ok ? [] : second.problems).toEqual([expect.stringContaining('stored as "uji-label-a"')]);
    expect(await db.edition.findUnique({ where: { id: "uji-label-b" } })).toBeNull();
    // the same file under the stored id is the same ceremony
    expect(await importTranscription(db, file("uji-label-a"), { author })).toMatchObject({
      ok: true,
      created: { editions: 0, placings: 0 },
    });
  });

  it("a second import changes nothing", async () => {
    const before = await counts();
    const result = await importTranscription(db, fixture(), { author });
    expect(result).toMatchObject({
      ok: true,
      created: { sources: 0, organizations: 0, aliases: 0, editions: 0, categories: 0, placings: 0, facts: 0, citations: 0 },
    });
    expect(await counts()).toEqual(before);
  });

  it("reuses a stored source with the same text instead of storing it twice", async () => {
    const copy = fixture();
    const renamed = "uji-salinan-sumber";
    const old = copy.sources[0]!.id;
    copy.sources[0]!.id = renamed;
    const json = JSON.stringify(copy).replaceAll(`"source":"${old}"`, `"source":"${renamed}"`);
    const before = await counts();
    expect(await importTranscription(db, JSON.parse(json), { author })).toMatchObject({ ok: true, created: { sources: 0, citations: 0 } });
    expect(await counts()).toEqual(before);
  });

  it("the seed's own file re-imported gives exactly the 33 placings of the five articles, unchanged", async () => {
    const before = await counts();
    expect(await importTranscription(db, readSeedTranscription())).toMatchObject({
      ok: true,
      created: { placings: 0, citations: 0, categories: 0 },
    });
    expect(await counts()).toEqual(before);
    expect(await db.claim.count({ where: { editionId: { startsWith: "nusa-tenggara-timur-" } } })).toBe(33);
  });
});
