import { z } from "zod";
import { hasControlCharacter } from "../request-guard";

export const SEARCH_QUERY_MAX = 100;

// The search text, as the page and the API accept it.
export const searchQuerySchema = z
  .string()
  .trim()
  .min(2, { message: "tooShort" })
  .max(SEARCH_QUERY_MAX, { message: "tooLong" })
  .refine((q) => !hasControlCharacter(q), { message: "invalid" });

export type SearchQueryError = "tooShort" | "tooLong" | "invalid";

export function parseSearchQuery(raw: unknown): { ok: true; q: string } | { ok: false; error: SearchQueryError } | { ok: false; error: null } {
  if (raw === undefined || raw === null || raw === "") return { ok: false, error: null };
  if (Array.isArray(raw)) raw = raw[0];
  const parsed = searchQuerySchema.safeParse(raw);
  return parsed.success ? { ok: true, q: parsed.data } : { ok: false, error: parsed.error.issues[0]!.message as SearchQueryError };
}

// A search is served as one cached page per query: proxy.ts rewrites /cari?q=… to /cari/<segment>
// (app/[locale]/(public)/cari/[query]). The segment is the query as base64url, so no character a person types (a
// slash, "..", "#", "%") can change the path it lands on.
const LONGEST_SHOWN = SEARCH_QUERY_MAX + 1;

/** The path segment that stands for what was typed into the search box (bounded: longer is "too long" anyway). */
export function searchPathSegment(raw: string): string {
  const parsed = parseSearchQuery(raw);
  const q = parsed.ok ? parsed.q : raw.trim().slice(0, LONGEST_SHOWN);
  return Buffer.from(q, "utf8").toString("base64url");
}

/** What a search path segment stands for, or null when it is not one searchPathSegment makes. */
export function queryFromPathSegment(segment: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(segment)) return null;
  const q = Buffer.from(segment, "base64url").toString("utf8");
  return Buffer.from(q, "utf8").toString("base64url") === segment ? q : null;
}
