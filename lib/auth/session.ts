import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "../db";
import { auth } from "./auth";

export type { Actor, Role } from "./authorize";
import type { Actor } from "./authorize";

/** The signed-in user, read from the session cookie and checked against the database; null when signed out. */
export async function currentUser(): Promise<Actor | null> {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  // The role comes from the database, never from the cookie alone.
  const user = await db.user.findUnique({ where: { id: session.user.id }, select: { id: true, email: true, name: true, role: true } });
  return user;
}

/** For pages and actions that edit data: the editor or admin signed in, or a redirect to the sign-in page. */
export async function requireEditor(): Promise<Actor> {
  const user = await currentUser();
  if (!user) redirect("/admin/masuk");
  return user;
}
