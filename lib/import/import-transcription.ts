import "server-only";
import { logChange } from "../admin/change-log";
import type { ChangeEntity } from "../history/change-kinds";
import { sameCeremony } from "../awards/identity";
import { dayFromIso } from "../dates";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { freeId } from "../admin/ids";
import { slugify } from "../slug";
import { locateTranscription, type LocatedCitation, type LocatedTranscription } from "./locate-transcription";
import { transcriptionFormat, type Transcription } from "./transcription-format";

// Loads a transcription (lib/import/transcription-format.ts) into the database: the path of `npm run import`,
// the admin's import page and the seed. All or nothing, create-if-missing: a record already stored is reused
// and never overwritten (corrections made in the admin stay), so importing the same file twice changes nothing.

export type ImportCounts = {
  sources: number;
  organizations: number;
  aliases: number;
  editions: number;
  categories: number;
  placings: number;
  facts: number;
  citations: number;
};
export type ImportResult =
  | {
      ok: true;
      dryRun: boolean;
      created: ImportCounts;
      placingIds: string[];
      editionIds: string[];
      organizationIds: string[];
      sourceIds: string[];
    }
  | { ok: false; problems: string[] };

/** Who imports and why: recorded in the public history. Null for the seed, which is the record's starting point. */
export type ImportAuthor = { userId: string | null; reason: string } | null;

class DryRun extends Error {}
/** A problem found while writing (the file contradicts the stored record): the whole import rolls back. */
class Refusal extends Error {}

type Tx = Prisma.TransactionClient;
const day = dayFromIso;

/** Reads and validates a file's JSON; every problem names its place in the file. */
export function parseTranscription(input: unknown): { ok: true; value: Transcription } | { ok: false; problems: string[] } {
  const parsed = transcriptionFormat.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.slice(0, 50).map(
      (i) =>
        `${
          i.path
            .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
            .join("")
            .replace(/^\./, "") || "file"
        }: ${i.message}`,
    ),
  };
}

