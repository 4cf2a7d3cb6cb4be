import { z } from "zod";
import { hasControlCharacter } from "../request-guard";

export const SEARCH_QUERY_MIN = 2;
export const SEARCH_QUERY_MAX = 100;

// The search text, as the page and the API accept it.
export const searchQuerySchema = z
  .string()
  .trim()
  .min(SEARCH_QUERY_MIN, { message: "tooShort" })
  .max(SEARCH_QUERY_MAX, { message: "tooLong" })
  .refine((q) => !hasControlCharacter(q), { message: "invalid" });

export type SearchQueryError = "tooShort" | "tooLong" | "invalid";

export function parseSearchQuery(
  raw: unknown,
): { ok: true; q: string } | { ok: false; error: SearchQueryError } | { ok: false; error: null } {
  if (raw === undefined || raw === null || raw === "") return { ok: false, error: null };
  if (Array.isArray(raw)) raw = raw[0];
  const parsed = searchQuerySchema.safeParse(raw);
  return parsed.success ? { ok: true, q: parsed.data } : { ok: false, error: parsed.error.issues[0]!.message as SearchQueryError };
}

// A search is served as one cached page per query: proxy.ts rewrites /cari?q=… to /cari/<segment>
// (app/[locale]/(public)/cari/[query]). The segment is the query as base64url, so no character a person types (a
// slash, "..", "#", "%") can change the path it lands on.
/** The path segment that stands for what was typed into the search box (bounded: longer is "too long" anyway). */
export function searchPathSegment(raw: string): string {
  const parsed = parseSearchQuery(raw);
  return Buffer.from(parsed.ok ? parsed.q : unsearchable(raw.trim()), "utf8").toString("base64url");
}

/** What stands for a text that cannot be searched, bounded and with the same reason: too long stays too long (its
 * first characters and one more that is not a space), only spaces stays too short. */
function unsearchable(trimmed: string): string {
  if (!trimmed) return " ";
  if (trimmed.length <= SEARCH_QUERY_MAX) return trimmed;
  return trimmed.slice(0, SEARCH_QUERY_MAX) + (trimmed.slice(SEARCH_QUERY_MAX).match(/\S/u)?.[0] ?? "");
}

/** What a search path segment stands for, or null when it is not one searchPathSegment makes (so that a hand-made
 * address, " kupang" untrimmed or a huge text, is a 404 rather than one more cached page). */
export function queryFromPathSegment(segment: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(segment)) return null;
  const q = Buffer.from(segment, "base64url").toString("utf8");
  return searchPathSegment(q) === segment ? q : null;
}
