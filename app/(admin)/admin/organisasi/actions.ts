"use server";

import { addAlias, mergeOrganizations, moveAlias, updateOrganization } from "@/lib/admin/organizations";
import { aliasCreateSchema, aliasMoveSchema, organizationMergeSchema, organizationUpdateSchema } from "@/lib/admin/schema";
import type { FormState } from "@/lib/admin/form-state";
import { tags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";

import { refresh, run } from "@/lib/admin/action-pipeline";

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
