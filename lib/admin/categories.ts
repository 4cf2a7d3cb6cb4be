import "server-only";
import { logChange } from "./change-log";
import type { Prisma } from "../generated/prisma/client";
import { authorize, type Actor } from "../auth/authorize";
import { slugify } from "../slug";
import { freeId } from "./ids";
import { conflict, invalid, missing, verbatimSpan, writeTransaction, type Failure, type Result } from "./result";
import type { CategoryCreateInput, CategoryUpdateInput, GroupUpdateInput } from "./schema";

// An edition's own categories (named as its sources name them, each in a browsing group) and the groups
// themselves. Every write is authorised here, versioned, and recorded in the public history with its reason.

const categorySnapshot = {
  id: true,
  version: true,
  editionId: true,
  label: true,
  qualifier: true,
  groupKey: true,
  citations: { select: { sourceId: true, quote: true }, orderBy: { id: "asc" } },
} satisfies Prisma.EditionCategorySelect;
export type CategorySnapshot = Prisma.EditionCategoryGetPayload<{ select: typeof categorySnapshot }>;

const lines = (c: CategorySnapshot) => [`“${c.label}”${c.qualifier ? ` (${c.qualifier})` : ""} dalam kelompok ${c.groupKey}`];

async function categoryConflict(tx: Prisma.TransactionClient, id: string): Promise<Failure> {
  const current = await tx.editionCategory.findUniqueOrThrow({ where: { id }, select: categorySnapshot });
  return conflict(tx, "category", id, { version: current.version, lines: lines(current) });
}

async function groupExists(tx: Prisma.TransactionClient, key: string) {
  return Boolean(await tx.categoryGroup.findUnique({ where: { key }, select: { key: true } }));
}

/** Adds a category to an edition, in the words of the source that names it (the label is inside the cited quote). */
export async function createCategory(
  actorInput: Actor | null,
  input: CategoryCreateInput,
): Promise<Result<{ category: CategorySnapshot }>> {
  const actor = await authorize(actorInput);
  return writeTransaction(async (tx) => {
    const edition = await tx.edition.findUnique({ where: { id: input.editionId }, select: { id: true } });
    if (!edition) return missing("Edisi tidak ditemukan.");
    if (!(await groupExists(tx, input.groupKey))) return invalid("groupKey", "Kelompok tidak ditemukan.");
    const same = await tx.editionCategory.findUnique({
      where: { editionId_label_qualifier: { editionId: input.editionId, label: input.label, qualifier: input.qualifier } },
      select: { id: true },
    });
    if (same)
      return {
        ok: false,
        kind: "duplicate",
        existingId: same.id,
        message: "Edisi ini sudah punya kategori dengan nama (dan zona/sektor) itu.",
      };
    const found = await verbatimSpan(tx, input.sourceId, input.quote, { source: "sourceId", quote: "quote" });
    if (!found.ok) return found;
    const base = [input.editionId, input.groupKey, input.qualifier && slugify(input.qualifier).slice(0, 60)].filter(Boolean).join("-");
    const id = await freeId(base, async (x) => Boolean(await tx.editionCategory.findUnique({ where: { id: x }, select: { id: true } })));
    const group = await tx.categoryGroup.findUniqueOrThrow({ where: { key: input.groupKey }, select: { sortOrder: true } });
    await tx.editionCategory.create({
      data: {
        id,
        editionId: input.editionId,
        label: input.label,
        qualifier: input.qualifier,
        groupKey: input.groupKey,
        sortOrder: group.sortOrder,
        citations: { create: { sourceId: input.sourceId, quote: input.quote, ...found.span, categoryWording: input.label } },
      },
    });
    const category = await tx.editionCategory.findUniqueOrThrow({ where: { id }, select: categorySnapshot });
    await logChange(tx, { entity: "category", id: id, action: "create", after: category, reason: input.reason, userId: actor.id });
    return { ok: true, value: { category } } as const;
  });
}

/** Renames a category (its label or zone/sector) or moves it to another group; its placings follow. */
export async function updateCategory(
  actorInput: Actor | null,
  input: CategoryUpdateInput,
): Promise<Result<{ category: CategorySnapshot; before: CategorySnapshot }>> {
  const actor = await authorize(actorInput);
  return writeTransaction(async (tx) => {
    const before = await tx.editionCategory.findUnique({ where: { id: input.categoryId }, select: categorySnapshot });
    if (!before) return missing("Kategori tidak ditemukan.");
    if (before.version !== input.version) return categoryConflict(tx, input.categoryId);
    if (!(await groupExists(tx, input.groupKey))) return invalid("groupKey", "Kelompok tidak ditemukan.");
    const same = await tx.editionCategory.findFirst({
      where: { editionId: before.editionId, label: input.label, qualifier: input.qualifier, NOT: { id: before.id } },
      select: { id: true },
    });
    if (same)
      return {
        ok: false,
        kind: "duplicate",
        existingId: same.id,
        message: "Edisi ini sudah punya kategori dengan nama (dan zona/sektor) itu.",
      };
    const { count } = await tx.editionCategory.updateMany({
      where: { id: input.categoryId, version: input.version },
      data: { label: input.label, qualifier: input.qualifier, groupKey: input.groupKey, version: { increment: 1 } },
    });
    if (count === 0) return categoryConflict(tx, input.categoryId);
    const category = await tx.editionCategory.findUniqueOrThrow({ where: { id: input.categoryId }, select: categorySnapshot });
    await logChange(tx, {
      entity: "category",
      id: category.id,
      action: "rename",
      before: before,
      after: category,
      reason: input.reason,
      userId: actor.id,
    });
    return { ok: true, value: { category, before } } as const;
  });
}

/**
 * Renames a browsing group (the form sends the version it showed), or adds one (no version: the key must be new;
 * an existing key is refused, never silently renamed). Admins only; the key is stable once made.
 */
export async function saveGroup(actorInput: Actor | null, input: GroupUpdateInput): Promise<Result<{ key: string }>> {
  const actor = await authorize(actorInput, "admin");
  return writeTransaction(async (tx) => {
    const before = await tx.categoryGroup.findUnique({
      where: { key: input.key },
      select: { key: true, nameId: true, nameEn: true, version: true },
    });
    if (input.version === undefined) {
      if (before) return invalid("key", `Kelompok dengan kunci “${input.key}” sudah ada (${before.nameId}); ubah namanya di daftar.`);
      const last = await tx.categoryGroup.aggregate({ _max: { sortOrder: true } });
      await tx.categoryGroup.create({
        data: { key: input.key, nameId: input.nameId, nameEn: input.nameEn, sortOrder: (last._max.sortOrder ?? -1) + 1 },
      });
    } else {
      if (!before) return invalid("key", "Kelompok ini tidak ada.");
      const { count } = await tx.categoryGroup.updateMany({
        where: { key: input.key, version: input.version },
        data: { nameId: input.nameId, nameEn: input.nameEn, version: { increment: 1 } },
      });
      if (count === 0) return conflict(tx, "group", input.key, { version: before.version, lines: [`${before.nameId} / ${before.nameEn}`] });
    }
    const after = { key: input.key, nameId: input.nameId, nameEn: input.nameEn };
    await logChange(tx, {
      entity: "group",
      id: input.key,
      action: before ? "update" : "create",
      before: before ?? undefined,
      after: after,
      reason: input.reason,
      userId: actor.id,
    });
    return { ok: true, value: { key: input.key } } as const;
  });
}
