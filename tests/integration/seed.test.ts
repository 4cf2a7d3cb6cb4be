import { describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed/load";
import { db } from "./db";

describe("the seed", () => {
  it("is idempotent: a second run adds nothing and changes nothing", async () => {
    const snapshot = async () => ({
      counts: await Promise.all([
        db.region.count(),
        db.edition.count(),
        db.claim.count(),
        db.citation.count(),
        db.organization.count(),
        db.organizationAlias.count(),
        db.editionFact.count(),
        db.source.count(),
        db.editionCategory.count(),
        db.change.count(),
      ]),
      citationIds: (await db.citation.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((c) => c.id),
    });
    const before = await snapshot();
    const counts = await seed(db);
    expect(await snapshot()).toEqual(before);
    expect(counts).toEqual({
      regions: 91599,
      editions: 2,
      claims: 33,
      citations: 66,
      organizations: 25,
      aliases: 35,
      facts: 18,
      categories: 11,
    });
  });
});
