import "server-only";
import { logChange } from "./change-log";
import crypto from "node:crypto";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import { db } from "../db";
import { authorize, type Actor } from "../auth/authorize";
import { passwordProblems } from "../auth/password-policy";
import { invalid, writeTransaction, type Result } from "./result";
import { clearAccountThrottle } from "../auth/throttle";
import type { AccountCreateInput, AccountDisableInput, AccountResetInput, AccountRoleInput, PasswordChangeInput } from "./schema";

// Account management: admins only, checked here for every read and write.

export async function listAccounts(actorInput: Actor | null) {
  await authorize(actorInput, "admin");
  return db.user.findMany({
    orderBy: [{ role: "asc" }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      createdAt: true,
      disabledAt: true,
      mustChangePassword: true,
      twoFactorEnabled: true,
      _count: { select: { changes: true, sessions: true } },
    },
  });
}

/** A new editor or admin with an initial password the admin passes on out of band. */
export async function createAccount(actorInput: Actor | null, input: AccountCreateInput): Promise<Result<{ id: string }>> {
  const actor = await authorize(actorInput, "admin");
  const email = input.email.trim().toLowerCase();
  const problems = passwordProblems(input.password, email, "id");
  if (problems.length) return invalid("password", `Kata sandi terlalu lemah; perlu: ${problems.join("; ")}.`);
  const hash = await hashPassword(input.password);
  return writeTransaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) return invalid("email", "Sudah ada akun dengan email ini.");
    const id = crypto.randomUUID();
    await tx.user.create({
      data: {
        // the initial password is the admin's: its owner chooses their own at the first sign-in
        id,
        email,
        name: input.name,
        role: input.role,
        emailVerified: true,
        mustChangePassword: true,
        accounts: { create: { id: crypto.randomUUID(), accountId: id, providerId: "credential", password: hash } },
      },
    });
    await logChange(tx, {
      entity: "account",
      id: id,
      action: "create",
      after: { email, name: input.name, role: input.role },
      reason: "Akun baru",
      userId: actor.id,
    });
    return { ok: true, value: { id } } as const;
  });
}

