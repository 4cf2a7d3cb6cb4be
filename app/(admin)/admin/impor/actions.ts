"use server";

import { updateTag } from "next/cache";
import { importFile } from "@/lib/admin/import";
import { importSchema } from "@/lib/admin/schema";
import type { FormState } from "@/lib/admin/form-state";
import { publicTags } from "@/lib/cache-tags";

import { run, values } from "@/lib/admin/action-pipeline";

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
