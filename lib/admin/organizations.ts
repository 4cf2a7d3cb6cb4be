import "server-only";
import type { ChangeAction } from "../history/change-kinds";
import { logChange } from "./change-log";
import type { Prisma } from "../generated/prisma/client";
import { authorize, type Actor } from "../auth/authorize";
import { organizationId } from "./ids";
import { conflict, invalid, missing, verbatimSpan, writeTransaction, type Failure, type Result } from "./result";
import { claimSnapshotSelect, type ClaimSnapshot } from "./claims";
import type { OrganizationKind } from "../generated/prisma/enums";
import {
  NEW_ORGANIZATION,
  type AliasCreateInput,
  type AliasMoveInput,
  type OrganizationMergeInput,
  type OrganizationUpdateInput,
} from "./schema";

const snapshotSelect = {
  id: true,
  version: true,
  name: true,
  kind: true,
  kindNote: true,
  regionCode: true,
  regionNote: true,
  note: true,
  mergedIntoId: true,
  mergedInto: { select: { name: true } },
  aliases: { select: { spelling: true, sourceId: true, match: true, note: true }, orderBy: { id: "asc" } },
} satisfies Prisma.OrganizationSelect;

export type OrganizationSnapshot = Prisma.OrganizationGetPayload<{ select: typeof snapshotSelect }>;

export function organizationLines(o: OrganizationSnapshot): string[] {
  return [
    `${o.name} (${o.kind}${o.regionCode ? `, wilayah ${o.regionCode}` : ""})`,
    ...(o.note ? [`Catatan: ${o.note}`] : []),
    `Ejaan: ${o.aliases.map((a) => `“${a.spelling}”`).join(", ") || "–"}`,
    ...(o.mergedInto ? [`Digabung ke ${o.mergedInto.name}`] : []),
  ];
}

async function organizationConflict(tx: Prisma.TransactionClient, id: string): Promise<Failure> {
  const current = await tx.organization.findUniqueOrThrow({ where: { id }, select: snapshotSelect });
  return conflict(tx, "organization", id, { version: current.version, lines: organizationLines(current) });
}

/** Loads the organisation for a write: it must exist, not be merged away, and be at the version the form saw. */
async function editable(
  tx: Prisma.TransactionClient,
  id: string,
  version: number,
): Promise<{ ok: true; before: OrganizationSnapshot } | Failure> {
  const before = await tx.organization.findUnique({ where: { id }, select: snapshotSelect });
  if (!before) return missing("Organisasi tidak ditemukan.");
  if (before.mergedIntoId) return invalid("reason", `Organisasi ini sudah digabung ke ${before.mergedInto?.name ?? before.mergedIntoId}.`);
  if (before.version !== version) return organizationConflict(tx, id);
  return { ok: true, before };
}

/** Bumps the version if it is still `version` (one statement, so two concurrent saves cannot both pass). */
async function bump(tx: Prisma.TransactionClient, id: string, version: number, data: Prisma.OrganizationUncheckedUpdateManyInput = {}) {
  const { count } = await tx.organization.updateMany({
    where: { id, version, mergedIntoId: null },
    data: { ...data, version: { increment: 1 } },
  });
  return count === 1;
}

async function record(
  tx: Prisma.TransactionClient,
  actor: Actor,
  id: string,
  action: ChangeAction,
  before: OrganizationSnapshot,
  reason: string,
  note: object = {},
) {
  const after = await tx.organization.findUniqueOrThrow({ where: { id }, select: snapshotSelect });
  await logChange(tx, { entity: "organization", id: id, action, before: before, after: { ...after, ...note }, reason, userId: actor.id });
  return after;
}

/** The organisation a merge or a split moves things to: it must exist and not be merged away itself. */
async function liveTarget(tx: Prisma.TransactionClient, id: string): Promise<{ ok: true; target: OrganizationSnapshot } | Failure> {
  const target = await tx.organization.findUnique({ where: { id }, select: snapshotSelect });
  if (!target) return invalid("targetId", "Organisasi tujuan tidak ditemukan.");
  if (target.mergedIntoId)
    return invalid("targetId", `Organisasi tujuan sudah digabung ke ${target.mergedInto?.name ?? target.mergedIntoId}; pilih yang itu.`);
  return { ok: true, target };
}

