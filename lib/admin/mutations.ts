import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { locateQuote, QuoteNotFoundError } from "../awards/quote";
import { slugify } from "../slug";
import { authorize, type Actor } from "../auth/authorize";
import type { ClaimRetractInput, ClaimUpdateInput, SourceCreateInput } from "./schema";

// Every write: authorise (in here, whatever the caller did), validate against the stored data, change,
// record the change with its reason, in one transaction. A stale version is refused, never overwritten.

export type Result<T> =
  | { ok: true; value: T }
  | { ok: false; kind: "invalid"; field: string; message: string }
  | { ok: false; kind: "conflict"; message: string; current: ClaimSnapshot; lastChange: { by: string; at: string; reason: string } | null }
  | { ok: false; kind: "duplicate"; message: string; existingId: string }
  | { ok: false; kind: "missing"; message: string };

const snapshotSelect = {
  id: true, version: true, rank: true, organizationId: true, inferences: true, inferenceNote: true, retractedAt: true, retractReason: true,
  editionId: true, categoryKey: true, organization: { select: { name: true } },
  citations: { select: { sourceId: true, quote: true }, orderBy: { id: "asc" } },
} satisfies Prisma.ClaimSelect;

export type ClaimSnapshot = Prisma.ClaimGetPayload<{ select: typeof snapshotSelect }>;

const asJson = (s: ClaimSnapshot) => JSON.parse(JSON.stringify(s)) as Prisma.InputJsonValue;

async function conflict(tx: Prisma.TransactionClient, claimId: string): Promise<Result<never>> {
  const current = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: snapshotSelect });
  const last = await tx.change.findFirst({ where: { entityType: "claim", entityId: claimId }, orderBy: { id: "desc" }, select: { createdAt: true, reason: true, user: { select: { name: true } } } });
  return {
    ok: false,
    kind: "conflict",
    message: `Klaim ini sudah diubah orang lain (sekarang versi ${current.version}). Periksa perubahannya; isian Anda tetap tersimpan di formulir.`,
    current,
    lastChange: last && { by: last.user.name, at: last.createdAt.toISOString(), reason: last.reason },
  };
}

/** Corrects a placing (rank, recipient, inference) and optionally adds a citation whose quote must be verbatim. */
export async function updateClaim(actorInput: Actor | null, input: ClaimUpdateInput): Promise<Result<{ claim: ClaimSnapshot; before: ClaimSnapshot }>> {
  const actor = await authorize(actorInput);
  return db.$transaction(async (tx) => {
    const before = await tx.claim.findUnique({ where: { id: input.claimId }, select: snapshotSelect });
    if (!before) return { ok: false, kind: "missing", message: "Klaim tidak ditemukan." } as const;
    if (before.retractedAt) return { ok: false, kind: "invalid", field: "reason", message: "Klaim ini sudah ditarik." } as const;
    if (before.version !== input.version) return conflict(tx, input.claimId);

    const organizationId = input.organizationId || null;
    if (organizationId && !(await tx.organization.findUnique({ where: { id: organizationId }, select: { id: true } }))) {
      return { ok: false, kind: "invalid", field: "organizationId", message: "Organisasi tidak ditemukan." } as const;
    }
    if (input.citationSourceId) {
      const source = await tx.source.findUnique({ where: { id: input.citationSourceId }, select: { text: true } });
      if (!source) return { ok: false, kind: "invalid", field: "citationSourceId", message: "Sumber tidak ditemukan." } as const;
      let span;
      try {
        span = locateQuote(source.text, input.citationQuote, { occurrence: 1 });
      } catch (e) {
        if (e instanceof QuoteNotFoundError) return { ok: false, kind: "invalid", field: "citationQuote", message: "Kutipan ini tidak ditemukan persis (huruf demi huruf) dalam teks sumber yang dipilih." } as const;
        throw e;
      }
      await tx.citation.create({ data: { claimId: input.claimId, sourceId: input.citationSourceId, quote: input.citationQuote, ...span } });
    }
    const inferences = [...(input.rankFromOrder ? ["rank_from_order" as const] : []), ...(input.categoryFromContext ? ["category_from_context" as const] : [])];
    // The version check and the write are one statement: a concurrent save that got here first makes this one miss.
    const { count } = await tx.claim.updateMany({
      where: { id: input.claimId, version: input.version },
      data: { rank: input.rank, organizationId, inferences, inferenceNote: inferences.length ? input.inferenceNote : input.inferenceNote || null, version: { increment: 1 } },
    });
    if (count === 0) return conflict(tx, input.claimId);
    const claim = await tx.claim.findUniqueOrThrow({ where: { id: input.claimId }, select: snapshotSelect });
    await tx.change.create({ data: { entityType: "claim", entityId: claim.id, action: input.citationSourceId ? "update+citation" : "update", before: asJson(before), after: asJson(claim), reason: input.reason, userId: actor.id } });
    return { ok: true, value: { claim, before } } as const;
  });
}

