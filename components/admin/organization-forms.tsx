"use client";

import type { FormAction, FormState } from "@/lib/admin/form-state";
import { useActionState } from "react";
import { CitationFields, type SourceOption } from "./citation-fields";
import { FormAlert, ReasonField, SelectField, TextArea, TextField, VersionField, submitClass } from "./field";
import { OrganizationPicker } from "./organization-picker";

type Option = { value: string; label: string };
type Organization = {
  id: string;
  version: number;
  name: string;
  kind: string;
  kindNote: string | null;
  regionCode: string | null;
  regionNote: string | null;
  note: string | null;
};

const Hidden = ({ org, state }: { org: Organization; state: FormState }) => (
  <>
    <input type="hidden" name="organizationId" value={org.id} />
    <VersionField state={state} version={org.version} />
  </>
);

const MATCH_OPTIONS = [
  { value: "certain", label: "Pasti (nama yang sama, ejaan lain)" },
  { value: "probable", label: "Kemungkinan (jelaskan di catatan)" },
];

/** The record's own fields. The spellings sources use are kept apart (see AliasForm). */
export function OrganizationForm({
  serverAction,
  organization: org,
  kinds,
}: {
  serverAction: FormAction;
  organization: Organization;
  kinds: readonly Option[];
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, {
    values: {
      name: org.name,
      kind: org.kind,
      kindNote: org.kindNote ?? "",
      regionCode: org.regionCode ?? "",
      regionNote: org.regionNote ?? "",
      note: org.note ?? "",
    },
  });
  return (
    <form action={action} key={JSON.stringify(state.values)} noValidate>
      <Hidden org={org} state={state} />
      <FormAlert state={state} />
      <TextField name="name" label="Nama yang ditampilkan" state={state} />
      <SelectField name="kind" label="Jenis" state={state} options={kinds} />
      <TextArea name="kindNote" label="Catatan jenis (bila disimpulkan)" state={state} />
      <TextField
        name="regionCode"
        label="Kode wilayah Kemendagri"
        hint="Mis. 53.16 (Kabupaten Nagekeo) atau 53.16.01.2012 (desa). Kosongkan bila tidak diketahui."
        state={state}
      />
      <TextArea name="regionNote" label="Catatan wilayah (bila disimpulkan)" state={state} />
      <TextArea name="note" label="Catatan" state={state} />
      <ReasonField state={state} id="reason-edit" />
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? "Menyimpan…" : "Simpan organisasi"}
      </button>
    </form>
  );
}

/** Adds a spelling a source uses; it must be in that source's text, letter for letter. */
export function AliasForm({
  serverAction,
  organization: org,
  sources,
}: {
  serverAction: FormAction;
  organization: Organization;
  sources: readonly SourceOption[];
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, { values: { match: "certain" } });
  return (
    <form action={action} key={JSON.stringify(state.values)} noValidate>
      <Hidden org={org} state={state} />
      <FormAlert state={state} />
      <CitationFields
        state={state}
        sources={sources}
        names={{ source: "sourceId", quote: "spelling" }}
        labels={{ quote: "Ejaan, persis seperti di sumber" }}
      />
      <SelectField name="match" label="Kecocokan" state={state} options={MATCH_OPTIONS} />
      <TextArea name="aliasNote" label="Catatan kecocokan" state={state} />
      <ReasonField state={state} id="reason-alias" />
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? "Menyimpan…" : "Tambah ejaan"}
      </button>
    </form>
  );
}

/** Merges this (duplicate) record into another. */
export function MergeForm({ serverAction, organization: org }: { serverAction: FormAction; organization: Organization }) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, { values: {} });
  return (
    <form action={action} key={JSON.stringify(state.values)} noValidate>
      <Hidden org={org} state={state} />
      <FormAlert state={state} />
      <OrganizationPicker
        state={state}
        name="targetId"
        idPrefix="merge"
        legend={`Gabungkan “${org.name}” ke`}
        current={null}
        exclude={org.id}
      />
      <ReasonField state={state} id="reason-merge" />
      <button
        type="submit"
        disabled={pending}
        className="mt-6 rounded-md border border-red-700 px-4 py-2 font-medium text-red-800 disabled:opacity-60"
      >
        {pending ? "Menggabungkan…" : "Gabungkan"}
      </button>
    </form>
  );
}

/** Moves one spelling (and, if asked, the placings citing it) to another or a new organisation. */
export function AliasMoveForm({
  serverAction,
  organization: org,
  aliases,
  kinds,
}: {
  serverAction: FormAction;
  organization: Organization;
  aliases: readonly Option[];
  kinds: readonly Option[];
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, { values: { match: "certain", moveClaims: "on" } });
  return (
    <form action={action} key={JSON.stringify(state.values)} noValidate>
      <Hidden org={org} state={state} />
      <FormAlert state={state} />
      <SelectField name="aliasId" label="Ejaan yang dipindah" state={state} options={aliases} empty="(pilih ejaan)" />
      <OrganizationPicker
        state={state}
        name="targetId"
        idPrefix="move"
        legend="Pindahkan ke"
        current={null}
        exclude={org.id}
        kinds={kinds}
      />
      <SelectField name="match" id="moveMatch" label="Kecocokan dengan organisasi tujuan" state={state} options={MATCH_OPTIONS} />
      <TextArea name="aliasNote" id="moveAliasNote" label="Catatan kecocokan" state={state} />
      <label className="mt-4 flex items-center gap-2">
        <input type="checkbox" name="moveClaims" defaultChecked={state.values.moveClaims === "on"} /> Pindahkan juga peringkat yang
        kutipannya memakai ejaan ini dari sumber itu
      </label>
      <ReasonField state={state} id="reason-move" />
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? "Memindahkan…" : "Pindahkan ejaan"}
      </button>
    </form>
  );
}
