import fc from "fast-check";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain JavaScript module loaded by Next (next.config.ts: cacheHandler)
import { isSearchResultsKey } from "@/cache/page-cache-handler.mjs";
import { parseSearchQuery, queryFromPathSegment, searchPathSegment, SEARCH_QUERY_MAX } from "@/lib/search/params";

describe("a search as a path segment (proxy.ts rewrites /cari?q= to /cari/<segment>)", () => {
  it("gives back what the page must search for, whatever was typed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: "grapheme" }), (typed) => {
        const segment = searchPathSegment(typed);
        // nothing a person types can change the path: no slash, dot, percent, ? or #
        expect(segment).toMatch(/^[A-Za-z0-9_-]*$/);
        const back = queryFromPathSegment(segment);
        const parsed = parseSearchQuery(typed);
        if (parsed.ok) expect(back).toBe(parsed.q);
        // what cannot be searched stays unsearchable, with the same reason
        else if (back !== null) expect(parseSearchQuery(back)).toEqual(parsed.error === null ? expect.objectContaining({ ok: false }) : parsed);
      }),
      { numRuns: 2000 },
    );
  });

  it("trims, so that one query is one cached page", () => {
    expect(searchPathSegment("  kopdit tlm ")).toBe(searchPathSegment("kopdit tlm"));
    expect(queryFromPathSegment(searchPathSegment("../../admin"))).toBe("../../admin");
    expect(queryFromPathSegment(searchPathSegment("50% #1 a/b?"))).toBe("50% #1 a/b?");
  });

  it("bounds a very long query (still too long for the page)", () => {
    const segment = searchPathSegment("a".repeat(5000));
    expect(segment.length).toBeLessThan(200);
    expect(parseSearchQuery(queryFromPathSegment(segment))).toEqual({ ok: false, error: "tooLong" });
    expect(SEARCH_QUERY_MAX).toBe(100);
  });

  it("refuses a segment it did not make (a hand-typed /cari/kupang is not found)", () => {
    for (const s of ["kupang", "a+b", "..", "%2e%2e", "a/b", "", "YQ=="]) expect(queryFromPathSegment(s)).toBeNull();
  });
});

describe("the page cache keeps search results in memory only", () => {
  it("knows a search results key from any other page's", () => {
    expect(isSearchResultsKey("/route-cache/APP_PAGE/abc/$/id/cari/a3VwYW5n")).toBe(true);
    expect(isSearchResultsKey("/route-cache/APP_PAGE/abc/$/en/cari/a3VwYW5n")).toBe(true);
    expect(isSearchResultsKey("/route-cache/APP_ROUTE/abc/$/api/v1/search/a3VwYW5n")).toBe(true);
    for (const key of ["/route-cache/APP_PAGE/abc/$/id/cari", "/route-cache/APP_PAGE/abc/$/en/edisi/x", "/route-cache/APP_PAGE/abc/$/id/organisasi/cari", "/route-cache/APP_PAGE/abc/$/id", "/route-cache/APP_ROUTE/abc/$/api/v1/search", "/route-cache/APP_ROUTE/abc/$/api/v1/sources/x"]) {
      expect(isSearchResultsKey(key)).toBe(false);
    }
  });
});
