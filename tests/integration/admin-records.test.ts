// The admin data layer for new claims, organisations, editions and accounts, on the real database: the
// verbatim checks, versions, merges, roles and history rows. Everything it creates is its own (ids start with
// "uji") and is removed afterwards, so the seeded record stays as the articles say.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotAuthorizedError, type Actor } from "@/lib/auth/authorize";
import { saveGroup } from "@/lib/admin/categories";
import { createClaim, updateClaim, withdrawCitation } from "@/lib/admin/claims";
import { describeChange } from "@/lib/awards/history";
import { createSource } from "@/lib/admin/sources";
import { addAlias, mergeOrganizations, moveAlias, updateOrganization } from "@/lib/admin/organizations";
import { addEditionFact, createEdition, retractEditionFact, updateEdition } from "@/lib/admin/editions";
import { createAccount, listAccounts, setRole } from "@/lib/admin/accounts";
import { listClaimsToReview } from "@/lib/admin/queries";
import {
  aliasCreateSchema,
  aliasMoveSchema,
  claimCreateSchema,
  claimUpdateSchema,
  editionCreateSchema,
  organizationMergeSchema,
  organizationUpdateSchema,
} from "@/lib/admin/schema";
import { getClaim, getEdition, getOrganization } from "@/lib/awards/queries";
import { searchOrganizations } from "@/lib/search/queries";
import { CHANGE_ACTIONS, CHANGE_ENTITIES } from "@/lib/history/change-kinds";
import { db } from "./db";

const editor: Actor = { id: "uji-editor", email: "uji-editor@example.org", name: "Editor Uji Rekaman", role: "editor" };
const admin: Actor = { id: "uji-admin", email: "uji-admin@example.org", name: "Admin Uji", role: "admin" };
const EDITION = "nusa-tenggara-timur-2025-07-21";
const TEXT =
  "Ujimedia, Kupang - Koperasi Uji Sejahtera meraih Terbaik 1 Kategori UMK. Koprasi Uji Sejahtra (salah ketik) juga disebut. " +
  "Upacara berlangsung di Aula Uji pada 2 Agustus 2026 di Kupang.";
let SOURCE = "";

const claimForm = (over: Record<string, string>) =>
  claimCreateSchema.parse({
    categoryId: `${EDITION}-umk`,
    rank: "1",
    organizationId: "",
    newOrganizationName: "",
    newOrganizationKind: "",
    inferenceNote: "",
    citationSourceId: SOURCE,
    citationQuote: "Koperasi Uji Sejahtera meraih Terbaik 1 Kategori UMK",
    citationRecipientName: "",
    reason: "Dari artikel Ujimedia",
    ...over,
  });

beforeAll(async () => {
  await db.user.createMany({ data: [{ ...editor }, { ...admin }] });
  const source = await createSource(editor, { publisher: "Ujimedia", eventDate: "2026-08-02", text: TEXT, reason: "Sumber uji" });
  if (!source.ok) throw new Error("test source not stored");
  SOURCE = source.value.id;
});

afterAll(async () => {
  const users = await db.user.findMany({
    where: { OR: [{ id: { startsWith: "uji-" } }, { email: { startsWith: "uji-" } }] },
    select: { id: true },
  });
  const userIds = users.map((u) => u.id);
  await db.change.deleteMany({ where: { userId: { in: userIds } } });
  await db.claim.deleteMany({ where: { citations: { some: { sourceId: SOURCE } } } });
  await db.claim.deleteMany({ where: { organizationId: { startsWith: "koperasi-uji" } } });
  await db.organization.updateMany({ where: { id: { startsWith: "koperasi-uji" } }, data: { mergedIntoId: null } });
  await db.organization.deleteMany({ where: { id: { startsWith: "koperasi-uji" } } });
  await db.editionFact.deleteMany({ where: { editionId: { contains: "2026-08-02" } } });
  await db.edition.deleteMany({ where: { id: { contains: "2026-08-02" } } });
  await db.source.deleteMany({ where: { id: SOURCE } });
  await db.user.deleteMany({ where: { id: { in: userIds } } });
  await db.categoryGroup.deleteMany({ where: { key: "uji-kelompok" } });
});

