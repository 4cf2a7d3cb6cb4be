// The admin data layer on the real database: authorisation, the quote check, versions (a stale save is
// refused and nothing is lost), history rows, retraction, duplicate sources. It works on a claim and a source
// of its own, and removes them afterwards, so the seeded record stays as the articles say.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotAuthorizedError, type Actor } from "@/lib/auth/authorize";
import { retractClaim, updateClaim } from "@/lib/admin/claims";
import { createSource } from "@/lib/admin/sources";
import { claimUpdateSchema } from "@/lib/admin/schema";
import { db } from "./db";

const CLAIM = "test-admin-claim";
const EDITION = "nusa-tenggara-timur-2025-07-21";
const editor: Actor = { id: "test-editor", email: "editor@example.org", name: "Editor Uji", role: "editor" };
const SOURCE_QUOTE = "Kategori Pemda (terbaik 3 Belu, Terbaik 2 TTU, Terbaik 1 Nagekeo)";

const form = (over: Record<string, string>) =>
  claimUpdateSchema.parse({
    claimId: CLAIM,
    version: "1",
    categoryId: `${EDITION}-pemda`,
    rank: "2",
    organizationId: "kabupaten-belu",
    newOrganizationName: "",
    newOrganizationKind: "",
    inferenceNote: "",
    citationSourceId: "",
    citationQuote: "",
    citationRecipientName: "",
    reason: "Koreksi dari artikel",
    ...over,
  });

beforeAll(async () => {
  await db.user.create({ data: { id: editor.id, email: editor.email, name: editor.name, role: "editor" } });
  await db.claim.create({
    data: { id: CLAIM, editionId: EDITION, categoryId: `${EDITION}-pemda`, rank: 3, organizationId: "kabupaten-belu" },
  });
});
afterAll(async () => {
  await db.change.deleteMany({ where: { userId: editor.id } });
  await db.claim.deleteMany({ where: { id: CLAIM } });
  await db.source.deleteMany({ where: { id: { startsWith: "media-uji" } } });
  await db.user.deleteMany({ where: { id: editor.id } });
});

describe("authorisation in the data layer", () => {
  it("refuses a write without an account, or for an account that does not exist, and changes nothing", async () => {
    await expect(updateClaim(null, form({}))).rejects.toThrow(NotAuthorizedError);
    await expect(updateClaim({ ...editor, id: "nobody" }, form({}))).rejects.toThrow(NotAuthorizedError);
    await expect(retractClaim(null, { claimId: CLAIM, version: 1, reason: "tanpa sesi" })).rejects.toThrow(NotAuthorizedError);
    await expect(createSource(null, { publisher: "X", text: "x".repeat(60), reason: "tanpa sesi" })).rejects.toThrow(NotAuthorizedError);
    expect(await db.claim.findUniqueOrThrow({ where: { id: CLAIM }, select: { rank: true, version: true } })).toEqual({
      rank: 3,
      version: 1,
    });
    expect(await db.change.count({ where: { entityId: CLAIM } })).toBe(0);
  });
});

