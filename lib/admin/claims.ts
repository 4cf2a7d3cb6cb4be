import "server-only";
import { logChange } from "./change-log";
import type { Prisma } from "../generated/prisma/client";
import type { OrganizationKind } from "../generated/prisma/enums";
import { rupiahAmount } from "../awards/prize";
import { locateQuote, type Span } from "../awards/quote";
import { authorize, type Actor } from "../auth/authorize";
import { slugify } from "../slug";
import { freeId, organizationId } from "./ids";
import { conflict, invalid, missing, verbatimSpan, writeTransaction, type Failure, type Result } from "./result";
import { NEW_ORGANIZATION, type CitationWithdrawInput, type ClaimCreateInput, type ClaimUpdateInput } from "./schema";

// Every write: authorise (in here, whatever the caller did), validate against the stored data, change, and
// record the change with its reason, in one transaction. A stale version is refused, never overwritten.

const snapshotSelect = {
  id: true,
  version: true,
  rank: true,
  organizationId: true,
  inferences: true,
  inferenceNote: true,
  retractedAt: true,
  retractReason: true,
  editionId: true,
  categoryId: true,
  prizeText: true,
  organization: { select: { name: true } },
  citations: { select: { id: true, sourceId: true, quote: true, withdrawnAt: true }, orderBy: { id: "asc" } },
} satisfies Prisma.ClaimSelect;

export type ClaimSnapshot = Prisma.ClaimGetPayload<{ select: typeof snapshotSelect }>;

/** The claim as the conflict message shows it. */
export function claimLines(c: ClaimSnapshot): string[] {
  return [
    `${c.rank === null ? "Pemenang (tanpa peringkat)" : `Terbaik ${c.rank}`}: ${c.organization?.name ?? "tanpa nama"}`,
    ...(c.inferences.length ? [`Disimpulkan (${c.inferences.join(", ")}): ${c.inferenceNote ?? ""}`] : []),
    ...(c.retractedAt ? [`Ditarik: ${c.retractReason ?? ""}`] : []),
    `${c.citations.filter((x) => !x.withdrawnAt).length} kutipan`,
  ];
}

async function claimConflict(tx: Prisma.TransactionClient, id: string): Promise<Failure> {
  const current = await tx.claim.findUniqueOrThrow({ where: { id }, select: snapshotSelect });
  return conflict(tx, "claim", id, { version: current.version, lines: claimLines(current) });
}

type CitationInput = Pick<ClaimUpdateInput, "citationSourceId" | "citationQuote" | "citationRecipientName" | "citationRankWording">;
type RecipientInput = Pick<ClaimUpdateInput, "organizationId" | "newOrganizationName" | "newOrganizationKind">;
type LocatedCitation = { sourceId: string; quote: string; span: Span; recipientName: string | null; rankWording: string | null };

/** The new citation, found verbatim in its source; null when the form adds none. */
async function locateCitation(
  tx: Prisma.TransactionClient,
  input: CitationInput,
): Promise<{ ok: true; citation: LocatedCitation | null } | Failure> {
  if (!input.citationSourceId) return { ok: true, citation: null };
  const found = await verbatimSpan(tx, input.citationSourceId, input.citationQuote, { source: "citationSourceId", quote: "citationQuote" });
  if (!found.ok) return found;
  return {
    ok: true,
    citation: {
      sourceId: input.citationSourceId,
      quote: input.citationQuote,
      span: found.span,
      recipientName: input.citationRecipientName || null,
      rankWording: input.citationRankWording || null,
    },
  };
}

/**
 * The recipient: an existing organisation, none (a rank listed without a name), or a new organisation whose
 * first spelling is the name as the cited quote writes it (so a new record is sourced from its first moment).
 */
async function resolveRecipient(
  tx: Prisma.TransactionClient,
  actor: Actor,
  input: RecipientInput & { reason: string },
  citation: LocatedCitation | null,
): Promise<{ ok: true; organizationId: string | null } | Failure> {
  if (!input.organizationId) return { ok: true, organizationId: null };
  if (input.organizationId !== NEW_ORGANIZATION) {
    const org = await tx.organization.findUnique({ where: { id: input.organizationId }, select: { id: true, mergedIntoId: true } });
    if (!org) return invalid("organizationId", "Organisasi tidak ditemukan.");
    if (org.mergedIntoId) return invalid("organizationId", "Organisasi ini sudah digabung ke organisasi lain; pilih yang itu.");
    return { ok: true, organizationId: org.id };
  }
  if (!citation?.recipientName) return invalid("citationRecipientName", "Organisasi baru perlu nama seperti tertulis di kutipan.");
  const inQuote = locateQuote(citation.quote, citation.recipientName, { occurrence: 1 });
  const span = { start: citation.span.start + inQuote.start, end: citation.span.start + inQuote.end };
  const taken = await tx.organizationAlias.findUnique({
    where: { sourceId_start_end: { sourceId: citation.sourceId, ...span } },
    select: { organization: { select: { name: true } } },
  });
  if (taken)
    return invalid(
      "newOrganizationName",
      `Ejaan “${citation.recipientName}” di sumber ini sudah tercatat untuk ${taken.organization.name}; pilih organisasi itu.`,
    );
  const id = await organizationId(tx, input.newOrganizationName);
  const org = await tx.organization.create({
    data: {
      id,
      name: input.newOrganizationName,
      kind: input.newOrganizationKind as OrganizationKind,
      aliases: { create: { spelling: citation.recipientName, match: "certain", sourceId: citation.sourceId, ...span } },
    },
    select: { id: true, name: true, kind: true, aliases: { select: { spelling: true, sourceId: true, match: true } } },
  });
  await logChange(tx, { entity: "organization", id: id, action: "create", after: org, reason: input.reason, userId: actor.id });
  return { ok: true, organizationId: id };
}

