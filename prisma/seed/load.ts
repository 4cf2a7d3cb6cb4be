// Loads the official regions (idn-area-data) and the seed transcription (ntt-2024-2025.json, the five NTT
// articles) into the database, through the same importer as `npm run import`. Idempotent: every row is created
// if missing and never overwritten, so a second run changes nothing and corrections made later in the admin
// are kept. A quote not found verbatim (or ambiguous) refuses the whole file before anything is written.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getDistricts, getProvinces, getRegencies, getVillages } from "idn-area-data";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { importTranscription } from "../../lib/import/import-transcription";
import { slugify } from "../../lib/slug";

export const SEED_TRANSCRIPTION = path.join(path.dirname(fileURLToPath(import.meta.url)), "ntt-2024-2025.json");

export function readSeedTranscription(): unknown {
  return JSON.parse(fs.readFileSync(SEED_TRANSCRIPTION, "utf8"));
}

/** Loads provinces, regencies/cities, districts and villages with their official codes. */
export async function seedRegions(db: Pick<PrismaClient, "$executeRaw" | "region">) {
  const [provinces, regencies, districts, villages] = await Promise.all([
    getProvinces(),
    getRegencies({ transform: true }),
    getDistricts({ transform: true }),
    getVillages({ transform: true }),
  ]);
  const expected = provinces.length + regencies.length + districts.length + villages.length;
  if ((await db.region.count()) >= expected) return { regions: expected, inserted: 0 };

  const levels = [
    {
      level: "province",
      rows: provinces.map((p) => ({ code: p.code, name: p.name, parent: null as string | null, slug: slugify(p.name) as string | null })),
    },
    { level: "regency", rows: regencies.map((r) => ({ code: r.code, name: r.name, parent: r.provinceCode, slug: slugify(r.name) })) },
    { level: "district", rows: districts.map((d) => ({ code: d.code, name: d.name, parent: d.regencyCode, slug: null })) },
    { level: "village", rows: villages.map((v) => ({ code: v.code, name: v.name, parent: v.districtCode, slug: null })) },
  ];
  let inserted = 0;
  for (const { level, rows } of levels) {
    // One statement per level (parents before children): unnest() carries tens of thousands of rows at once.
    inserted += await db.$executeRaw`
      INSERT INTO "Region" ("code", "name", "level", "parentCode", "slug")
      SELECT code, name, ${level}::"RegionLevel", parent, slug
      FROM unnest(${rows.map((r) => r.code)}::text[], ${rows.map((r) => r.name)}::text[],
                  ${rows.map((r) => r.parent)}::text[], ${rows.map((r) => r.slug)}::text[]) AS t(code, name, parent, slug)
      ON CONFLICT ("code") DO NOTHING`;
  }
  return { regions: expected, inserted };
}

/** Seeds everything; returns counts of what exists afterwards. */
export async function seed(db: PrismaClient) {
  const regions = await seedRegions(db);
  const result = await importTranscription(db, readSeedTranscription());
  if (!result.ok) throw new Error(`the seed transcription is refused:\n${result.problems.join("\n")}`);
  const [editionCount, claimCount, citationCount, organizationCount, aliasCount, factCount, categoryCount] = await Promise.all([
    db.edition.count(),
    db.claim.count(),
    db.citation.count(),
    db.organization.count(),
    db.organizationAlias.count(),
    db.editionFact.count(),
    db.editionCategory.count(),
  ]);
  return {
    regions: regions.regions,
    editions: editionCount,
    claims: claimCount,
    citations: citationCount,
    organizations: organizationCount,
    aliases: aliasCount,
    facts: factCount,
    categories: categoryCount,
  };
}
