// Accounts over their life, on the real database: an admin's password must be changed by its owner, a disabled
// account can do nothing and its sessions are gone, two admins demoting each other at once leave one admin.
import { hashPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeOwnPassword, createAccount, resetPassword, setDisabled, setRole } from "@/lib/admin/accounts";
import { authorize, NotAuthorizedError, type Actor } from "@/lib/auth/authorize";
import { sessionTooOld } from "@/lib/auth/session";
import { db } from "./db";

const admins: Actor[] = [
  { id: "test-acct-admin-a", email: "acct-a@example.org", name: "Admin A", role: "admin" },
  { id: "test-acct-admin-b", email: "acct-b@example.org", name: "Admin B", role: "admin" },
];
const PASSWORD = "Flores-Sumba-Alor-2026";

beforeAll(async () => {
  for (const a of admins) {
    await db.user.create({
      data: {
        id: a.id,
        email: a.email,
        name: a.name,
        role: "admin",
        accounts: { create: { id: `${a.id}-acct`, accountId: a.id, providerId: "credential", password: await hashPassword(PASSWORD) } },
      },
    });
  }
});
afterAll(async () => {
  const ids = [
    ...admins.map((a) => a.id),
    ...(await db.user.findMany({ where: { email: "acct-editor@example.org" }, select: { id: true } })).map((u) => u.id),
  ];
  await db.change.deleteMany({ where: { userId: { in: ids } } });
  await db.user.deleteMany({ where: { id: { in: ids } } });
});

describe("account lifecycle", () => {
  it("a password an admin sets must be changed by its owner; the change checks the current one and ends other sessions", async () => {
    const created = await createAccount(admins[0]!, {
      email: "acct-editor@example.org",
      name: "Editor Akun",
      role: "editor",
      password: PASSWORD,
    });
    const id = created.ok ? created.value.id : "";
    expect(await db.user.findUniqueOrThrow({ where: { id }, select: { mustChangePassword: true } })).toEqual({ mustChangePassword: true });
    const editor: Actor = { id, email: "acct-editor@example.org", name: "Editor Akun", role: "editor" };
    await db.session.create({ data: { id: "s-acct-1", token: "t-acct-1", userId: id, expiresAt: new Date(Date.now() + 3_600_000) } });
    await db.session.create({ data: { id: "s-acct-2", token: "t-acct-2", userId: id, expiresAt: new Date(Date.now() + 3_600_000) } });
    expect(
      await changeOwnPassword(editor, {
        currentPassword: "wrong",
        newPassword: "Timor-Rote-Sabu-2027",
        repeatPassword: "Timor-Rote-Sabu-2027",
      }),
    ).toMatchObject({ ok: false, field: "currentPassword" });
    expect(await changeOwnPassword(editor, { currentPassword: PASSWORD, newPassword: "short", repeatPassword: "short" })).toMatchObject({
      ok: false,
      field: "newPassword",
    });
    expect(
      await changeOwnPassword(editor, {
        currentPassword: PASSWORD,
        newPassword: "Timor-Rote-Sabu-2027",
        repeatPassword: "Timor-Rote-Sabu-2027",
        keepSessionId: "s-acct-1",
      }),
    ).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id }, select: { mustChangePassword: true } })).toEqual({ mustChangePassword: false });
    expect((await db.session.findMany({ where: { userId: id }, select: { id: true } })).map((s) => s.id)).toEqual(["s-acct-1"]);

    // an admin's reset: sessions end, and the owner must change it again
    await expect(resetPassword(editor, { userId: id, password: "Kupang-Ende-Maumere-2028" })).rejects.toThrow(NotAuthorizedError);
    expect(await resetPassword(admins[0]!, { userId: id, password: "Kupang-Ende-Maumere-2028" })).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id }, select: { mustChangePassword: true } })).toEqual({ mustChangePassword: true });
    expect(await db.session.count({ where: { userId: id } })).toBe(0);

    // disabled: every write is refused in the data layer itself, and its sessions are gone
    await db.session.create({ data: { id: "s-acct-3", token: "t-acct-3", userId: id, expiresAt: new Date(Date.now() + 3_600_000) } });
    expect(await setDisabled(admins[0]!, { userId: id, disabled: "1" })).toMatchObject({ ok: true });
    expect(await db.session.count({ where: { userId: id } })).toBe(0);
    await expect(authorize(editor)).rejects.toThrow(/disabled/);
    expect(await setDisabled(admins[0]!, { userId: admins[0]!.id, disabled: "1" })).toMatchObject({ ok: false });
    expect(await setDisabled(admins[0]!, { userId: id, disabled: "0" })).toMatchObject({ ok: true });
    await expect(authorize(editor)).resolves.toMatchObject({ id });
  });

  it("two admins demoting each other at the same moment leave one admin", async () => {
    // every other admin is an editor for this test (the e2e admin among them), so these two are the only ones
    const others = await db.user.findMany({ where: { role: "admin", id: { notIn: admins.map((a) => a.id) } }, select: { id: true } });
    await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { role: "editor" } });
    try {
      const [a, b] = await Promise.all([
        setRole(admins[0]!, { userId: admins[1]!.id, role: "editor" }),
        setRole(admins[1]!, { userId: admins[0]!.id, role: "editor" }),
      ]);
      const outcomes = [a, b].map((r) => r.ok);
      expect(outcomes.filter(Boolean).length).toBeLessThanOrEqual(1);
      expect(await db.user.count({ where: { role: "admin", id: { in: admins.map((x) => x.id) } } })).toBe(1);
    } finally {
      await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { role: "admin" } });
    }
  });

  it("a session ends a day after its sign-in, however active", () => {
    const now = new Date("2026-12-02T12:00:00Z");
    expect(sessionTooOld(new Date("2026-12-01T11:59:00Z"), now)).toBe(true);
    expect(sessionTooOld(new Date("2026-12-01T12:01:00Z"), now)).toBe(false);
  });
});
