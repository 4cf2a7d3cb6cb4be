import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "../cache-tags";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";

// Search in PostgreSQL (pg_trgm + unaccent): tolerant of case, accents, missing or extra spaces and typos.
// A name matches when the query is close to some word run in it (word_similarity), or when both, with spaces
// removed, are close (similarity): "crisoris" finds "Crisorus", "swasti sari" finds "Swastisari".

/** How close a match must be (0..1). Low enough for one or two typos in a short word, high enough to stay quiet. */
export const MATCH_THRESHOLD = 0.5;

export type OrganizationHit = { id: string; name: string; kind: string; matched: string; score: number; regionName: string | null };
export type RegionHit = { code: string; name: string; level: "province" | "regency"; score: number; provinceSlug: string | null; organizations: { id: string; name: string }[] };
export type SourceHit = { id: string; publisher: string; title: string | null; matched: string; score: number };
export type SearchResults = { organizations: OrganizationHit[]; regions: RegionHit[]; sources: SourceHit[]; categories: CategoryGroupHit[] };
/** Categories found, gathered by group: the search page lists a group once, with the wordings that matched. */
export type CategoryGroupHit = { key: string; nameId: string; nameEn: string; score: number; wordings: string[] };

/** Lower-cased, accents and extra spaces removed: what the database compares (it does the same with unaccent). */
export function normalizeQuery(q: string): string {
  return q.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * How close the query is to a name, 0..1: the best of word similarity (the query against any run of words in
 * the name) and the similarity of both with spaces removed. `squashed` is the name to compare without spaces.
 */
function closeness(query: string, name: Prisma.Sql, squashed: Prisma.Sql = name): Prisma.Sql {
  return Prisma.sql`GREATEST(
    word_similarity(${query}, lower(unaccent(${name}))),
    similarity(replace(${query}, ' ', ''), replace(lower(unaccent(${squashed})), ' ', ''))
  )::float8`;
}

export async function searchOrganizations(q: string, limit = 20): Promise<OrganizationHit[]> {
  "use cache";
  cacheTag(tags.organizations, tags.claims);
  cacheLife("record");
  const query = normalizeQuery(q);
  // Every spelling a source used counts, not just the display name; the best-matching spelling is reported.
  return db.$queryRaw<OrganizationHit[]>`
    WITH names AS (
      SELECT o."id", o."name", o."kind"::text AS kind, o."regionCode", o."name" AS spelling FROM "Organization" o WHERE o."mergedIntoId" IS NULL
      UNION ALL
      SELECT o."id", o."name", o."kind"::text, o."regionCode", a."spelling" FROM "OrganizationAlias" a JOIN "Organization" o ON o."id" = a."organizationId"
    ), scored AS (
      SELECT n.*, ${closeness(query, Prisma.sql`n.spelling`)} AS score
      FROM names n
    )
    SELECT DISTINCT ON (s."id") s."id", s."name", s.kind, s.spelling AS matched, s.score, r."name" AS "regionName"
    FROM scored s LEFT JOIN "Region" r ON r."code" = s."regionCode"
    WHERE s.score >= ${MATCH_THRESHOLD}
    ORDER BY s."id", s.score DESC`.then((rows) => rows.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, limit));
}

export async function searchRegions(q: string, limit = 10): Promise<RegionHit[]> {
  "use cache";
  cacheTag(tags.regions, tags.organizations);
  cacheLife("record");
  const query = normalizeQuery(q);
  // Provinces and regencies/cities. "Kabupaten"/"Kota" are matched too, but a query need not include them.
  const regionScore = closeness(query, Prisma.sql`r."name"`, Prisma.sql`regexp_replace(r."name", '^(Kabupaten|Kota) ', '')`);
  const rows = await db.$queryRaw<Omit<RegionHit, "organizations">[]>`
    SELECT r."code", r."name", r."level"::text AS level, ${regionScore} AS score,
      p."slug" AS "provinceSlug"
    FROM "Region" r
    LEFT JOIN "Region" p ON p."code" = CASE WHEN r."level" = 'province' THEN r."code" ELSE r."parentCode" END
    WHERE r."level" IN ('province', 'regency')
      AND ${regionScore} >= ${MATCH_THRESHOLD}
    ORDER BY score DESC, r."name"
    LIMIT ${limit}`;
  if (rows.length === 0) return [];
  // Organisations located in each region (a region code is the prefix of its villages' and districts' codes).
  const organizations = await db.$queryRaw<{ code: string; id: string; name: string }[]>`
    SELECT r.code, o."id", o."name"
    FROM unnest(${rows.map((r) => r.code)}::text[]) AS r(code)
    JOIN "Organization" o ON o."regionCode" = r.code OR o."regionCode" LIKE r.code || '.%'
    WHERE o."mergedIntoId" IS NULL
    ORDER BY o."name"`;
  return rows.map((r) => ({ ...r, organizations: organizations.filter((o) => o.code === r.code).map(({ id, name }) => ({ id, name })) }));
}

