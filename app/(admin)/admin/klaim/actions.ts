"use server";
import { createClaim, retractClaim, updateClaim, withdrawCitation } from "@/lib/admin/claims";
import { citationWithdrawSchema, claimCreateSchema, claimRetractSchema, claimUpdateSchema, NEW_ORGANIZATION } from "@/lib/admin/schema";
import type { FormState } from "@/lib/admin/form-state";
import { tags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";

import { placingTags, refresh, run } from "@/lib/admin/action-pipeline";

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
