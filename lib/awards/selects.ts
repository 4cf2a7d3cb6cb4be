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

export const claimSelect = {
  id: true,
  rank: true,
  version: true,
  retractedAt: true,
  retractReason: true,
  inferences: true,
  inferenceNote: true,
  category: { select: { key: true, nameId: true, nameEn: true } },
  organization: { select: { id: true, name: true, kind: true, aliases: { select: { spelling: true }, orderBy: { id: "asc" } } } },
  edition: { select: editionRefSelect },
  citations: { where: { withdrawnAt: null }, select: citationSelect, orderBy: { id: "asc" } },
} satisfies Prisma.ClaimSelect;

type SourceRefRow = Prisma.SourceGetPayload<{ select: typeof sourceRefSelect }>;
type CitationRow = Prisma.CitationGetPayload<{ select: typeof citationSelect }>;
type EditionRefRow = Prisma.EditionGetPayload<{ select: typeof editionRefSelect }>;
type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

export type SourceRef = Omit<SourceRefRow, "publishedAt" | "eventDate"> & { publishedAt: string | null; eventDate: string | null };
export type CitationView = Omit<CitationRow, "source"> & { source: SourceRef };
export type EditionRef = Omit<EditionRefRow, "ceremonyDate"> & { ceremonyDate: string };
export type ClaimView = Omit<ClaimRow, "citations" | "edition" | "organization" | "retractedAt"> & {
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
  return { ...e, ceremonyDate: toIsoDay(e.ceremonyDate) };
}

/** A claim is "stated" when its sources write it out in full, "inferred" when any part is read from context. */
export function claimStatus(inferences: readonly string[]): "stated" | "inferred" {
  return inferences.length ? "inferred" : "stated";
}

export function toClaimView(c: ClaimRow): ClaimView {
  return {
    ...c,
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
