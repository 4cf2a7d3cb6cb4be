import { describe, expect, it } from "vitest";
import { listClaimIds, listOrganizationIds, listSourceIds } from "@/lib/awards/queries";
import { db } from "./db";

// A build prerenders a limited number of pages of each numerous kind, the most cited first; the sitemap lists all.
describe("which pages a build prerenders", () => {
  it("lists every id without a limit, and the most cited ones with it", async () => {
    expect(await listClaimIds()).toHaveLength(await db.claim.count());
    expect(await listOrganizationIds()).toHaveLength(await db.organization.count());
    expect(await listSourceIds()).toHaveLength(await db.source.count());

    const claimCitations = await db.claim.findMany({ select: { id: true, _count: { select: { citations: true } } } });
    const counts = (await listClaimIds(3)).map((id) => claimCitations.find((c) => c.id === id)!._count.citations);
    expect(counts).toHaveLength(3);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(Math.max(...claimCitations.map((c) => c._count.citations)));
  });

  it("puts the organisations with the most placings first", async () => {
    const organizations = await db.organization.findMany({ select: { id: true, _count: { select: { claims: true } } } });
    const counts = (await listOrganizationIds(5)).map((id) => organizations.find((o) => o.id === id)!._count.claims);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(Math.max(...organizations.map((o) => o._count.claims)));
  });

  it("puts the most cited sources first", async () => {
    const sources = await db.source.findMany({ select: { id: true, _count: { select: { citations: true } } } });
    const counts = (await listSourceIds(2)).map((id) => sources.find((s) => s.id === id)!._count.citations);
    expect(counts[0]).toBe(Math.max(...sources.map((s) => s._count.citations)));
    expect(counts[0]).toBeGreaterThanOrEqual(counts[1]!);
  });
});
