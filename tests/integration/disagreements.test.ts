// Sources disagreeing, checked on the real database: a second source naming another recipient for a rank that
// is already claimed. The seed has no such case (its sources agree within each ceremony), so the test adds one
// (a valid quote from a stored article) and removes it afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coverageOf } from "@/lib/awards/coverage";
import { disagreementsOf } from "@/lib/awards/disagreements";
import { getEdition, getProvinceOverview } from "@/lib/awards/queries";
import { locateQuote } from "@/lib/awards/quote";
import { db } from "./db";

const EDITION = "nusa-tenggara-timur-2025-07-21";
const CONFLICT = "test-conflict-pemda-1-belu";

beforeAll(async () => {
  const source = await db.source.findUniqueOrThrow({ where: { id: "topnewsntt-2025-07-21" }, select: { text: true } });
  const quote = "Kategori Pemda (terbaik 3 Belu, Terbaik 2 TTU, Terbaik 1 Nagekeo)";
  await db.claim.create({
    data: {
      id: CONFLICT,
      editionId: EDITION,
      categoryId: `${EDITION}-pemda`,
      rank: 1,
      organizationId: "kabupaten-belu",
      citations: { create: { sourceId: "topnewsntt-2025-07-21", quote, ...locateQuote(source.text, quote), recipientName: "Belu" } },
    },
  });
});
afterAll(async () => {
  await db.claim.deleteMany({ where: { id: CONFLICT } });
});

describe("sources disagree", () => {
  it("flags the two recipients of one rank, and the recipient placed at two ranks", async () => {
    const edition = (await getEdition(EDITION))!;
    const pemda = edition.claims.filter((c) => c.category.key === "pemda");
    const found = disagreementsOf(pemda);
    expect(
      found
        .get(CONFLICT)
        ?.map((d) => [d.otherClaimId, d.reason])
        .sort(),
    ).toEqual([
      [`${EDITION}-pemda-1`, "different_recipient"],
      [`${EDITION}-pemda-3`, "different_rank"],
    ]);
    expect(found.get(`${EDITION}-pemda-1`)?.[0]?.reason).toBe("different_recipient");
    expect(found.has(`${EDITION}-pemda-2`)).toBe(false);
  });

  it("turns the province grid's cell to “sources disagree”, and leaves the other ceremony alone", async () => {
    const overview = (await getProvinceOverview("nusa-tenggara-timur"))!;
    const cell = (editionId: string, group: string) =>
      coverageOf(
        editionId,
        overview.claims.filter((c) => c.editionId === editionId && c.groupKey === group),
      );
    expect(cell(EDITION, "pemda")).toEqual({ state: "disagree", sources: 1 });
    expect(cell("nusa-tenggara-timur-2024-07-25", "pemda")).toEqual({ state: "sourced", sources: 2 });
    expect(cell("nusa-tenggara-timur-2024-07-25", "financial-services")).toEqual({ state: "single", sources: 1 });
    expect(cell("nusa-tenggara-timur-2024-07-25", "health")).toEqual({ state: "none" });
  });
});
