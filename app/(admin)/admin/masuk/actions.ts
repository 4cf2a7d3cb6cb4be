"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/lib/auth/auth";
import { db } from "@/lib/db";
import { beginAttempt, clientAddress, recordSuccess, throttleKeys } from "@/lib/auth/throttle";
import { signInSchema, secondFactorCodeSchema } from "@/lib/admin/schema";
import type { FormState } from "@/lib/admin/form-state";
import { env } from "@/lib/env";
import { adminPaths } from "@/lib/paths";

import { values } from "@/lib/admin/action-pipeline";

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: values(form) };
  const requestHeaders = await headers();
  // The client address is only trusted when a proxy in front sets it (the entry that proxy added, the last one);
  // otherwise throttle per account alone.
  const address = env.TRUST_PROXY === "1" ? clientAddress(requestHeaders.get("x-forwarded-for")) : null;
  const keys = throttleKeys(parsed.data.email, address);
  // Counted before the password is checked: simultaneous guesses cannot get more checks than the limit.
  const attempt = await beginAttempt(keys);
  // A disabled account cannot sign in; it gets the same words as a wrong password (no account is revealed).
  const disabled = await db.user.findFirst({
    where: { email: parsed.data.email.trim().toLowerCase(), disabledAt: { not: null } },
    select: { id: true },
  });
  if (!attempt.allowed) {
    const wait =
      attempt.retryAfterSeconds >= 90 ? `${Math.ceil(attempt.retryAfterSeconds / 60)} menit` : `${attempt.retryAfterSeconds} detik`;
    return { message: `Terlalu banyak percobaan. Coba lagi dalam ${wait}.`, values: values(form) };
  }
  if (attempt.delayMs) await new Promise((r) => setTimeout(r, attempt.delayMs));
  if (disabled) return { message: "Email atau kata sandi salah.", values: values(form) };
  let answer: unknown;
  try {
    answer = await auth.api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: requestHeaders });
  } catch {
    // The same words whether or not the account exists.
    return { message: "Email atau kata sandi salah.", values: values(form) };
  }
  await recordSuccess(keys);
  // The password was right; an account with a second factor now gives its code (better-auth set a short-lived cookie).
  if (answer && typeof answer === "object" && "twoFactorRedirect" in answer && answer.twoFactorRedirect) redirect(adminPaths.signInCode());
  redirect(adminPaths.home());
}

export async function signOutAction(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
  redirect(adminPaths.signIn());
}

/** The second step of signing in: the code from the authenticator app (better-auth checks it, and counts attempts). */
export async function verifySignInCodeAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = secondFactorCodeSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: {} };
  try {
    await auth.api.verifyTOTP({ body: { code: parsed.data.code }, headers: await headers() });
  } catch {
    return { message: "Kode salah atau sudah kedaluwarsa. Coba lagi, atau masuk ulang.", values: {} };
  }
  redirect(adminPaths.home());
}
