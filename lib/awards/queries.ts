import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "../cache-tags";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { ClaimFilterInput } from "./claim-filters";
import {
  byCategoryThenRank,
  categorySelect,
  citationSelect,
  editionRecency,
  toCategoryView,
  claimSelect,
  editionRefSelect,
  toCitationView,
  toClaimView,
  toEditionRef,
  toSourceRef,
  sourceRefSelect,
  type ClaimView,
} from "./selects";

/** Newest ceremony first (editions without a known date by their year label), then the award's category order. */
const newestFirst = (a: ClaimView, b: ClaimView) =>
  editionRecency(b.edition).localeCompare(editionRecency(a.edition)) || byCategoryThenRank(a, b);

/** Every edition, newest ceremony first, with what the home page shows of it. */
export async function listEditions() {
  "use cache";
  cacheTag(tags.editions, tags.claims);
  cacheLife("record");
  const rows = await db.edition.findMany({
    orderBy: [{ ceremonyDate: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    select: {
      ...editionRefSelect,
      assessmentPeriod: true,
      sharedCeremony: true,
      facts: {
        where: { retractedAt: null },
        select: { kind: true, value: true, citations: { where: { withdrawnAt: null }, select: { sourceId: true } } },
        orderBy: { sortOrder: "asc" },
      },
      claims: { where: { retractedAt: null }, select: { citations: { where: { withdrawnAt: null }, select: { sourceId: true } } } },
      _count: { select: { claims: { where: { retractedAt: null } } } },
    },
  });
  const editions = rows.map(({ facts, claims, _count, ...e }) => ({
    ...toEditionRef(e),
    assessmentPeriod: e.assessmentPeriod,
    sharedCeremony: e.sharedCeremony,
    // every label a source gives it, and the edition's own where no source's label is recorded as a fact
    yearLabels: [...new Set([...facts.filter((f) => f.kind === "year_label").map((f) => f.value), e.yearLabel])],
    venue: facts.find((f) => f.kind === "venue")?.value ?? null,
    placingCount: _count.claims,
    sourceCount: new Set([...claims, ...facts].flatMap((c) => c.citations.map((x) => x.sourceId))).size,
  }));
  return editions.sort((a, b) => editionRecency(b).localeCompare(editionRecency(a)) || a.id.localeCompare(b.id));
}

export type EditionSummary = Awaited<ReturnType<typeof listEditions>>[number];

/** Provinces that have at least one edition, with counts; for the home page and the sitemap. */
export async function listProvincesWithData() {
  "use cache";
  cacheTag(tags.editions, tags.claims, tags.regions);
  cacheLife("record");
  const rows = await db.region.findMany({
    where: { level: "province", editions: { some: {} } },
    orderBy: { name: "asc" },
    select: {
      code: true,
      name: true,
      slug: true,
      editions: { select: { _count: { select: { claims: { where: { retractedAt: null } } } } } },
    },
  });
  return rows.map(({ editions, ...p }) => ({
    ...p,
    slug: p.slug ?? p.code,
    editionCount: editions.length,
    placingCount: editions.reduce((n, e) => n + e._count.claims, 0),
  }));
}

/** Edition ids, for prerendering every edition page at build time. */
export async function listEditionIds() {
  "use cache";
  cacheTag(tags.editions);
  cacheLife("record");
  return (await db.edition.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((e) => e.id);
}

/** One edition with its facts and every placing, each with its citations; null when there is no such edition. */
export async function getEdition(id: string) {
  "use cache";
  cacheTag(tags.edition(id), tags.claims);
  cacheLife("record");
  const edition = await db.edition.findUnique({
    where: { id },
    select: {
      ...editionRefSelect,
      assessmentPeriod: true,
      sharedCeremony: true,
      program: { select: { name: true, fullNameId: true } },
      categories: {
        select: { ...categorySelect, citations: { where: { withdrawnAt: null }, select: citationSelect, orderBy: { id: "asc" } } },
      },
      facts: {
        where: { retractedAt: null },
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          kind: true,
          value: true,
          inferenceNote: true,
          citations: { where: { withdrawnAt: null }, select: citationSelect, orderBy: { id: "asc" } },
        },
      },
      claims: { where: { retractedAt: null }, select: claimSelect },
    },
  });
  if (!edition) return null;
  const { facts, claims, program, assessmentPeriod, sharedCeremony, categories, ...ref } = edition;
  // The other rounds handed out at the same joint ceremony (e.g. two provinces together).
  const sharedWith = sharedCeremony
    ? (await db.edition.findMany({ where: { sharedCeremony, id: { not: id } }, select: editionRefSelect, orderBy: { id: "asc" } })).map(
        toEditionRef,
      )
    : [];
  return {
    ...toEditionRef(ref),
    assessmentPeriod,
    program,
    sharedWith,
    facts: facts.map((f) => ({ ...f, citations: f.citations.map(toCitationView) })),
    // the edition's own categories in its words, in the award's order, each with the citations of its wording
    categories: categories
      .map((c) => ({ ...toCategoryView(c), citations: c.citations.map(toCitationView) }))
      .sort((a, b) => a.groupOrder - b.groupOrder || a.sortOrder - b.sortOrder || a.label.localeCompare(b.label)),
    claims: claims.map(toClaimView).sort(byCategoryThenRank),
  };
}

export type EditionDetail = NonNullable<Awaited<ReturnType<typeof getEdition>>>;

/** The province with this Kemendagri code or slug, or null. */
export async function findProvince(codeOrSlug: string) {
  "use cache";
  cacheTag(tags.regions);
  cacheLife("record");
  return db.region.findFirst({
    where: { level: "province", OR: [{ code: codeOrSlug }, { slug: codeOrSlug }] },
    select: { code: true, name: true, slug: true },
  });
}

export async function editionExists(id: string) {
  "use cache";
  cacheTag(tags.editions);
  cacheLife("record");
  return (await db.edition.count({ where: { id } })) > 0;
}

export async function organizationExists(id: string) {
  "use cache";
  cacheTag(tags.organizations);
  cacheLife("record");
  return (await db.organization.count({ where: { id } })) > 0;
}

export type ClaimFilter = Omit<ClaimFilterInput, "province" | "q" | "page" | "perPage" | "format"> & {
  provinceCode?: string;
  organizationIds?: string[];
  categoryIds?: string[];
};

function claimWhere(f: ClaimFilter): Prisma.ClaimWhereInput {
  const edition: Prisma.EditionWhereInput = {};
  if (f.provinceCode) edition.provinceCode = f.provinceCode;
  if (f.level) edition.level = f.level;
  if (f.year) {
    // A year matches an edition's label as any source gives it, or the year of its ceremony.
    const y = Number(f.year);
    edition.OR = [
      { yearLabel: f.year },
      { facts: { some: { kind: "year_label", value: f.year, retractedAt: null } } },
      { ceremonyDate: { gte: new Date(Date.UTC(y, 0, 1)), lt: new Date(Date.UTC(y + 1, 0, 1)) } },
    ];
  }
  return {
    edition,
    retractedAt: null,
    ...(f.edition ? { editionId: f.edition } : {}),
    ...(f.category ? { category: { groupKey: f.category } } : {}),
    ...(f.organization ? { organizationId: f.organization } : {}),
    // a text search (q) resolved to the organisations and the categories (as any round words them) it matches
    ...(f.organizationIds || f.categoryIds
      ? { OR: [{ organizationId: { in: f.organizationIds ?? [] } }, { categoryId: { in: f.categoryIds ?? [] } }] }
      : {}),
  };
}

/** Placings matching the filter: newest ceremony first, then category order, then rank. */
export async function listClaims(filter: ClaimFilter) {
  "use cache";
  cacheTag(tags.claims);
  cacheLife("record");
  const rows = await db.claim.findMany({ where: claimWhere(filter), select: claimSelect });
  return rows.map(toClaimView).sort(newestFirst);
}

export async function getClaim(id: string) {
  "use cache";
  cacheTag(tags.claims);
  cacheLife("record");
  const row = await db.claim.findUnique({ where: { id }, select: claimSelect });
  return row ? toClaimView(row) : null;
}

/**
 * How many pages of each numerous kind (placing, organisation, source) `next build` prerenders, the most cited
 * first: the rest render on their first request and are cached from then on. Keeps the build minutes, not hours,
 * as the record grows (bench: `npm run bench -- --scale 100`).
 */
export const PRERENDER_LIMIT = 200;

/** Every placing's id (the sitemap), or with `limit` the most cited ones (prerendering). */
export async function listClaimIds(limit?: number) {
  "use cache";
  cacheTag(tags.claims);
  cacheLife("record");
  const orderBy = limit ? [{ citations: { _count: "desc" as const } }, { id: "asc" as const }] : [{ id: "asc" as const }];
  return (await db.claim.findMany({ select: { id: true }, orderBy, take: limit })).map((c) => c.id);
}

/** An organisation with every spelling (each with its source) and every placing. */
export async function getOrganization(id: string) {
  "use cache";
  cacheTag(tags.organization(id), tags.claims);
  cacheLife("record");
  const row = await db.organization.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      kind: true,
      kindNote: true,
      regionNote: true,
      note: true,
      mergedIntoId: true,
      region: {
        select: {
          code: true,
          name: true,
          level: true,
          parent: { select: { name: true, parent: { select: { name: true, parent: { select: { name: true } } } } } },
        },
      },
      aliases: {
        orderBy: { id: "asc" },
        select: { id: true, spelling: true, match: true, note: true, start: true, end: true, source: { select: sourceRefSelect } },
      },
      claims: { where: { retractedAt: null }, select: claimSelect },
    },
  });
  if (!row) return null;
  return {
    ...row,
    aliases: row.aliases.map((a) => ({ ...a, source: toSourceRef(a.source) })),
    claims: row.claims.map(toClaimView).sort(newestFirst),
  };
}

