"use client";

import type { FormAction, FormState } from "@/lib/admin/form-state";
import { useActionState } from "react";
import { FormAlert, ReasonField, submitClass, TextArea, TextField } from "./field";

export function SourceForm({ serverAction }: { serverAction: FormAction }) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, { values: {} });
  return (
    <form action={action} key={JSON.stringify(state.values)} noValidate>
      <FormAlert state={state} duplicateHref={(id) => `/sumber/${encodeURIComponent(id)}`} />
      <TextField name="publisher" label="Media" state={state} />
      <TextField name="title" label="Judul (bila ada)" state={state} />
      <TextField name="publishedAt" label="Tanggal terbit (TTTT-BB-HH, bila diketahui)" state={state} />
      <TextField name="eventDate" label="Tanggal acara yang diberitakan (TTTT-BB-HH)" state={state} />
      <TextField name="url" type="url" label="Alamat web (opsional; jangan ditebak)" state={state} />
      <TextArea name="text" rows={10} label="Teks lengkap artikel, apa adanya" state={state} />
      <ReasonField state={state} />
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? "Menyimpan…" : "Simpan sumber"}
      </button>
    </form>
  );
}
