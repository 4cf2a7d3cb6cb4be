"use client";

import type { FormAction, FormState } from "@/lib/admin/form-state";
import { useActionState } from "react";
import { FormAlert, TextArea, VersionField } from "./field";

export function RetractForm({ serverAction, claimId, version }: { serverAction: FormAction; claimId: string; version: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, { values: {} });
  return (
    <form action={action} key={JSON.stringify(state.values)} noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <VersionField state={state} version={version} />
      <FormAlert state={state} />
      <TextArea name="reason" id="retractReason" label="Alasan penarikan" state={state} />
      <button
        type="submit"
        disabled={pending}
        className="mt-4 rounded-md border border-red-700 px-4 py-2 font-medium text-red-800 disabled:opacity-60"
      >
        Tarik klaim ini
      </button>
    </form>
  );
}
