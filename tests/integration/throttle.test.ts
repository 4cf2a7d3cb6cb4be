import { afterAll, describe, expect, it } from "vitest";
import {
  beginAttempt,
  clearAccountThrottle,
  clientAddress,
  MAX_FAILURES,
  recordSuccess,
  throttleKeys,
  waitAfter,
} from "@/lib/auth/throttle";
import { db } from "./db";

afterAll(() => db.loginThrottle.deleteMany({ where: { key: { startsWith: "account:throttle-" } } }));

describe("sign-in throttle", () => {
  it("slows each attempt more, then makes the next one wait (30 s, doubling) rather than shutting the account", async () => {
    const keys = throttleKeys("Throttle-Test@Example.org", null);
    expect(keys).toEqual(["account:throttle-test@example.org|-", "global"]);
    const t0 = new Date();
    const delays = [];
    for (let i = 0; i < MAX_FAILURES; i++) {
      const a = await beginAttempt(keys, t0);
      if (!a.allowed) throw new Error("refused too early");
      delays.push(a.delayMs);
    }
    expect(delays).toEqual([0, 250, 500, 1000, 2000]);
    expect(await beginAttempt(keys, t0)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    // the owner, 30 s later, may try again: slowed, not shut out; a success clears the account's record
    expect(await beginAttempt(keys, new Date(t0.getTime() + 31_000))).toMatchObject({ allowed: true });
    expect(await beginAttempt(keys, new Date(t0.getTime() + 32_000))).toEqual({ allowed: false, retryAfterSeconds: 59 });
    expect(waitAfter(MAX_FAILURES + 10)).toBe(15 * 60_000);
    await recordSuccess(keys);
    expect(await beginAttempt(keys, new Date(t0.getTime() + 33_000))).toEqual({ allowed: true, delayMs: 0 });
  });

  it("counts before the password check: 40 simultaneous guesses get at most 5 checks", async () => {
    const keys = throttleKeys("throttle-burst@example.org", null);
    const results = await Promise.all(Array.from({ length: 40 }, () => beginAttempt(keys)));
    const allowed = results.filter((r) => r.allowed).length;
    expect(allowed).toBeLessThanOrEqual(MAX_FAILURES);
    expect(allowed).toBeGreaterThan(0);
  });

  it("an attacker's guesses from one address do not hold up the owner at another; an admin can clear them all", async () => {
    const attacker = throttleKeys("throttle-owner@example.org", "203.0.113.9");
    for (let i = 0; i < MAX_FAILURES + 3; i++) await beginAttempt(attacker);
    expect(await beginAttempt(attacker)).toMatchObject({ allowed: false });
    expect(await beginAttempt(throttleKeys("throttle-owner@example.org", "198.51.100.7"))).toMatchObject({ allowed: true });
    expect(await clearAccountThrottle("Throttle-Owner@example.org")).toBe(2);
    expect(await beginAttempt(attacker)).toEqual({ allowed: true, delayMs: 0 });
  });

  it("behind a trusted proxy, takes the address the proxy added (the last), not one the client wrote", () => {
    expect(clientAddress("6.6.6.6, 203.0.113.9")).toBe("203.0.113.9");
    expect(clientAddress("203.0.113.9")).toBe("203.0.113.9");
    expect(clientAddress(null)).toBeNull();
  });
});
