import "server-only";
import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireEditor } from "@/lib/auth/session";
import { NotAuthorizedError, type Actor } from "@/lib/auth/authorize";
import type { FormState } from "@/lib/admin/form-state";
import type { Result } from "@/lib/admin/result";
import { tags } from "@/lib/cache-tags";

// The shape every admin server action shares: (prevState, formData) → the session, zod, the data layer (which
// checks the role again), the public pages the change touches revalidated, and every field error and the typed
// input handed back to the form. The actions themselves live next to their routes (app/(admin)/admin/*/actions.ts).

export const values = (form: FormData): Record<string, string> =>
  Object.fromEntries(
    [...form.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$") && k !== "password") as [string, string][],
  );
/**
 * The shared shape of every editing action: the session, then zod, then the data layer. On success `then`
 * revalidates and names the page to go to; a refusal goes back to the form with the input kept.
 */
export async function run<S extends z.ZodType, T>(
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
export function failureState(result: Exclude<Result<unknown>, { ok: true }>, form: FormData): FormState {
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
export function refresh(...extra: string[]) {
  for (const tag of new Set([tags.claims, ...extra])) updateTag(tag);
}
/** The pages a placing shows on, before and after a change: its editions' and its recipients'. */
export function placingTags(...placings: { editionId: string; organizationId: string | null }[]): string[] {
  return [
    tags.editions,
    ...placings.flatMap((p) => [tags.edition(p.editionId), ...(p.organizationId ? [tags.organization(p.organizationId)] : [])]),
  ];
}
