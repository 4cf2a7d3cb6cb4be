"use client";

import type { FormAction, FormState } from "@/lib/admin/form-state";
import { useActionState } from "react";
import { FormAlert, TextArea } from "./field";

type Props = {
  action: FormAction;
  /** the record, its version and the item withdrawn, as hidden fields */
  fields: Record<string, string | number>;
  /** what is withdrawn, for the reason's label */
  label: string;
  id: string;
  summary: string;
};

/** A small, folded form that withdraws one item (a fact, a piece of evidence) with the reason the history shows. */
export function WithdrawForm({ action: serverAction, fields, label, id, summary }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, { values: {} });
  return (
    <details className="mt-1" open={Boolean(state.message || state.errors)}>
      <summary className="cursor-pointer text-sm text-red-800 underline">{summary}</summary>
      <form action={action} key={JSON.stringify(state.values)} noValidate className="mt-1">
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <FormAlert state={state} />
        <TextArea name="reason" id={id} label={`Alasan menarik “${label}”`} state={state} />
        <button
          type="submit"
          disabled={pending}
          className="mt-2 rounded-md border border-red-700 px-3 py-1 text-sm font-medium text-red-800 disabled:opacity-60"
        >
          Tarik
        </button>
      </form>
    </details>
  );
}
