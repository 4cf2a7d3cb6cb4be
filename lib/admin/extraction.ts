import "server-only";
import { sameCeremony } from "../awards/identity";
import { isoDay } from "../dates";
import crypto from "node:crypto";
import { z } from "zod";
import { authorize, type Actor } from "../auth/authorize";
import { db } from "../db";
import {
  toTranscription,
  type Draft,
  type Proposal,
  type ProposedEdition,
  type RecordedPlacing,
  type SourceMeta,
} from "../extract/extract-draft";
import { runExtraction } from "../extract/run-extraction";
import type { Context } from "../extract/types";
import { importTranscription } from "../import/import-transcription";
import { asJson, invalid, missing, type Result } from "./result";

// The review page's data: an article (pasted, or a stored source) turned into proposed placings that an editor
// accepts, corrects or rejects; nothing is saved to the record until they publish, and then only the accepted
// rows, through the importer (one transaction, one reason, the same checks as `npm run import`).

export const extractionCreateSchema = z
  .object({
    sourceId: z.string().trim().default(""),
    text: z.string().max(200_000).default(""),
    publisher: z.string().trim().max(200).default(""),
    title: z.string().trim().max(500).default(""),
    url: z
      .union([z.literal(""), z.url({ protocol: /^https?$/, message: "Alamat web yang lengkap (https://…), atau kosongkan." })])
      .default(""),
    publishedAt: z.union([z.literal(""), isoDay("Tanggal yang sah, dalam bentuk TTTT-BB-HH.")]).default(""),
    eventDate: z.union([z.literal(""), isoDay("Tanggal yang sah, dalam bentuk TTTT-BB-HH.")]).default(""),
  })
  .superRefine((v, ctx) => {
    if (!v.sourceId && v.text.trim().length < 50)
      ctx.addIssue({
        code: "custom",
        path: ["text"],
        message: "Tempel teks lengkap artikel (sedikitnya 50 huruf), atau pilih sumber yang tersimpan.",
      });
    if (!v.sourceId && v.publisher.length < 2) ctx.addIssue({ code: "custom", path: ["publisher"], message: "Nama media wajib diisi." });
  });
export type ExtractionCreateInput = z.output<typeof extractionCreateSchema>;

/** One proposal's decision: accepted or not, and the editor's corrections. */
export type Decision = { accept: boolean; rank?: number | null; group?: string; label?: string; prize?: string };

const nullIfEmpty = (s: string) => (s ? s : null);

/** Starts a review: the text is kept with the editor's decisions until they publish or discard it. */
export async function createExtraction(actorInput: Actor | null, input: ExtractionCreateInput): Promise<Result<{ id: string }>> {
  const actor = await authorize(actorInput);
  let text = input.text;
  let meta: SourceMeta = {
    publisher: input.publisher,
    title: nullIfEmpty(input.title),
    url: nullIfEmpty(input.url),
    publishedAt: nullIfEmpty(input.publishedAt),
    eventDate: nullIfEmpty(input.eventDate),
  };
  if (input.sourceId) {
    const source = await db.source.findUnique({
      where: { id: input.sourceId },
      select: { id: true, text: true, publisher: true, title: true, url: true, publishedAt: true, eventDate: true },
    });
    if (!source) return invalid("sourceId", "Sumber tidak ditemukan.");
    text = source.text;
    meta = {
      id: source.id,
      publisher: source.publisher,
      title: source.title,
      url: source.url,
      publishedAt: source.publishedAt?.toISOString().slice(0, 10) ?? null,
      eventDate: source.eventDate?.toISOString().slice(0, 10) ?? null,
    };
  }
  // read once, now, in a worker with a time budget; the review and the publish read what it proposed
  const run = await runExtraction(text, meta, await extractionContext());
  if (!run.ok) return invalid("text", run.message);
  const id = crypto.randomUUID();
  await db.extractionDraft.create({
    data: { id, userId: actor.id, sourceId: input.sourceId || null, text, meta: asJson(meta), draft: asJson(run.draft) },
  });
  return { ok: true, value: { id } };
}

