import { getProvinces, getRegencies } from "idn-area-data";
import { describe, expect, it } from "vitest";
import { INITIAL_CATEGORY_GROUPS } from "@/lib/awards/category-groups";
import { rupiahAmount } from "@/lib/awards/prize";
import { locateTranscription } from "@/lib/import/locate-transcription";
import { transcriptionFormat, type Transcription, type TranscriptionInput } from "@/lib/import/transcription-format";
import {
  buildSyntheticTranscription as buildUntyped,
  loadSyntheticRecord as loadUntyped,
  splitSyntheticTranscription as splitUntyped,
  SYNTHETIC_PUBLISHER,
  // @ts-expect-error plain JavaScript module used by scripts/bench.mjs
} from "../../scripts/lib/synthetic-record.mjs";

type EditionKey = { level: string; provinceCode: string | null; ceremonyDate: string | null };
const build = buildUntyped as (o: { scale: number; seed?: number; avoidEditions?: EditionKey[] }) => TranscriptionInput;
const split = splitUntyped as (t: TranscriptionInput, o?: { maxPlacings?: number }) => TranscriptionInput[];
const load = loadUntyped as (url: string, o: { scale: number; seed?: number }) => Promise<unknown>;
const PUBLISHER = SYNTHETIC_PUBLISHER as string;

const SEED = { sources: 5, editions: 2, placings: 33, citations: 66, organizations: 25 };

function parse(input: TranscriptionInput): Transcription {
  const parsed = transcriptionFormat.safeParse(input);
  if (!parsed.success)
    throw new Error(
      parsed.error.issues
        .slice(0, 10)
        .map((i) => `${i.path.join(".")}: ${i.message}`)
        .join("\n"),
    );
  return parsed.data;
}

function size(t: Transcription) {
  return {
    sources: t.sources.length,
    editions: t.editions.length,
    placings: t.placings.length,
    citations: t.placings.reduce((n, p) => n + p.citations.length, 0) + t.editionFacts.reduce((n, f) => n + f.citations.length, 0),
    organizations: t.organizations.length,
  };
}

const allCitations = (t: Transcription) => [...t.placings.flatMap((p) => p.citations), ...t.editionFacts.flatMap((f) => f.citations)];

async function regionCodes() {
  const [provinces, regencies] = await Promise.all([getProvinces(), getRegencies({ transform: true })]);
  return new Set([...provinces.map((p) => p.code), ...regencies.map((r) => r.code)]);
}

/** The importer's own checks (lib/import/locate-transcription.ts), against what a database would hold. */
function importProblems(t: Transcription, regions: Set<string>, stored: { organizationIds?: Set<string> } = {}) {
  const sourceTexts = new Map(t.sources.map((s) => [s.id, s.text]));
  return locateTranscription(t, {
    sourceTexts,
    sourceIds: new Map(t.sources.map((s) => [s.id, s.id])),
    organizationIds: stored.organizationIds ?? new Set(),
    editionIds: new Set(),
    groupKeys: new Set(INITIAL_CATEGORY_GROUPS.map((g) => g.key)),
    regionCodes: regions,
  }).problems;
}