/** Retracts a placing: it leaves the public lists, keeps its permalink, and its history says why. */
export async function retractClaim(actorInput: Actor | null, input: ClaimRetractInput): Promise<Result<{ claim: ClaimSnapshot }>> {
  const actor = await authorize(actorInput);
  return db.$transaction(async (tx) => {
    const before = await tx.claim.findUnique({ where: { id: input.claimId }, select: snapshotSelect });
    if (!before) return { ok: false, kind: "missing", message: "Klaim tidak ditemukan." } as const;
    if (before.retractedAt) return { ok: false, kind: "invalid", field: "reason", message: "Klaim ini sudah ditarik." } as const;
    const { count } = await tx.claim.updateMany({
      where: { id: input.claimId, version: input.version, retractedAt: null },
      data: { retractedAt: new Date(), retractReason: input.reason, version: { increment: 1 } },
    });
    if (count === 0) return conflict(tx, input.claimId);
    const claim = await tx.claim.findUniqueOrThrow({ where: { id: input.claimId }, select: snapshotSelect });
    await tx.change.create({ data: { entityType: "claim", entityId: claim.id, action: "retract", before: asJson(before), after: asJson(claim), reason: input.reason, userId: actor.id } });
    return { ok: true, value: { claim } } as const;
  });
}

/** Stores a new article verbatim. The same URL or the same text already stored is refused, naming the existing one. */
export async function createSource(actorInput: Actor | null, input: SourceCreateInput): Promise<Result<{ id: string }>> {
  const actor = await authorize(actorInput);
  return db.$transaction(async (tx) => {
    const duplicate = await tx.source.findFirst({ where: { OR: [...(input.url ? [{ url: input.url }] : []), { text: input.text }] }, select: { id: true, url: true } });
    if (duplicate) {
      const byUrl = input.url && duplicate.url === input.url;
      return { ok: false, kind: "duplicate", existingId: duplicate.id, message: byUrl ? "Sumber dengan alamat web ini sudah tersimpan." : "Teks artikel yang sama sudah tersimpan." } as const;
    }
    const base = slugify(`${input.publisher}-${input.publishedAt ?? input.eventDate ?? "tanpa-tanggal"}`).slice(0, 80) || "sumber";
    let id = base;
    for (let n = 2; await tx.source.findUnique({ where: { id }, select: { id: true } }); n++) id = `${base}-${n}`;
    const day = (d?: string) => (d ? new Date(`${d}T00:00:00Z`) : null);
    const source = await tx.source.create({
      data: { id, publisher: input.publisher, title: input.title ?? null, url: input.url ?? null, text: input.text, publishedAt: day(input.publishedAt), eventDate: day(input.eventDate), language: "id" },
      select: { id: true, publisher: true, title: true, url: true, publishedAt: true, eventDate: true },
    });
    await tx.change.create({ data: { entityType: "source", entityId: id, action: "create", before: undefined, after: JSON.parse(JSON.stringify(source)), reason: input.reason, userId: actor.id } });
    return { ok: true, value: { id } } as const;
  });
}