const inferencesOf = (input: Pick<ClaimUpdateInput, "rankFromOrder" | "categoryFromContext" | "inferenceNote">) => {
  const inferences = [
    ...(input.rankFromOrder ? ["rank_from_order" as const] : []),
    ...(input.categoryFromContext ? ["category_from_context" as const] : []),
  ];
  return { inferences, inferenceNote: input.inferenceNote || null };
};

const citationData = (c: LocatedCitation) => ({
  sourceId: c.sourceId,
  quote: c.quote,
  ...c.span,
  recipientName: c.recipientName,
  rankWording: c.rankWording,
});

/** The edition of the chosen category: a placing is always in one of its edition's own categories. */
async function categoryEdition(tx: Prisma.TransactionClient, categoryId: string): Promise<{ ok: true; editionId: string } | Failure> {
  const category = await tx.editionCategory.findUnique({ where: { id: categoryId }, select: { editionId: true } });
  return category ? { ok: true, editionId: category.editionId } : invalid("categoryId", "Kategori edisi tidak ditemukan.");
}

/** The prize, as written inside one of the claim's quotes, with the rupiah amount the text gives. */
function prizeData(
  prizeText: string,
  quotes: readonly string[],
): { ok: true; value: { prizeText: string | null; prizeAmountRupiah: bigint | null } } | Failure {
  if (!prizeText) return { ok: true, value: { prizeText: null, prizeAmountRupiah: null } };
  if (!quotes.some((q) => q.includes(prizeText)))
    return invalid("prizeText", "Hadiah harus ditulis persis seperti dalam salah satu kutipan klaim ini.");
  const amount = rupiahAmount(prizeText);
  return { ok: true, value: { prizeText, prizeAmountRupiah: amount === null ? null : BigInt(amount) } };
}

/** Records a placing a source states, with at least its first citation. */
export async function createClaim(actorInput: Actor | null, input: ClaimCreateInput): Promise<Result<{ claim: ClaimSnapshot }>> {
  const actor = await authorize(actorInput);
  return writeTransaction(async (tx) => {
    const edition = await categoryEdition(tx, input.categoryId);
    if (!edition.ok) return edition;
    const located = await locateCitation(tx, input);
    if (!located.ok) return located;
    const prize = prizeData(input.prizeText, located.citation ? [located.citation.quote] : []);
    if (!prize.ok) return prize;
    const recipient = await resolveRecipient(tx, actor, input, located.citation);
    if (!recipient.ok) return recipient;
    // A second claim for the same place gets its own id: both stay visible, as sources may disagree.
    const id = await freeId(
      `${input.categoryId}-${input.rank ?? slugify(input.citationRecipientName || recipient.organizationId || "pemenang").slice(0, 60)}`,
      async (id) => Boolean(await tx.claim.findUnique({ where: { id }, select: { id: true } })),
    );
    await tx.claim.create({
      data: {
        id,
        editionId: edition.editionId,
        categoryId: input.categoryId,
        rank: input.rank,
        organizationId: recipient.organizationId,
        ...inferencesOf(input),
        ...prize.value,
        citations: { create: located.citation ? [citationData(located.citation)] : [] },
      },
    });
    const claim = await tx.claim.findUniqueOrThrow({ where: { id }, select: snapshotSelect });
    await logChange(tx, { entity: "claim", id: id, action: "create", after: claim, reason: input.reason, userId: actor.id });
    return { ok: true, value: { claim } } as const;
  });
}

