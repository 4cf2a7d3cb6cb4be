// Shapes of the seed data file (awards.ts). Offsets are not written by hand: the loader finds each quote in
// its article and refuses to seed if it is missing or ambiguous.
import type { CategoryKey } from "../../lib/awards/categories";
import type { Rank } from "../../lib/awards/ranks";
import type { LevelKey } from "../../lib/awards/levels";

type IsoDate = `${number}-${number}-${number}`;

export type SourceSeed = {
  id: string;
  /** the article file in prisma/seed/articles/, stored verbatim as Source.text */
  file: string;
  publisher: string;
  title: string | null;
  author: string | null;
  publishedAt: IsoDate | null;
  eventDate: IsoDate | null;
  dateNote: string | null;
  url: string | null;
};

/** A quote in a source. `occurrence` (1-based) picks one where the quote occurs more than once. */
export type QuoteSeed = {
  source: string;
  quote: string;
  occurrence?: number;
  recipientName?: string;
  categoryWording?: string;
  note?: string;
};

export type AliasSeed = {
  spelling: string;
  source: string;
  /** a unique passage of the source containing the spelling, where the spelling alone occurs more than once */
  within?: string;
  match: "certain" | "probable";
  note?: string;
};

export type OrganizationSeed = {
  id: string;
  name: string;
  kind:
    | "province_government" | "regency_government" | "city_government" | "village" | "kelurahan" | "company"
    | "bank" | "cooperative" | "school_or_university" | "hospital" | "small_business" | "other";
  kindNote?: string;
  regionCode: string | null;
  regionNote?: string;
  note?: string;
  aliases: AliasSeed[];
};

export type EditionSeed = {
  id: string;
  level: LevelKey;
  provinceCode: string | null;
  yearLabel: string;
  assessmentPeriod: string | null;
  ceremonyDate: IsoDate;
};

export type EditionFactSeed = {
  id: string;
  edition: string;
  kind:
    | "year_label" | "assessment_period" | "ceremony_date" | "venue" | "organizer" | "presenter" | "attendee"
    | "assessment_panel" | "coverage";
  value: string;
  inferenceNote?: string;
  citations: QuoteSeed[];
};

export type ClaimSeed = {
  id: string;
  edition: string;
  category: CategoryKey;
  rank: Rank;
  /** null: the source lists the rank without naming anyone */
  organization: string | null;
  inferences?: ("rank_from_order" | "category_from_context")[];
  inferenceNote?: string;
  citations: QuoteSeed[];
};
