import "server-only";
import crypto from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { db } from "../db";
import { authorize, type Actor } from "../auth/authorize";
import { passwordProblems } from "../auth/password-policy";
import { asJson, invalid, writeTransaction, type Result } from "./result";
import type { AccountCreateInput, AccountRoleInput } from "./schema";

// Account management: admins only, checked here for every read and write.

export async function listAccounts(actorInput: Actor | null) {
  await authorize(actorInput, "admin");
  return db.user.findMany({
    orderBy: [{ role: "asc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, createdAt: true, _count: { select: { changes: true } } },
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
        id, email, name: input.name, role: input.role, emailVerified: true,
        accounts: { create: { id: crypto.randomUUID(), accountId: id, providerId: "credential", password: hash } },
      },
    });
    await tx.change.create({ data: { entityType: "account", entityId: id, action: "create", after: asJson({ email, name: input.name, role: input.role }), reason: "Akun baru", userId: actor.id } });
    return { ok: true, value: { id } } as const;
  });
}

/** Changes a role. The last admin cannot be demoted, so accounts can always be managed. */
export async function setRole(actorInput: Actor | null, input: AccountRoleInput): Promise<Result<{ id: string }>> {
  const actor = await authorize(actorInput, "admin");
  return writeTransaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, role: true, email: true } });
    if (!user) return invalid("userId", "Akun tidak ditemukan.");
    if (user.role === input.role) return { ok: true, value: { id: user.id } } as const;
    if (user.role === "admin" && (await tx.user.count({ where: { role: "admin" } })) <= 1) return invalid("role", "Ini admin terakhir; jadikan akun lain admin lebih dulu.");
    await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
    // Sessions of a changed account end: its next request signs in again under the new role.
    await tx.session.deleteMany({ where: { userId: user.id } });
    await tx.change.create({ data: { entityType: "account", entityId: user.id, action: "role", before: asJson({ role: user.role }), after: asJson({ role: input.role }), reason: `Peran ${user.email}: ${user.role} → ${input.role}`, userId: actor.id } });
    return { ok: true, value: { id: user.id } } as const;
  });
}