/** Corrects a placing (rank, recipient, inference) and optionally adds a citation whose quote must be verbatim. */
export async function updateClaim(
  actorInput: Actor | null,
  input: ClaimUpdateInput,
): Promise<Result<{ claim: ClaimSnapshot; before: ClaimSnapshot }>> {
  const actor = await authorize(actorInput);
  return writeTransaction(async (tx) => {
    const before = await tx.claim.findUnique({ where: { id: input.claimId }, select: snapshotSelect });
    if (!before) return missing("Klaim tidak ditemukan.");
    if (before.retractedAt) return invalid("reason", "Klaim ini sudah ditarik.");
    if (before.version !== input.version) return claimConflict(tx, input.claimId);
    const edition = await categoryEdition(tx, input.categoryId);
    if (!edition.ok) return edition;
    const located = await locateCitation(tx, input);
    if (!located.ok) return located;
    const quotes = [
      ...before.citations.filter((c) => !c.withdrawnAt).map((c) => c.quote),
      ...(located.citation ? [located.citation.quote] : []),
    ];
    const prize = prizeData(input.prizeText, quotes);
    if (!prize.ok) return prize;
    const recipient = await resolveRecipient(tx, actor, input, located.citation);
    if (!recipient.ok) return recipient;
    // The version check and the write are one statement: a concurrent save that got here first makes this one miss.
    const { count } = await tx.claim.updateMany({
      where: { id: input.claimId, version: input.version },
      // The id (the permalink) stays when a correction moves the placing to another edition or category.
      data: {
        editionId: edition.editionId,
        categoryId: input.categoryId,
        rank: input.rank,
        organizationId: recipient.organizationId,
        ...inferencesOf(input),
        ...prize.value,
        version: { increment: 1 },
      },
    });
    if (count === 0) return claimConflict(tx, input.claimId);
    if (located.citation) await tx.citation.create({ data: { claimId: input.claimId, ...citationData(located.citation) } });
    const claim = await tx.claim.findUniqueOrThrow({ where: { id: input.claimId }, select: snapshotSelect });
    await logChange(tx, {
      entity: "claim",
      id: claim.id,
      action: located.citation ? "update+citation" : "update",
      before: before,
      after: claim,
      reason: input.reason,
      userId: actor.id,
    });
    return { ok: true, value: { claim, before } } as const;
  });
}

/** Retracts a placing: it leaves the public lists, keeps its permalink, and its history says why. */
export async function retractClaim(
  actorInput: Actor | null,
  input: { claimId: string; version: number; reason: string },
): Promise<Result<{ claim: ClaimSnapshot }>> {
  const actor = await authorize(actorInput);
  return writeTransaction(async (tx) => {
    const before = await tx.claim.findUnique({ where: { id: input.claimId }, select: snapshotSelect });
    if (!before) return missing("Klaim tidak ditemukan.");
    if (before.retractedAt) return invalid("reason", "Klaim ini sudah ditarik.");
    const { count } = await tx.claim.updateMany({
      where: { id: input.claimId, version: input.version, retractedAt: null },
      data: { retractedAt: new Date(), retractReason: input.reason, version: { increment: 1 } },
    });
    if (count === 0) return claimConflict(tx, input.claimId);
    const claim = await tx.claim.findUniqueOrThrow({ where: { id: input.claimId }, select: snapshotSelect });
    await logChange(tx, {
      entity: "claim",
      id: claim.id,
      action: "retract",
      before: before,
      after: claim,
      reason: input.reason,
      userId: actor.id,
    });
    return { ok: true, value: { claim } } as const;
  });
}

/**
 * Withdraws one piece of evidence that does not support the claim after all. It is kept (the history shows it)
 * but no longer shown as evidence. The last piece cannot go: a claim nobody supports is retracted instead.
 */
export async function withdrawCitation(
  actorInput: Actor | null,
  input: CitationWithdrawInput,
): Promise<Result<{ claim: ClaimSnapshot; sourceId: string }>> {
  const actor = await authorize(actorInput);
  return writeTransaction(async (tx) => {
    const before = await tx.claim.findUnique({ where: { id: input.claimId }, select: snapshotSelect });
    if (!before) return missing("Klaim tidak ditemukan.");
    if (before.retractedAt) return invalid("reason", "Klaim ini sudah ditarik.");
    const citation = before.citations.find((c) => c.id === input.citationId && !c.withdrawnAt);
    if (!citation) return invalid("citationId", "Kutipan ini bukan bukti aktif klaim ini.");
    if (before.citations.filter((c) => !c.withdrawnAt).length === 1)
      return invalid("reason", "Ini bukti terakhir klaim ini. Bila tidak ada sumber yang mendukungnya, tarik klaimnya.");
    const { count } = await tx.claim.updateMany({
      where: { id: input.claimId, version: input.version, retractedAt: null },
      data: { version: { increment: 1 } },
    });
    if (count === 0) return claimConflict(tx, input.claimId);
    await tx.citation.update({ where: { id: citation.id }, data: { withdrawnAt: new Date(), withdrawReason: input.reason } });
    const claim = await tx.claim.findUniqueOrThrow({ where: { id: input.claimId }, select: snapshotSelect });
    await logChange(tx, {
      entity: "claim",
      id: claim.id,
      action: "citation-withdraw",
      before: before,
      after: claim,
      reason: input.reason,
      userId: actor.id,
    });
    return { ok: true, value: { claim, sourceId: citation.sourceId } } as const;
  });
}

export { snapshotSelect as claimSnapshotSelect };
