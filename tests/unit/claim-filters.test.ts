import { describe, expect, it } from "vitest";
import { parseClaimFilters } from "@/lib/awards/claim-filters";

const parse = (query: string) => parseClaimFilters(new URLSearchParams(query));

describe("parseClaimFilters", () => {
  it("accepts every filter in its documented form", () => {
    expect(parse("province=53&year=2024&level=province&category=pemdes-kelurahan&organization=kopdit-tlm")).toEqual({
      ok: true,
      data: { province: "53", year: "2024", level: "province", category: "pemdes-kelurahan", organization: "kopdit-tlm" },
    });
    expect(parse("province=nusa-tenggara-timur")).toEqual({ ok: true, data: { province: "nusa-tenggara-timur" } });
    expect(parse("")).toEqual({ ok: true, data: {} });
  });

  it.each([
    ["category=Health Care", "category", /category: a category group key/],
    ["year=24", "year", /four digits/],
    ["level=regional", "level", /level: one of national, province/],
    ["province=N.T.T", "province", /Kemendagri code/],
    ["province=", "province", /empty/],
    ["year=2024&year=2025", "year", /once/],
    ["organisation=kopdit-tlm", "organisation", /unknown parameter "organisation"/],
  ])("refuses %s with a message naming the parameter", (query, parameter, message) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.parameter).toBe(parameter);
    expect(result.message).toMatch(message);
  });
});

describe("parseClaimFilters: q, pagination, format", () => {
  it("reads page and perPage as numbers, and format", () => {
    expect(parse("q=kopdit&page=2&perPage=10&format=csv")).toEqual({
      ok: true,
      data: { q: "kopdit", page: 2, perPage: 10, format: "csv" },
    });
  });
  it.each([
    ["page=0", "page"],
    ["page=1.5", "page"],
    ["perPage=501", "perPage"],
    ["format=xml", "format"],
    ["q=a", "q"],
  ])("refuses %s", (query, parameter) => {
    const result = parse(query);
    expect(result.ok || result.parameter).toBe(parameter);
  });
});
