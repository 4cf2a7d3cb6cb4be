"use server";

import { addEditionFact, createEdition, retractEditionFact, updateEdition } from "@/lib/admin/editions";
import { createCategory, updateCategory } from "@/lib/admin/categories";
import {
  categoryCreateSchema,
  categoryUpdateSchema,
  editionCreateSchema,
  editionUpdateSchema,
  factCreateSchema,
  factRetractSchema,
} from "@/lib/admin/schema";
import type { FormState } from "@/lib/admin/form-state";
import { tags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";

import { refresh, run } from "@/lib/admin/action-pipeline";

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
