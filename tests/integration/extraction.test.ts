// The review flow's data layer on the real database: an article becomes a draft, the editor's decisions are kept,
// placings already in the record are recognised (their quote becomes one more citation, never a duplicate), and
// publishing imports only the accepted rows, in one transaction, recorded in the history.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import {
  createExtraction,
  discardExtraction,
  extractionCreateSchema,
  getExtractionReview,
  publishExtraction,
  saveExtractionDecisions,
} from "@/lib/admin/extraction";
import { gazetteerFromPackage } from "@/lib/extract/gazetteer";
import { extractionLoad, MAX_RUNNING, MAX_WAITING, runExtraction } from "@/lib/extract/run-extraction";
import { readSeedTranscription } from "@/prisma/seed/load";
import { db } from "./db";

const editor: Actor = { id: "test-extraction-editor", email: "extract@example.org", name: "Editor Ekstraksi", role: "editor" };
const FIXTURE = fs.readFileSync("tests/fixtures/articles/02-disusul.txt", "utf8");

/** Waits for a condition that an event will make true (a thread's exit), polling; fails the test after 30 s. */
async function until(condition: () => boolean) {
  for (const start = Date.now(); !condition(); await new Promise((r) => setTimeout(r, 20)))
    if (Date.now() - start > 30_000) throw new Error("condition not met in 30 s");
}

async function cleanup() {
  const editions = (await db.edition.findMany({ where: { provinceCode: "73" }, select: { id: true } })).map((e) => e.id);
  const organizations = (await db.claim.findMany({ where: { editionId: { in: editions } }, select: { organizationId: true } })).flatMap(
    (c) => (c.organizationId ? [c.organizationId] : []),
  );
  await db.claim.deleteMany({ where: { editionId: { in: editions } } });
  await db.editionCategory.deleteMany({ where: { editionId: { in: editions } } });
  await db.editionFact.deleteMany({ where: { editionId: { in: editions } } });
  await db.edition.deleteMany({ where: { id: { in: editions } } });
  await db.citation.deleteMany({ where: { source: { publisher: "Kabar Uji Review" } } });
  await db.organizationAlias.deleteMany({ where: { source: { publisher: "Kabar Uji Review" } } });
  await db.organization.deleteMany({ where: { id: { in: organizations }, claims: { none: {} } } });
  await db.source.deleteMany({ where: { publisher: "Kabar Uji Review" } });
  await db.change.deleteMany({ where: { userId: editor.id } });
  await db.extractionDraft.deleteMany({ where: { userId: editor.id } });
}

beforeAll(async () => {
  await db.user.create({ data: { id: editor.id, email: editor.email, name: editor.name, role: "editor" } });
});
afterAll(async () => {
  await cleanup();
  await db.user.deleteMany({ where: { id: editor.id } });
});