/** Re-points placings to another organisation; each bumps its version and records the move in its own history. */
async function moveClaims(
  tx: Prisma.TransactionClient,
  actor: Actor,
  claims: ClaimSnapshot[],
  targetId: string,
  action: "merge" | "split",
  reason: string,
) {
  for (const before of claims) {
    await tx.claim.update({ where: { id: before.id }, data: { organizationId: targetId, version: { increment: 1 } } });
    const after = await tx.claim.findUniqueOrThrow({ where: { id: before.id }, select: claimSnapshotSelect });
    await logChange(tx, { entity: "claim", id: before.id, action, before: before, after: after, reason, userId: actor.id });
  }
}

/** Edits the display name, kind, region and notes. The spellings the sources use are not touched. */
export async function updateOrganization(
  actorInput: Actor | null,
  input: OrganizationUpdateInput,
): Promise<Result<{ organization: OrganizationSnapshot }>> {
  const actor = await authorize(actorInput);
  return writeTransaction(async (tx) => {
    const loaded = await editable(tx, input.organizationId, input.version);
    if (!loaded.ok) return loaded;
    if (input.regionCode && !(await tx.region.findUnique({ where: { code: input.regionCode }, select: { code: true } }))) {
      return invalid("regionCode", "Kode wilayah ini tidak ada dalam data wilayah Kemendagri.");
    }
    const ok = await bump(tx, input.organizationId, input.version, {
      name: input.name,
      kind: input.kind,
      kindNote: input.kindNote ?? null,
      regionCode: input.regionCode ?? null,
      regionNote: input.regionNote ?? null,
      note: input.note ?? null,
    });
    if (!ok) return organizationConflict(tx, input.organizationId);
    return {
      ok: true,
      value: { organization: await record(tx, actor, input.organizationId, "update", loaded.before, input.reason) },
    } as const;
  });
}

/** Adds a spelling a source uses for this organisation; it must be written exactly so in that source. */
export async function addAlias(actorInput: Actor | null, input: AliasCreateInput): Promise<Result<{ organization: OrganizationSnapshot }>> {
  const actor = await authorize(actorInput);
  return writeTransaction(async (tx) => {
    const loaded = await editable(tx, input.organizationId, input.version);
    if (!loaded.ok) return loaded;
    const found = await verbatimSpan(tx, input.sourceId, input.spelling, { source: "sourceId", quote: "spelling" });
    if (!found.ok)
      return found.kind === "invalid" && found.field === "spelling"
        ? invalid("spelling", "Ejaan ini tidak tertulis persis (huruf demi huruf) dalam teks sumber yang dipilih.")
        : found;
    const taken = await tx.organizationAlias.findUnique({
      where: { sourceId_start_end: { sourceId: input.sourceId, ...found.span } },
      select: { organization: { select: { id: true, name: true } } },
    });
    if (taken)
      return invalid(
        "spelling",
        taken.organization.id === input.organizationId
          ? "Ejaan ini dari sumber ini sudah tercatat."
          : `Ejaan ini di sumber ini sudah tercatat untuk ${taken.organization.name}. Gabungkan kedua organisasi bila keduanya sama.`,
      );
    if (!(await bump(tx, input.organizationId, input.version))) return organizationConflict(tx, input.organizationId);
    await tx.organizationAlias.create({
      data: {
        organizationId: input.organizationId,
        sourceId: input.sourceId,
        spelling: input.spelling,
        match: input.match,
        note: input.aliasNote ?? null,
        ...found.span,
      },
    });
    return {
      ok: true,
      value: { organization: await record(tx, actor, input.organizationId, "alias", loaded.before, input.reason) },
    } as const;
  });
}

/**
 * Merges a duplicate record into another: its spellings and placings move, it keeps its id as a pointer (its
 * permalink redirects), and every moved placing records the change in its own history.
 */
