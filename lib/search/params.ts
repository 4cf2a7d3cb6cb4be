import { z } from "zod";
import { hasControlCharacter } from "../request-guard";

// The search text, as the page and the API accept it.
export const searchQuerySchema = z
  .string()
  .trim()
  .min(2, { message: "tooShort" })
  .max(100, { message: "tooLong" })
  .refine((q) => !hasControlCharacter(q), { message: "invalid" });

export type SearchQueryError = "tooShort" | "tooLong" | "invalid";

export function parseSearchQuery(raw: unknown): { ok: true; q: string } | { ok: false; error: SearchQueryError } | { ok: false; error: null } {
  if (raw === undefined || raw === null || raw === "") return { ok: false, error: null };
  if (Array.isArray(raw)) raw = raw[0];
  const parsed = searchQuerySchema.safeParse(raw);
  return parsed.success ? { ok: true, q: parsed.data } : { ok: false, error: parsed.error.issues[0]!.message as SearchQueryError };
}