describe("from an article to cited placings", () => {
  it("recognises every placing of a stored article as already recorded, and publishing it adds no duplicate", async () => {
    const created = await createExtraction(editor, extractionCreateSchema.parse({ sourceId: "topnewsntt-2025-07-21" }));
    expect(created.ok).toBe(true);
    const id = created.ok ? created.value.id : "";
    const review = (await getExtractionReview(editor, id))!;
    expect(review.rows).toHaveLength(27);
    expect(review.rows.filter((r) => r.recorded).length).toBe(27);
    const before = { claims: await db.claim.count(), citations: await db.citation.count() };
    const all = Object.fromEntries(review.rows.map((r) => [r.key, { accept: true }]));
    const published = await publishExtraction(editor, id, all, "Memeriksa artikel yang sudah tercatat");
    expect(published).toMatchObject({ ok: true, value: { editionIds: ["nusa-tenggara-timur-2025-07-21"] } });
    expect({ claims: await db.claim.count(), citations: await db.citation.count() }).toEqual(before);
    expect(await db.extractionDraft.count({ where: { id } })).toBe(0);
    // the hand transcription's 27 placings of this article are exactly the ones recognised
    const hand = readSeedTranscription() as { placings: { id: string; citations: { source: string }[] }[] };
    expect(new Set(review.rows.map((r) => r.recorded!.claimId))).toEqual(
      new Set(hand.placings.filter((p) => p.citations.some((c) => c.source === "topnewsntt-2025-07-21")).map((p) => p.id)),
    );
  });

  it("keeps decisions in the draft, publishes only the accepted rows, and refuses without a reason", async () => {
    const created = await createExtraction(editor, extractionCreateSchema.parse({ text: FIXTURE, publisher: "Kabar Uji Review" }));
    const id = created.ok ? created.value.id : "";
    const review = (await getExtractionReview(editor, id))!;
    expect(review.rows.length).toBe(10);
    const keep = review.rows.slice(0, 3).map((r) => r.key);
    const decisions = Object.fromEntries(review.rows.map((r) => [r.key, { accept: keep.includes(r.key) }]));
    await saveExtractionDecisions(editor, id, decisions);
    // a reload: the decisions are there
    expect((await getExtractionReview(editor, id))!.rows.filter((r) => r.decision.accept).map((r) => r.key)).toEqual(keep);
    const before = await db.claim.count();
    expect(await publishExtraction(editor, id, decisions, "x")).toMatchObject({ ok: false });
    expect(await db.claim.count()).toBe(before);
    const published = await publishExtraction(editor, id, decisions, "Hasil Paritrana Award Sulsel dari Kabar Uji Review");
    expect(published.ok).toBe(true);
    expect(await db.claim.count()).toBe(before + 3);
    expect(
      await db.change.count({
        where: { userId: editor.id, entityType: "claim", reason: "Hasil Paritrana Award Sulsel dari Kabar Uji Review" },
      }),
    ).toBe(3);
  });

  it("a discarded draft is gone; another editor cannot read it", async () => {
    const created = await createExtraction(editor, extractionCreateSchema.parse({ text: FIXTURE, publisher: "Kabar Uji Review" }));
    const id = created.ok ? created.value.id : "";
    await expect(getExtractionReview({ ...editor, id: "nobody" }, id)).rejects.toThrow();
    expect(await discardExtraction(editor, id)).toMatchObject({ ok: true });
    expect(await getExtractionReview(editor, id)).toBeNull();
  });

  it("reads the article once, when the review begins: viewing and publishing use the stored draft", async () => {
    const created = await createExtraction(editor, extractionCreateSchema.parse({ text: FIXTURE, publisher: "Kabar Uji Review" }));
    const id = created.ok ? created.value.id : "";
    const stored = await db.extractionDraft.findUniqueOrThrow({ where: { id }, select: { draft: true } });
    const draft = stored.draft as { proposals: { key: string; recipientName: string | null }[] };
    expect(draft.proposals.length).toBe(10);
    // change what is stored: a view that ran the extractor again would not show it
    draft.proposals[0]!.recipientName = "Nama Tersimpan";
    await db.extractionDraft.update({ where: { id }, data: { draft } });
    expect((await getExtractionReview(editor, id))!.rows[0]!.recipientName).toBe("Nama Tersimpan");
    await discardExtraction(editor, id);
  });

  it("runs the extractor in a worker thread with a time budget: past it, a refusal that says so", async () => {
    const ctx = { gazetteer: await gazetteerFromPackage(), organizations: [] };
    const run = await runExtraction(FIXTURE, { publisher: "Kabar Uji Review" }, ctx);
    expect(run.ok && run.draft.proposals.map((p) => p.recipientName)).toContain("Kabupaten Gowa");
    expect(await runExtraction(FIXTURE, { publisher: "Kabar Uji Review" }, ctx, 1)).toMatchObject({ ok: false, reason: "timeout" });
    // the thread that overran is stopped, not left to run on
    await until(() => extractionLoad().running === 0);
  });

  it("runs at most a few threads at once, lets a few more wait, and refuses the rest at once", async () => {
    const ctx = { gazetteer: await gazetteerFromPackage(), organizations: [] };
    let peak = 0;
    const watch = setInterval(() => {
      peak = Math.max(peak, extractionLoad().running);
    }, 5);
    // a generous budget: this test is about the pool, not the clock of a loaded machine
    const runs = Array.from({ length: MAX_RUNNING + MAX_WAITING + 2 }, () =>
      runExtraction(FIXTURE, { publisher: "Kabar Uji Review" }, ctx, 120_000),
    );
    expect(extractionLoad()).toEqual({ running: MAX_RUNNING, waiting: MAX_WAITING });
    const results = await Promise.all(runs);
    clearInterval(watch);
    expect(peak).toBeLessThanOrEqual(MAX_RUNNING);
    expect(results.filter((r) => r.ok)).toHaveLength(MAX_RUNNING + MAX_WAITING);
    expect(results.filter((r) => !r.ok)).toEqual([
      expect.objectContaining({ reason: "busy" }),
      expect.objectContaining({ reason: "busy" }),
    ]);
    await until(() => extractionLoad().running === 0);
  }, 180_000);
});
