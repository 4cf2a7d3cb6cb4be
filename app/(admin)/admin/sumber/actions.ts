"use server";

import { createSource } from "@/lib/admin/sources";
import { sourceCreateSchema } from "@/lib/admin/schema";
import type { FormState } from "@/lib/admin/form-state";
import { tags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";

import { refresh, run } from "@/lib/admin/action-pipeline";

export async function createSourceAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, sourceCreateSchema, createSource, ({ id }) => {
    refresh(tags.sources);
    return paths.source(id);
  });
}
