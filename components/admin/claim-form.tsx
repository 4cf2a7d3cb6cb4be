"use client";

import type { FormAction, FormState } from "@/lib/admin/form-state";
import { useActionState } from "react";
import { CitationFields, type SourceOption } from "./citation-fields";
import { FormAlert, ReasonField, SelectField, TextArea, TextField, VersionField, submitClass } from "./field";
import { OrganizationPicker } from "./organization-picker";

type Option = { value: string; label: string };
/** An edition's own category; choosing it chooses the edition. */
type CategoryOption = Option & { editionId: string };
type Props = {
  /** the create or the update action, as the page's mode */
  serverAction: FormAction;
  sources: readonly SourceOption[];
  kinds: readonly Option[];
  categories: readonly CategoryOption[];
} & (
  | {
      mode: "edit";
      claim: {
        id: string;
        version: number;
        categoryId: string;
        rank: number | null;
        organization: { id: string; name: string } | null;
        inferences: string[];
        inferenceNote: string | null;
        prizeText: string | null;
      };
    }
  | { mode: "create"; preset: { editionId?: string; categoryId?: string } }
);

/** Records a placing or corrects one: recipient (typo-tolerant), rank, what is inferred, and a verbatim citation. */
export function ClaimForm(props: Props) {
  const claim = props.mode === "edit" ? props.claim : null;
  const initial: FormState = {
    values: claim
      ? {
          version: String(claim.version),
          categoryId: claim.categoryId,
          rank: claim.rank === null ? "" : String(claim.rank),
          organizationId: claim.organization?.id ?? "",
          prizeText: claim.prizeText ?? "",
          rankFromOrder: claim.inferences.includes("rank_from_order") ? "on" : "",
          categoryFromContext: claim.inferences.includes("category_from_context") ? "on" : "",
          inferenceNote: claim.inferenceNote ?? "",
        }
      : { categoryId: props.mode === "create" ? (props.preset.categoryId ?? "") : "", rank: "1" },
  };
  const [state, action, pending] = useActionState<FormState, FormData>(props.serverAction, initial);
  const v = state.values;
  return (
    // key: a returned state re-mounts the fields with the kept input as their defaults
    <form action={action} key={JSON.stringify(v)} noValidate>
      {claim && <input type="hidden" name="claimId" value={claim.id} />}
      {claim && <VersionField state={state} version={claim.version} />}
      <FormAlert state={state} />
      <SelectField
        name="categoryId"
        label="Edisi dan kategori"
        hint="Kategori seperti dinamai edisinya. Kategori yang belum ada ditambahkan di halaman edisi (dengan kutipannya)."
        state={state}
        options={presetFirst(props.categories, props.mode === "create" ? props.preset.editionId : undefined)}
        empty={claim ? undefined : "(pilih edisi dan kategori)"}
      />
      <TextField name="rank" label="Peringkat" hint="1, 2, 3, …; kosongkan untuk pemenang yang disebut tanpa peringkat." state={state} />
      <OrganizationPicker
        state={state}
        name="organizationId"
        legend="Penerima"
        current={claim?.organization ?? null}
        allowNone
        kinds={props.kinds}
      />
      <fieldset className="mt-4">
        <legend className="font-medium">Yang disimpulkan (tidak tertulis langsung di sumber)</legend>
        <label className="mt-1 flex items-center gap-2">
          <input type="checkbox" name="rankFromOrder" defaultChecked={v.rankFromOrder === "on"} /> peringkat dari urutan daftar
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="categoryFromContext" defaultChecked={v.categoryFromContext === "on"} /> kategori dari konteks
        </label>
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
        <TextField
          name="citationRankWording"
          label="Sebutan peringkat seperti tertulis di kutipan (mis. “Juara I”, “terbaik pertama”, “juara harapan”)"
          state={state}
        />
      </fieldset>
      <TextField
        name="prizeText"
        label="Hadiah, persis seperti tertulis di salah satu kutipan (bila disebut)"
        hint="Mis. “uang pembinaan Rp 2.500.000” atau “satu unit sepeda motor”; nilai rupiah dibaca dari teksnya."
        state={state}
      />
      <ReasonField state={state} />
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? "Menyimpan…" : claim ? "Simpan koreksi" : "Simpan klaim"}
      </button>
    </form>
  );
}

/** The categories of a preset edition first (a link from an edition page), the rest after. */
function presetFirst(categories: readonly CategoryOption[], editionId: string | undefined): CategoryOption[] {
  if (!editionId) return [...categories];
  return [...categories.filter((c) => c.editionId === editionId), ...categories.filter((c) => c.editionId !== editionId)];
}
