import "server-only";
import { db } from "../db";

// Sign-in attempts are counted before the password is checked, atomically (a row lock per key), so a burst of
// simultaneous guesses gets no more password checks than the limit. Keys: the account together with the address
// (behind a trusted proxy; without one, the account alone), so an attacker elsewhere does not lock the owner out;
// and a global key, a cap on password checks for the whole site. Past the limit a key is not shut: it may try
// again after a wait that doubles (30 s, 1 min, … up to 15 min), so the real owner is slowed at most, and an
// admin can clear it. A success clears the account's keys; rows idle for a day are deleted.
export const MAX_FAILURES = 5;
export const MAX_WAIT_MINUTES = 15;
/** password checks allowed for the whole site per window, whatever the keys: a cap on the scrypt work */
export const GLOBAL_CAP = 1_000;
const WINDOW_MINUTES = 15;

export type Attempt = { allowed: true; delayMs: number } | { allowed: false; retryAfterSeconds: number };

export function throttleKeys(email: string, address: string | null): string[] {
  const account = email.trim().toLowerCase();
  return [`account:${account}|${address ?? "-"}`, "global"];
}

/** The wait imposed after the n-th failure in a window: none up to the limit, then 30 s doubling, capped. */
export function waitAfter(failures: number): number {
  if (failures < MAX_FAILURES) return 0;
  return Math.min(MAX_WAIT_MINUTES * 60_000, 30_000 * 2 ** (failures - MAX_FAILURES));
}

/**
 * Counts one attempt for every key, before the password is checked, and says whether it may go ahead. The
 * count and the check are one transaction per key with the row locked, so concurrent attempts queue.
 */
export async function beginAttempt(keys: string[], now = new Date()): Promise<Attempt> {
  let delayMs = 0;
  for (const key of keys) {
    const verdict = await db.$transaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "updatedAt") VALUES (${key}, 0, ${now}, ${now}) ON CONFLICT ("key") DO NOTHING`;
      const [row] = await tx.$queryRaw<{ failures: number; lockedUntil: Date | null; windowStart: Date }[]>`
        SELECT "failures", "lockedUntil", "windowStart" FROM "LoginThrottle" WHERE "key" = ${key} FOR UPDATE`;
      const waiting = row!.lockedUntil && row!.lockedUntil > now;
      if (waiting) return { allowed: false as const, retryAfterSeconds: Math.ceil((row!.lockedUntil!.getTime() - now.getTime()) / 1000) };
      // a new window once the last one is over (and no wait is running)
      const fresh = row!.windowStart.getTime() <= now.getTime() - WINDOW_MINUTES * 60_000;
      const windowStart = fresh ? now : row!.windowStart;
      const counted = (fresh ? 0 : row!.failures) + 1;
      const until =
        key === "global"
          ? counted >= GLOBAL_CAP
            ? new Date(windowStart.getTime() + WINDOW_MINUTES * 60_000)
            : null
          : waitAfter(counted)
            ? new Date(now.getTime() + waitAfter(counted))
            : null;
      await tx.$executeRaw`UPDATE "LoginThrottle" SET "failures" = ${counted}, "lockedUntil" = ${until}, "windowStart" = ${windowStart}, "updatedAt" = ${now} WHERE "key" = ${key}`;
      // each earlier attempt in the window slows the answer a little more (0.25 s, 0.5 s, 1 s, 2 s)
      return { allowed: true as const, delayMs: key === "global" || counted < 2 ? 0 : Math.min(2_000, 250 * 2 ** (counted - 2)) };
    });
    if (!verdict.allowed) return verdict;
    delayMs = Math.max(delayMs, verdict.delayMs);
  }
  // now and then, forget keys nobody has tried for a day
  if (Math.random() < 0.05)
    await db.loginThrottle.deleteMany({ where: { updatedAt: { lt: new Date(now.getTime() - 24 * 3_600_000) }, NOT: { key: "global" } } });
  return { allowed: true, delayMs };
}

/** A success: the account's record is cleared (the global count stays: it caps work, not people). */
export async function recordSuccess(keys: string[]): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: { in: keys.filter((k) => k !== "global") } } });
}

/** An admin lifts the waits for an account, from any address. */
export async function clearAccountThrottle(email: string): Promise<number> {
  const { count } = await db.loginThrottle.deleteMany({ where: { key: { startsWith: `account:${email.trim().toLowerCase()}|` } } });
  return count;
}

/** The client's address as the trusted proxy saw it: the last X-Forwarded-For entry (the one the proxy added). */
export function clientAddress(forwardedFor: string | null): string | null {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return entries[entries.length - 1] ?? null;
}