/** Every organisation's id (the sitemap), or with `limit` those with the most placings (prerendering). */
export async function listOrganizationIds(limit?: number) {
  "use cache";
  cacheTag(tags.organizations);
  cacheLife("record");
  const orderBy = limit ? [{ claims: { _count: "desc" as const } }, { id: "asc" as const }] : [{ id: "asc" as const }];
  return (await db.organization.findMany({ select: { id: true }, orderBy, take: limit })).map((o) => o.id);
}

/** A source with its full stored text and every quote taken from it. */
export async function getSource(id: string) {
  "use cache";
  cacheTag(tags.source(id), tags.sources, tags.claims);
  cacheLife("record");
  const row = await db.source.findUnique({
    where: { id },
    select: {
      ...sourceRefSelect,
      author: true,
      dateNote: true,
      language: true,
      text: true,
      citations: {
        where: { withdrawnAt: null },
        orderBy: [{ start: "asc" }, { id: "asc" }],
        select: {
          id: true,
          quote: true,
          start: true,
          end: true,
          recipientName: true,
          claim: {
            select: {
              id: true,
              rank: true,
              category: { select: categorySelect },
              organization: { select: { id: true, name: true } },
              edition: { select: editionRefSelect },
            },
          },
          editionFact: { select: { id: true, kind: true, value: true, edition: { select: editionRefSelect } } },
          editionCategory: { select: { ...categorySelect, edition: { select: editionRefSelect } } },
        },
      },
    },
  });
  if (!row) return null;
  const { citations, ...source } = row;
  return {
    ...toSourceRef(source),
    author: source.author,
    dateNote: source.dateNote,
    language: source.language,
    text: source.text,
    citations: citations.map((c) => ({
      ...c,
      claim: c.claim && { ...c.claim, category: toCategoryView(c.claim.category), edition: toEditionRef(c.claim.edition) },
      editionFact: c.editionFact && { ...c.editionFact, edition: toEditionRef(c.editionFact.edition) },
      editionCategory: c.editionCategory && { ...toCategoryView(c.editionCategory), edition: toEditionRef(c.editionCategory.edition) },
    })),
  };
}

