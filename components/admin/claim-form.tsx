"use client";

import { useActionState } from "react";
import { RANKS } from "@/lib/awards/ranks";
import { createClaimAction, updateClaimAction, type FormState } from "@/app/(admin)/admin/actions";
import { CitationFields, type SourceOption } from "./citation-fields";
import { FormAlert, ReasonField, SelectField, submitClass, TextArea } from "./field";
import { OrganizationPicker } from "./organization-picker";

type Option = { value: string; label: string };
type Props = {
  sources: readonly SourceOption[];
  kinds: readonly Option[];
} & (
  | { mode: "edit"; editions: readonly Option[]; categories: readonly Option[]; claim: { id: string; version: number; editionId: string; categoryKey: string; rank: number; organization: { id: string; name: string } | null; inferences: string[]; inferenceNote: string | null } }
  | { mode: "create"; editions: readonly Option[]; categories: readonly Option[]; preset: { editionId?: string; categoryKey?: string } }
);

const RANK_OPTIONS = RANKS.map((r) => ({ value: String(r), label: `Terbaik ${r}` }));

/** Records a placing or corrects one: recipient (typo-tolerant), rank, what is inferred, and a verbatim citation. */
export function ClaimForm(props: Props) {
  const claim = props.mode === "edit" ? props.claim : null;
  const initial: FormState = {
    values: claim
      ? {
          version: String(claim.version), editionId: claim.editionId, categoryKey: claim.categoryKey, rank: String(claim.rank), organizationId: claim.organization?.id ?? "",
          rankFromOrder: claim.inferences.includes("rank_from_order") ? "on" : "", categoryFromContext: claim.inferences.includes("category_from_context") ? "on" : "",
          inferenceNote: claim.inferenceNote ?? "",
        }
      : { editionId: props.mode === "create" ? props.preset.editionId ?? "" : "", categoryKey: props.mode === "create" ? props.preset.categoryKey ?? "" : "", rank: "1" },
  };
  const [state, action, pending] = useActionState<FormState, FormData>(claim ? updateClaimAction : createClaimAction, initial);
  const v = state.values;
  return (
    // key: a returned state re-mounts the fields with the kept input as their defaults
    <form action={action} key={JSON.stringify(v)} noValidate>
      {claim && <input type="hidden" name="claimId" value={claim.id} />}
      {claim && <input type="hidden" name="version" value={v.version ?? String(claim.version)} />}
      <FormAlert state={state} />
      <SelectField name="editionId" label="Edisi (upacara)" state={state} options={props.editions} empty={claim ? undefined : "(pilih edisi)"} />
      <SelectField name="categoryKey" label="Kategori" state={state} options={props.categories} empty={claim ? undefined : "(pilih kategori)"} />
      <SelectField name="rank" label="Peringkat" state={state} options={RANK_OPTIONS} />
      <OrganizationPicker state={state} name="organizationId" legend="Penerima" current={claim?.organization ?? null} allowNone kinds={props.kinds} />
      <fieldset className="mt-4">
        <legend className="font-medium">Yang disimpulkan (tidak tertulis langsung di sumber)</legend>
        <label className="mt-1 flex items-center gap-2"><input type="checkbox" name="rankFromOrder" defaultChecked={v.rankFromOrder === "on"} /> peringkat dari urutan daftar</label>
        <label className="flex items-center gap-2"><input type="checkbox" name="categoryFromContext" defaultChecked={v.categoryFromContext === "on"} /> kategori dari konteks</label>
      </fieldset>
      <TextArea name="inferenceNote" label="Catatan simpulan" state={state} />
      <fieldset className="mt-6 rounded-md border border-slate-300 p-3">
        <legend className="px-1 font-medium">{claim ? "Kutipan baru (bukti)" : "Kutipan (bukti, wajib)"}</legend>
        <CitationFields
          state={state}
          sources={props.sources}
          optional={Boolean(claim)}
          names={{ source: "citationSourceId", quote: "citationQuote", part: "citationRecipientName" }}
          labels={{ quote: "Kutipan, persis seperti dalam teks sumber", part: "Nama penerima seperti tertulis di kutipan (bila disebut)" }}
        />
      </fieldset>
      <ReasonField state={state} />
      <button type="submit" disabled={pending} className={submitClass}>{pending ? "Menyimpan…" : claim ? "Simpan koreksi" : "Simpan klaim"}</button>
    </form>
  );
}
