import "server-only";
import type { ChangeAction } from "../history/change-kinds";
import { logChange } from "./change-log";
import { dayFromIso } from "../dates";
import type { Prisma } from "../generated/prisma/client";
import { authorize, type Actor } from "../auth/authorize";
import { editionBaseId, sameCeremony } from "../awards/identity";
import { freeId } from "./ids";
import { conflict, invalid, missing, verbatimSpan, writeTransaction, type Failure, type Result } from "./result";
import type { EditionCreateInput, EditionUpdateInput, FactCreateInput, FactRetractInput } from "./schema";

const snapshotSelect = {
  id: true,
  version: true,
  level: true,
  provinceCode: true,
  yearLabel: true,
  assessmentPeriod: true,
  ceremonyDate: true,
  sharedCeremony: true,
  facts: {
    select: {
      id: true,
      kind: true,
      value: true,
      retractedAt: true,
      retractReason: true,
      citations: { select: { sourceId: true, quote: true }, orderBy: { id: "asc" } },
    },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.EditionSelect;

export type EditionSnapshot = Prisma.EditionGetPayload<{ select: typeof snapshotSelect }>;

export function editionLines(e: EditionSnapshot): string[] {
  return [
    `${e.level === "national" ? "Nasional" : `Provinsi ${e.provinceCode}`}, upacara ${e.ceremonyDate ? e.ceremonyDate.toISOString().slice(0, 10) : "(tanggal belum diketahui)"}, sebutan ${e.yearLabel}${e.assessmentPeriod ? `, periode ${e.assessmentPeriod}` : ""}`,
    `${e.facts.filter((f) => !f.retractedAt).length} fakta bersumber`,
  ];
}

async function editionConflict(tx: Prisma.TransactionClient, id: string): Promise<Failure> {
  const current = await tx.edition.findUniqueOrThrow({ where: { id }, select: snapshotSelect });
  return conflict(tx, "edition", id, { version: current.version, lines: editionLines(current) });
}

const day = dayFromIso;

type EditionFields = Pick<EditionCreateInput, "level" | "provinceCode" | "ceremonyDate" | "yearLabel">;

/**
 * The province must exist, and no other edition may be the same round: the same level, province and ceremony
 * date, or, while the date is unknown, the same year label with no date either.
 */
async function checkEditionFields(
  tx: Prisma.TransactionClient,
  input: EditionFields,
  exceptId?: string,
): Promise<{ ok: true; provinceSlug: string | null } | Failure> {
  let provinceSlug: string | null = null;
  if (input.provinceCode) {
    const province = await tx.region.findUnique({ where: { code: input.provinceCode }, select: { level: true, slug: true } });
    if (province?.level !== "province") return invalid("provinceCode", "Provinsi tidak ditemukan.");
    provinceSlug = province.slug;
  }
  const ceremony = sameCeremony({
    level: input.level,
    provinceCode: input.provinceCode ?? null,
    ceremonyDate: input.ceremonyDate ?? null,
    yearLabel: input.yearLabel ?? null,
  });
  const same =
    ceremony &&
    (await tx.edition.findFirst({ where: { ...ceremony, ...(exceptId ? { NOT: { id: exceptId } } : {}) }, select: { id: true } }));
  if (same)
    return {
      ok: false,
      kind: "duplicate",
      existingId: same.id,
      message: "Upacara ini (tingkat, provinsi, tanggal atau sebutan tahun) sudah tercatat sebagai edisi lain.",
    };
  return { ok: true, provinceSlug };
}

async function addCitedFact(
  tx: Prisma.TransactionClient,
  editionId: string,
  input: Pick<FactCreateInput, "factKind" | "factValue" | "sourceId" | "quote"> & { factNote?: string },
): Promise<Failure | null> {
  const found = await verbatimSpan(tx, input.sourceId, input.quote, { source: "sourceId", quote: "quote" });
  if (!found.ok) return found;
  const id = await freeId(`${editionId}-${input.factKind.replaceAll("_", "-")}`, async (id) =>
    Boolean(await tx.editionFact.findUnique({ where: { id }, select: { id: true } })),
  );
  const last = await tx.editionFact.aggregate({ where: { editionId }, _max: { sortOrder: true } });
  await tx.editionFact.create({
    data: {
      id,
      editionId,
      kind: input.factKind,
      value: input.factValue,
      inferenceNote: input.factNote ?? null,
      sortOrder: (last._max.sortOrder ?? -1) + 1,
      citations: { create: { sourceId: input.sourceId, quote: input.quote, ...found.span } },
    },
  });
  return null;
}

async function record(
  tx: Prisma.TransactionClient,
  actor: Actor,
  id: string,
  action: ChangeAction,
  before: EditionSnapshot | null,
  reason: string,
) {
  const after = await tx.edition.findUniqueOrThrow({ where: { id }, select: snapshotSelect });
  await logChange(tx, { entity: "edition", id: id, action, before: before ?? undefined, after: after, reason, userId: actor.id });
  return after;
}

/** A new ceremony, keyed by province and date (never by its year label, which sources disagree on), with its first cited fact. */
export async function createEdition(actorInput: Actor | null, input: EditionCreateInput): Promise<Result<{ edition: EditionSnapshot }>> {
  const actor = await authorize(actorInput);
  return writeTransaction(async (tx) => {
    const checked = await checkEditionFields(tx, input);
    if (!checked.ok) return checked;
    const program = await tx.program.findFirstOrThrow({ select: { id: true }, orderBy: { id: "asc" } });
    const base = editionBaseId({
      provinceSlug: checked.provinceSlug,
      ceremonyDate: input.ceremonyDate ?? null,
      yearLabel: input.yearLabel,
    });
    const id = await freeId(base, async (id) => Boolean(await tx.edition.findUnique({ where: { id }, select: { id: true } })));
    await tx.edition.create({
      data: {
        id,
        programId: program.id,
        level: input.level,
        provinceCode: input.provinceCode ?? null,
        yearLabel: input.yearLabel,
        assessmentPeriod: input.assessmentPeriod ?? null,
        ceremonyDate: input.ceremonyDate ? day(input.ceremonyDate) : null,
        sharedCeremony: input.sharedCeremony ?? null,
      },
    });
    const refused = await addCitedFact(tx, id, input);
    if (refused) return refused;
    return { ok: true, value: { edition: await record(tx, actor, id, "create", null, input.reason) } } as const;
  });
}

/** Corrects an edition's level, province, label, period or date. Its id (the permalink) stays. */
export async function updateEdition(actorInput: Actor | null, input: EditionUpdateInput): Promise<Result<{ edition: EditionSnapshot }>> {
  const actor = await authorize(actorInput);
  return writeTransaction(async (tx) => {
    const before = await tx.edition.findUnique({ where: { id: input.editionId }, select: snapshotSelect });
    if (!before) return missing("Edisi tidak ditemukan.");
    if (before.version !== input.version) return editionConflict(tx, input.editionId);
    const checked = await checkEditionFields(tx, input, input.editionId);
    if (!checked.ok) return checked;
    const { count } = await tx.edition.updateMany({
      where: { id: input.editionId, version: input.version },
      data: {
        level: input.level,
        provinceCode: input.provinceCode ?? null,
        yearLabel: input.yearLabel,
        assessmentPeriod: input.assessmentPeriod ?? null,
        ceremonyDate: input.ceremonyDate ? day(input.ceremonyDate) : null,
        sharedCeremony: input.sharedCeremony ?? null,
        version: { increment: 1 },
      },
    });
    if (count === 0) return editionConflict(tx, input.editionId);
    return { ok: true, value: { edition: await record(tx, actor, input.editionId, "update", before, input.reason) } } as const;
  });
}

/** Adds a fact about the ceremony (its date, venue, a name it was given, …) with the quote that states it. */
export async function addEditionFact(actorInput: Actor | null, input: FactCreateInput): Promise<Result<{ edition: EditionSnapshot }>> {
  const actor = await authorize(actorInput);
  return writeTransaction(async (tx) => {
    const before = await tx.edition.findUnique({ where: { id: input.editionId }, select: snapshotSelect });
    if (!before) return missing("Edisi tidak ditemukan.");
    const { count } = await tx.edition.updateMany({
      where: { id: input.editionId, version: input.version },
      data: { version: { increment: 1 } },
    });
    if (count === 0) return editionConflict(tx, input.editionId);
    const refused = await addCitedFact(tx, input.editionId, input);
    if (refused) return refused;
    return { ok: true, value: { edition: await record(tx, actor, input.editionId, "fact", before, input.reason) } } as const;
  });
}

/** Withdraws a fact (wrongly read from a source): it leaves the public page; the edition's history says why. */
export async function retractEditionFact(actorInput: Actor | null, input: FactRetractInput): Promise<Result<{ edition: EditionSnapshot }>> {
  const actor = await authorize(actorInput);
  return writeTransaction(async (tx) => {
    const before = await tx.edition.findUnique({ where: { id: input.editionId }, select: snapshotSelect });
    if (!before) return missing("Edisi tidak ditemukan.");
    const fact = before.facts.find((f) => f.id === input.factId);
    if (!fact) return invalid("factId", "Fakta ini bukan milik edisi ini.");
    if (fact.retractedAt) return invalid("factId", "Fakta ini sudah ditarik.");
    const { count } = await tx.edition.updateMany({
      where: { id: input.editionId, version: input.version },
      data: { version: { increment: 1 } },
    });
    if (count === 0) return editionConflict(tx, input.editionId);
    await tx.editionFact.update({ where: { id: fact.id }, data: { retractedAt: new Date(), retractReason: input.reason } });
    return { ok: true, value: { edition: await record(tx, actor, input.editionId, "fact-retract", before, input.reason) } } as const;
  });
}
