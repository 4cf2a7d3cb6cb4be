import { describe, expect, it } from "vitest";
import { findDisagreements } from "@/lib/awards/disagreements";

const claim = (id: string, rank: number | null, organizationId: string | null, editionId = "e1", categoryId = "e1-pemda") => ({
  id,
  editionId,
  categoryId,
  rank,
  organizationId,
});

describe("findDisagreements", () => {
  it("finds two sources naming different recipients for the same rank", () => {
    const found = findDisagreements([claim("a", 1, "belu"), claim("b", 1, "nagekeo"), claim("c", 2, "sikka")]);
    expect(found.get("a")).toEqual([{ claimId: "a", otherClaimId: "b", reason: "different_recipient" }]);
    expect(found.get("b")).toEqual([{ claimId: "b", otherClaimId: "a", reason: "different_recipient" }]);
    expect(found.has("c")).toBe(false);
  });

  it("finds one recipient given two ranks in the same edition and category", () => {
    const found = findDisagreements([claim("a", 1, "belu"), claim("b", 3, "belu")]);
    expect(found.get("a")?.[0]?.reason).toBe("different_rank");
    expect(found.get("b")?.[0]?.reason).toBe("different_rank");
  });

  it("does not confuse two ceremonies, or two categories, with a disagreement", () => {
    // Nagekeo is 3rd on 25 July 2024 and 1st on 21 July 2025: two editions, no conflict.
    const found = findDisagreements([
      claim("2024", 3, "nagekeo", "ntt-2024-07-25"),
      claim("2025", 1, "nagekeo", "ntt-2025-07-21"),
      claim("fs", 1, "kopdit-tlm", "ntt-2025-07-21", "financial-services"),
      claim("overall", 1, "kopdit-tlm", "ntt-2025-07-21", "overall"),
    ]);
    expect(found.size).toBe(0);
  });

  it("does not call a rank listed without a name a disagreement", () => {
    expect(findDisagreements([claim("a", 3, null), claim("b", 3, "x")]).size).toBe(0);
  });

  it("never calls several winners named without a rank a disagreement", () => {
    // Two winners of one sector, no rank: normal (one per sector, or two in one).
    expect(findDisagreements([claim("a", null, "pt-a"), claim("b", null, "pt-b"), claim("c", null, "pt-c")]).size).toBe(0);
    // A recipient named once without a rank and once ranked is not two ranks either.
    expect(findDisagreements([claim("a", null, "pt-a"), claim("b", 1, "pt-a")]).size).toBe(0);
  });
});
