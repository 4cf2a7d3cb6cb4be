import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "../cache-tags";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";

// Search in PostgreSQL (pg_trgm + unaccent): tolerant of case, accents, missing or extra spaces and typos.
// A name matches when the query is close to some word run in it (word_similarity), or when both, with spaces
// removed, are close (similarity): "crisoris" finds "Crisorus", "swasti sari" finds "Swastisari".
// Candidates come from trigram indexes on search_norm(name) and search_squash(name) (migrations
// 20261202000000_search_indexes, 20261202010000_search_nearest), so a search reads a bounded number of rows
// however large the record grows.

/** How close a match must be (0..1). Low enough for one or two typos in a short word, high enough to stay quiet. */
export const MATCH_THRESHOLD = 0.5;

export type OrganizationHit = { id: string; name: string; kind: string; matched: string; score: number; regionName: string | null };
export type RegionHit = {
  code: string;
  name: string;
  level: "province" | "regency";
  score: number;
  provinceSlug: string | null;
  organizations: { id: string; name: string }[];
};
export type SourceHit = { id: string; publisher: string; title: string | null; matched: string; score: number };
export type SearchResults = {
  organizations: OrganizationHit[];
  regions: RegionHit[];
  sources: SourceHit[];
  categories: CategoryGroupHit[];
};
/** Categories found, gathered by group: the search page lists a group once, with the wordings that matched. */
export type CategoryGroupHit = { key: string; nameId: string; nameEn: string; score: number; wordings: string[] };

/** Lower-cased, accents and extra spaces removed: what the database compares (it does the same with unaccent). */
export function normalizeQuery(q: string): string {
  return q.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * Whether a name is a candidate: the index operators `<%` (word similarity) and `%` (similarity), whose thresholds
 * runIndexed sets just under MATCH_THRESHOLD, so every name scoring at least MATCH_THRESHOLD is among them.
 * `squashedName` is the indexed expression of the name without spaces.
 */
function isCandidate(query: string, name: Prisma.Sql, squashedName: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${query} <% search_norm(${name}) OR ${squashedName} % ${query.replaceAll(" ", "")})`;
}

/** How close the query is to a name, 0..1: the better of word similarity and the similarity without spaces. */
function closeness(query: string, name: Prisma.Sql, squashedName: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`GREATEST(
    word_similarity(${query}, search_norm(${name})),
    similarity(${query.replaceAll(" ", "")}, ${squashedName})
  )::float8`;
}

/** Runs a search query with the trigram operators' thresholds set for its transaction only. */
async function runIndexed<T>(query: Prisma.Sql): Promise<T[]> {
  const threshold = String(MATCH_THRESHOLD - 0.001);
  const [, rows] = await db.$transaction([
    db.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${threshold}, true), set_config('pg_trgm.similarity_threshold', ${threshold}, true)`,
    db.$queryRaw<T[]>(query),
  ]);
  return rows;
}

export async function searchOrganizations(q: string, limit = 20): Promise<OrganizationHit[]> {
  "use cache";
  cacheTag(tags.organizations, tags.claims);
  cacheLife("record");
  const query = normalizeQuery(q);
  // Every spelling a source used counts, not just the display name; the best-matching spelling is reported.
  // Candidates: the `nearest` spellings and names (three per organisation asked for) nearest the query by each
  // measure (GiST k-nearest-neighbour), so a broad query costs what a narrow one does. The top `limit`
  // organisations are exact as long as a few organisations' many spellings do not crowd out the others.
  const nearest = limit * 3;
  const squashedQuery = query.replaceAll(" ", "");
  const name = Prisma.sql`o."name"`;
  const spelling = Prisma.sql`a."spelling"`;
  return db.$queryRaw<OrganizationHit[]>`
    WITH candidates AS (
      (SELECT a."organizationId" AS id FROM "OrganizationAlias" a ORDER BY ${query} <<-> search_norm(a."spelling") LIMIT ${nearest})
      UNION (SELECT a."organizationId" FROM "OrganizationAlias" a ORDER BY search_squash(a."spelling") <-> ${squashedQuery} LIMIT ${nearest})
      UNION (SELECT o."id" FROM "Organization" o WHERE o."mergedIntoId" IS NULL ORDER BY ${query} <<-> search_norm(o."name") LIMIT ${nearest})
      UNION (SELECT o."id" FROM "Organization" o WHERE o."mergedIntoId" IS NULL ORDER BY search_squash(o."name") <-> ${squashedQuery} LIMIT ${nearest})
    ), names AS (
      SELECT o."id", o."name", o."kind"::text AS kind, o."regionCode", o."name" AS spelling,
             ${closeness(query, name, Prisma.sql`search_squash(${name})`)} AS score
      FROM candidates c JOIN "Organization" o ON o."id" = c.id
      WHERE o."mergedIntoId" IS NULL
      UNION ALL
      SELECT o."id", o."name", o."kind"::text, o."regionCode", a."spelling",
             ${closeness(query, spelling, Prisma.sql`search_squash(${spelling})`)}
      FROM candidates c JOIN "OrganizationAlias" a ON a."organizationId" = c.id JOIN "Organization" o ON o."id" = a."organizationId"
    )
    SELECT DISTINCT ON (s."id") s."id", s."name", s.kind, s.spelling AS matched, s.score, r."name" AS "regionName"
    FROM names s LEFT JOIN "Region" r ON r."code" = s."regionCode"
    WHERE s.score >= ${MATCH_THRESHOLD}
    ORDER BY s."id", s.score DESC`.then((rows) => rows.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, limit));
}