describe("the synthetic record for the bench", () => {
  const t = parse(build({ scale: 3, seed: 1 }));

  it("is a valid transcription the importer accepts as it stands", async () => {
    expect(t.format).toBe("paritrana-transcription/1");
    expect(importProblems(t, await regionCodes())).toEqual([]);
  });

  it("quotes every citation verbatim from its source", () => {
    const texts = new Map(t.sources.map((s) => [s.id, s.text]));
    for (const c of allCitations(t)) {
      const text = texts.get(c.source);
      expect(text, c.source).toBeDefined();
      expect(text!.includes(c.quote), c.quote).toBe(true);
      for (const words of [c.recipientName, c.categoryWording, c.rankWording]) if (words !== undefined) expect(c.quote).toContain(words);
    }
    for (const o of t.organizations) for (const a of o.aliases) expect(texts.get(a.source)!.includes(a.spelling)).toBe(true);
    // every source is cited
    const cited = new Set(allCitations(t).map((c) => c.source));
    expect(t.sources.filter((s) => !cited.has(s.id))).toEqual([]);
  });

  it("is deterministic for a seed, and differs for another seed", () => {
    expect(build({ scale: 3, seed: 1 })).toEqual(build({ scale: 3, seed: 1 }));
    expect(build({ scale: 3, seed: 2 })).not.toEqual(build({ scale: 3, seed: 1 }));
  });

  it("is about `scale` times the seed, and grows linearly", () => {
    const sizes = new Map([3, 6, 10, 20].map((scale) => [scale, scale === 3 ? size(t) : size(parse(build({ scale, seed: 1 })))]));
    for (const [small, large, ratio, factor] of [
      [3, 6, [1.5, 2.6], [0.6, 1.7]],
      [10, 20, [1.6, 2.3], [0.75, 1.3]],
    ] as const) {
      const a = sizes.get(small)!;
      const b = sizes.get(large)!;
      for (const key of Object.keys(SEED) as (keyof typeof SEED)[]) {
        expect(a[key] / (small * SEED[key]), `${key} ×${small}`).toBeGreaterThan(factor[0]);
        expect(a[key] / (small * SEED[key]), `${key} ×${small}`).toBeLessThan(factor[1]);
        expect(b[key] / a[key], `${key} ×${large} / ×${small}`).toBeGreaterThan(ratio[0]);
        expect(b[key] / a[key], `${key} ×${large} / ×${small}`).toBeLessThan(ratio[1]);
      }
    }
    // rounds and sources exactly as the seed has them: two rounds, five sources per unit of scale
    for (const [scale, s] of sizes) expect([s.editions, s.sources]).toEqual([2 * scale, 5 * scale]);
  });

  it("is unmistakably synthetic and invents no address", () => {
    for (const s of t.sources) {
      expect(s.publisher).toBe(PUBLISHER);
      expect(s.publisher).toBe("SINTETIS (data uji bench)");
      expect(s.id.startsWith("sintetis-")).toBe(true);
      expect(s.url).toBeNull();
      expect(s.text.startsWith("[DATA SINTETIS, BUKAN BERITA NYATA]")).toBe(true);
      expect(s.text).toContain("rekaan");
    }
    for (const o of t.organizations) {
      expect(o.id.startsWith("sintetis-")).toBe(true);
      expect(o.name).toMatch(/ Sintetis [A-Z][a-z]+ \d{4,}$/);
    }
    for (const e of t.editions) expect(e.id.startsWith("sintetis-")).toBe(true);
    for (const p of t.placings) expect(p.id?.startsWith("sintetis-")).toBe(true);
    for (const f of t.editionFacts) expect(f.id?.startsWith("sintetis-")).toBe(true);
    expect(JSON.stringify(t)).not.toMatch(/https?:\/\//);
  });

  it("spreads over real provinces, years, levels, categories, ranks and prizes as the format allows", async () => {
    const big = parse(build({ scale: 20, seed: 1 }));
    const codes = await regionCodes();
    for (const e of big.editions) {
      if (e.provinceCode !== null) expect(codes.has(e.provinceCode)).toBe(true);
      expect(Number(e.yearLabel)).toBeGreaterThanOrEqual(2017);
      expect(Number(e.yearLabel)).toBeLessThanOrEqual(2025);
    }
    for (const o of big.organizations) expect(o.regionCode === null || codes.has(o.regionCode)).toBe(true);
    expect(new Set(big.editions.map((e) => e.yearLabel)).size).toBe(9);
    expect(new Set(big.editions.map((e) => e.provinceCode)).size).toBeGreaterThan(20);
    expect(new Set(big.editions.map((e) => e.level))).toEqual(new Set(["national", "province"]));
    expect(big.editions.some((e) => e.ceremonyDate === null)).toBe(true);
    const shared = new Map<string, typeof big.editions>();
    for (const e of big.editions) if (e.sharedCeremony) shared.set(e.sharedCeremony, [...(shared.get(e.sharedCeremony) ?? []), e]);
    expect(shared.size).toBeGreaterThan(0);
    for (const together of shared.values()) {
      expect(together.length).toBe(2);
      expect(new Set(together.map((e) => e.ceremonyDate)).size).toBe(1);
      expect(new Set(together.map((e) => e.provinceCode)).size).toBe(2);
    }
    expect(new Set(big.placings.map((p) => p.rank))).toEqual(new Set([1, 2, 3, null]));
    expect(big.placings.some((p) => p.organization === null)).toBe(true);
    expect(big.placings.some((p) => p.category.qualifier)).toBe(true);
    expect(big.placings.some((p) => p.inferences.length > 0)).toBe(true);
    expect(new Set(big.placings.map((p) => p.category.group)).size).toBeGreaterThan(10);
    const prized = big.placings.filter((p) => p.prize);
    expect(prized.length).toBeGreaterThan(0);
    for (const p of prized) {
      expect(p.citations.some((c) => c.quote.includes(p.prize!.text))).toBe(true);
      if (p.prize!.amountRupiah !== undefined) expect(rupiahAmount(p.prize!.text)).toBe(p.prize!.amountRupiah);
    }
    expect(big.organizations.some((o) => o.aliases.some((a) => a.match === "probable"))).toBe(true);
    // a past winner comes back: some organisations win in more than one edition
    const editionsOf = new Map<string, Set<string>>();
    for (const p of big.placings)
      if (p.organization) editionsOf.set(p.organization, (editionsOf.get(p.organization) ?? new Set()).add(p.edition));
    expect([...editionsOf.values()].some((s) => s.size > 1)).toBe(true);
    expect(importProblems(big, codes)).toEqual([]);
  });

  it("never takes the ceremony of the seed's editions, nor of one already stored", () => {
    const key = (e: EditionKey) => `${e.level}|${e.provinceCode}|${e.ceremonyDate}`;
    const seedKeys = ["province|53|2024-07-25", "province|53|2025-07-21"];
    const big = parse(build({ scale: 50, seed: 1 }));
    expect(big.editions.map(key).filter((k) => seedKeys.includes(k))).toEqual([]);
    const stored = big.editions.filter((e) => e.ceremonyDate).slice(0, 5);
    const other = parse(build({ scale: 50, seed: 1, avoidEditions: stored }));
    expect(other.editions.map(key).filter((k) => stored.map(key).includes(k))).toEqual([]);
  });

  it("splits into self-contained files of whole editions, in year order", async () => {
    const big = build({ scale: 10, seed: 1 });
    const files = split(big, { maxPlacings: 80 });
    expect(files.length).toBeGreaterThan(2);
    const parsed = files.map(parse);
    const whole = parse(big);
    expect(parsed.flatMap((f) => f.placings)).toEqual(whole.placings);
    expect(parsed.flatMap((f) => f.editions)).toEqual(whole.editions);
    expect(
      parsed
        .flatMap((f) => f.sources)
        .map((s) => s.id)
        .sort(),
    ).toEqual(whole.sources.map((s) => s.id).sort());
    const years = parsed.flatMap((f) => f.editions.map((e) => e.yearLabel));
    expect(years).toEqual([...years].sort());
    const codes = await regionCodes();
    const stored = new Set<string>();
    for (const f of parsed) {
      expect(f.placings.length <= 80 || f.editions.length === 1).toBe(true);
      expect(importProblems(f, codes, { organizationIds: stored })).toEqual([]);
      for (const o of f.organizations) stored.add(o.id);
    }
    // every spelling of the whole record is in exactly one file
    const spellings = (t: Transcription) =>
      t.organizations.flatMap((o) => o.aliases.map((a) => `${o.id}|${a.source}|${a.spelling}`)).sort();
    expect(parsed.flatMap(spellings).sort()).toEqual(spellings(whole));
  });

  it("refuses a scale that is not a whole number of at least 1", async () => {
    for (const scale of [0, -1, 1.5, Number.NaN]) expect(() => build({ scale, seed: 1 }), String(scale)).toThrow(/scale/);
    await expect(load("postgresql://nobody@127.0.0.1:1/none", { scale: 0 })).rejects.toThrow(/scale/);
    await expect(load("postgresql://nobody@127.0.0.1:1/none", { scale: 2.5 })).rejects.toThrow(/scale/);
  });
});
