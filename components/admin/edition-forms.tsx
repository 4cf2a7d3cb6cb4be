"use client";

import type { FormAction, FormState } from "@/lib/admin/form-state";
import { adminPaths } from "@/lib/paths";
import { useActionState } from "react";
import { LEVELS, type LevelKey } from "@/lib/awards/levels";
import { CitationFields, type SourceOption } from "./citation-fields";
import { FormAlert, ReasonField, SelectField, TextArea, TextField, VersionField, submitClass } from "./field";

type Option = { value: string; label: string };
type Edition = {
  id: string;
  version: number;
  level: string;
  provinceCode: string | null;
  yearLabel: string;
  assessmentPeriod: string | null;
  ceremonyDate: string | null;
  sharedCeremony: string | null;
};

const LEVEL_WORDS: Record<LevelKey, string> = { province: "Provinsi", national: "Nasional" };
const LEVEL_OPTIONS = [...LEVELS].reverse().map((l) => ({ value: l, label: LEVEL_WORDS[l] }));

function EditionFields({ state, provinces }: { state: FormState; provinces: readonly Option[] }) {
  return (
    <>
      <SelectField name="level" label="Tingkat" state={state} options={LEVEL_OPTIONS} />
      <SelectField name="provinceCode" label="Provinsi" state={state} options={provinces} empty="(tidak ada: edisi nasional)" />
      <TextField
        name="ceremonyDate"
        type="date"
        label="Tanggal upacara (bila sumber menyebutnya)"
        hint="Satu upacara = satu edisi, apa pun sebutan tahunnya. Kosongkan bila belum diketahui; mengisinya nanti tidak mengubah alamat edisi."
        state={state}
      />
      <TextField
        name="yearLabel"
        label="Sebutan tahun (mis. 2024)"
        hint="Sebutan yang dipakai sumber; sebutan lain dicatat sebagai fakta bersumber."
        state={state}
      />
      <TextField name="assessmentPeriod" label="Periode penilaian (bila disebut)" state={state} />
      <TextField
        name="sharedCeremony"
        label="Kunci upacara bersama (bila dua putaran diserahkan dalam satu upacara)"
        hint="Isi kunci yang sama, mis. papua-2023-11-20, pada kedua edisi."
        state={state}
      />
    </>
  );
}

function FactFields({ state, sources, factKinds }: { state: FormState; sources: readonly SourceOption[]; factKinds: readonly Option[] }) {
  return (
    <>
      <SelectField name="factKind" label="Jenis fakta" state={state} options={factKinds} empty="(pilih)" />
      <TextField name="factValue" label="Fakta, dengan kata-kata Anda (mis. 2025-07-21, atau nama tempat)" state={state} />
      <CitationFields
        state={state}
        sources={sources}
        names={{ source: "sourceId", quote: "quote" }}
        labels={{ quote: "Kutipan yang menyatakannya, persis" }}
      />
    </>
  );
}

export function EditionCreateForm({
  serverAction,
  provinces,
  sources,
  factKinds,
}: {
  serverAction: FormAction;
  provinces: readonly Option[];
  sources: readonly SourceOption[];
  factKinds: readonly Option[];
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, {
    values: { level: "province", factKind: "ceremony_date" },
  });
  return (
    <form action={action} key={JSON.stringify(state.values)} noValidate>
      <FormAlert state={state} duplicateHref={(id) => adminPaths.edition(id)} />
      <EditionFields state={state} provinces={provinces} />
      <fieldset className="mt-6 rounded-md border border-slate-300 p-3">
        <legend className="px-1 font-medium">Fakta pertama dengan kutipannya (wajib)</legend>
        <FactFields state={state} sources={sources} factKinds={factKinds} />
      </fieldset>
      <ReasonField state={state} />
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? "Menyimpan…" : "Buat edisi"}
      </button>
    </form>
  );
}

