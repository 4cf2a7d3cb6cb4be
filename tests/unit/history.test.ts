import { describe, expect, it } from "vitest";
import { describeChange } from "@/lib/awards/history";

const base = { rank: 2, organizationId: "a", organization: { name: "A" }, inferences: [], inferenceNote: null, retractedAt: null, citations: [{ sourceId: "s", quote: "q1" }] };

describe("describeChange", () => {
  it("lists what a correction changed, field by field", () => {
    const after = { ...base, rank: 1, organizationId: "b", organization: { name: "B" }, citations: [...base.citations, { sourceId: "t", quote: "q2" }] };
    expect(describeChange(base, after)).toEqual([
      { field: "rank", from: 2, to: 1 },
      { field: "recipient", from: "A", to: "B" },
      { field: "citation", sourceId: "t", quote: "q2" },
    ]);
  });

  it("reports a retraction with its reason, and nothing for an unchanged snapshot", () => {
    expect(describeChange(base, { ...base, retractedAt: "2026-01-01T00:00:00Z", retractReason: "salah baca" })).toEqual([{ field: "retracted", reason: "salah baca" }]);
    expect(describeChange(base, base)).toEqual([]);
    expect(describeChange(null, undefined)).toEqual([]);
  });
});
