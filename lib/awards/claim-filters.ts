// The public API's filters for claims, parsed from a query string. Pure: existence checks against the database
// (is there such a province, such an organisation?) happen in queries.ts.
import { z } from "zod";
import { hasControlCharacter } from "../request-guard";
import { LEVELS } from "./levels";

export const DEFAULT_PER_PAGE = 100;
export const MAX_PER_PAGE = 500;

const single = (name: string) =>
  z
    .array(z.string())
    .max(1, { message: `give "${name}" once` })
    .transform((v) => v[0]?.trim())
    .pipe(z.string({ message: `"${name}" is empty` }).min(1, { message: `"${name}" is empty` }));

const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string()
    .regex(/^\d{1,9}$/, { message })
    .transform(Number)
    .pipe(z.number().min(min, { message }).max(max, { message }));

export const claimFilterSchema = z
  .object({
    province: single("province")
      .pipe(
        z.string().regex(/^(\d{2}|[a-z0-9-]+)$/, {
          message: "province: a two-digit Kemendagri code (e.g. 53) or a slug (e.g. nusa-tenggara-timur)",
        }),
      )
      .optional(),
    year: single("year")
      .pipe(z.string().regex(/^\d{4}$/, { message: "year: four digits, e.g. 2024" }))
      .optional(),
    level: single("level")
      .pipe(z.enum(LEVELS, { message: `level: one of ${LEVELS.join(", ")}` }))
      .optional(),
    // a group key; an unknown one is a 400 (checked against the stored groups in api.ts)
    category: single("category")
      .pipe(
        z
          .string()
          .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "category: a category group key, e.g. pemda (GET /api/v1/categories lists them)" }),
      )
      .optional(),
    edition: single("edition")
      .pipe(z.string().regex(/^[a-z0-9-]+$/, { message: "edition: an edition id, e.g. nusa-tenggara-timur-2025-07-21" }))
      .optional(),
    organization: single("organization")
      .pipe(z.string().regex(/^[a-z0-9-]+$/, { message: "organization: an organisation id, e.g. kopdit-tlm" }))
      .optional(),
    q: single("q")
      .pipe(
        z
          .string()
          .min(2, { message: "q: at least 2 characters" })
          .max(100, { message: "q: at most 100 characters" })
          .refine((q) => !hasControlCharacter(q), { message: "q: holds a control character" }),
      )
      .optional(),
    page: single("page")
      .pipe(wholeNumber(1, Number.MAX_SAFE_INTEGER, "page: a whole number from 1"))
      .optional(),
    perPage: single("perPage")
      .pipe(wholeNumber(1, MAX_PER_PAGE, `perPage: a whole number from 1 to ${MAX_PER_PAGE}`))
      .optional(),
    format: single("format")
      .pipe(z.enum(["json", "csv"], { message: "format: json or csv" }))
      .optional(),
  })
  .strict();

export type ClaimFilterInput = z.output<typeof claimFilterSchema>;
export const CLAIM_FILTER_NAMES = Object.keys(claimFilterSchema.shape) as (keyof ClaimFilterInput)[];

export type ParseResult<T> = { ok: true; data: T } | { ok: false; message: string; parameter: string | null };

/** Reads the query string; an unknown parameter name or a malformed value is an error, not ignored. */
export function parseClaimFilters(params: URLSearchParams): ParseResult<ClaimFilterInput> {
  const raw: Record<string, string[]> = {};
  for (const [key, value] of params) {
    const values = raw[key] ?? [];
    values.push(value);
    raw[key] = values;
  }
  const unknown = Object.keys(raw).filter((k) => !(CLAIM_FILTER_NAMES as string[]).includes(k));
  if (unknown.length) {
    return {
      ok: false,
      parameter: unknown[0]!,
      message: `unknown parameter "${unknown[0]}"; filters are: ${CLAIM_FILTER_NAMES.join(", ")}`,
    };
  }
  const parsed = claimFilterSchema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, parameter: typeof issue.path[0] === "string" ? issue.path[0] : null, message: issue.message };
}
