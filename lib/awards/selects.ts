// What the pages and the API read, and the plain shapes they get back (ISO dates, no Prisma types leaking).
import type { Prisma } from "../generated/prisma/client";
import { toIsoDay } from "../dates";

export const sourceRefSelect = {
  id: true,
  publisher: true,
  title: true,
  publishedAt: true,
  eventDate: true,
  url: true,
} satisfies Prisma.SourceSelect;

export const citationSelect = {
  id: true,
  quote: true,
  start: true,
  end: true,
  recipientName: true,
  categoryWording: true,
  rankWording: true,
  note: true,
  source: { select: sourceRefSelect },
} satisfies Prisma.CitationSelect;

export const editionRefSelect = {
  id: true,
  level: true,
  yearLabel: true,
  ceremonyDate: true,
  province: { select: { code: true, name: true, slug: true } },
} satisfies Prisma.EditionSelect;

/** A category as the edition names it, with its browsing group. */
export const categorySelect = {
  id: true,
  label: true,
  qualifier: true,
  sortOrder: true,
  group: { select: { key: true, nameId: true, nameEn: true, sortOrder: true } },
} satisfies Prisma.EditionCategorySelect;

export const claimSelect = {
  id: true,
  rank: true,
  version: true,
  retractedAt: true,
  retractReason: true,
  inferences: true,
  inferenceNote: true,
  prizeText: true,
  prizeAmountRupiah: true,
  category: { select: categorySelect },
  organization: { select: { id: true, name: true, kind: true, aliases: { select: { spelling: true }, orderBy: { id: "asc" } } } },
  edition: { select: editionRefSelect },
  citations: { where: { withdrawnAt: null }, select: citationSelect, orderBy: { id: "asc" } },
} satisfies Prisma.ClaimSelect;

type SourceRefRow = Prisma.SourceGetPayload<{ select: typeof sourceRefSelect }>;
type CitationRow = Prisma.CitationGetPayload<{ select: typeof citationSelect }>;
type EditionRefRow = Prisma.EditionGetPayload<{ select: typeof editionRefSelect }>;
type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;
type CategoryRow = Prisma.EditionCategoryGetPayload<{ select: typeof categorySelect }>;

export type SourceRef = Omit<SourceRefRow, "publishedAt" | "eventDate"> & { publishedAt: string | null; eventDate: string | null };
export type CitationView = Omit<CitationRow, "source"> & { source: SourceRef };
export type EditionRef = Omit<EditionRefRow, "ceremonyDate"> & { ceremonyDate: string | null };
/**
 * A category as its edition names it (`label`, `qualifier`), with its group's key and names flattened in: `key`,
 * `nameId` and `nameEn` are the group's, the stable words for browsing across rounds.
 */
export type CategoryView = {
  id: string;
  label: string;
  qualifier: string | null;
  sortOrder: number;
  key: string;
  nameId: string;
  nameEn: string;
  groupOrder: number;
};
export type Prize = { text: string; amountRupiah: number | null };
export type ClaimView = Omit<
  ClaimRow,
  "citations" | "edition" | "organization" | "retractedAt" | "category" | "prizeText" | "prizeAmountRupiah"
> & {
  category: CategoryView;
  prize: Prize | null;
  retractedAt: string | null;
  status: "stated" | "inferred";
  edition: EditionRef;
  organization: { id: string; name: string; kind: string; aliases: string[] } | null;
  citations: CitationView[];
};

export function toSourceRef(s: SourceRefRow): SourceRef {
  return { ...s, publishedAt: s.publishedAt ? toIsoDay(s.publishedAt) : null, eventDate: s.eventDate ? toIsoDay(s.eventDate) : null };
}

export function toCitationView(c: CitationRow): CitationView {
  return { ...c, source: toSourceRef(c.source) };
}

export function toEditionRef(e: EditionRefRow): EditionRef {
  return { ...e, ceremonyDate: e.ceremonyDate ? toIsoDay(e.ceremonyDate) : null };
}

export function toCategoryView(c: CategoryRow): CategoryView {
  return {
    id: c.id,
    label: c.label,
    qualifier: c.qualifier || null,
    sortOrder: c.sortOrder,
    key: c.group.key,
    nameId: c.group.nameId,
    nameEn: c.group.nameEn,
    groupOrder: c.group.sortOrder,
  };
}

/** Display order within an edition: the group's order, the category's, its label; then rank (unranked last). */
export function byCategoryThenRank(a: Pick<ClaimView, "category" | "rank" | "id">, b: Pick<ClaimView, "category" | "rank" | "id">): number {
  return (
    a.category.groupOrder - b.category.groupOrder ||
    a.category.sortOrder - b.category.sortOrder ||
    a.category.label.localeCompare(b.category.label) ||
    (a.category.qualifier ?? "").localeCompare(b.category.qualifier ?? "") ||
    (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
    a.id.localeCompare(b.id)
  );
}

/** Newest ceremony first; an edition whose date no source gives sorts by its year label among them. */
export function editionRecency(e: { ceremonyDate: string | null; yearLabel: string }): string {
  return e.ceremonyDate ?? `${e.yearLabel}-00-00`;
}

/** A claim is "stated" when its sources write it out in full, "inferred" when any part is read from context. */
export function claimStatus(inferences: readonly string[]): "stated" | "inferred" {
  return inferences.length ? "inferred" : "stated";
}

export function toClaimView(c: ClaimRow): ClaimView {
  const { prizeText, prizeAmountRupiah, ...rest } = c;
  return {
    ...rest,
    category: toCategoryView(c.category),
    prize: prizeText ? { text: prizeText, amountRupiah: prizeAmountRupiah === null ? null : Number(prizeAmountRupiah) } : null,
    retractedAt: c.retractedAt ? c.retractedAt.toISOString() : null,
    status: claimStatus(c.inferences),
    edition: toEditionRef(c.edition),
    organization: c.organization && {
      ...c.organization,
      // every distinct spelling the sources use, in the order first stored
      aliases: [...new Set(c.organization.aliases.map((a) => a.spelling))],
    },
    citations: c.citations.map(toCitationView),
  };
}
