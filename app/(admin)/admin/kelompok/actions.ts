"use server";
import { saveGroup } from "@/lib/admin/categories";
import { groupUpdateSchema } from "@/lib/admin/schema";
import type { FormState } from "@/lib/admin/form-state";
import { tags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";

import { refresh, run } from "@/lib/admin/action-pipeline";

export async function saveGroupAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, groupUpdateSchema, saveGroup, ({ key }) => {
    refresh(tags.categories);
    return paths.category(key);
  });
}
