"use client";

import type { FormAction, FormState } from "@/lib/admin/form-state";
import { useActionState } from "react";
import { Field, FormAlert, inputClass, SelectField, submitClass, TextField } from "./field";

type SourceOption = { id: string; publisher: string; title: string | null };

/** Paste an article (with what is known of it) or pick a stored source: the extractor proposes its placings. */
export function ExtractionForm({ serverAction, sources }: { serverAction: FormAction; sources: readonly SourceOption[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, { values: {} });
  return (
    <form action={action} key={JSON.stringify(state.values)} noValidate>
      <FormAlert state={state} />
      <SelectField
        name="sourceId"
        label="Sumber yang sudah tersimpan (atau tempel artikel baru di bawah)"
        state={state}
        options={sources.map((s) => ({ value: s.id, label: `${s.publisher}${s.title ? ` — ${s.title.slice(0, 60)}` : ""} (${s.id})` }))}
        empty="(artikel baru)"
      />
      <Field name="text" label="Teks artikel, lengkap dan apa adanya" errors={state.errors?.text}>
        {(d, i) => (
          <textarea
            id="text"
            name="text"
            rows={12}
            defaultValue={state.values.text}
            aria-describedby={d}
            aria-invalid={i}
            className={inputClass}
          />
        )}
      </Field>
      <TextField name="publisher" label="Media" state={state} />
      <TextField name="title" label="Judul (bila ada)" state={state} />
      <TextField name="url" label="Alamat web artikel (bila diketahui; jangan ditebak)" state={state} />
      <TextField name="publishedAt" label="Tanggal terbit (TTTT-BB-HH, bila diketahui)" state={state} />
      <TextField name="eventDate" label="Tanggal acara yang diberitakan (TTTT-BB-HH, bila diketahui)" state={state} />
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? "Membaca…" : "Buat usulan"}
      </button>
    </form>
  );
}