/** Changes a role. The last admin cannot be demoted, so accounts can always be managed. */
export async function setRole(actorInput: Actor | null, input: AccountRoleInput): Promise<Result<{ id: string }>> {
  const actor = await authorize(actorInput, "admin");
  return writeTransaction(async (tx) => {
    // The admins' rows are locked first: two admins demoting each other at once are served one after the other,
    // so the second sees the first's change and the last admin stays.
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "role" = 'admin' AND "disabledAt" IS NULL FOR UPDATE`;
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, role: true, email: true } });
    if (!user) return invalid("userId", "Akun tidak ditemukan.");
    if (user.role === input.role) return { ok: true, value: { id: user.id } } as const;
    if (user.role === "admin" && (await tx.user.count({ where: { role: "admin", disabledAt: null } })) <= 1)
      return invalid("role", "Ini admin terakhir; jadikan akun lain admin lebih dulu.");
    await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
    // Sessions of a changed account end: its next request signs in again under the new role.
    await tx.session.deleteMany({ where: { userId: user.id } });
    await logChange(tx, {
      entity: "account",
      id: user.id,
      action: "role",
      before: { role: user.role },
      after: { role: input.role },
      reason: `Peran ${user.email}: ${user.role} → ${input.role}`,
      userId: actor.id,
    });
    return { ok: true, value: { id: user.id } } as const;
  });
}

/** The signed-in person changes their own password (the current one checked); their other sessions end. */
export async function changeOwnPassword(
  actorInput: Actor | null,
  input: PasswordChangeInput & { keepSessionId?: string },
): Promise<Result<{ id: string }>> {
  const actor = await authorize(actorInput);
  const account = await db.account.findFirst({
    where: { userId: actor.id, providerId: "credential" },
    select: { id: true, password: true },
  });
  if (!account?.password || !(await verifyPassword({ hash: account.password, password: input.currentPassword })))
    return invalid("currentPassword", "Kata sandi sekarang salah.");
  const problems = passwordProblems(input.newPassword, actor.email, "id");
  if (problems.length) return invalid("newPassword", `Kata sandi terlalu lemah; perlu: ${problems.join("; ")}.`);
  if (input.newPassword === input.currentPassword) return invalid("newPassword", "Pilih kata sandi yang berbeda dari yang sekarang.");
  const hash = await hashPassword(input.newPassword);
  return writeTransaction(async (tx) => {
    await tx.account.update({ where: { id: account.id }, data: { password: hash } });
    await tx.user.update({ where: { id: actor.id }, data: { mustChangePassword: false } });
    await tx.session.deleteMany({ where: { userId: actor.id, ...(input.keepSessionId ? { NOT: { id: input.keepSessionId } } : {}) } });
    await logChange(tx, { entity: "account", id: actor.id, action: "password", reason: "Kata sandi diganti pemiliknya", userId: actor.id });
    return { ok: true, value: { id: actor.id } } as const;
  });
}

/** An admin sets a new password for someone (forgotten, or leaked): it works once, then its owner must change it. */
export async function resetPassword(actorInput: Actor | null, input: AccountResetInput): Promise<Result<{ id: string }>> {
  const actor = await authorize(actorInput, "admin");
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true } });
  if (!user) return invalid("userId", "Akun tidak ditemukan.");
  const problems = passwordProblems(input.password, user.email, "id");
  if (problems.length) return invalid("password", `Kata sandi terlalu lemah; perlu: ${problems.join("; ")}.`);
  const hash = await hashPassword(input.password);
  return writeTransaction(async (tx) => {
    await tx.account.updateMany({ where: { userId: user.id, providerId: "credential" }, data: { password: hash } });
    await tx.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await logChange(tx, {
      entity: "account",
      id: user.id,
      action: "password-reset",
      reason: `Kata sandi ${user.email} diatur ulang admin`,
      userId: actor.id,
    });
    return { ok: true, value: { id: user.id } } as const;
  });
}

/** Disables an account (its sessions end at once, it cannot sign in), or enables it again. Never oneself, never the last admin. */
export async function setDisabled(actorInput: Actor | null, input: AccountDisableInput): Promise<Result<{ id: string }>> {
  const actor = await authorize(actorInput, "admin");
  if (input.userId === actor.id) return invalid("userId", "Anda tidak dapat menonaktifkan akun Anda sendiri.");
  return writeTransaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "role" = 'admin' AND "disabledAt" IS NULL FOR UPDATE`;
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true, role: true, disabledAt: true } });
    if (!user) return invalid("userId", "Akun tidak ditemukan.");
    const disable = input.disabled === "1";
    if (disable && user.role === "admin" && (await tx.user.count({ where: { role: "admin", disabledAt: null } })) <= 1)
      return invalid("userId", "Ini admin terakhir.");
    await tx.user.update({ where: { id: user.id }, data: { disabledAt: disable ? new Date() : null } });
    if (disable) await tx.session.deleteMany({ where: { userId: user.id } });
    await logChange(tx, {
      entity: "account",
      id: user.id,
      action: disable ? "disable" : "enable",
      reason: `Akun ${user.email} ${disable ? "dinonaktifkan" : "diaktifkan kembali"}`,
      userId: actor.id,
    });
    return { ok: true, value: { id: user.id } } as const;
  });
}

/** An admin lifts the sign-in waits on an account (after an attacker's guesses, say). */
export async function unlockSignIn(actorInput: Actor | null, input: { userId: string }): Promise<Result<{ cleared: number }>> {
  await authorize(actorInput, "admin");
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { email: true } });
  if (!user) return invalid("userId", "Akun tidak ditemukan.");
  return { ok: true, value: { cleared: await clearAccountThrottle(user.email) } };
}
