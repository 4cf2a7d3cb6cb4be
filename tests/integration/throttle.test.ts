import { afterAll, describe, expect, it } from "vitest";
import { checkThrottle, LOCK_MINUTES, MAX_FAILURES, recordFailure, recordSuccess, throttleKeys } from "@/lib/auth/throttle";
import { db } from "./db";

const keys = throttleKeys("Throttle-Test@Example.org", null);
afterAll(() => db.loginThrottle.deleteMany({ where: { key: { in: keys } } }));

describe("sign-in throttle", () => {
  it("slows each failure more, locks after the limit, and a success clears the account's record", async () => {
    expect(keys).toEqual(["email:throttle-test@example.org"]);
    expect(await checkThrottle(keys)).toEqual({ locked: false, delayMs: 0 });
    const delays = [];
    for (let i = 1; i < MAX_FAILURES; i++) {
      await recordFailure(keys);
      const state = await checkThrottle(keys);
      if (state.locked) throw new Error("locked too early");
      delays.push(state.delayMs);
    }
    expect(delays).toEqual([250, 500, 1000, 2000]);
    await recordFailure(keys);
    expect(await checkThrottle(keys)).toEqual({ locked: true, retryAfterMinutes: LOCK_MINUTES });
    // The lock ends on its own once its time has passed.
    expect(await checkThrottle(keys, new Date(Date.now() + (LOCK_MINUTES + 1) * 60_000))).toMatchObject({ locked: false });
    await recordSuccess(keys);
    expect(await checkThrottle(keys)).toEqual({ locked: false, delayMs: 0 });
  });
});
