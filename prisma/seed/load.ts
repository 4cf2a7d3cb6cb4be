// Loads the seed data (awards.ts) and the official regions (idn-area-data) into the database.
// Idempotent: every row is created if missing and never overwritten, so a second run changes nothing and
// corrections made later through the admin are kept. Refuses to write anything if a quote is not found
// verbatim (or is ambiguous) in its article.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getDistricts, getProvinces, getRegencies, getVillages } from "idn-area-data";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { CATEGORIES } from "../../lib/awards/categories";
import { locateQuote, type Span } from "../../lib/awards/quote";
import { slugify } from "../../lib/slug";
import { claims, editionFacts, editions, organizations, sources } from "./awards";
import type { QuoteSeed } from "./types";

const ARTICLES = path.join(path.dirname(fileURLToPath(import.meta.url)), "articles");

export const PROGRAM = {
  id: "paritrana-award",
  name: "Paritrana Award",
  fullNameId: "Penghargaan Jaminan Sosial Ketenagakerjaan",
};

type Tx = Pick<PrismaClient, "citation" | "organizationAlias" | "claim" | "editionFact" | "organization" | "edition" | "source" | "category" | "program" | "$executeRaw" | "$queryRaw">;

export function readArticle(file: string): string {
  return fs.readFileSync(path.join(ARTICLES, file), "utf8");
}

/** Every source's stored text, by source id. */
export function articleTexts(): Map<string, string> {
  return new Map(sources.map((s) => [s.id, readArticle(s.file)]));
}

type LocatedQuote = QuoteSeed & Span;

/** Finds every quote of the seed data in its article; throws, naming the row, on the first that fails. */
export function locateAll(texts = articleTexts()) {
  const locate = (owner: string, q: QuoteSeed): LocatedQuote => {
    const text = texts.get(q.source);
    if (text === undefined) throw new Error(`${owner}: unknown source ${q.source}`);
    try {
      const span = locateQuote(text, q.quote, { occurrence: q.occurrence });
      for (const [field, words] of [["recipientName", q.recipientName], ["categoryWording", q.categoryWording]] as const) {
        if (words !== undefined && !q.quote.includes(words)) throw new Error(`${field} ${JSON.stringify(words)} is not in the quote`);
      }
      return { ...q, ...span };
    } catch (e) {
      throw new Error(`${owner} (${q.source}): ${(e as Error).message}`);
    }
  };
  const aliasSpans = organizations.map((o) => ({
    organization: o,
    aliases: o.aliases.map((a) => {
      const text = texts.get(a.source);
      if (text === undefined) throw new Error(`alias ${a.spelling}: unknown source ${a.source}`);
      try {
        return { ...a, ...locateQuote(text, a.spelling, a.within === undefined ? {} : { within: a.within }) };
      } catch (e) {
        throw new Error(`organization ${o.id}, alias ${JSON.stringify(a.spelling)} (${a.source}): ${(e as Error).message}`);
      }
    }),
  }));
  return {
    organizations: aliasSpans,
    claims: claims.map((c) => ({ ...c, citations: c.citations.map((q) => locate(`claim ${c.id}`, q)) })),
    facts: editionFacts.map((f) => ({ ...f, citations: f.citations.map((q) => locate(`fact ${f.id}`, q)) })),
  };
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

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
    { level: "province", rows: provinces.map((p) => ({ code: p.code, name: p.name, parent: null as string | null, slug: slugify(p.name) as string | null })) },
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

async function ensureCitation(tx: Tx, owner: { claimId: string } | { editionFactId: string }, q: LocatedQuote) {
  const existing = await tx.citation.findFirst({ where: { ...owner, sourceId: q.source, start: q.start, end: q.end }, select: { id: true } });
  if (existing) return 0;
  await tx.citation.create({
    data: {
      ...owner,
      sourceId: q.source,
      quote: q.quote,
      start: q.start,
      end: q.end,
      recipientName: q.recipientName ?? null,
      categoryWording: q.categoryWording ?? null,
      note: q.note ?? null,
    },
  });
  return 1;
}

/** Seeds everything; returns counts of what exists afterwards. */
export async function seed(db: PrismaClient) {
  const texts = articleTexts();
  const located = locateAll(texts); // before any write: a bad quote leaves the database untouched
  const regions = await seedRegions(db);

  await db.$transaction(
    async (tx) => {
      await tx.program.upsert({ where: { id: PROGRAM.id }, create: PROGRAM, update: {} });
      for (const [i, c] of CATEGORIES.entries()) {
        await tx.category.upsert({ where: { key: c.key }, create: { key: c.key, nameId: c.nameId, nameEn: c.nameEn, sortOrder: i }, update: {} });
      }
      for (const s of sources) {
        const { file, publishedAt, eventDate, ...rest } = s;
        await tx.source.upsert({
          where: { id: s.id },
          create: { ...rest, text: texts.get(s.id)!, language: "id", publishedAt: publishedAt ? day(publishedAt) : null, eventDate: eventDate ? day(eventDate) : null },
          update: {},
        });
        void file;
      }
      for (const e of editions) {
        const { ceremonyDate, ...rest } = e;
        await tx.edition.upsert({ where: { id: e.id }, create: { ...rest, programId: PROGRAM.id, ceremonyDate: day(ceremonyDate) }, update: {} });
      }
      for (const { organization: o, aliases } of located.organizations) {
        await tx.organization.upsert({
          where: { id: o.id },
          create: { id: o.id, name: o.name, kind: o.kind, kindNote: o.kindNote ?? null, regionCode: o.regionCode, regionNote: o.regionNote ?? null, note: o.note ?? null },
          update: {},
        });
        for (const a of aliases) {
          await tx.organizationAlias.upsert({
            where: { sourceId_start_end: { sourceId: a.source, start: a.start, end: a.end } },
            create: { organizationId: o.id, spelling: a.spelling, match: a.match, note: a.note ?? null, sourceId: a.source, start: a.start, end: a.end },
            update: {},
          });
        }
      }
      for (const c of located.claims) {
        await tx.claim.upsert({
          where: { id: c.id },
          create: {
            id: c.id, editionId: c.edition, categoryKey: c.category, rank: c.rank, organizationId: c.organization,
            inferences: c.inferences ?? [], inferenceNote: c.inferenceNote ?? null,
          },
          update: {},
        });
        for (const q of c.citations) await ensureCitation(tx, { claimId: c.id }, q);
      }
      for (const [i, f] of located.facts.entries()) {
        await tx.editionFact.upsert({
          where: { id: f.id },
          create: { id: f.id, editionId: f.edition, kind: f.kind, value: f.value, inferenceNote: f.inferenceNote ?? null, sortOrder: i },
          update: {},
        });
        for (const q of f.citations) await ensureCitation(tx, { editionFactId: f.id }, q);
      }
    },
    { timeout: 60_000 },
  );

  const [editionCount, claimCount, citationCount, organizationCount, aliasCount, factCount] = await Promise.all([
    db.edition.count(), db.claim.count(), db.citation.count(), db.organization.count(), db.organizationAlias.count(), db.editionFact.count(),
  ]);
  return { regions: regions.regions, editions: editionCount, claims: claimCount, citations: citationCount, organizations: organizationCount, aliases: aliasCount, facts: factCount };
}
