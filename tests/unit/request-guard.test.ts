import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseClaimFilters } from "@/lib/awards/claim-filters";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { malformedUrlPart } from "@/lib/request-guard";
import { parseSearchQuery } from "@/lib/search/params";

describe("malformed addresses", () => {
  it.each([
    "/edisi/%zz",
    "/%zz",
    "/edisi/%C3%28",
    "/api/v1/sources/%zz",
    "/edisi/%00",
    "/organisasi/%00",
    "/provinsi/%00/2024",
    "/en/klaim/%1F",
    "q=ab%00cd",
  ])("refuses %s", (raw) => {
    expect(malformedUrlPart(raw)).not.toBeNull();
  });

  it.each(["/edisi/nusa-tenggara-timur-2025-07-21", "/cari", "q=kopdit%20tlm&x=%C3%A9", "/en/organisasi/kopdit-tlm", "/sumber/a%2Fb"])(
    "accepts %s",
    (raw) => {
      expect(malformedUrlPart(raw)).toBeNull();
    },
  );

  it("never throws, whatever the address (fuzzed)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (s) => {
        malformedUrlPart(s);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true }), (u) => {
        malformedUrlPart(new URL(u).pathname);
      }),
      { numRuns: 500 },
    );
  });

  it("refuses a control character in a search text, in the page's and the API's rule alike", () => {
    expect(parseSearchQuery("ab\u0000cd")).toEqual({ ok: false, error: "invalid" });
    expect(parseClaimFilters(new URLSearchParams("q=ab%00cd"))).toMatchObject({ ok: false, parameter: "q" });
  });
});

describe("an unreachable database", () => {
  it("is told apart from other faults, through the error's causes", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(
      isDatabaseUnavailable(
        new Error("wrapped", { cause: { code: "57P01", message: "terminating connection due to administrator command" } }),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error("Unique constraint failed"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
