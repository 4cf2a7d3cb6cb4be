"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { requireEditor } from "@/lib/auth/session";
import {
  createExtraction,
  decisionsFromForm,
  discardExtraction,
  extractionCreateSchema,
  publishExtraction,
  saveExtractionDecisions,
} from "@/lib/admin/extraction";
import type { FormState } from "@/lib/admin/form-state";
import { publicTags } from "@/lib/cache-tags";
import { paths, adminPaths } from "@/lib/paths";

import { run } from "@/lib/admin/action-pipeline";

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