export type SourceDetail = NonNullable<Awaited<ReturnType<typeof getSource>>>;

/** Every source's id (the sitemap), or with `limit` the most cited ones (prerendering). */
export async function listSourceIds(limit?: number) {
  "use cache";
  cacheTag(tags.sources);
  cacheLife("record");
  const orderBy = limit ? [{ citations: { _count: "desc" as const } }, { id: "asc" as const }] : [{ id: "asc" as const }];
  return (await db.source.findMany({ select: { id: true }, orderBy, take: limit })).map((s) => s.id);
}

/** A province with its editions (newest first) and every placing's category, rank, recipient and sources. */
export async function getProvinceOverview(slug: string) {
  "use cache";
  cacheTag(tags.editions, tags.claims, tags.regions);
  cacheLife("record");
  const province = await db.region.findFirst({
    where: { level: "province", OR: [{ slug }, { code: slug }] },
    select: { code: true, name: true, slug: true },
  });
  if (!province) return null;
  const editions = await listEditions();
  const mine = editions.filter((e) => e.province?.code === province.code);
  const claims = await db.claim.findMany({
    where: { edition: { provinceCode: province.code }, retractedAt: null },
    select: {
      id: true,
      editionId: true,
      categoryId: true,
      category: { select: { groupKey: true, label: true } },
      rank: true,
      organizationId: true,
      citations: { where: { withdrawnAt: null }, select: { sourceId: true } },
    },
  });
  const groupKeys = new Set(claims.map((c) => c.category.groupKey));
  const groups = (await listCategoryGroups())
    .filter((g) => groupKeys.has(g.key))
    .map(({ key, nameId, nameEn }) => ({ key, nameId, nameEn }));
  return {
    province: { ...province, slug: province.slug ?? province.code },
    editions: mine,
    // the grid's columns: the groups this province's rounds have placings in, in the award's order
    groups,
    claims: claims.map(({ citations, category, ...c }) => ({
      ...c,
      groupKey: category.groupKey,
      label: category.label,
      sourceIds: [...new Set(citations.map((x) => x.sourceId))],
    })),
  };
}

