import { adminPaths } from "@/lib/paths";
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "../db";
import { auth } from "./auth";

export type { Actor, Role } from "./authorize";
import type { Actor } from "./authorize";

/** However active, a session ends this long after its sign-in (better-auth only slides its expiry). */
export const ABSOLUTE_SESSION_HOURS = 24;

export function sessionTooOld(createdAt: Date, now = new Date()): boolean {
  return now.getTime() - createdAt.getTime() > ABSOLUTE_SESSION_HOURS * 3_600_000;
}

/**
 * The signed-in user, read from the session cookie and checked against the database; null when signed out, when
 * the session is older than its absolute lifetime (it is ended), or when the account was disabled.
 */
export async function currentUser(): Promise<(Actor & { mustChangePassword: boolean; twoFactorEnabled: boolean }) | null> {
  // The cookies as they are now: a server action that replaced the session (better-auth does, turning the second
  // factor on) re-renders the page in the same request, and must see the new cookie, not the request's old one.
  const requestHeaders = new Headers(await headers());
  requestHeaders.set("cookie", (await cookies()).toString());
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  if (sessionTooOld(new Date(session.session.createdAt))) {
    await db.session.deleteMany({ where: { id: session.session.id } });
    return null;
  }
  // The role comes from the database, never from the cookie alone.
  const user = await db.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, mustChangePassword: true, twoFactorEnabled: true },
  });
  if (!user || user.disabledAt) return null;
  const { disabledAt: _disabled, twoFactorEnabled, ...actor } = user;
  return { ...actor, twoFactorEnabled: Boolean(twoFactorEnabled) };
}

/**
 * For pages and actions that edit data: the editor or admin signed in, or a redirect to the sign-in page. An
 * account whose password an admin set is sent to choose its own first; an admin without a second factor is sent
 * to set one up (admins manage accounts: a password alone is not enough for them).
 */
export async function requireEditor(opts: { passwordChange?: boolean; secondFactorSetup?: boolean } = {}): Promise<Actor> {
  const user = await currentUser();
  if (!user) redirect(adminPaths.signIn());
  if (user.mustChangePassword && !opts.passwordChange) redirect(adminPaths.password());
  if (user.role === "admin" && !user.twoFactorEnabled && !user.mustChangePassword && !opts.secondFactorSetup && !opts.passwordChange)
    redirect(adminPaths.secondFactor());
  const { mustChangePassword: _must, twoFactorEnabled: _tf, ...actor } = user;
  return actor;
}
