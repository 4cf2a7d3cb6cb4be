"use server";

import { updateTag } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/lib/auth/auth";
import { requireEditor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { beginAttempt, clientAddress, recordSuccess, throttleKeys } from "@/lib/auth/throttle";
import { NotAuthorizedError, type Actor } from "@/lib/auth/authorize";
import { createClaim, retractClaim, updateClaim, withdrawCitation } from "@/lib/admin/claims";
import { createSource } from "@/lib/admin/sources";
import { addAlias, mergeOrganizations, moveAlias, updateOrganization } from "@/lib/admin/organizations";
import { addEditionFact, createEdition, retractEditionFact, updateEdition } from "@/lib/admin/editions";
import { changeOwnPassword, createAccount, resetPassword, setDisabled, setRole, unlockSignIn } from "@/lib/admin/accounts";
import { createCategory, saveGroup, updateCategory } from "@/lib/admin/categories";
import { importFile } from "@/lib/admin/import";
import {
  createExtraction,
  decisionsFromForm,
  discardExtraction,
  extractionCreateSchema,
  publishExtraction,
  saveExtractionDecisions,
} from "@/lib/admin/extraction";
import {
  accountCreateSchema,
  accountDisableSchema,
  accountResetSchema,
  accountRoleSchema,
  accountUnlockSchema,
  passwordChangeSchema,
  categoryCreateSchema,
  categoryUpdateSchema,
  groupUpdateSchema,
  importSchema,
  citationWithdrawSchema,
  aliasCreateSchema,
  aliasMoveSchema,
  claimCreateSchema,
  claimRetractSchema,
  claimUpdateSchema,
  editionCreateSchema,
  editionUpdateSchema,
  factCreateSchema,
  factRetractSchema,
  NEW_ORGANIZATION,
  organizationMergeSchema,
  organizationUpdateSchema,
  signInSchema,
  sourceCreateSchema,
} from "@/lib/admin/schema";
import type { FormState } from "@/lib/admin/form-state";
import type { Result } from "@/lib/admin/result";
import { publicTags, tags } from "@/lib/cache-tags";
import { env } from "@/lib/env";
import { paths, adminPaths } from "@/lib/paths";

// Server actions: (prevState, formData) → check the session, validate with zod, call lib/ (which checks the
// role again), revalidate the public pages the change touches, and hand every field error and the typed
// input back to the form.

const values = (form: FormData): Record<string, string> =>
  Object.fromEntries(
    [...form.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$") && k !== "password") as [string, string][],
  );

/**
 * The shared shape of every editing action: the session, then zod, then the data layer. On success `then`
 * revalidates and names the page to go to; a refusal goes back to the form with the input kept.
 */
async function run<S extends z.ZodType, T>(
  form: FormData,
  schema: S,
  write: (actor: Actor, data: z.output<S>) => Promise<Result<T>>,
  then: (value: T, data: z.output<S>) => string | FormState,
): Promise<FormState> {
  const actor = await requireEditor();
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors as FormState["errors"], values: values(form) };
  let result: Result<T>;
  try {
    result = await write(actor, parsed.data);
  } catch (e) {
    if (e instanceof NotAuthorizedError) return { message: "Anda tidak berwenang melakukan ini.", values: values(form) };
    throw e;
  }
  if (!result.ok) return failureState(result, form);
  const next = then(result.value, parsed.data);
  if (typeof next !== "string") return next;
  redirect(next);
}

/** A refused write, as the form shows it: the field's error, the conflict, or the duplicate, with the input kept. */
function failureState(result: Exclude<Result<unknown>, { ok: true }>, form: FormData): FormState {
  switch (result.kind) {
    case "invalid":
      return { errors: { [result.field]: [result.message] }, values: values(form) };
    case "conflict":
      // The editor has now seen what changed: the form carries the current version, so saving again (informed)
      // goes through instead of conflicting forever; everything they typed is kept.
      return {
        message: result.message,
        conflict: { current: result.current, lastChange: result.lastChange },
        values: { ...values(form), version: String(result.current.version) },
      };
    case "duplicate":
      return { message: result.message, duplicateOf: result.existingId, values: values(form) };
    default:
      return { message: result.message, values: values(form) };
  }
}

/** Public pages show a change in the same response (read-your-own-writes): nearly every page lists claims. */
function refresh(...extra: string[]) {
  for (const tag of new Set([tags.claims, ...extra])) updateTag(tag);
}

/** The pages a placing shows on, before and after a change: its editions' and its recipients'. */
function placingTags(...placings: { editionId: string; organizationId: string | null }[]): string[] {
  return [
    tags.editions,
    ...placings.flatMap((p) => [tags.edition(p.editionId), ...(p.organizationId ? [tags.organization(p.organizationId)] : [])]),
  ];
}

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

export async function createClaimAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, claimCreateSchema, createClaim, ({ claim }, data) => {
    refresh(...placingTags(claim), ...(data.organizationId === NEW_ORGANIZATION ? [tags.organizations] : []));
    return paths.claim(claim.id);
  });
}

export async function updateClaimAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, claimUpdateSchema, updateClaim, ({ claim, before }, data) => {
    refresh(...placingTags(claim, before), ...(data.organizationId === NEW_ORGANIZATION ? [tags.organizations] : []));
    return paths.claim(claim.id);
  });
}

export async function retractClaimAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, claimRetractSchema, retractClaim, ({ claim }) => {
    refresh(...placingTags(claim));
    return paths.claim(claim.id);
  });
}