export async function mergeOrganizations(
  actorInput: Actor | null,
  input: OrganizationMergeInput,
): Promise<Result<{ from: OrganizationSnapshot; into: OrganizationSnapshot; movedClaims: { id: string; editionId: string }[] }>> {
  const actor = await authorize(actorInput);
  return writeTransaction(async (tx) => {
    const loaded = await editable(tx, input.organizationId, input.version);
    if (!loaded.ok) return loaded;
    const found = await liveTarget(tx, input.targetId);
    if (!found.ok) return found;
    const target = found.target;
    if (input.targetVersion !== undefined && target.version !== input.targetVersion) return organizationConflict(tx, target.id);

    const claims = await tx.claim.findMany({ where: { organizationId: input.organizationId }, select: claimSnapshotSelect });
    await tx.organizationAlias.updateMany({ where: { organizationId: input.organizationId }, data: { organizationId: target.id } });
    await moveClaims(tx, actor, claims, target.id, "merge", input.reason);
    // Records merged into this one earlier now point at the target directly: one redirect, never a chain.
    await tx.organization.updateMany({ where: { mergedIntoId: input.organizationId }, data: { mergedIntoId: target.id } });
    if (!(await bump(tx, input.organizationId, input.version, { mergedIntoId: target.id })))
      return organizationConflict(tx, input.organizationId);
    await tx.organization.update({ where: { id: target.id }, data: { version: { increment: 1 } } });
    const from = await record(tx, actor, input.organizationId, "merge-into", loaded.before, input.reason);
    const into = await record(tx, actor, target.id, "merge-from", target, input.reason, { mergedFrom: { id: from.id, name: from.name } });
    return { ok: true, value: { from, into, movedClaims: claims.map((c) => ({ id: c.id, editionId: c.editionId })) } } as const;
  });
}

/**
 * Splits a spelling off a record it was wrongly attached to (e.g. a "probable" match that proved to be another
 * company): the spelling moves to another or a new organisation, and, if asked, so do this record's placings
 * whose citation names the recipient with that spelling in that source.
 */
export async function moveAlias(
  actorInput: Actor | null,
  input: AliasMoveInput,
): Promise<Result<{ from: OrganizationSnapshot; into: OrganizationSnapshot; movedClaims: { id: string; editionId: string }[] }>> {
  const actor = await authorize(actorInput);
  return writeTransaction(async (tx) => {
    const loaded = await editable(tx, input.organizationId, input.version);
    if (!loaded.ok) return loaded;
    const alias = await tx.organizationAlias.findUnique({
      where: { id: input.aliasId },
      select: { id: true, organizationId: true, spelling: true, sourceId: true },
    });
    if (!alias || alias.organizationId !== input.organizationId) return invalid("aliasId", "Ejaan ini bukan milik organisasi ini.");

    let target: OrganizationSnapshot;
    let created = false;
    if (input.targetId === NEW_ORGANIZATION) {
      const id = await organizationId(tx, input.newOrganizationName);
      target = await tx.organization.create({
        data: { id, name: input.newOrganizationName, kind: input.newOrganizationKind as OrganizationKind },
        select: snapshotSelect,
      });
      created = true;
    } else {
      const found = await liveTarget(tx, input.targetId ?? "");
      if (!found.ok) return found;
      target = found.target;
    }

    if (!(await bump(tx, input.organizationId, input.version))) return organizationConflict(tx, input.organizationId);
    if (!created) await tx.organization.update({ where: { id: target.id }, data: { version: { increment: 1 } } });
    await tx.organizationAlias.update({
      where: { id: alias.id },
      data: { organizationId: target.id, match: input.match, note: input.aliasNote ?? null },
    });

    const claims = input.moveClaims
      ? await tx.claim.findMany({
          where: { organizationId: input.organizationId, citations: { some: { sourceId: alias.sourceId, recipientName: alias.spelling } } },
          select: claimSnapshotSelect,
        })
      : [];
    await moveClaims(tx, actor, claims, target.id, "split", input.reason);
    const from = await record(tx, actor, input.organizationId, "alias-out", loaded.before, input.reason);
    const into = created
      ? await (async () => {
          const after = await tx.organization.findUniqueOrThrow({ where: { id: target.id }, select: snapshotSelect });
          await logChange(tx, {
            entity: "organization",
            id: target.id,
            action: "create",
            after: after,
            reason: input.reason,
            userId: actor.id,
          });
          return after;
        })()
      : await record(tx, actor, target.id, "alias-in", target, input.reason);
    return { ok: true, value: { from, into, movedClaims: claims.map((c) => ({ id: c.id, editionId: c.editionId })) } } as const;
  });
}
