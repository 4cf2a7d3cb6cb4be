import "server-only";
import { db } from "../db";

export type Role = "editor" | "admin";
export type Actor = { id: string; email: string; name: string; role: Role };

export class NotAuthorizedError extends Error {}

/**
 * The data layer's own check, for every write: the actor must be a current account with the role. The
 * mutations call it themselves, so a write is refused even if a caller forgot to check.
 */
export async function authorize(actor: Actor | null | undefined, role: Role = "editor"): Promise<Actor> {
  if (!actor) throw new NotAuthorizedError("not signed in");
  const found = await db.user.findUnique({
    where: { id: actor.id },
    select: { id: true, email: true, name: true, role: true, disabledAt: true },
  });
  if (!found) throw new NotAuthorizedError("no such account");
  if (found.disabledAt) throw new NotAuthorizedError("account disabled");
  const { disabledAt: _disabled, ...user } = found;
  if (role === "admin" && user.role !== "admin") throw new NotAuthorizedError("admins only");
  return user;
}