export async function withdrawCitationAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, citationWithdrawSchema, withdrawCitation, ({ claim, sourceId }) => {
    refresh(...placingTags(claim), tags.source(sourceId));
    return paths.claim(claim.id);
  });
}

export async function createSourceAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, sourceCreateSchema, createSource, ({ id }) => {
    refresh(tags.sources);
    return paths.source(id);
  });
}

export async function updateOrganizationAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, organizationUpdateSchema, updateOrganization, ({ organization }) => {
    refresh(tags.organizations, tags.organization(organization.id), tags.editions);
    return paths.organization(organization.id);
  });
}

export async function addAliasAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, aliasCreateSchema, addAlias, ({ organization }, data) => {
    refresh(tags.organizations, tags.organization(organization.id), tags.source(data.sourceId));
    return paths.organization(organization.id);
  });
}

export async function mergeOrganizationsAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, organizationMergeSchema, mergeOrganizations, ({ from, into, movedClaims }) => {
    refresh(
      tags.organizations,
      tags.organization(from.id),
      tags.organization(into.id),
      tags.editions,
      ...movedClaims.map((c) => tags.edition(c.editionId)),
    );
    return paths.organization(into.id);
  });
}

export async function moveAliasAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, aliasMoveSchema, moveAlias, ({ from, into, movedClaims }) => {
    refresh(
      tags.organizations,
      tags.organization(from.id),
      tags.organization(into.id),
      tags.editions,
      ...movedClaims.map((c) => tags.edition(c.editionId)),
    );
    return paths.organization(into.id);
  });
}

export async function createEditionAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, editionCreateSchema, createEdition, ({ edition }, data) => {
    refresh(tags.editions, tags.edition(edition.id), tags.source(data.sourceId));
    return paths.edition(edition.id);
  });
}

export async function updateEditionAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, editionUpdateSchema, updateEdition, ({ edition }) => {
    refresh(tags.editions, tags.edition(edition.id));
    return paths.edition(edition.id);
  });
}

export async function addEditionFactAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, factCreateSchema, addEditionFact, ({ edition }, data) => {
    refresh(tags.editions, tags.edition(edition.id), tags.source(data.sourceId));
    return paths.edition(edition.id);
  });
}

export async function retractEditionFactAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, factRetractSchema, retractEditionFact, ({ edition }) => {
    refresh(tags.editions, tags.edition(edition.id));
    return paths.edition(edition.id);
  });
}

export async function createAccountAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, accountCreateSchema, createAccount, (_value, data) => ({
    done: `Akun ${data.email} (${data.role}) dibuat. Berikan kata sandi awalnya lewat jalur yang aman.`,
    values: {},
  }));
}

export async function setRoleAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, accountRoleSchema, setRole, () => adminPaths.accounts());
}

export async function createCategoryAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, categoryCreateSchema, createCategory, ({ category }, data) => {
    refresh(tags.categories, tags.editions, tags.edition(category.editionId), tags.source(data.sourceId));
    return paths.edition(category.editionId);
  });
}

export async function updateCategoryAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, categoryUpdateSchema, updateCategory, ({ category }) => {
    refresh(tags.categories, tags.editions, tags.edition(category.editionId));
    return paths.edition(category.editionId);
  });
}

export async function saveGroupAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, groupUpdateSchema, saveGroup, ({ key }) => {
    refresh(tags.categories);
    return paths.category(key);
  });
}

export async function importAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, importSchema, importFile, (result) => {
    const counts = Object.entries(result.created)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ");
    if (result.dryRun) return { done: `Uji coba (tidak ada yang disimpan): akan dibuat ${counts}.`, values: values(form) };
    for (const tag of publicTags) updateTag(tag);
    return { done: `Diimpor: dibuat ${counts}.`, values: {} };
  });
}

export async function createExtractionAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, extractionCreateSchema, createExtraction, ({ id }) => adminPaths.extraction(id));
}

/**
 * The review form (a plain form: it works without JavaScript): save the decisions, accept every proposal, publish
 * the accepted ones, or discard the draft. The decisions are kept in the draft, so a reload shows them.
 */
export async function reviewExtractionAction(id: string, form: FormData): Promise<void> {
  const actor = await requireEditor();
  const intent = String(form.get("intent") ?? "save");
  const keys = String(form.get("keys") ?? "")
    .split(",")
    .filter(Boolean);
  const back = adminPaths.extraction(id);
  if (intent === "discard") {
    await discardExtraction(actor, id);
    redirect(adminPaths.extractions());
  }
  const decisions = decisionsFromForm(form, keys, intent === "accept-all");
  if (intent !== "publish") {
    await saveExtractionDecisions(actor, id, decisions);
    redirect(back);
  }
  const result = await publishExtraction(actor, id, decisions, String(form.get("reason") ?? ""));
  if (!result.ok) redirect(back);
  for (const tag of publicTags) updateTag(tag);
  redirect(result.value.editionIds[0] ? paths.edition(result.value.editionIds[0]) : adminPaths.home());
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

const codeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { message: "Kode 6 angka dari aplikasi autentikator." }),
});

/** The second step of signing in: the code from the authenticator app (better-auth checks it, and counts attempts). */
export async function verifySignInCodeAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = codeSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: {} };
  try {
    await auth.api.verifyTOTP({ body: { code: parsed.data.code }, headers: await headers() });
  } catch {
    return { message: "Kode salah atau sudah kedaluwarsa. Coba lagi, atau masuk ulang.", values: {} };
  }
  redirect(adminPaths.home());
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
  const parsed = codeSchema.safeParse(Object.fromEntries(form));
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
