// The extractor's shapes: what it reads with (a gazetteer, the stored organisations), what it proposes (editions,
// placings with their quotes, edition facts) and the draft it hands the review page. No logic here.
import type { Inference } from "../generated/prisma/enums";
import type { Transcription } from "../import/transcription-format";

export type Gazetteer = {
  provinces: readonly { code: string; name: string }[];
  regencies: readonly { code: string; name: string; provinceCode: string }[];
};
export type KnownOrganization = { id: string; name: string; kind: string; regionCode: string | null; spellings: readonly string[] };
export type SourceMeta = {
  id?: string;
  publisher: string;
  title?: string | null;
  author?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  eventDate?: string | null;
};

/** A span in code points, end exclusive (as the database stores offsets). */
export type Span = { start: number; end: number };

export type ProposedEdition = {
  key: string;
  id: string;
  level: "national" | "province";
  provinceCode: string | null;
  provinceName: string | null;
  yearLabel: string | null;
  ceremonyDate: string | null;
  dateNote: string | null;
  venue: string | null;
  retrospective: boolean;
  sharedCeremony?: string | null;
  confidence: number;
  reasons: string[];
};

export type Proposal = {
  key: string;
  edition: string;
  category: { label: string; group: string; qualifier: string | null; wording: string | null; confidence: number };
  rank: number | null;
  rankWording: string | null;
  recipientName: string | null;
  recipientSpan: Span | null;
  organization: { id: string; name: string; kind: string; existing: boolean; regionCode: string | null; reason: string } | null;
  prize: { text: string; amountRupiah: number | null } | null;
  inferences: Inference[];
  inferenceNote: string | null;
  quote: string;
  span: Span;
  /** more quotes from the same text that state it again */
  extraQuotes: { quote: string; span: Span }[];
  confidence: number;
  /** confident enough to accept as it is (an editor still confirms it) */
  certain: boolean;
  reasons: string[];
};

export type Draft = {
  editions: ProposedEdition[];
  proposals: Proposal[];
  facts: {
    edition: string;
    kind: "ceremony_date" | "venue" | "year_label" | "assessment_period";
    value: string;
    quote: string;
    span: Span;
    note: string | null;
  }[];
  /** the draft in the import format, every proposal included (the review page keeps only the accepted ones) */
  transcription: Transcription;
  ms: number;
};

/** A stored placing a proposal states again (same edition, category group, rank and recipient). */
export type RecordedPlacing = {
  claimId: string;
  editionId: string;
  label: string;
  qualifier: string | null;
  rank: number | null;
  organizationId: string | null;
};

export type Context = { gazetteer: Gazetteer; organizations: readonly KnownOrganization[] };
