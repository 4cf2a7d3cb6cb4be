import "server-only";
import { db } from "../db";

// Failed sign-ins, per account and (behind a trusted proxy) per address. Each failure slows the next answer;
// after MAX_FAILURES the key is refused for LOCK_MINUTES. A success clears the account's record.
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

export type ThrottleState = { locked: false; delayMs: number } | { locked: true; retryAfterMinutes: number };

export function throttleKeys(email: string, address: string | null): string[] {
  return [`email:${email.trim().toLowerCase()}`, ...(address ? [`ip:${address}`] : [])];
}

/** Whether any key is locked now, and how long to wait before answering (the slowing). */
export async function checkThrottle(keys: string[], now = new Date()): Promise<ThrottleState> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys } } });
  const locked = rows.find((r) => r.lockedUntil && r.lockedUntil > now);
  if (locked) return { locked: true, retryAfterMinutes: Math.ceil((locked.lockedUntil!.getTime() - now.getTime()) / 60_000) };
  const failures = Math.max(0, ...rows.map((r) => r.failures));
  return { locked: false, delayMs: failures === 0 ? 0 : Math.min(4_000, 250 * 2 ** (failures - 1)) };
}

export async function recordFailure(keys: string[], now = new Date()): Promise<void> {
  for (const key of keys) {
    const row = await db.loginThrottle.upsert({ where: { key }, create: { key, failures: 1 }, update: { failures: { increment: 1 } } });
    // An expired lock starts a new count.
    if (row.lockedUntil && row.lockedUntil <= now) {
      await db.loginThrottle.update({ where: { key }, data: { failures: 1, lockedUntil: null } });
    } else if (row.failures >= MAX_FAILURES && !row.lockedUntil) {
      await db.loginThrottle.update({ where: { key }, data: { lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) } });
    }
  }
}

export async function recordSuccess(keys: string[]): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: { in: keys.filter((k) => k.startsWith("email:")) } } });
}