export async function searchSources(q: string, limit = 10): Promise<SourceHit[]> {
  "use cache";
  cacheTag(tags.sources);
  cacheLife("record");
  const query = normalizeQuery(q);
  return db.$queryRaw<SourceHit[]>`
    WITH fields AS (
      SELECT s."id", s."publisher", s."title", s."publisher" AS matched FROM "Source" s
      UNION ALL
      SELECT s."id", s."publisher", s."title", s."title" FROM "Source" s WHERE s."title" IS NOT NULL
    ), scored AS (
      SELECT f.*, ${closeness(query, Prisma.sql`f.matched`)} AS score
      FROM fields f
    )
    SELECT DISTINCT ON ("id") "id", "publisher", "title", matched, score FROM scored
    WHERE score >= ${MATCH_THRESHOLD}
    ORDER BY "id", score DESC`.then((rows) => rows.sort((a, b) => b.score - a.score).slice(0, limit));
}

export async function search(q: string): Promise<SearchResults> {
  const [organizations, regions, sources, categoryHits] = await Promise.all([searchOrganizations(q), searchRegions(q), searchSources(q), searchCategories(q)]);
  const groups = new Map<string, CategoryGroupHit>();
  for (const c of categoryHits) {
    const g = groups.get(c.groupKey) ?? { key: c.groupKey, nameId: c.groupNameId, nameEn: c.groupNameEn, score: c.score, wordings: [] };
    const wording = c.qualifier ? `${c.label} (${c.qualifier})` : c.label;
    if (!g.wordings.includes(wording)) g.wordings.push(wording);
    g.score = Math.max(g.score, c.score);
    groups.set(c.groupKey, g);
  }
  return { organizations, regions, sources, categories: [...groups.values()].sort((a, b) => b.score - a.score).slice(0, 10) };
}

export type CategoryHit = { id: string; label: string; qualifier: string | null; editionId: string; groupKey: string; groupNameId: string; groupNameEn: string; matched: string; score: number };

/**
 * Categories as any round words them (label, with its zone or sector), or by their group's Indonesian or English
 * name: "pemerintah provinsi" finds every round's "Pemerintah Provinsi Terbaik".
 */
export async function searchCategories(q: string, limit = 50): Promise<CategoryHit[]> {
  "use cache";
  cacheTag(tags.categories, tags.claims);
  cacheLife("record");
  const query = normalizeQuery(q);
  return db.$queryRaw<CategoryHit[]>`
    WITH names AS (
      SELECT c."id", c."label", NULLIF(c."qualifier", '') AS qualifier, c."editionId", g."key" AS "groupKey", g."nameId" AS "groupNameId", g."nameEn" AS "groupNameEn",
             unnest(ARRAY[trim(c."label" || ' ' || c."qualifier"), g."nameId", g."nameEn"]) AS matched
      FROM "EditionCategory" c JOIN "CategoryGroup" g ON g."key" = c."groupKey"
    ), scored AS (
      SELECT n.*, ${closeness(query, Prisma.sql`n.matched`)} AS score FROM names n
    )
    SELECT DISTINCT ON ("id") "id", "label", qualifier, "editionId", "groupKey", "groupNameId", "groupNameEn", matched, score
    FROM scored WHERE score >= ${MATCH_THRESHOLD}
    ORDER BY "id", score DESC`.then((rows) => rows.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label)).slice(0, limit));
}
