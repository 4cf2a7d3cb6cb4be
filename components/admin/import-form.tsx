"use client";

import type { FormAction, FormState } from "@/lib/admin/form-state";
import { useActionState, useState } from "react";
import { Field, FormAlert, inputClass, ReasonField, submitClass } from "./field";

/**
 * Upload or paste a transcription file; "Uji coba" (dry run) imports and rolls back, showing what would be
 * created; "Impor" saves it all, or nothing, with the reason in the public history.
 */
export function ImportForm({ serverAction }: { serverAction: FormAction }) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, { values: {} });
  const [json, setJson] = useState(state.values.json ?? "");
  const problems = state.errors?.json;
  return (
    <form action={action} noValidate>
      <FormAlert state={state} />
      <Field name="file" label="Berkas transkripsi (.json)" hint="Format paritrana-transcription/1 (lihat README: Import).">
        {(d) => (
          <input
            id="file"
            type="file"
            accept="application/json,.json"
            aria-describedby={d}
            className={inputClass}
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (file) setJson(await file.text());
            }}
          />
        )}
      </Field>
      <Field name="json" label="Isi berkas (atau tempel di sini)" errors={problems}>
        {(d, i) => (
          <textarea
            id="json"
            name="json"
            rows={10}
            value={json}
            onChange={(e) => setJson(e.target.value)}
            aria-describedby={d}
            aria-invalid={i}
            className={`${inputClass} whitespace-pre font-mono text-xs`}
          />
        )}
      </Field>
      <ReasonField state={state} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="dryRun" value="1" disabled={pending} className={submitClass}>
          {pending ? "Memeriksa…" : "Uji coba (tanpa menyimpan)"}
        </button>
        <button type="submit" name="dryRun" value="0" disabled={pending} className={submitClass}>
          {pending ? "Mengimpor…" : "Impor"}
        </button>
      </div>
    </form>
  );
}
