"use client";

import { useActionState } from "react";
import { updateClaimAction, type FormState } from "@/app/(admin)/admin/actions";
import { Field, inputClass } from "./field";

type Props = {
  claim: { id: string; version: number; rank: number; organizationId: string | null; inferences: string[]; inferenceNote: string | null };
  organizations: { id: string; name: string }[];
  sources: { id: string; publisher: string; title: string | null }[];
};

export function ClaimForm({ claim, organizations, sources }: Props) {
  const initial: FormState = {
    values: {
      version: String(claim.version), rank: String(claim.rank), organizationId: claim.organizationId ?? "",
      rankFromOrder: claim.inferences.includes("rank_from_order") ? "on" : "", categoryFromContext: claim.inferences.includes("category_from_context") ? "on" : "",
      inferenceNote: claim.inferenceNote ?? "", citationSourceId: "", citationQuote: "", reason: "",
    },
  };
  const [state, action, pending] = useActionState<FormState, FormData>(updateClaimAction, initial);
  const v = state.values;
  const e = state.errors ?? {};
  return (
    // key: a returned state re-mounts the fields with the kept input as their defaults
    <form action={action} key={JSON.stringify(v)} noValidate>
      <input type="hidden" name="claimId" value={claim.id} />
      <input type="hidden" name="version" value={v.version ?? String(claim.version)} />
      {state.message && (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          <p className="font-medium">{state.message}</p>
          {state.conflict && (
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
              <dt>Sekarang</dt>
              <dd>Terbaik {state.conflict.current.rank}: {state.conflict.current.organization?.name ?? "tanpa nama"} (versi {state.conflict.current.version})</dd>
              {state.conflict.lastChange && (<><dt>Diubah</dt><dd>oleh {state.conflict.lastChange.by}, {new Date(state.conflict.lastChange.at).toLocaleString("id-ID")}: “{state.conflict.lastChange.reason}”</dd></>)}
            </dl>
          )}
        </div>
      )}
      <Field name="rank" label="Peringkat" errors={e.rank}>
        {(d, invalid) => (
          <select id="rank" name="rank" defaultValue={v.rank} aria-describedby={d} aria-invalid={invalid} className={inputClass}>
            {[1, 2, 3].map((r) => <option key={r} value={r}>Terbaik {r}</option>)}
          </select>
        )}
      </Field>
      <Field name="organizationId" label="Penerima" errors={e.organizationId} hint="Kosong: sumber menyebut peringkat tanpa nama.">
        {(d, invalid) => (
          <select id="organizationId" name="organizationId" defaultValue={v.organizationId} aria-describedby={d} aria-invalid={invalid} className={inputClass}>
            <option value="">(tidak disebut namanya)</option>
            {organizations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        )}
      </Field>
      <fieldset className="mt-4">
        <legend className="font-medium">Yang disimpulkan</legend>
        <label className="mt-1 flex items-center gap-2"><input type="checkbox" name="rankFromOrder" defaultChecked={v.rankFromOrder === "on"} /> peringkat dari urutan daftar</label>
        <label className="flex items-center gap-2"><input type="checkbox" name="categoryFromContext" defaultChecked={v.categoryFromContext === "on"} /> kategori dari konteks</label>
      </fieldset>
      <Field name="inferenceNote" label="Catatan simpulan" errors={e.inferenceNote}>
        {(d, invalid) => <textarea id="inferenceNote" name="inferenceNote" rows={2} defaultValue={v.inferenceNote} aria-describedby={d} aria-invalid={invalid} className={inputClass} />}
      </Field>
      <fieldset className="mt-6 rounded-md border border-slate-300 p-3">
        <legend className="px-1 font-medium">Kutipan baru (bukti)</legend>
        <Field name="citationSourceId" label="Sumber" errors={e.citationSourceId}>
          {(d, invalid) => (
            <select id="citationSourceId" name="citationSourceId" defaultValue={v.citationSourceId} aria-describedby={d} aria-invalid={invalid} className={inputClass}>
              <option value="">(tanpa kutipan baru)</option>
              {sources.map((s) => <option key={s.id} value={s.id}>{s.publisher}{s.title ? ` — ${s.title.slice(0, 60)}` : ""} ({s.id})</option>)}
            </select>
          )}
        </Field>
        <Field name="citationQuote" label="Kutipan, persis seperti dalam teks sumber" errors={e.citationQuote} hint="Tempel kalimatnya; kutipan diperiksa huruf demi huruf terhadap teks yang tersimpan.">
          {(d, invalid) => <textarea id="citationQuote" name="citationQuote" rows={3} defaultValue={v.citationQuote} aria-describedby={d} aria-invalid={invalid} className={inputClass} />}
        </Field>
      </fieldset>
      <Field name="reason" label="Alasan perubahan (tampil di riwayat publik)" errors={e.reason}>
        {(d, invalid) => <textarea id="reason" name="reason" rows={2} required defaultValue={v.reason} aria-describedby={d} aria-invalid={invalid} className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending} className="mt-6 rounded-md bg-brand-800 px-4 py-2 font-medium text-white disabled:opacity-60">{pending ? "Menyimpan…" : "Simpan koreksi"}</button>
    </form>
  );
}