describe("correcting a claim", () => {
  it("refuses a quote that is not verbatim in the chosen source, and saves nothing", async () => {
    const result = await updateClaim(
      editor,
      form({
        citationSourceId: "topnewsntt-2025-07-21",
        citationQuote: "Kategori Pemda (terbaik 3 Belu, Terbaik 2 TTU, Terbaik 1 Nagekeo!)",
      }),
    );
    expect(result).toMatchObject({ ok: false, kind: "invalid", field: "citationQuote" });
    expect(await db.claim.findUniqueOrThrow({ where: { id: CLAIM }, select: { version: true } })).toEqual({ version: 1 });
    expect(await db.citation.count({ where: { claimId: CLAIM } })).toBe(0);
  });

  it("saves a correction with a verbatim quote, bumps the version and records who, what and why", async () => {
    const result = await updateClaim(editor, form({ citationSourceId: "topnewsntt-2025-07-21", citationQuote: SOURCE_QUOTE }));
    expect(result.ok).toBe(true);
    const claim = await db.claim.findUniqueOrThrow({
      where: { id: CLAIM },
      select: { rank: true, version: true, citations: { select: { quote: true, start: true, end: true } } },
    });
    expect(claim).toMatchObject({ rank: 2, version: 2 });
    expect(claim.citations).toHaveLength(1);
    const text = (await db.source.findUniqueOrThrow({ where: { id: "topnewsntt-2025-07-21" }, select: { text: true } })).text;
    expect(Array.from(text).slice(claim.citations[0]!.start, claim.citations[0]!.end).join("")).toBe(SOURCE_QUOTE);
    const [change] = await db.change.findMany({ where: { entityType: "claim", entityId: CLAIM } });
    expect(change).toMatchObject({
      action: "update+citation",
      reason: "Koreksi dari artikel",
      userId: editor.id,
      before: { rank: 3, version: 1 },
      after: { rank: 2, version: 2 },
    });
  });

  it("of two concurrent saves from the same version, one wins and the other gets a conflict with what changed", async () => {
    const [a, b] = await Promise.all([
      updateClaim(editor, form({ version: "2", rank: "1", reason: "Tab pertama" })),
      updateClaim(editor, form({ version: "2", rank: "3", reason: "Tab kedua" })),
    ]);
    const results = [a, b];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok)!;
    expect(loser).toMatchObject({ ok: false, kind: "conflict", current: { version: 3 } });
    if (!loser.ok && loser.kind === "conflict") expect(loser.lastChange?.by).toBe("Editor Uji");
    const winner = results.indexOf(results.find((r) => r.ok)!);
    expect(await db.claim.findUniqueOrThrow({ where: { id: CLAIM }, select: { rank: true, version: true } })).toEqual({
      rank: winner === 0 ? 1 : 3,
      version: 3,
    });
    expect(await db.change.count({ where: { entityId: CLAIM } })).toBe(2); // the refused save left no trace
  });

  it("refuses a save based on an old version", async () => {
    expect(await updateClaim(editor, form({ version: "1", reason: "Dari tab lama" }))).toMatchObject({ ok: false, kind: "conflict" });
  });
});

describe("retracting a claim", () => {
  it("marks it retracted with the reason, keeps the row, and takes it off the public lists", async () => {
    expect(await retractClaim(editor, { claimId: CLAIM, version: 3, reason: "Tidak ada dalam sumber" })).toMatchObject({ ok: true });
    const claim = await db.claim.findUniqueOrThrow({
      where: { id: CLAIM },
      select: { retractedAt: true, retractReason: true, version: true },
    });
    expect(claim.retractedAt).not.toBeNull();
    expect(claim).toMatchObject({ retractReason: "Tidak ada dalam sumber", version: 4 });
    const { listClaims } = await import("@/lib/awards/queries");
    expect((await listClaims({ edition: EDITION })).map((c) => c.id)).not.toContain(CLAIM);
    expect(await db.change.findFirst({ where: { entityId: CLAIM, action: "retract" }, select: { reason: true } })).toEqual({
      reason: "Tidak ada dalam sumber",
    });
    expect(await retractClaim(editor, { claimId: CLAIM, version: 4, reason: "Lagi" })).toMatchObject({ ok: false, kind: "invalid" });
  });
});

describe("adding a source", () => {
  const text = "Media Uji melaporkan Paritrana Award 2026 di Kupang. ".repeat(3);
  it("stores the text verbatim and refuses the same URL or the same text again, naming the existing source", async () => {
    const first = await createSource(editor, {
      publisher: "Media Uji",
      eventDate: "2026-07-01",
      url: "https://media-uji.example/a",
      text,
      reason: "Artikel baru",
    });
    expect(first).toEqual({ ok: true, value: { id: "media-uji-2026-07-01" } });
    expect((await db.source.findUniqueOrThrow({ where: { id: "media-uji-2026-07-01" }, select: { text: true } })).text).toBe(text);
    expect(
      await createSource(editor, { publisher: "Lain", url: "https://media-uji.example/a", text: `${text} beda`, reason: "Duplikat" }),
    ).toMatchObject({ ok: false, kind: "duplicate", existingId: "media-uji-2026-07-01" });
    expect(await createSource(editor, { publisher: "Lain", text, reason: "Duplikat" })).toMatchObject({
      ok: false,
      kind: "duplicate",
      existingId: "media-uji-2026-07-01",
    });
  });
});
