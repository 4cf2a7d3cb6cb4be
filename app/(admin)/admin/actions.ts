"use server";

import { updateTag } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/lib/auth/auth";
import { requireEditor } from "@/lib/auth/session";
import { checkThrottle, recordFailure, recordSuccess, throttleKeys } from "@/lib/auth/throttle";
import { createSource, retractClaim, updateClaim } from "@/lib/admin/mutations";
import { claimRetractSchema, claimUpdateSchema, signInSchema, sourceCreateSchema } from "@/lib/admin/schema";
import type { ClaimSnapshot, Result } from "@/lib/admin/mutations";
import { tags } from "@/lib/cache-tags";
import { env } from "@/lib/env";
import { paths } from "@/lib/paths";

// Server actions: (prevState, formData) → check the session, validate with zod, call lib/, revalidate the
// public pages the change touches, and hand every field error and the typed input back to the form.

export type FormState = {
  message?: string;
  errors?: Record<string, string[] | undefined>;
  values: Record<string, string>;
  conflict?: { current: ClaimSnapshot; lastChange: { by: string; at: string; reason: string } | null };
  duplicateOf?: string;
};

const values = (form: FormData): Record<string, string> =>
  Object.fromEntries([...form.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$") && k !== "password") as [string, string][]);

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: values(form) };
  const requestHeaders = await headers();
  // The client address is only trusted when a proxy in front sets it; otherwise throttle per account alone.
  const address = env.TRUST_PROXY === "1" ? requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() || null : null;
  const keys = throttleKeys(parsed.data.email, address);
  const throttle = await checkThrottle(keys);
  if (throttle.locked) {
    return { message: `Terlalu banyak percobaan yang gagal. Coba lagi dalam ${throttle.retryAfterMinutes} menit.`, values: values(form) };
  }
  if (throttle.delayMs) await new Promise((r) => setTimeout(r, throttle.delayMs));
  try {
    await auth.api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: requestHeaders });
  } catch {
    await recordFailure(keys);
    // The same words whether or not the account exists.
    return { message: "Email atau kata sandi salah.", values: values(form) };
  }
  await recordSuccess(keys);
  redirect("/admin");
}

export async function signOutAction(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
  redirect("/admin/masuk");
}

export async function updateClaimAction(_prev: FormState, form: FormData): Promise<FormState> {
  const editor = await requireEditor();
  const parsed = claimUpdateSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: values(form) };
  const result = await updateClaim(editor, parsed.data);
  if (!result.ok) return failureState(result, form);
  revalidateClaim(result.value.claim.editionId, [result.value.before.organizationId, result.value.claim.organizationId]);
  redirect(paths.claim(result.value.claim.id));
}

export async function retractClaimAction(_prev: FormState, form: FormData): Promise<FormState> {
  const editor = await requireEditor();
  const parsed = claimRetractSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: values(form) };
  const result = await retractClaim(editor, parsed.data);
  if (!result.ok) return failureState(result, form);
  revalidateClaim(result.value.claim.editionId, [result.value.claim.organizationId]);
  redirect(paths.claim(result.value.claim.id));
}

export async function createSourceAction(_prev: FormState, form: FormData): Promise<FormState> {
  const editor = await requireEditor();
  const parsed = sourceCreateSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: values(form) };
  const result = await createSource(editor, parsed.data);
  if (!result.ok) return failureState(result, form);
  updateTag(tags.sources);
  redirect(paths.source(result.value.id));
}

/** A refused write, as the form shows it: the field's error, the conflict, or the duplicate, with the input kept. */
function failureState(result: Exclude<Result<unknown>, { ok: true }>, form: FormData): FormState {
  switch (result.kind) {
    case "invalid":
      return { errors: { [result.field]: [result.message] }, values: values(form) };
    case "conflict":
      return { message: result.message, conflict: { current: result.current, lastChange: result.lastChange }, values: values(form) };
    case "duplicate":
      return { message: result.message, duplicateOf: result.existingId, values: values(form) };
    default:
      return { message: result.message, values: values(form) };
  }
}

/** The public pages a claim appears on show the change in the same response (read-your-own-writes). */
function revalidateClaim(editionId: string, organizationIds: (string | null)[]) {
  updateTag(tags.claims);
  updateTag(tags.editions);
  updateTag(tags.edition(editionId));
  for (const id of new Set(organizationIds)) if (id) updateTag(tags.organization(id));
}
