import "server-only";
import { db } from "../db";

// Reads for the admin screens: always fresh (never cached), and only after requireEditor().

export async function getClaimForEdit(id: string) {
  const claim = await db.claim.findUnique({
    where: { id },
    select: {
      id: true, version: true, rank: true, organizationId: true, inferences: true, inferenceNote: true, retractedAt: true, retractReason: true,
      category: { select: { key: true, nameId: true } },
      edition: { select: { id: true, ceremonyDate: true, province: { select: { name: true } } } },
      citations: { select: { id: true, quote: true, source: { select: { id: true, publisher: true } } }, orderBy: { id: "asc" } },
    },
  });
  if (!claim) return null;
  const [organizations, sources] = await Promise.all([
    db.organization.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.source.findMany({ select: { id: true, publisher: true, title: true, eventDate: true }, orderBy: [{ eventDate: "desc" }, { publisher: "asc" }] }),
  ]);
  return { claim, organizations, sources };
}

export async function listRecentChanges(limit = 20) {
  return db.change.findMany({
    orderBy: { id: "desc" },
    take: limit,
    select: { id: true, entityType: true, entityId: true, action: true, reason: true, createdAt: true, user: { select: { name: true } } },
  });
}

/** Claims a careful editor should look at again: those with an inferred rank or category. */
export async function listClaimsToReview() {
  return db.claim.findMany({
    where: { retractedAt: null, NOT: { inferences: { isEmpty: true } } },
    orderBy: { id: "asc" },
    select: { id: true, rank: true, inferences: true, category: { select: { nameId: true } }, organization: { select: { name: true } } },
  });
}
