import { describe, expect, it } from "vitest";
import { coverageOf } from "@/lib/awards/coverage";

describe("coverageOf", () => {
  it("says no data for an empty cell", () => {
    expect(coverageOf("e", "pemda", [])).toEqual({ state: "none" });
  });

  it("counts distinct sources across the cell's placings", () => {
    expect(coverageOf("e", "pemda", [
      { id: "a", rank: 1, organizationId: "x", sourceIds: ["hn"] },
      { id: "b", rank: 2, organizationId: "y", sourceIds: ["hn"] },
    ])).toEqual({ state: "single", sources: 1 });
    expect(coverageOf("e", "pemda", [
      { id: "a", rank: 3, organizationId: "x", sourceIds: ["hn", "nagekeokab"] },
      { id: "b", rank: 1, organizationId: "y", sourceIds: ["hn"] },
    ])).toEqual({ state: "sourced", sources: 2 });
  });

  it("puts a disagreement above everything else", () => {
    expect(coverageOf("e", "pemda", [
      { id: "a", rank: 1, organizationId: "x", sourceIds: ["hn"] },
      { id: "b", rank: 1, organizationId: "y", sourceIds: ["top"] },
    ])).toEqual({ state: "disagree", sources: 2 });
  });
});
