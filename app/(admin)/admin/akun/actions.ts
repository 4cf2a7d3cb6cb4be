"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/lib/auth/auth";
import { requireEditor } from "@/lib/auth/session";
import { changeOwnPassword, createAccount, resetPassword, setDisabled, setRole, unlockSignIn } from "@/lib/admin/accounts";
import {
  accountCreateSchema,
  accountDisableSchema,
  accountResetSchema,
  accountRoleSchema,
  accountUnlockSchema,
  passwordChangeSchema,
  secondFactorCodeSchema,
} from "@/lib/admin/schema";
import type { FormState } from "@/lib/admin/form-state";
import { adminPaths } from "@/lib/paths";

import { failureState, run } from "@/lib/admin/action-pipeline";

export async function createAccountAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, accountCreateSchema, createAccount, (_value, data) => ({
    done: `Akun ${data.email} (${data.role}) dibuat. Berikan kata sandi awalnya lewat jalur yang aman.`,
    values: {},
  }));
}

export async function setRoleAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, accountRoleSchema, setRole, () => adminPaths.accounts());
}

export async function changePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const actor = await requireEditor({ passwordChange: true });
  const parsed = passwordChangeSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors as FormState["errors"], values: {} };
  const session = await auth.api.getSession({ headers: await headers() });
  const result = await changeOwnPassword(actor, { ...parsed.data, keepSessionId: session?.session.id });
  if (!result.ok) return { ...failureState(result, form), values: {} };
  redirect(adminPaths.home());
}

export async function resetPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, accountResetSchema, resetPassword, () => ({
    done: "Kata sandi diatur ulang. Sampaikan lewat jalur yang aman; pemiliknya harus menggantinya saat masuk.",
    values: {},
  }));
}

export async function setDisabledAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, accountDisableSchema, setDisabled, () => adminPaths.accounts());
}

export async function unlockSignInAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, accountUnlockSchema, unlockSignIn, ({ cleared }) => ({
    done: cleared ? "Penundaan masuk untuk akun ini dihapus." : "Tidak ada penundaan masuk untuk akun ini.",
    values: {},
  }));
}

const enableSchema = z.object({ password: z.string().min(1, { message: "Tulis kata sandi Anda." }).max(256) });

/** Setting up the second factor, step 1: the password again, then the secret to put in an authenticator app. */
export async function startSecondFactorAction(_prev: FormState, form: FormData): Promise<FormState> {
  await requireEditor({ secondFactorSetup: true });
  const parsed = enableSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: {} };
  try {
    const answer = (await auth.api.enableTwoFactor({ body: { password: parsed.data.password }, headers: await headers() })) as {
      totpURI?: string;
      backupCodes?: string[];
    };
    return {
      done: "Masukkan kunci ini ke aplikasi autentikator, lalu tulis kode yang ditampilkannya.",
      values: { totpURI: answer.totpURI ?? "", backupCodes: (answer.backupCodes ?? []).join(" ") },
    };
  } catch {
    return { errors: { password: ["Kata sandi salah."] }, values: {} };
  }
}

/** Step 2: the first code from the app turns the second factor on. */
export async function confirmSecondFactorAction(_prev: FormState, form: FormData): Promise<FormState> {
  await requireEditor({ secondFactorSetup: true });
  const kept = { totpURI: String(form.get("totpURI") ?? ""), backupCodes: String(form.get("backupCodes") ?? "") };
  const parsed = secondFactorCodeSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: kept };
  try {
    await auth.api.verifyTOTP({ body: { code: parsed.data.code }, headers: await headers() });
  } catch {
    return { errors: { code: ["Kode salah; periksa jam perangkat Anda dan coba lagi."] }, values: kept };
  }
  // no redirect here: better-auth has just replaced the session (a new cookie), which a render within this same
  // request would not see yet; the page says it is on, and the next request uses the new session
  return { done: "Verifikasi dua langkah aktif. Mulai sekarang, setiap kali masuk Anda memasukkan kode dari aplikasi.", values: {} };
}
