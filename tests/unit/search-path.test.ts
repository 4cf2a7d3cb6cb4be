import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSearchResultsKey } from "@/cache/search-paths.mjs";
import { parseSearchQuery, queryFromPathSegment, searchPathSegment, SEARCH_QUERY_MAX } from "@/lib/search/params";

describe("a search as a path segment (proxy.ts rewrites /cari?q= to /cari/<segment>)", () => {
  it("gives back what the page must search for, whatever was typed, and the same reason when it cannot be searched", () => {
    fc.assert(
      fc.property(
        fc
          .oneof(fc.string({ minLength: 1, maxLength: 300, unit: "grapheme" }), fc.stringMatching(/^\s{0,150}[a-z ]{0,150}\s{0,150}$/))
          .filter((s) => s !== ""),
        (typed) => {
          const segment = searchPathSegment(typed);
          // nothing a person types can change the path: no slash, dot, percent, ? or #
          expect(segment).toMatch(/^[A-Za-z0-9_-]+$/);
          expect(segment.length).toBeLessThan(600);
          const back = queryFromPathSegment(segment);
          expect(back).not.toBeNull();
          expect(parseSearchQuery(back)).toEqual(parseSearchQuery(typed));
        },
      ),
      { numRuns: 3000 },
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
    expect(queryFromPathSegment(segment)!.length).toBe(SEARCH_QUERY_MAX + 1);
  });

  it("keeps the reason of a text that cannot be searched", () => {
    expect(parseSearchQuery(queryFromPathSegment(searchPathSegment("   ")))).toEqual({ ok: false, error: "tooShort" });
    expect(parseSearchQuery(queryFromPathSegment(searchPathSegment(`a${" ".repeat(150)}b`)))).toEqual({ ok: false, error: "tooLong" });
  });

  it("refuses a segment it did not make (a hand-typed /cari/kupang, or a query it would have trimmed, is not found)", () => {
    const untrimmed = Buffer.from(" kupang").toString("base64url");
    const huge = Buffer.from("a".repeat(200)).toString("base64url");
    for (const s of ["kupang", "a+b", "..", "%2e%2e", "a/b", "", "YQ==", untrimmed, huge]) expect(queryFromPathSegment(s)).toBeNull();
  });
});

describe("the page cache keeps search results in memory only", () => {
  it("knows a search results key from any other page's", () => {
    expect(isSearchResultsKey("/route-cache/APP_PAGE/abc/$/id/cari/a3VwYW5n")).toBe(true);
    expect(isSearchResultsKey("/route-cache/APP_PAGE/abc/$/en/cari/a3VwYW5n")).toBe(true);
    expect(isSearchResultsKey("/route-cache/APP_ROUTE/abc/$/api/v1/search/a3VwYW5n")).toBe(true);
    for (const key of [
      "/route-cache/APP_PAGE/abc/$/id/cari",
      "/route-cache/APP_PAGE/abc/$/en/edisi/x",
      "/route-cache/APP_PAGE/abc/$/id/organisasi/cari",
      "/route-cache/APP_PAGE/abc/$/id",
      "/route-cache/APP_ROUTE/abc/$/api/v1/search",
      "/route-cache/APP_ROUTE/abc/$/api/v1/sources/x",
    ]) {
      expect(isSearchResultsKey(key)).toBe(false);
    }
  });
});
