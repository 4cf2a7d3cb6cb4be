import "server-only";
import { absoluteUrl as absolute } from "../site-url";
import { paths } from "../paths";
import type { ClaimFilter } from "./queries";
import { editionExists, findProvince, getCategoryGroup, organizationExists } from "./queries";
import type { ClaimFilterInput, ParseResult } from "./claim-filters";
import { CLAIM_CSV_HEADER, toCsv } from "./csv";
import { searchCategories, searchOrganizations, searchRegions } from "../search/queries";
import type { CategoryGroupSummary, SourceDetail } from "./queries";
import type { CitationView, ClaimView, SourceRef } from "./selects";

// The public JSON API's shapes (README: "API"). `url` fields are absolute permalinks of the portal's pages;
// a source's own web address, where known, is `articleUrl`.

function apiSourceRef(s: SourceRef) {
  return {
    id: s.id,
    publisher: s.publisher,
    title: s.title,
    publishedAt: s.publishedAt,
    eventDate: s.eventDate,
    url: absolute(paths.source(s.id)),
    articleUrl: s.url,
  };
}

function apiCitation(c: CitationView) {
  return {
    source: apiSourceRef(c.source),
    quote: c.quote,
    start: c.start,
    end: c.end,
    recipientName: c.recipientName,
    categoryWording: c.categoryWording,
    rankWording: c.rankWording,
    note: c.note,
  };
}

export function toApiClaim(c: ClaimView) {
  return {
    id: c.id,
    url: absolute(paths.claim(c.id)),
    edition: {
      id: c.edition.id,
      level: c.edition.level,
      province: c.edition.province && { code: c.edition.province.code, name: c.edition.province.name },
      yearLabel: c.edition.yearLabel,
      ceremonyDate: c.edition.ceremonyDate,
      url: absolute(paths.edition(c.edition.id)),
    },
    category: {
      // the group's key, as before: stable across rounds and years
      key: c.category.key,
      name: { id: c.category.nameId, en: c.category.nameEn },
      id: c.category.id,
      // as this edition's sources name it
      label: c.category.label,
      qualifier: c.category.qualifier,
      group: { key: c.category.key, name: { id: c.category.nameId, en: c.category.nameEn } },
    },
    rank: c.rank,
    prize: c.prize,
    recipient: c.organization && {
      id: c.organization.id,
      name: c.organization.name,
      aliases: c.organization.aliases,
      kind: c.organization.kind,
      url: absolute(paths.organization(c.organization.id)),
    },
    status: c.status,
    inference: c.inferenceNote,
    citations: c.citations.map(apiCitation),
  };
}

export function toApiSource(s: SourceDetail) {
  const { citations, ...source } = s;
  return {
    ...source,
    ...apiSourceRef(s),
    quotes: citations.map((c) => ({
      start: c.start,
      end: c.end,
      quote: c.quote,
      claim: c.claim ? absolute(paths.claim(c.claim.id)) : null,
      edition: absolute(paths.edition((c.claim ?? c.editionFact ?? c.editionCategory)!.edition.id)),
    })),
  };
}

/** A category group with every edition's categories in it (GET /api/v1/categories). */
export function toApiCategoryGroup(g: CategoryGroupSummary) {
  return {
    key: g.key,
    name: { id: g.nameId, en: g.nameEn },
    url: absolute(paths.category(g.key)),
    placingCount: g.placingCount,
    categories: g.categories.map((c) => ({
      id: c.id,
      label: c.label,
      qualifier: c.qualifier,
      placingCount: c.placingCount,
      edition: {
        id: c.edition.id,
        level: c.edition.level,
        province: c.edition.province && { code: c.edition.province.code, name: c.edition.province.name },
        yearLabel: c.edition.yearLabel,
        ceremonyDate: c.edition.ceremonyDate,
        url: absolute(paths.edition(c.edition.id)),
      },
    })),
  };
}

/** Checks that the filter names things that exist: an unknown province or organisation is a 400, not an empty list. */
export async function resolveClaimFilter(input: ClaimFilterInput): Promise<ParseResult<ClaimFilter>> {
  const { province, q, page: _page, perPage: _perPage, format: _format, ...filters } = input;
  // q: the recipients whose name or any spelling matches, the recipients located in a matching region, and
  // the matching categories (with the search page's tolerance).
  const rest: ClaimFilter = { ...filters };
  if (q !== undefined) {
    const [organizations, regions, categories] = await Promise.all([
      searchOrganizations(q, 500),
      searchRegions(q, 50),
      searchCategories(q, 500),
    ]);
    rest.organizationIds = [...new Set([...organizations.map((o) => o.id), ...regions.flatMap((r) => r.organizations.map((o) => o.id))])];
    rest.categoryIds = categories.map((c) => c.id);
  }
  if (province !== undefined) {
    const found = await findProvince(province);
    if (!found)
      return {
        ok: false,
        parameter: "province",
        message: `unknown province "${province}": use a Kemendagri code (e.g. 53) or a slug (e.g. nusa-tenggara-timur)`,
      };
    return resolveOrganization({ ...rest, provinceCode: found.code });
  }
  return resolveOrganization(rest);
}

async function resolveOrganization(filter: ClaimFilter): Promise<ParseResult<ClaimFilter>> {
  if (filter.category !== undefined && !(await getCategoryGroup(filter.category))) {
    return {
      ok: false,
      parameter: "category",
      message: `unknown category "${filter.category}": GET /api/v1/categories lists the group keys`,
    };
  }
  if (filter.edition !== undefined && !(await editionExists(filter.edition))) {
    return { ok: false, parameter: "edition", message: `unknown edition "${filter.edition}"` };
  }
  if (filter.organization !== undefined && !(await organizationExists(filter.organization))) {
    return { ok: false, parameter: "organization", message: `unknown organization "${filter.organization}"` };
  }
  return { ok: true, data: filter };
}

/** The claims as CSV rows: one per placing; sources and quotes joined with " | ". */
export function claimsCsv(claims: readonly ClaimView[]): string {
  return toCsv(
    CLAIM_CSV_HEADER,
    claims.map((c) => {
      const a = toApiClaim(c);
      return [
        a.id,
        a.url,
        a.edition.id,
        a.edition.ceremonyDate,
        a.edition.level,
        a.edition.province?.code,
        a.edition.province?.name,
        a.edition.yearLabel,
        a.category.key,
        a.category.name.id,
        a.category.name.en,
        a.rank,
        a.recipient?.id,
        a.recipient?.name,
        a.recipient?.aliases.join(" | "),
        a.recipient?.kind,
        a.status,
        a.inference,
        a.citations.map((x) => `${x.source.publisher} (${x.source.url})`).join(" | "),
        a.citations.map((x) => x.quote).join(" | "),
        a.category.label,
        a.category.qualifier,
        a.prize?.text,
        a.prize?.amountRupiah,
      ];
    }),
  );
}