/** Province slugs, for prerendering. */
export async function listProvinceSlugs() {
  return (await listProvincesWithData()).map((p) => p.slug);
}

/**
 * Every category group, in the award's order, with each edition's categories in it: how that round named it, and
 * how many placings it holds.
 */
export async function listCategoryGroups() {
  "use cache";
  cacheTag(tags.categories, tags.claims, tags.editions);
  cacheLife("record");
  const rows = await db.categoryGroup.findMany({
    orderBy: [{ sortOrder: "asc" }, { key: "asc" }],
    select: {
      key: true,
      nameId: true,
      nameEn: true,
      sortOrder: true,
      version: true,
      categories: {
        select: {
          id: true,
          label: true,
          qualifier: true,
          edition: { select: editionRefSelect },
          _count: { select: { claims: { where: { retractedAt: null } } } },
        },
      },
    },
  });
  return rows.map(({ categories, ...g }) => {
    const list = categories
      .map(({ _count, edition, qualifier, ...c }) => ({
        ...c,
        qualifier: qualifier || null,
        edition: toEditionRef(edition),
        placingCount: _count.claims,
      }))
      .sort((a, b) => editionRecency(b.edition).localeCompare(editionRecency(a.edition)) || a.label.localeCompare(b.label));
    return { ...g, placingCount: list.reduce((n, c) => n + c.placingCount, 0), categories: list };
  });
}

export type CategoryGroupSummary = Awaited<ReturnType<typeof listCategoryGroups>>[number];

/** One group, or null. */
export async function getCategoryGroup(key: string) {
  return (await listCategoryGroups()).find((g) => g.key === key) ?? null;
}

/** The newest and most recently corrected placings, for the Atom feed. */
export async function listRecentClaims(limit = 100) {
  "use cache";
  cacheTag(tags.claims);
  cacheLife("record");
  const rows = await db.claim.findMany({
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: { ...claimSelect, createdAt: true, updatedAt: true },
  });
  return rows.map(({ createdAt, updatedAt, ...c }) => ({
    ...toClaimView(c),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  }));
}

/** Every recorded change to a public record, newest first (accounts' changes are not public). */
export async function getChangeHistory(entityType: "claim" | "organization" | "edition" | "category", id: string) {
  "use cache";
  cacheTag(tags.claims);
  cacheLife("record");
  // An edition's history includes its categories' (added, renamed, moved to another group).
  const where: Prisma.ChangeWhereInput =
    entityType === "edition"
      ? {
          OR: [
            { entityType, entityId: id },
            { entityType: "category", after: { path: ["editionId"], equals: id } },
          ],
        }
      : { entityType, entityId: id };
  const rows = await db.change.findMany({
    where,
    orderBy: { id: "desc" },
    select: { id: true, action: true, before: true, after: true, reason: true, createdAt: true, user: { select: { name: true } } },
  });
  // a change without an account came from the command line (npm run import)
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), by: r.user?.name ?? null }));
}

/** Corrections to organisations and editions, newest first, for the feed (claims have their own entries). */
export async function listRecentRecordChanges(limit = 50) {
  "use cache";
  cacheTag(tags.claims);
  cacheLife("record");
  const rows = await db.change.findMany({
    where: { entityType: { in: ["organization", "edition"] } },
    orderBy: { id: "desc" },
    take: limit,
    select: { id: true, entityType: true, entityId: true, action: true, reason: true, createdAt: true, after: true },
  });
  return rows.map(({ after, createdAt, ...r }) => ({
    ...r,
    entityType: r.entityType as "organization" | "edition",
    createdAt: createdAt.toISOString(),
    name: after && typeof after === "object" && "name" in after && typeof after.name === "string" ? after.name : null,
  }));
}