export async function searchRegions(q: string, limit = 10): Promise<RegionHit[]> {
  "use cache";
  cacheTag(tags.regions, tags.organizations);
  cacheLife("record");
  const query = normalizeQuery(q);
  // Provinces and regencies/cities. "Kabupaten"/"Kota" are matched too, but a query need not include them.
  const regionName = Prisma.sql`r."name"`;
  const squashed = Prisma.sql`search_region_squash(r."name")`;
  const rows = await runIndexed<Omit<RegionHit, "organizations">>(Prisma.sql`
    SELECT r."code", r."name", r."level"::text AS level, ${closeness(query, regionName, squashed)} AS score,
      p."slug" AS "provinceSlug"
    FROM "Region" r
    LEFT JOIN "Region" p ON p."code" = CASE WHEN r."level" = 'province' THEN r."code" ELSE r."parentCode" END
    WHERE r."level" IN ('province', 'regency')
      AND ${isCandidate(query, regionName, squashed)}
      AND ${closeness(query, regionName, squashed)} >= ${MATCH_THRESHOLD}
    ORDER BY score DESC, r."name"
    LIMIT ${limit}`);
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
  const publisher = Prisma.sql`s."publisher"`;
  const title = Prisma.sql`s."title"`;
  return runIndexed<SourceHit>(Prisma.sql`
    WITH scored AS (
      SELECT s."id", s."publisher", s."title", s."publisher" AS matched,
             ${closeness(query, publisher, Prisma.sql`search_squash(${publisher})`)} AS score
      FROM "Source" s WHERE ${isCandidate(query, publisher, Prisma.sql`search_squash(${publisher})`)}
      UNION ALL
      SELECT s."id", s."publisher", s."title", s."title",
             ${closeness(query, title, Prisma.sql`search_squash(${title})`)}
      FROM "Source" s WHERE ${isCandidate(query, title, Prisma.sql`search_squash(${title})`)}
    )
    SELECT DISTINCT ON ("id") "id", "publisher", "title", matched, score FROM scored
    WHERE score >= ${MATCH_THRESHOLD}
    ORDER BY "id", score DESC`).then((rows) => rows.sort((a, b) => b.score - a.score).slice(0, limit));
}

/** Everything a search finds. Not cached itself: each part is, and the search page and the API that call it are
 * cached per query (a fifth entry per query would only take room, in Redis too when it is shared). */
export async function search(q: string): Promise<SearchResults> {
  const [organizations, regions, sources, categoryHits] = await Promise.all([
    searchOrganizations(q),
    searchRegions(q),
    searchSources(q),
    searchCategories(q),
  ]);
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

export type CategoryHit = {
  id: string;
  label: string;
  qualifier: string | null;
  editionId: string;
  groupKey: string;
  groupNameId: string;
  groupNameEn: string;
  matched: string;
  score: number;
};

/**
 * Categories as any round words them (label, with its zone or sector), or by their group's Indonesian or English
 * name: "pemerintah provinsi" finds every round's "Pemerintah Provinsi Terbaik".
 */
export async function searchCategories(q: string, limit = 50): Promise<CategoryHit[]> {
  "use cache";
  cacheTag(tags.categories, tags.claims);
  cacheLife("record");
  const query = normalizeQuery(q);
  // A category matches by its own wording (indexed) or through its group's names (a few dozen rows, scanned).
  const wording = Prisma.sql`trim(c."label" || ' ' || c."qualifier")`;
  const groupName = Prisma.sql`n.name`;
  return runIndexed<CategoryHit>(Prisma.sql`
    WITH group_names AS (
      SELECT g."key", n.name, ${closeness(query, groupName, Prisma.sql`search_squash(${groupName})`)} AS score
      FROM "CategoryGroup" g CROSS JOIN LATERAL (VALUES (g."nameId"), (g."nameEn")) AS n(name)
    ), matching_groups AS (
      SELECT "key", max(score) AS score, (array_agg(name ORDER BY score DESC))[1] AS matched
      FROM group_names GROUP BY "key" HAVING max(score) >= ${MATCH_THRESHOLD}
    ), scored AS (
      SELECT c."id", ${wording} AS matched, ${closeness(query, wording, Prisma.sql`search_squash(${wording})`)} AS score
      FROM "EditionCategory" c WHERE ${isCandidate(query, wording, Prisma.sql`search_squash(${wording})`)}
      UNION ALL
      SELECT c."id", m.matched, m.score FROM matching_groups m JOIN "EditionCategory" c ON c."groupKey" = m."key"
    )
    SELECT DISTINCT ON (c."id") c."id", c."label", NULLIF(c."qualifier", '') AS qualifier, c."editionId", g."key" AS "groupKey", g."nameId" AS "groupNameId", g."nameEn" AS "groupNameEn", s.matched, s.score
    FROM scored s JOIN "EditionCategory" c ON c."id" = s."id" JOIN "CategoryGroup" g ON g."key" = c."groupKey"
    WHERE s.score >= ${MATCH_THRESHOLD}
    ORDER BY c."id", s.score DESC`).then((rows) =>
    rows.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label)).slice(0, limit),
  );
}
