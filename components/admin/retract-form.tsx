"use client";

import { useActionState } from "react";
import { retractClaimAction, type FormState } from "@/app/(admin)/admin/actions";
import { Field, inputClass } from "./field";

export function RetractForm({ claimId, version }: { claimId: string; version: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(retractClaimAction, { values: {} });
  return (
    <form action={action} noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      {state.message && <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">{state.message}</p>}
      <Field name="retractReason" label="Alasan penarikan" errors={state.errors?.reason}>
        {(d, invalid) => <textarea id="retractReason" name="reason" rows={2} defaultValue={state.values.reason} aria-describedby={d} aria-invalid={invalid} className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending} className="mt-4 rounded-md border border-red-700 px-4 py-2 font-medium text-red-800 disabled:opacity-60">Tarik klaim ini</button>
    </form>
  );
}