export async function listExtractions(actorInput: Actor | null) {
  const actor = await authorize(actorInput);
  const rows = await db.extractionDraft.findMany({
    where: { userId: actor.id },
    orderBy: { updatedAt: "desc" },
    select: { id: true, meta: true, updatedAt: true, text: true },
  });
  return rows.map((r) => ({
    id: r.id,
    publisher: (r.meta as SourceMeta).publisher,
    title: (r.meta as SourceMeta).title ?? null,
    start: r.text.slice(0, 100),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

export type ReviewRow = Proposal & { decision: Decision; recorded: RecordedPlacing | null };

/** The review: the article, the extractor's proposals with the editor's decisions, and which are already recorded. */
export async function getExtractionReview(actorInput: Actor | null, id: string) {
  const actor = await authorize(actorInput);
  const row = await db.extractionDraft.findFirst({
    where: { id, userId: actor.id },
    select: { id: true, text: true, meta: true, decisions: true, problems: true, draft: true },
  });
  if (!row) return null;
  const meta = row.meta as SourceMeta;
  const [draft, groups] = await Promise.all([
    storedDraft(row),
    db.categoryGroup.findMany({ orderBy: [{ sortOrder: "asc" }, { key: "asc" }], select: { key: true, nameId: true } }),
  ]);
  if (!draft) return null;
  const decisions = (row.decisions ?? {}) as Record<string, Decision>;
  const recorded = await alreadyRecorded(draft);
  const rows: ReviewRow[] = draft.proposals.map((p) => ({
    ...p,
    decision: decisions[p.key] ?? { accept: false },
    recorded: recorded.get(p.key) ?? null,
  }));
  return { id: row.id, text: row.text, meta, draft, rows, groups, problems: (row.problems as string[] | null) ?? null };
}

/** The draft stored when the review began; a review begun before drafts were stored is read once and stored. */
async function storedDraft(row: { id: string; text: string; meta: unknown; draft: unknown }): Promise<Draft | null> {
  if (row.draft) return row.draft as Draft;
  const run = await runExtraction(row.text, row.meta as SourceMeta, await extractionContext());
  if (!run.ok) return null;
  // decisions saved against an earlier reading name its proposals by position: they do not fit this one
  await db.extractionDraft.update({ where: { id: row.id }, data: { draft: asJson(run.draft), decisions: {}, problems: undefined } });
  return run.draft;
}

/** What the extractor matches names against: the regions, and the record's organisations with every spelling. */
async function extractionContext(): Promise<Context> {
  const [regions, organizations] = await Promise.all([
    db.region.findMany({
      where: { level: { in: ["province", "regency"] } },
      select: { code: true, name: true, level: true, parentCode: true },
    }),
    db.organization.findMany({
      where: { mergedIntoId: null },
      select: { id: true, name: true, kind: true, regionCode: true, aliases: { select: { spelling: true } } },
    }),
  ]);
  return {
    gazetteer: {
      provinces: regions.filter((r) => r.level === "province").map((r) => ({ code: r.code, name: r.name })),
      regencies: regions
        .filter((r) => r.level === "regency")
        .map((r) => ({ code: r.code, name: r.name, provinceCode: r.parentCode ?? "" })),
    },
    organizations: organizations.map((o) => ({
      id: o.id,
      name: o.name,
      kind: o.kind,
      regionCode: o.regionCode,
      spellings: o.aliases.map((a) => a.spelling),
    })),
  };
}

/**
 * Proposals the record already holds: the same ceremony (by id, or level, province and date), the same category
 * group, and the same rank and recipient. Publishing adds the quote to that placing instead of a duplicate.
 */
async function alreadyRecorded(draft: Draft): Promise<Map<string, RecordedPlacing>> {
  const found = new Map<string, RecordedPlacing>();
  for (const e of draft.editions) {
    const stored = await db.edition.findFirst({
      where: { OR: [{ id: e.id }, ...sameCeremonyAs(e)] },
      select: {
        id: true,
        claims: {
          where: { retractedAt: null },
          select: { id: true, rank: true, organizationId: true, category: { select: { label: true, qualifier: true, groupKey: true } } },
        },
      },
    });
    if (!stored) continue;
    for (const p of draft.proposals.filter((x) => x.edition === e.key)) {
      const orgId = p.organization?.existing ? p.organization.id : null;
      const claim = stored.claims.find(
        (c) =>
          c.category.groupKey === p.category.group &&
          c.rank === p.rank &&
          (orgId ? c.organizationId === orgId : !p.recipientName && c.organizationId === null),
      );
      if (claim)
        found.set(p.key, {
          claimId: claim.id,
          editionId: stored.id,
          label: claim.category.label,
          qualifier: claim.category.qualifier || null,
          rank: claim.rank,
          organizationId: claim.organizationId,
        });
    }
  }
  return found;
}

/** Reads the review form: `accept_<key>`, `rank_<key>`, `group_<key>`, `label_<key>`, `prize_<key>`. */
export function decisionsFromForm(form: FormData, keys: readonly string[], acceptAll: boolean): Record<string, Decision> {
  const out: Record<string, Decision> = {};
  for (const key of keys) {
    const rank = String(form.get(`rank_${key}`) ?? "").trim();
    out[key] = {
      accept: acceptAll || form.get(`accept_${key}`) === "on",
      rank: rank === "" ? null : /^\d{1,4}$/.test(rank) && Number(rank) >= 1 ? Number(rank) : undefined,
      group: String(form.get(`group_${key}`) ?? "") || undefined,
      label: String(form.get(`label_${key}`) ?? "").trim() || undefined,
      prize: form.has(`prize_${key}`) ? String(form.get(`prize_${key}`)).trim() : undefined,
    };
  }
  return out;
}

export async function saveExtractionDecisions(
  actorInput: Actor | null,
  id: string,
  decisions: Record<string, Decision>,
): Promise<Result<{ id: string }>> {
  const actor = await authorize(actorInput);
  const { count } = await db.extractionDraft.updateMany({
    where: { id, userId: actor.id },
    data: { decisions: asJson(decisions), problems: undefined },
  });
  return count ? { ok: true, value: { id } } : missing("Draf tidak ditemukan.");
}

/** The accepted proposals, with the editor's corrections, as one import: all or nothing, with one reason. */
export async function publishExtraction(
  actorInput: Actor | null,
  id: string,
  decisions: Record<string, Decision>,
  reason: string,
): Promise<Result<{ editionIds: string[]; placingIds: string[] }>> {
  const actor = await authorize(actorInput);
  const review = await getExtractionReview(actor, id);
  if (!review) return missing("Draf tidak ditemukan.");
  await saveExtractionDecisions(actor, id, decisions);
  const refuse = async (message: string) => {
    await db.extractionDraft.update({ where: { id }, data: { problems: asJson([message]) } });
    return invalid("accept", message);
  };
  if (reason.trim().length < 5) return refuse("Tulis alasan perubahan (sedikitnya 5 huruf).");
  const accepted = review.rows.filter((r) => decisions[r.key]?.accept).map((r) => applyDecision(r, decisions[r.key]!));
  if (accepted.length === 0) return refuse("Terima sedikitnya satu usulan sebelum menerbitkan.");
  const usedEditions = new Set(accepted.map((p) => p.edition));
  // the edition's facts (date, venue, year label) come along only for a ceremony the record does not hold yet
  const stored = new Set<string>();
  for (const e of review.draft.editions) {
    const found = await db.edition.findFirst({
      where: { OR: [{ id: e.id }, ...sameCeremonyAs(e)] },
      select: { id: true },
    });
    if (found) stored.add(e.key);
  }
  const transcription = toTranscription(
    review.text,
    review.meta,
    review.meta.id ?? review.draft.transcription.sources[0]!.id,
    {
      editions: review.draft.editions.filter((e) => usedEditions.has(e.key) || e.key === review.draft.editions[0]!.key),
      facts: review.draft.facts.filter((f) => !stored.has(f.edition)),
      proposals: accepted,
    },
    { gazetteer: { provinces: [], regencies: [] }, organizations: [] },
  );
  const result = await importTranscription(db, transcription, { author: { userId: actor.id, reason: reason.trim() } });
  if (!result.ok) {
    await db.extractionDraft.update({ where: { id }, data: { problems: asJson(result.problems) } });
    return invalid("accept", `Tidak disimpan: ${result.problems.join("; ")}`);
  }
  await db.extractionDraft.delete({ where: { id } });
  return {
    ok: true,
    value: {
      editionIds: result.editionIds.length
        ? result.editionIds
        : [...new Set(accepted.map((p) => p.recorded?.editionId).filter((x): x is string => Boolean(x)))],
      placingIds: result.placingIds,
    },
  };
}

function applyDecision(r: ReviewRow, d: Decision): ReviewRow {
  const prize = d.prize === undefined ? r.prize : d.prize ? { text: d.prize, amountRupiah: null } : null;
  return {
    ...r,
    rank: d.rank === undefined ? r.rank : d.rank,
    category: { ...r.category, group: d.group ?? r.category.group, label: d.label ?? r.category.label },
    prize: prize && prize.text !== r.prize?.text ? { text: prize.text, amountRupiah: null } : prize,
    // a corrected row is the editor's reading: the stored match no longer applies
    recorded: d.rank !== undefined && d.rank !== r.rank ? null : r.recorded,
  };
}

export async function discardExtraction(actorInput: Actor | null, id: string): Promise<Result<{ id: string }>> {
  const actor = await authorize(actorInput);
  const { count } = await db.extractionDraft.deleteMany({ where: { id, userId: actor.id } });
  return count ? { ok: true, value: { id } } : missing("Draf tidak ditemukan.");
}

/** The stored edition a proposed one is, by its id or as the same ceremony (lib/awards/identity.ts). */
function sameCeremonyAs(e: ProposedEdition) {
  const ceremony = sameCeremony(e);
  return ceremony ? [ceremony] : [];
}
