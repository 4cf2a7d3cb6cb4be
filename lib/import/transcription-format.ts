// The transcription format ("paritrana-transcription/1"): what `npm run import`, the admin's import page and the
// seed read. Pure (no database): the shapes outside scripts rely on, validated once here. README: "Import".
import { z } from "zod";
import { isoDay } from "../dates";
import { AliasMatch, EditionFactKind, Inference, Level, OrganizationKind } from "../generated/prisma/enums";
import { enumValues as values } from "../enum-values";

const day = isoDay("a real date as YYYY-MM-DD");
const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "an id: lowercase letters, digits and single hyphens" })
  .max(120);
const text = (max: number) => z.string().trim().min(1).max(max);

/** A quote in a source. The loader finds it verbatim: `occurrence` (1-based) picks one of several, `within` a unique passage around it. */
export const citationFormat = z
  .object({
    source: id,
    quote: z.string().min(1).max(5000),
    occurrence: z.number().int().min(1).optional(),
    within: z.string().min(1).max(5000).optional(),
    /** the recipient's name as this source writes it (inside the quote) */
    recipientName: text(300).optional(),
    /** the category as this source words it (inside the quote) */
    categoryWording: text(300).optional(),
    /** the source's own words for the rank or distinction ("Juara I", "terbaik pertama", "juara harapan"), inside the quote */
    rankWording: text(100).optional(),
    note: text(2000).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    for (const field of ["recipientName", "categoryWording", "rankWording"] as const) {
      const words = c[field];
      if (words !== undefined && !c.quote.includes(words))
        ctx.addIssue({ code: "custom", path: [field], message: `${JSON.stringify(words)} is not in the quote` });
    }
  });

export const sourceFormat = z
  .object({
    id,
    publisher: text(200),
    title: text(500).nullable().default(null),
    author: text(300).nullable().default(null),
    publishedAt: day.nullable().default(null),
    eventDate: day.nullable().default(null),
    dateNote: text(2000).nullable().default(null),
    /** the article's own address; null when unknown (never guessed) */
    url: z
      .url({ protocol: /^https?$/ })
      .nullable()
      .default(null),
    language: z.enum(["id", "en"]).default("id"),
    /** the full article text, verbatim */
    text: z.string().min(50).max(500_000),
  })
  .strict();

export const ORGANIZATION_KIND_VALUES = values(OrganizationKind);

export const aliasFormat = z
  .object({
    spelling: z.string().min(1).max(300),
    source: id,
    match: z.enum(values(AliasMatch)),
    within: z.string().min(1).max(5000).optional(),
    occurrence: z.number().int().min(1).optional(),
    note: text(2000).optional(),
  })
  .strict()
  .refine((a) => a.match === "certain" || a.note !== undefined, { message: "a probable spelling says why (note)", path: ["note"] });

export const organizationFormat = z
  .object({
    id,
    name: text(300),
    kind: z.enum(ORGANIZATION_KIND_VALUES),
    kindNote: text(2000).optional(),
    /** Kemendagri region code (53, 53.16, 53.16.01.2012), or null */
    regionCode: z
      .string()
      .regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/)
      .nullable()
      .default(null),
    regionNote: text(2000).optional(),
    note: text(2000).optional(),
    aliases: z.array(aliasFormat).default([]),
  })
  .strict();

export const editionFormat = z
  .object({
    id,
    level: z.enum(values(Level)),
    /** Kemendagri province code; null for the national round */
    provinceCode: z
      .string()
      .regex(/^\d{2}$/)
      .nullable(),
    /** the year in the award's name as most sources give it ("2024"); every label a source uses can be an editionFact */
    yearLabel: z.string().regex(/^\d{4}$/, { message: "four digits" }),
    assessmentPeriod: text(100).nullable().default(null),
    /** null while no source gives the ceremony's date */
    ceremonyDate: day.nullable(),
    /** editions handed out at one joint ceremony (e.g. two provinces together) share this key */
    sharedCeremony: id.nullable().default(null),
  })
  .strict()
  .refine((e) => (e.level === "national") === (e.provinceCode === null), {
    message: "a national edition has no province; a provincial one has one",
    path: ["provinceCode"],
  });

export const EDITION_FACT_KIND_VALUES = values(EditionFactKind);

export const editionFactFormat = z
  .object({
    id: id.optional(),
    edition: id,
    kind: z.enum(EDITION_FACT_KIND_VALUES),
    value: text(2000),
    inferenceNote: text(2000).optional(),
    citations: z.array(citationFormat).min(1),
  })
  .strict();

export const categoryFormat = z
  .object({
    /** the category as this round names it */
    label: text(300),
    /** the browsing group's key (GET /api/v1/categories) */
    group: id,
    /** a zone or sector the category is limited to ("Zona Sumatera", "sektor keuangan") */
    qualifier: text(200).optional(),
  })
  .strict();

export const prizeFormat = z
  .object({
    /** the prize as the source writes it: verbatim inside one of the placing's quotes */
    text: z.string().min(1).max(1000),
    /** in rupiah, when the text gives an amount; derived from the text when left out */
    amountRupiah: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  })
  .strict();

export const INFERENCE_VALUES = values(Inference);

export const placingFormat = z
  .object({
    /** the permalink id; made from the category and rank (or recipient) when left out */
    id: id.optional(),
    edition: id,
    category: categoryFormat,
    /** a positive whole number, or null for a winner the source names without a rank */
    rank: z.number().int().min(1).max(1000).nullable(),
    /** an organisation id (in this file or already stored), or null where the source lists the rank with no name */
    organization: id.nullable(),
    prize: prizeFormat.optional(),
    inferences: z.array(z.enum(INFERENCE_VALUES)).default([]),
    inferenceNote: text(2000).optional(),
    citations: z.array(citationFormat).min(1),
    /** what the extractor made of it, when a draft came from `npm run extract`: read by people and scripts, not stored */
    extraction: z
      .object({ confidence: z.number().min(0).max(1), certainty: z.enum(["certain", "check"]) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((p) => p.rank !== null || p.organization !== null, { message: "a placing names a rank, a recipient or both", path: ["rank"] })
  .refine((p) => p.inferences.length === 0 || p.inferenceNote !== undefined, {
    message: "an inferred placing says what was inferred (inferenceNote)",
    path: ["inferenceNote"],
  });

export const TRANSCRIPTION_FORMAT = "paritrana-transcription/1";

export const transcriptionFormat = z
  .object({
    format: z.literal(TRANSCRIPTION_FORMAT),
    sources: z.array(sourceFormat).default([]),
    organizations: z.array(organizationFormat).default([]),
    editions: z.array(editionFormat).default([]),
    editionFacts: z.array(editionFactFormat).default([]),
    placings: z.array(placingFormat).default([]),
  })
  .strict();

export type Transcription = z.output<typeof transcriptionFormat>;
export type TranscriptionInput = z.input<typeof transcriptionFormat>;
export type CitationEntry = z.output<typeof citationFormat>;
export type PlacingEntry = z.output<typeof placingFormat>;