export async function importTranscription(
  db: PrismaClient,
  input: unknown,
  opts: { dryRun?: boolean; author?: ImportAuthor } = {},
): Promise<ImportResult> {
  const parsed = parseTranscription(input);
  if (!parsed.ok) return parsed;
  const author = opts.author ?? null;
  try {
    return await db.$transaction(
      async (tx) => {
        const t = await followMerges(tx, parsed.value);
        const known = await knownRecords(tx, t);
        if (!known.ok) return known;
        const { problems, located } = locateTranscription(t, known.value);
        if (problems.length) return { ok: false as const, problems };
        const result = await write(tx, t, located, known.value.sourceIds, author);
        if (opts.dryRun) throw new DryRun(JSON.stringify(result));
        return { ok: true as const, dryRun: false, ...result };
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (e) {
    // A dry run does every write, counts it, and rolls it all back: the preview is exactly what an import does.
    if (e instanceof DryRun) return { ok: true, dryRun: true, ...JSON.parse(e.message) };
    if (e instanceof Refusal) return { ok: false, problems: [e.message] };
    if (e instanceof Error && /check_violation|violates|P2002|P2003|Unique constraint/i.test(e.message)) {
      return { ok: false, problems: [`the database refused the file: ${e.message.split("\n").filter(Boolean).slice(-1)[0]}`] };
    }
    throw e;
  }
}

/**
 * A file naming an organisation that has been merged into another since it was written (an editor's draft begun
 * before the merge, an old export) means the one it was merged into: its placings and spellings go there.
 * (A merge points every earlier merge at the final organisation, so one step is enough.)
 */
async function followMerges(tx: Tx, t: Transcription): Promise<Transcription> {
  const ids = [...new Set([...t.placings.flatMap((p) => (p.organization ? [p.organization] : [])), ...t.organizations.map((o) => o.id)])];
  const merged = await tx.organization.findMany({
    where: { id: { in: ids }, mergedIntoId: { not: null } },
    select: { id: true, mergedIntoId: true },
  });
  if (merged.length === 0) return t;
  const into = new Map(merged.map((m) => [m.id, m.mergedIntoId!]));
  const target = (id: string) => into.get(id) ?? id;
  const organizations = new Map<string, Transcription["organizations"][number]>();
  for (const o of t.organizations) {
    const id = target(o.id);
    const before = organizations.get(id);
    organizations.set(id, before ? { ...before, aliases: [...before.aliases, ...o.aliases] } : { ...o, id });
  }
  return {
    ...t,
    organizations: [...organizations.values()],
    placings: t.placings.map((p) => ({ ...p, organization: p.organization ? target(p.organization) : null })),
  };
}

/** What the file refers to that is already stored: sources (reused by id or by identical text), ids, groups, regions. */
async function knownRecords(tx: Tx, t: Transcription) {
  const problems: string[] = [];
  const sourceIds = new Map<string, string>();
  const sourceTexts = new Map<string, string>();
  for (const [i, s] of t.sources.entries()) {
    const byId = await tx.source.findUnique({ where: { id: s.id }, select: { text: true } });
    if (byId && byId.text !== s.text) {
      problems.push(
        `sources[${i}] "${s.id}": a stored source has this id but a different text (stored texts never change; give the new article its own id)`,
      );
      continue;
    }
    const stored = byId ? { id: s.id } : await tx.source.findFirst({ where: { text: s.text }, select: { id: true } });
    sourceIds.set(s.id, stored?.id ?? s.id);
    sourceTexts.set(stored?.id ?? s.id, s.text);
  }
  const cited = new Set([
    ...t.placings.flatMap((p) => p.citations.map((c) => c.source)),
    ...t.editionFacts.flatMap((f) => f.citations.map((c) => c.source)),
    ...t.organizations.flatMap((o) => o.aliases.map((a) => a.source)),
  ]);
  const storedOnly = [...cited].filter((id) => !sourceIds.has(id));
  for (const s of await tx.source.findMany({ where: { id: { in: storedOnly } }, select: { id: true, text: true } }))
    sourceTexts.set(s.id, s.text);

  const orgRefs = [
    ...new Set([...t.placings.map((p) => p.organization).filter((o): o is string => o !== null), ...t.organizations.map((o) => o.id)]),
  ];
  const editionRefs = [
    ...new Set([...t.placings.map((p) => p.edition), ...t.editionFacts.map((f) => f.edition), ...t.editions.map((e) => e.id)]),
  ];
  const regionRefs = [
    ...new Set(
      [...t.organizations.map((o) => o.regionCode), ...t.editions.map((e) => e.provinceCode)].filter((c): c is string => c !== null),
    ),
  ];
  const [organizations, editions, groups, regions] = await Promise.all([
    tx.organization.findMany({ where: { id: { in: orgRefs } }, select: { id: true } }),
    tx.edition.findMany({ where: { id: { in: editionRefs } }, select: { id: true } }),
    tx.categoryGroup.findMany({ select: { key: true } }),
    tx.region.findMany({ where: { code: { in: regionRefs } }, select: { code: true } }),
  ]);
  if (problems.length) return { ok: false as const, problems };
  return {
    ok: true as const,
    value: {
      sourceTexts,
      sourceIds,
      organizationIds: new Set(organizations.map((o) => o.id)),
      editionIds: new Set(editions.map((e) => e.id)),
      groupKeys: new Set(groups.map((g) => g.key)),
      regionCodes: new Set(regions.map((r) => r.code)),
    },
  };
}

async function write(
  tx: Tx,
  t: Transcription,
  located: LocatedTranscription,
  sourceIds: ReadonlyMap<string, string>,
  author: ImportAuthor,
) {
  const created: ImportCounts = {
    sources: 0,
    organizations: 0,
    aliases: 0,
    editions: 0,
    categories: 0,
    placings: 0,
    facts: 0,
    citations: 0,
  };
  const record = async (entityType: ChangeEntity, entityId: string, after: unknown) => {
    if (author)
      await logChange(tx, {
        entity: entityType,
        id: entityId,
        action: "import",
        after: after,
        reason: author.reason,
        userId: author.userId,
      });
  };

  for (const s of t.sources) {
    if (sourceIds.get(s.id) !== s.id) continue; // reused: a stored source with the same text
    const { count } = await tx.source.createMany({
      data: [{ ...s, publishedAt: s.publishedAt ? day(s.publishedAt) : null, eventDate: s.eventDate ? day(s.eventDate) : null }],
      skipDuplicates: true,
    });
    created.sources += count;
  }

  await tx.program.upsert({ where: { id: PROGRAM.id }, create: PROGRAM, update: {} });
  // An edition already stored under another id for the same dated ceremony is that edition; an undated one that
  // matches by year label is a question the file must answer (its id, or the ceremony's date): never a silent merge.
  const editionId = new Map<string, string>();
  for (const e of t.editions) {
    const ceremony = sameCeremony(e);
    const existing =
      (await tx.edition.findUnique({ where: { id: e.id }, select: { id: true } })) ??
      (ceremony ? await tx.edition.findFirst({ where: ceremony, select: { id: true } }) : null);
    if (existing && existing.id !== e.id && !e.ceremonyDate) {
      throw new Refusal(
        `editions "${e.id}": an undated ${e.level === "national" ? "national" : "provincial"} edition labelled ${e.yearLabel} is stored as "${existing.id}"; use that id if it is the same ceremony, or give this one its ceremony date`,
      );
    }
    editionId.set(e.id, existing?.id ?? e.id);
    if (existing) continue;
    const row = await tx.edition.create({
      data: { ...e, programId: PROGRAM.id, ceremonyDate: e.ceremonyDate ? day(e.ceremonyDate) : null },
      select: {
        id: true,
        level: true,
        provinceCode: true,
        yearLabel: true,
        assessmentPeriod: true,
        ceremonyDate: true,
        sharedCeremony: true,
      },
    });
    created.editions++;
    await record("edition", row.id, row);
  }
  const edition = (id: string) => editionId.get(id) ?? id;

  for (const o of located.organizations) {
    const exists = await tx.organization.findUnique({ where: { id: o.id }, select: { id: true } });
    if (!exists) {
      const { aliases: _a, ...data } = o;
      await tx.organization.create({ data });
      created.organizations++;
      await record("organization", o.id, {
        name: o.name,
        kind: o.kind,
        regionCode: o.regionCode,
        aliases: o.aliases.map((a) => ({ spelling: a.spelling, sourceId: a.source })),
      });
    }
    for (const a of o.aliases) {
      const { count } = await tx.organizationAlias.createMany({
        data: [
          {
            organizationId: o.id,
            spelling: a.spelling,
            match: a.match,
            note: a.note ?? null,
            sourceId: a.source,
            start: a.start,
            end: a.end,
          },
        ],
        skipDuplicates: true,
      });
      created.aliases += count;
    }
  }

  const addCitations = async (owner: { claimId: string } | { editionFactId: string }, citations: readonly LocatedCitation[]) => {
    for (const c of citations) {
      // the same passage (or one overlapping it) of the same source already backs it: nothing to add
      const exists = await tx.citation.findFirst({
        where: { ...owner, sourceId: c.source, start: { lt: c.end }, end: { gt: c.start } },
        select: { id: true },
      });
      if (exists) continue;
      await tx.citation.create({
        data: {
          ...owner,
          sourceId: c.source,
          quote: c.quote,
          start: c.start,
          end: c.end,
          recipientName: c.recipientName ?? null,
          categoryWording: c.categoryWording ?? null,
          rankWording: c.rankWording ?? null,
          note: c.note ?? null,
        },
      });
      created.citations++;
    }
  };

  const lastFactOrder = await tx.editionFact.aggregate({ _max: { sortOrder: true } });
  let factOrder = (lastFactOrder._max.sortOrder ?? -1) + 1;
  for (const f of located.editionFacts) {
    const editionFor = edition(f.edition);
    const existing = f.id
      ? await tx.editionFact.findUnique({ where: { id: f.id }, select: { id: true } })
      : await tx.editionFact.findFirst({ where: { editionId: editionFor, kind: f.kind, value: f.value }, select: { id: true } });
    let id = existing?.id;
    if (!id) {
      id =
        f.id ??
        (await freeId(`${editionFor}-${f.kind.replaceAll("_", "-")}`, async (x) =>
          Boolean(await tx.editionFact.findUnique({ where: { id: x }, select: { id: true } })),
        ));
      await tx.editionFact.create({
        data: { id, editionId: editionFor, kind: f.kind, value: f.value, inferenceNote: f.inferenceNote ?? null, sortOrder: factOrder++ },
      });
      created.facts++;
    }
    await addCitations({ editionFactId: id }, f.citations);
  }

  const placingIds: string[] = [];
  const categoryOrder = new Map(
    (await tx.categoryGroup.findMany({ select: { key: true, sortOrder: true } })).map((g) => [g.key, g.sortOrder]),
  );
  for (const p of located.placings) {
    const editionFor = edition(p.edition);
    const qualifier = p.category.qualifier ?? "";
    let category = await tx.editionCategory.findUnique({
      where: { editionId_label_qualifier: { editionId: editionFor, label: p.category.label, qualifier } },
      select: { id: true, groupKey: true },
    });
    if (!category) {
      const id = await freeId(
        [editionFor, p.category.group, qualifier && slugify(qualifier).slice(0, 60)].filter(Boolean).join("-"),
        async (x) => Boolean(await tx.editionCategory.findUnique({ where: { id: x }, select: { id: true } })),
      );
      category = await tx.editionCategory.create({
        data: {
          id,
          editionId: editionFor,
          groupKey: p.category.group,
          label: p.category.label,
          qualifier,
          sortOrder: categoryOrder.get(p.category.group) ?? 0,
        },
        select: { id: true, groupKey: true },
      });
      created.categories++;
      await record("category", id, { editionId: editionFor, label: p.category.label, groupKey: p.category.group, qualifier });
    }

    const same = { editionId: editionFor, categoryId: category.id, rank: p.rank, organizationId: p.organization };
    const existing = p.id
      ? await tx.claim.findUnique({
          where: { id: p.id },
          select: { id: true, editionId: true, categoryId: true, rank: true, organizationId: true },
        })
      : await tx.claim.findFirst({
          where: { ...same, retractedAt: null },
          select: { id: true, editionId: true, categoryId: true, rank: true, organizationId: true },
        });
    let id = existing?.id;
    if (
      existing &&
      p.id &&
      (existing.categoryId !== same.categoryId || existing.rank !== same.rank || existing.organizationId !== same.organizationId)
    ) {
      // The file and the record disagree about a stored placing: corrections go through the admin, with a reason.
      throw new Refusal(`placing "${p.id}" is stored with another category, rank or recipient; correct it in the admin instead`);
    }
    if (!id) {
      id =
        p.id ??
        (await freeId(`${category.id}-${p.rank ?? slugify(p.organization ?? "").slice(0, 60)}`, async (x) =>
          Boolean(await tx.claim.findUnique({ where: { id: x }, select: { id: true } })),
        ));
      await tx.claim.create({
        data: {
          id,
          ...same,
          inferences: p.inferences,
          inferenceNote: p.inferenceNote ?? null,
          prizeText: p.prize?.text ?? null,
          prizeAmountRupiah: p.prize?.amountRupiah ?? null,
        },
      });
      created.placings++;
    }
    const citationsBefore = created.citations;
    await addCitations({ claimId: id }, p.citations);
    if (!existing || created.citations > citationsBefore) {
      await record("claim", id, {
        ...same,
        inferences: p.inferences,
        inferenceNote: p.inferenceNote ?? null,
        prizeText: p.prize?.text ?? null,
        citations: p.citations.map((c) => ({ sourceId: c.source, quote: c.quote })),
      });
    }
    placingIds.push(id);
  }

  return {
    created,
    placingIds,
    editionIds: [...new Set(t.editions.map((e) => edition(e.id)))],
    organizationIds: t.organizations.map((o) => o.id),
    sourceIds: [...new Set(sourceIds.values())],
  };
}

export const PROGRAM = { id: "paritrana-award", name: "Paritrana Award", fullNameId: "Penghargaan Jaminan Sosial Ketenagakerjaan" };
