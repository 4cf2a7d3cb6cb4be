import { describe, expect, it } from "vitest";
import { coverageOf } from "@/lib/awards/coverage";

describe("coverageOf", () => {
  it("says no data for an empty cell", () => {
    expect(coverageOf("e", [])).toEqual({ state: "none" });
  });

  it("counts distinct sources across the cell's placings", () => {
    expect(
      coverageOf("e", [
        { id: "a", categoryId: "c", rank: 1, organizationId: "x", sourceIds: ["hn"] },
        { id: "b", categoryId: "c", rank: 2, organizationId: "y", sourceIds: ["hn"] },
      ]),
    ).toEqual({ state: "single", sources: 1 });
    expect(
      coverageOf("e", [
        { id: "a", categoryId: "c", rank: 3, organizationId: "x", sourceIds: ["hn", "nagekeokab"] },
        { id: "b", categoryId: "c", rank: 1, organizationId: "y", sourceIds: ["hn"] },
      ]),
    ).toEqual({ state: "sourced", sources: 2 });
  });

  it("puts a disagreement above everything else", () => {
    expect(
      coverageOf("e", [
        { id: "a", categoryId: "c", rank: 1, organizationId: "x", sourceIds: ["hn"] },
        { id: "b", categoryId: "c", rank: 1, organizationId: "y", sourceIds: ["top"] },
      ]),
    ).toEqual({ state: "disagree", sources: 2 });
  });

  it("does not count two unranked sector winners as a disagreement", () => {
    expect(
      coverageOf("e", [
        { id: "a", categoryId: "c", rank: null, organizationId: "x", sourceIds: ["hn"] },
        { id: "b", categoryId: "c", rank: null, organizationId: "y", sourceIds: ["top"] },
      ]),
    ).toEqual({ state: "sourced", sources: 2 });
  });
});