export function EditionEditForm({
  serverAction,
  edition,
  provinces,
}: {
  serverAction: FormAction;
  edition: Edition;
  provinces: readonly Option[];
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, {
    values: {
      level: edition.level,
      provinceCode: edition.provinceCode ?? "",
      yearLabel: edition.yearLabel,
      assessmentPeriod: edition.assessmentPeriod ?? "",
      ceremonyDate: edition.ceremonyDate ?? "",
      sharedCeremony: edition.sharedCeremony ?? "",
    },
  });
  return (
    <form action={action} key={JSON.stringify(state.values)} noValidate>
      <input type="hidden" name="editionId" value={edition.id} />
      <VersionField state={state} version={edition.version} />
      <FormAlert state={state} duplicateHref={(id) => adminPaths.edition(id)} />
      <EditionFields state={state} provinces={provinces} />
      <ReasonField state={state} id="reason-edition" />
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? "Menyimpan…" : "Simpan edisi"}
      </button>
    </form>
  );
}

export function FactForm({
  serverAction,
  edition,
  sources,
  factKinds,
}: {
  serverAction: FormAction;
  edition: Edition;
  sources: readonly SourceOption[];
  factKinds: readonly Option[];
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, { values: {} });
  return (
    <form action={action} key={JSON.stringify(state.values)} noValidate>
      <input type="hidden" name="editionId" value={edition.id} />
      <VersionField state={state} version={edition.version} />
      <FormAlert state={state} />
      <FactFields state={state} sources={sources} factKinds={factKinds} />
      <TextArea name="factNote" label="Catatan (bila fakta ini disimpulkan)" state={state} />
      <ReasonField state={state} id="reason-fact" />
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? "Menyimpan…" : "Tambah fakta"}
      </button>
    </form>
  );
}

/** Adds a category to the edition, named exactly as a source names it (the quote holds the name). */
export function CategoryCreateForm({
  serverAction,
  editionId,
  groups,
  sources,
}: {
  serverAction: FormAction;
  editionId: string;
  groups: readonly Option[];
  sources: readonly SourceOption[];
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, { values: {} });
  return (
    <form action={action} key={JSON.stringify(state.values)} noValidate>
      <input type="hidden" name="editionId" value={editionId} />
      <FormAlert state={state} />
      <TextField name="label" id="category-label" label="Nama kategori, persis seperti di sumber (mis. “Badan Usaha”)" state={state} />
      <TextField
        name="qualifier"
        id="category-qualifier"
        label="Zona atau sektor (bila ada, mis. “sektor keuangan”, “Zona Sumatera”)"
        state={state}
      />
      <SelectField
        name="groupKey"
        id="category-group"
        label="Kelompok untuk penelusuran"
        state={state}
        options={groups}
        empty="(pilih kelompok)"
      />
      <CitationFields
        state={state}
        sources={sources}
        idPrefix="category-"
        names={{ source: "sourceId", quote: "quote" }}
        labels={{ quote: "Kutipan yang menyebut kategori ini, persis" }}
      />
      <ReasonField state={state} id="reason-category" />
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? "Menyimpan…" : "Tambah kategori"}
      </button>
    </form>
  );
}

/** Renames a category or moves it to another group. */
export function CategoryEditForm({
  serverAction,
  category,
  groups,
}: {
  serverAction: FormAction;
  category: { id: string; version: number; label: string; qualifier: string; groupKey: string };
  groups: readonly Option[];
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, {
    values: { label: category.label, qualifier: category.qualifier, groupKey: category.groupKey },
  });
  const v = state.values;
  return (
    <form action={action} key={JSON.stringify(v)} noValidate>
      <input type="hidden" name="categoryId" value={category.id} />
      <VersionField state={state} version={category.version} />
      <FormAlert state={state} />
      <TextField name="label" id={`label-${category.id}`} label="Nama kategori" state={state} />
      <TextField name="qualifier" id={`qualifier-${category.id}`} label="Zona atau sektor" state={state} />
      <SelectField name="groupKey" id={`group-${category.id}`} label="Kelompok" state={state} options={groups} />
      <ReasonField state={state} id={`reason-${category.id}`} />
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? "Menyimpan…" : "Simpan kategori"}
      </button>
    </form>
  );
}
