"use client";

import { useActionState } from "react";
import { createSourceAction, type FormState } from "@/app/(admin)/admin/actions";
import { Field, inputClass } from "./field";

export function SourceForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createSourceAction, { values: {} });
  const v = state.values;
  const e = state.errors ?? {};
  return (
    <form action={action} key={JSON.stringify(v)} noValidate>
      {state.message && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          {state.message}{" "}
          {state.duplicateOf && <a href={`/sumber/${state.duplicateOf}`} className="font-medium underline">Lihat sumber yang sudah ada</a>}
        </p>
      )}
      <Field name="publisher" label="Media" errors={e.publisher}>{(d, i) => <input id="publisher" name="publisher" defaultValue={v.publisher} aria-describedby={d} aria-invalid={i} className={inputClass} />}</Field>
      <Field name="title" label="Judul (bila ada)" errors={e.title}>{(d, i) => <input id="title" name="title" defaultValue={v.title} aria-describedby={d} aria-invalid={i} className={inputClass} />}</Field>
      <Field name="publishedAt" label="Tanggal terbit (TTTT-BB-HH, bila diketahui)" errors={e.publishedAt}>{(d, i) => <input id="publishedAt" name="publishedAt" defaultValue={v.publishedAt} aria-describedby={d} aria-invalid={i} className={inputClass} />}</Field>
      <Field name="eventDate" label="Tanggal acara yang diberitakan (TTTT-BB-HH)" errors={e.eventDate}>{(d, i) => <input id="eventDate" name="eventDate" defaultValue={v.eventDate} aria-describedby={d} aria-invalid={i} className={inputClass} />}</Field>
      <Field name="url" label="Alamat web (opsional; jangan ditebak)" errors={e.url}>{(d, i) => <input id="url" name="url" type="url" defaultValue={v.url} aria-describedby={d} aria-invalid={i} className={inputClass} />}</Field>
      <Field name="text" label="Teks lengkap artikel, apa adanya" errors={e.text}>{(d, i) => <textarea id="text" name="text" rows={10} defaultValue={v.text} aria-describedby={d} aria-invalid={i} className={inputClass} />}</Field>
      <Field name="reason" label="Alasan (tampil di riwayat)" errors={e.reason}>{(d, i) => <textarea id="reason" name="reason" rows={2} defaultValue={v.reason} aria-describedby={d} aria-invalid={i} className={inputClass} />}</Field>
      <button type="submit" disabled={pending} className="mt-6 rounded-md bg-brand-800 px-4 py-2 font-medium text-white disabled:opacity-60">{pending ? "Menyimpan…" : "Simpan sumber"}</button>
    </form>
  );
}