describe("creating a claim", () => {
  it("adds a browsing group only under a new key: an existing key is refused, never renamed; a rename needs the version shown", async () => {
    const umk = await db.categoryGroup.findUniqueOrThrow({ where: { key: "umk" }, select: { nameId: true, nameEn: true, version: true } });
    const add = { key: "umk", nameId: "Nama Tertimpa", nameEn: "Overwritten", reason: "Tambah kelompok uji" };
    expect(await saveGroup(admin, add)).toMatchObject({ ok: false, kind: "invalid", field: "key" });
    expect(await saveGroup(admin, { ...add, version: umk.version + 1 })).toMatchObject({ ok: false, kind: "conflict" });
    expect(
      await db.categoryGroup.findUniqueOrThrow({ where: { key: "umk" }, select: { nameId: true, nameEn: true, version: true } }),
    ).toEqual(umk);
    expect(await saveGroup(admin, { ...add, key: "uji-kelompok", nameId: "Kelompok Uji", nameEn: "Test group" })).toEqual({
      ok: true,
      value: { key: "uji-kelompok" },
    });
    expect(await db.change.findFirst({ where: { entityType: "group", entityId: "uji-kelompok" }, select: { action: true } })).toEqual({
      action: "create",
    });
    await expect(saveGroup(editor, { ...add, key: "uji-kelompok-2" })).rejects.toBeInstanceOf(NotAuthorizedError);
  });

  it("refuses without a session, and refuses a quote that is not verbatim, leaving nothing behind", async () => {
    await expect(createClaim(null, claimForm({}))).rejects.toThrow(NotAuthorizedError);
    const bad = await createClaim(
      editor,
      claimForm({
        organizationId: "__new__",
        newOrganizationName: "Koperasi Uji Sejahtera",
        newOrganizationKind: "cooperative",
        citationQuote: "Koperasi Uji Sejahtera meraih Juara 1",
        citationRecipientName: "Koperasi Uji Sejahtera",
      }),
    );
    expect(bad).toMatchObject({ ok: false, kind: "invalid", field: "citationQuote" });
    expect(await db.organization.count({ where: { id: { startsWith: "koperasi-uji" } } })).toBe(0);
  });

  it("requires a citation for a new claim, and the recipient's spelling to be inside the quote", () => {
    const noQuote = claimCreateSchema.safeParse({ ...claimForm({}), citationSourceId: "", citationQuote: "", rank: "1" });
    expect(noQuote.success).toBe(false);
    const notInQuote = claimCreateSchema.safeParse({ ...claimForm({}), rank: "1", citationRecipientName: "Koperasi Lain" });
    expect(notInQuote.error?.issues.map((i) => i.path[0])).toEqual(["citationRecipientName"]);
  });

  it("creates a new organisation whose first spelling is the name as the quote writes it, at its exact place", async () => {
    const result = await createClaim(
      editor,
      claimForm({
        organizationId: "__new__",
        newOrganizationName: "Koperasi Uji Sejahtera",
        newOrganizationKind: "cooperative",
        citationRecipientName: "Koperasi Uji Sejahtera",
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      value: { claim: { id: `${EDITION}-umk-1-2`, rank: 1, organizationId: "koperasi-uji-sejahtera" } },
    });
    const alias = await db.organizationAlias.findFirstOrThrow({
      where: { organizationId: "koperasi-uji-sejahtera" },
      select: { spelling: true, start: true, end: true, sourceId: true },
    });
    expect(Array.from(TEXT).slice(alias.start, alias.end).join("")).toBe("Koperasi Uji Sejahtera");
    expect(
      await db.change.findMany({
        where: { userId: editor.id, action: "create", entityType: { in: ["claim", "organization"] } },
        select: { entityType: true },
      }),
    ).toHaveLength(2);
    // The seeded rank-1 UMK claim stays: a second claim for the same place is its own record.
    expect(await db.claim.count({ where: { editionId: EDITION, categoryId: `${EDITION}-umk`, rank: 1 } })).toBe(2);
  });

  it("puts both claims for the same place on the admin's review list, each naming the other", async () => {
    const review = await listClaimsToReview();
    const mine = review.find((c) => c.id === `${EDITION}-umk-1-2`);
    expect(mine?.disagreesWith).toEqual([`${EDITION}-umk-1`]);
    expect(review.find((c) => c.id === `${EDITION}-umk-1`)?.disagreesWith).toEqual([`${EDITION}-umk-1-2`]);
    // Inferred placings are listed too (the seeded rank of UKSW Sumba comes from list order).
    expect(review.find((c) => c.id === `${EDITION}-education-2`)?.inferences).toEqual(["rank_from_order"]);
  });

  it("a correction can move a placing to another category: the permalink stays and the history says so", async () => {
    const id = `${EDITION}-umk-1-2`;
    const moved = await updateClaim(
      editor,
      claimUpdateSchema.parse({
        ...claimForm({}),
        claimId: id,
        version: "1",
        categoryId: `${EDITION}-overall`,
        organizationId: "koperasi-uji-sejahtera",
        citationSourceId: "",
        citationQuote: "",
        reason: "Kategori salah baca",
      }),
    );
    expect(moved).toMatchObject({ ok: true, value: { claim: { id, categoryId: `${EDITION}-overall`, version: 2 } } });
    const change = await db.change.findFirstOrThrow({ where: { entityId: id, action: "update" }, select: { before: true, after: true } });
    expect(describeChange(change.before, change.after)).toEqual([
      { field: "attribute", key: "categoryId", from: `${EDITION}-umk`, to: `${EDITION}-overall` },
    ]);
    const back = await updateClaim(
      editor,
      claimUpdateSchema.parse({
        ...claimForm({}),
        claimId: id,
        version: "2",
        organizationId: "koperasi-uji-sejahtera",
        citationSourceId: "",
        citationQuote: "",
        reason: "Kembali ke UMK",
      }),
    );
    expect(back.ok).toBe(true);
  });

  it("withdraws a piece of evidence that does not hold, but never the last one", async () => {
    const id = `${EDITION}-umk-1-2`;
    const version = async () => (await db.claim.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
    const [only] = await db.citation.findMany({ where: { claimId: id }, select: { id: true } });
    expect(
      await withdrawCitation(editor, { claimId: id, version: await version(), citationId: only!.id, reason: "Tidak mendukung" }),
    ).toMatchObject({ ok: false, field: "reason" });
    const added = await updateClaim(
      editor,
      claimUpdateSchema.parse({
        ...claimForm({}),
        claimId: id,
        version: String(await version()),
        organizationId: "koperasi-uji-sejahtera",
        citationQuote: "Koprasi Uji Sejahtra (salah ketik) juga disebut",
        reason: "Bukti kedua",
      }),
    );
    expect(added.ok).toBe(true);
    const v = await version();
    expect(await withdrawCitation(editor, { claimId: id, version: v - 1, citationId: only!.id, reason: "Dari tab lama" })).toMatchObject({
      ok: false,
      kind: "conflict",
    });
    expect(
      await withdrawCitation(editor, { claimId: id, version: v, citationId: only!.id, reason: "Kalimat itu tentang kategori lain" }),
    ).toMatchObject({ ok: true, value: { claim: { version: v + 1 } } });
    expect((await getClaim(id))?.citations.map((c) => c.quote)).toEqual(["Koprasi Uji Sejahtra (salah ketik) juga disebut"]);
    const change = await db.change.findFirstOrThrow({
      where: { entityId: id, action: "citation-withdraw" },
      select: { before: true, after: true },
    });
    expect(describeChange(change.before, change.after)).toEqual([
      { field: "citationWithdrawn", sourceId: SOURCE, quote: "Koperasi Uji Sejahtera meraih Terbaik 1 Kategori UMK" },
    ]);
    await expect(withdrawCitation(null, { claimId: id, version: v + 1, citationId: only!.id, reason: "Tanpa sesi" })).rejects.toThrow(
      NotAuthorizedError,
    );
  });

  it("refuses a second new organisation for a spelling already recorded", async () => {
    const again = await createClaim(
      editor,
      claimForm({
        rank: "2",
        organizationId: "__new__",
        newOrganizationName: "Koperasi Uji Sejahtera Dua",
        newOrganizationKind: "cooperative",
        citationRecipientName: "Koperasi Uji Sejahtera",
      }),
    );
    expect(again).toMatchObject({ ok: false, kind: "invalid", field: "newOrganizationName" });
  });
});

describe("organisations", () => {
  const ORG = "koperasi-uji-sejahtera";
  const edit = (over: Record<string, string>) =>
    organizationUpdateSchema.parse({
      organizationId: ORG,
      version: "1",
      name: "Koperasi Uji Sejahtera",
      kind: "cooperative",
      kindNote: "",
      regionCode: "53.71",
      regionNote: "",
      note: "",
      reason: "Wilayah dari artikel",
      ...over,
    });

  it("of two concurrent edits from the same version, one wins; the other gets the current state and nothing is lost", async () => {
    const [a, b] = await Promise.all([
      updateOrganization(editor, edit({ note: "Tab A" })),
      updateOrganization(editor, edit({ note: "Tab B" })),
    ]);
    expect([a, b].filter((r) => r.ok)).toHaveLength(1);
    const loser = [a, b].find((r) => !r.ok);
    expect(loser).toMatchObject({ ok: false, kind: "conflict", current: { version: 2 } });
    if (loser && !loser.ok && loser.kind === "conflict") expect(loser.current.lines.join(" ")).toMatch(/Koperasi Uji Sejahtera/);
    expect(await db.change.count({ where: { entityType: "organization", entityId: ORG, action: "update" } })).toBe(1);
  });

  it("refuses an unknown region code", async () => {
    expect(await updateOrganization(editor, edit({ version: "2", regionCode: "99.99" }))).toMatchObject({
      ok: false,
      kind: "invalid",
      field: "regionCode",
    });
  });

  it("adds a spelling only when the source writes it exactly so, and only once", async () => {
    const alias = (spelling: string, version = "2") =>
      aliasCreateSchema.parse({
        organizationId: ORG,
        version,
        sourceId: SOURCE,
        spelling,
        match: "probable",
        aliasNote: "Salah ketik dalam artikel yang sama",
        reason: "Ejaan lain",
      });
    expect(await addAlias(editor, alias("Koperasi Uji Sejahtra"))).toMatchObject({ ok: false, kind: "invalid", field: "spelling" });
    expect(await addAlias(editor, alias("Koprasi Uji Sejahtra"))).toMatchObject({ ok: true });
    expect(await addAlias(editor, alias("Koprasi Uji Sejahtra", "3"))).toMatchObject({ ok: false, kind: "invalid", field: "spelling" });
    expect(aliasCreateSchema.safeParse({ ...alias("X y"), aliasNote: "" }).success).toBe(false); // probable needs its reason
    const history = await db.change.findFirstOrThrow({ where: { entityId: ORG, action: "alias" }, select: { after: true } });
    expect(JSON.stringify(history.after)).toContain("Koprasi Uji Sejahtra");
  });

  it("merges a duplicate: spellings and placings move, its permalink points on, and each moved placing has a history row", async () => {
    const dup = await createClaim(
      editor,
      claimForm({
        rank: "3",
        organizationId: "__new__",
        newOrganizationName: "Koperasi Uji Duplikat",
        newOrganizationKind: "cooperative",
        citationQuote: "Upacara berlangsung di Aula Uji",
        citationRecipientName: "Aula Uji",
      }),
    );
    expect(dup.ok).toBe(true);
    const DUP = "koperasi-uji-duplikat";
    const target = await db.organization.findUniqueOrThrow({ where: { id: ORG }, select: { version: true } });
    expect(organizationMergeSchema.safeParse({ organizationId: DUP, version: "1", targetId: DUP, reason: "Sama" }).success).toBe(false);
    const merged = await mergeOrganizations(
      editor,
      organizationMergeSchema.parse({
        organizationId: DUP,
        version: "1",
        targetId: ORG,
        targetVersion: String(target.version),
        reason: "Catatan ganda",
      }),
    );
    expect(merged).toMatchObject({ ok: true, value: { from: { id: DUP, mergedIntoId: ORG }, into: { id: ORG } } });
    expect(await db.organizationAlias.count({ where: { organizationId: DUP } })).toBe(0);
    expect(await db.organizationAlias.count({ where: { organizationId: ORG } })).toBe(3);
    const moved = await db.claim.findUniqueOrThrow({
      where: { id: `${EDITION}-umk-3-2` },
      select: { organizationId: true, version: true },
    });
    expect(moved).toEqual({ organizationId: ORG, version: 2 });
    expect(
      await db.change.findFirst({
        where: { entityType: "claim", entityId: `${EDITION}-umk-3-2`, action: "merge" },
        select: { reason: true },
      }),
    ).toEqual({ reason: "Catatan ganda" });
    expect((await getOrganization(DUP))?.mergedIntoId).toBe(ORG);
    // A merged record takes no more edits, and search offers only the record it went into.
    expect(await updateOrganization(editor, edit({ organizationId: DUP, version: "2" }))).toMatchObject({ ok: false, kind: "invalid" });
    expect((await searchOrganizations("koperasi uji duplikat")).map((o) => o.id)).not.toContain(DUP);
  });
});

describe("splitting a spelling off", () => {
  const ORG = "koperasi-uji-sejahtera";
  it("moves the spelling and the placings citing it to a new organisation, with history on all three", async () => {
    const alias = await db.organizationAlias.findFirstOrThrow({
      where: { organizationId: ORG, spelling: "Aula Uji" },
      select: { id: true },
    });
    const { version } = await db.organization.findUniqueOrThrow({ where: { id: ORG }, select: { version: true } });
    const input = aliasMoveSchema.parse({
      organizationId: ORG,
      version: String(version),
      aliasId: String(alias.id),
      targetId: "__new__",
      newOrganizationName: "Koperasi Uji Aula",
      newOrganizationKind: "cooperative",
      match: "certain",
      aliasNote: "",
      moveClaims: "on",
      reason: "Ternyata organisasi lain",
    });
    expect(await moveAlias(editor, { ...input, version: version - 1 })).toMatchObject({ ok: false, kind: "conflict" });
    expect(await db.organization.count({ where: { id: "koperasi-uji-aula" } })).toBe(0); // the refused move created nothing

    const moved = await moveAlias(editor, input);
    expect(moved).toMatchObject({
      ok: true,
      value: { into: { id: "koperasi-uji-aula", aliases: [{ spelling: "Aula Uji" }] }, movedClaims: [{ id: `${EDITION}-umk-3-2` }] },
    });
    expect(
      (await db.claim.findUniqueOrThrow({ where: { id: `${EDITION}-umk-3-2` }, select: { organizationId: true } })).organizationId,
    ).toBe("koperasi-uji-aula");
    const out = await db.change.findFirstOrThrow({ where: { entityId: ORG, action: "alias-out" }, select: { before: true, after: true } });
    expect(describeChange(out.before, out.after)).toEqual([{ field: "aliasRemoved", spelling: "Aula Uji" }]);
    expect(await db.change.count({ where: { entityId: `${EDITION}-umk-3-2`, action: "split" } })).toBe(1);
    expect(await db.change.count({ where: { entityId: "koperasi-uji-aula", action: "create" } })).toBe(1);
    // Placings citing other spellings stay where they were.
    expect(
      (await db.claim.findUniqueOrThrow({ where: { id: `${EDITION}-umk-1-2` }, select: { organizationId: true } })).organizationId,
    ).toBe(ORG);
  });

  it("refuses a spelling that belongs to another record", async () => {
    const other = await db.organizationAlias.findFirstOrThrow({ where: { organizationId: "kopdit-tlm" }, select: { id: true } });
    const { version } = await db.organization.findUniqueOrThrow({ where: { id: ORG }, select: { version: true } });
    expect(
      await moveAlias(
        editor,
        aliasMoveSchema.parse({
          organizationId: ORG,
          version: String(version),
          aliasId: String(other.id),
          targetId: "kabupaten-belu",
          match: "certain",
          aliasNote: "",
          reason: "Salah pilih",
        }),
      ),
    ).toMatchObject({ ok: false, kind: "invalid", field: "aliasId" });
  });
});

describe("editions", () => {
  const form = (over: Record<string, string>) =>
    editionCreateSchema.parse({
      level: "province",
      provinceCode: "53",
      yearLabel: "2026",
      assessmentPeriod: "",
      ceremonyDate: "2026-08-02",
      factKind: "venue",
      factValue: "Aula Uji, Kupang",
      sourceId: SOURCE,
      quote: "di Aula Uji",
      reason: "Upacara baru",
      ...over,
    });

  it("creates a ceremony keyed by province and date, with its first cited fact, and refuses the same ceremony twice", async () => {
    expect(await createEdition(editor, form({ quote: "di Aula Ujian" }))).toMatchObject({ ok: false, kind: "invalid", field: "quote" });
    expect(await db.edition.count({ where: { id: "nusa-tenggara-timur-2026-08-02" } })).toBe(0);
    const created = await createEdition(editor, form({}));
    expect(created).toMatchObject({
      ok: true,
      value: { edition: { id: "nusa-tenggara-timur-2026-08-02", version: 1, facts: [{ kind: "venue", value: "Aula Uji, Kupang" }] } },
    });
    expect(await createEdition(editor, form({}))).toMatchObject({
      ok: false,
      kind: "duplicate",
      existingId: "nusa-tenggara-timur-2026-08-02",
    });
    expect(editionCreateSchema.safeParse({ ...form({}), factKind: "ceremony_date", factValue: "2 Agustus" }).success).toBe(false);
  });

  it("edits with a version check and adds cited facts; a refused fact changes nothing", async () => {
    const id = "nusa-tenggara-timur-2026-08-02";
    const edit = {
      editionId: id,
      version: 1,
      level: "province" as const,
      provinceCode: "53",
      yearLabel: "2025",
      ceremonyDate: "2026-08-02",
      reason: "Sebutan dari sumber",
    };
    expect(await updateEdition(editor, edit)).toMatchObject({ ok: true, value: { edition: { yearLabel: "2025", version: 2 } } });
    expect(await updateEdition(editor, { ...edit, yearLabel: "2024" })).toMatchObject({
      ok: false,
      kind: "conflict",
      current: { version: 2 },
    });
    expect(await updateEdition(editor, { ...edit, version: 2, ceremonyDate: "2025-07-21" })).toMatchObject({
      ok: false,
      kind: "duplicate",
      existingId: EDITION,
    });
    const fact = {
      editionId: id,
      version: 2,
      factKind: "ceremony_date" as const,
      factValue: "2026-08-02",
      sourceId: SOURCE,
      quote: "pada 2 Agustus 2026",
      reason: "Tanggal dari sumber",
    };
    expect(await addEditionFact(editor, { ...fact, quote: "pada 3 Agustus 2026" })).toMatchObject({
      ok: false,
      kind: "invalid",
      field: "quote",
    });
    expect((await db.edition.findUniqueOrThrow({ where: { id }, select: { version: true } })).version).toBe(2);
    expect(await addEditionFact(editor, fact)).toMatchObject({ ok: true, value: { edition: { version: 3 } } });
    expect(await db.change.count({ where: { entityType: "edition", entityId: id } })).toBe(3);
  });

  it("withdraws a fact: the public edition no longer shows it, and the history says which and why", async () => {
    const id = "nusa-tenggara-timur-2026-08-02";
    const fact = await db.editionFact.findFirstOrThrow({ where: { editionId: id, kind: "venue" }, select: { id: true } });
    expect(await retractEditionFact(editor, { editionId: id, version: 2, factId: fact.id, reason: "Salah baca" })).toMatchObject({
      ok: false,
      kind: "conflict",
    });
    expect(await retractEditionFact(editor, { editionId: id, version: 3, factId: "lain", reason: "Salah baca" })).toMatchObject({
      ok: false,
      field: "factId",
    });
    expect(await retractEditionFact(editor, { editionId: id, version: 3, factId: fact.id, reason: "Tempat salah baca" })).toMatchObject({
      ok: true,
      value: { edition: { version: 4 } },
    });
    expect((await getEdition(id))?.facts.map((f) => f.kind)).toEqual(["ceremony_date"]);
    const change = await db.change.findFirstOrThrow({
      where: { entityId: id, action: "fact-retract" },
      select: { before: true, after: true, reason: true },
    });
    expect(describeChange(change.before, change.after)).toEqual([{ field: "factRetracted", kind: "venue", value: "Aula Uji, Kupang" }]);
    expect(await retractEditionFact(editor, { editionId: id, version: 4, factId: fact.id, reason: "Lagi" })).toMatchObject({
      ok: false,
      field: "factId",
    });
  });
});

describe("every write without a session", () => {
  it("is refused by the data layer itself, and changes nothing", async () => {
    const changes = await db.change.count();
    const org = { organizationId: "koperasi-uji-sejahtera", version: 1, reason: "Tanpa sesi" };
    await expect(updateOrganization(null, { ...org, name: "X", kind: "other" })).rejects.toThrow(NotAuthorizedError);
    await expect(addAlias(null, { ...org, sourceId: SOURCE, spelling: "Koperasi Uji", match: "certain" })).rejects.toThrow(
      NotAuthorizedError,
    );
    await expect(mergeOrganizations(null, { ...org, targetId: "kopdit-tlm" })).rejects.toThrow(NotAuthorizedError);
    const edition = { level: "province" as const, provinceCode: "53", yearLabel: "2026", ceremonyDate: "2026-09-01", reason: "Tanpa sesi" };
    await expect(
      createEdition(null, { ...edition, factKind: "venue", factValue: "Kupang", sourceId: SOURCE, quote: "di Kupang" }),
    ).rejects.toThrow(NotAuthorizedError);
    await expect(updateEdition(null, { ...edition, editionId: EDITION, version: 1 })).rejects.toThrow(NotAuthorizedError);
    await expect(
      addEditionFact(null, {
        editionId: EDITION,
        version: 1,
        factKind: "venue",
        factValue: "Kupang",
        sourceId: SOURCE,
        quote: "di Kupang",
        reason: "Tanpa sesi",
      }),
    ).rejects.toThrow(NotAuthorizedError);
    await expect(createClaim({ ...editor, id: "uji-tidak-ada" }, claimForm({ organizationId: "" }))).rejects.toThrow(NotAuthorizedError);
    expect(await db.change.count()).toBe(changes);
  });
});

describe("accounts", () => {
  it("are for admins only: an editor is refused every read and write", async () => {
    await expect(listAccounts(editor)).rejects.toThrow(NotAuthorizedError);
    await expect(
      createAccount(editor, { email: "uji-baru@example.org", name: "Baru", role: "editor", password: "Kupang-Harper-2025!" }),
    ).rejects.toThrow(NotAuthorizedError);
    await expect(setRole(editor, { userId: editor.id, role: "admin" })).rejects.toThrow(NotAuthorizedError);
    await expect(setRole(null, { userId: editor.id, role: "admin" })).rejects.toThrow(NotAuthorizedError);
    expect((await db.user.findUniqueOrThrow({ where: { id: editor.id }, select: { role: true } })).role).toBe("editor");
  });

  it("an admin creates an account with a strong password (hashed), changes roles, and cannot demote the last admin", async () => {
    expect(await createAccount(admin, { email: "uji-baru@example.org", name: "Baru", role: "editor", password: "pendek" })).toMatchObject({
      ok: false,
      field: "password",
    });
    const made = await createAccount(admin, {
      email: "Uji-Baru@example.org",
      name: "Baru",
      role: "editor",
      password: "Kupang-Harper-2025!",
    });
    expect(made.ok).toBe(true);
    const account = await db.account.findFirstOrThrow({ where: { user: { email: "uji-baru@example.org" } }, select: { password: true } });
    expect(account.password).not.toContain("Kupang-Harper");
    expect(
      await createAccount(admin, { email: "uji-baru@example.org", name: "Lagi", role: "editor", password: "Kupang-Harper-2025!" }),
    ).toMatchObject({ ok: false, field: "email" });
    expect((await listAccounts(admin)).map((a) => a.email)).toContain("uji-baru@example.org");

    const others = await db.user.findMany({ where: { role: "admin", NOT: { id: admin.id } }, select: { id: true } });
    await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { role: "editor" } });
    try {
      expect(await setRole(admin, { userId: admin.id, role: "editor" })).toMatchObject({ ok: false, field: "role" });
      expect(await setRole(admin, { userId: editor.id, role: "admin" })).toMatchObject({ ok: true });
      expect(await setRole(admin, { userId: admin.id, role: "editor" })).toMatchObject({ ok: true });
    } finally {
      await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { role: "admin" } });
    }
  });

  it("records every change under an entity and an action of the one typed table, each with the admin's words", async () => {
    const rows = await db.change.findMany({ distinct: ["entityType", "action"], select: { entityType: true, action: true } });
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) {
      expect(Object.keys(CHANGE_ENTITIES)).toContain(r.entityType);
      expect(Object.keys(CHANGE_ACTIONS)).toContain(r.action);
    }
  });
});
