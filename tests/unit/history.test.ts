import { describe, expect, it } from "vitest";
import { describeChange } from "@/lib/awards/history";

const base = {
  rank: 2,
  organizationId: "a",
  organization: { name: "A" },
  inferences: [],
  inferenceNote: null,
  retractedAt: null,
  citations: [{ sourceId: "s", quote: "q1" }],
};

describe("describeChange", () => {
  it("lists what a correction changed, field by field", () => {
    const after = {
      ...base,
      rank: 1,
      organizationId: "b",
      organization: { name: "B" },
      citations: [...base.citations, { sourceId: "t", quote: "q2" }],
    };
    expect(describeChange(base, after)).toEqual([
      { field: "rank", from: 2, to: 1 },
      { field: "recipient", from: "A", to: "B" },
      { field: "citation", sourceId: "t", quote: "q2" },
    ]);
  });

  it("reports a retraction with its reason, and nothing for an unchanged snapshot", () => {
    expect(describeChange(base, { ...base, retractedAt: "2026-01-01T00:00:00Z", retractReason: "salah baca" })).toEqual([
      { field: "retracted", reason: "salah baca" },
    ]);
    expect(describeChange(base, base)).toEqual([]);
    expect(describeChange(null, undefined)).toEqual([]);
  });
});

describe("describeChange for organisations and editions", () => {
  const org = {
    name: "Kopdit TLM",
    kind: "cooperative",
    regionCode: null,
    note: null,
    mergedIntoId: null,
    aliases: [{ spelling: "Kopdit TLM", sourceId: "s1" }],
  };
  it("lists an organisation's renamed fields and a new spelling", () => {
    const after = {
      ...org,
      name: "Koperasi Kredit TLM",
      regionCode: "53.71",
      aliases: [...org.aliases, { spelling: "KOPDIR TLM", sourceId: "s2" }],
    };
    expect(describeChange(org, after)).toEqual([
      { field: "attribute", key: "name", from: "Kopdit TLM", to: "Koperasi Kredit TLM" },
      { field: "attribute", key: "regionCode", from: null, to: "53.71" },
      { field: "alias", spelling: "KOPDIR TLM", sourceId: "s2" },
    ]);
  });
  it("says where a merged record went and which spellings moved with it", () => {
    expect(describeChange(org, { ...org, mergedIntoId: "x", mergedInto: { name: "X" }, aliases: [] })).toEqual([
      { field: "mergedInto", name: "X" },
      { field: "aliasRemoved", spelling: "Kopdit TLM" },
    ]);
  });
  it("says which duplicate a record absorbed", () => {
    expect(describeChange(org, { ...org, mergedFrom: { id: "d", name: "Kopdir TLM" } })).toEqual([
      { field: "mergedFrom", name: "Kopdir TLM" },
    ]);
  });
  it("reports a created record, and an edition's new date and cited fact", () => {
    expect(describeChange(null, { name: "Baru" })).toEqual([{ field: "created" }]);
    const ed = { yearLabel: "2024", ceremonyDate: "2025-07-21T00:00:00.000Z", facts: [] };
    expect(
      describeChange(ed, {
        ...ed,
        ceremonyDate: "2025-07-22T00:00:00.000Z",
        facts: [{ kind: "venue", value: "Kupang", citations: [{ sourceId: "s", quote: "di Kupang" }] }],
      }),
    ).toEqual([
      { field: "attribute", key: "ceremonyDate", from: "2025-07-21", to: "2025-07-22" },
      { field: "fact", kind: "venue", value: "Kupang", sourceId: "s", quote: "di Kupang" },
    ]);
  });
});
