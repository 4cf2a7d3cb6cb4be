"use client";

import { useActionState } from "react";
import { saveGroupAction, type FormState } from "@/app/(admin)/admin/actions";
import { FormAlert, ReasonField, TextField, VersionField, submitClass } from "./field";

/** A browsing group's names (id/en); with no `group`, a new group with its stable key. */
export function GroupForm({ group }: { group?: { key: string; nameId: string; nameEn: string; version: number } }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveGroupAction, {
    values: group ? { key: group.key, nameId: group.nameId, nameEn: group.nameEn } : {},
  });
  const prefix = group ? `${group.key}-` : "new-";
  return (
    <form action={action} key={JSON.stringify(state.values)} noValidate>
      <FormAlert state={state} />
      {group ? (
        <>
          <input type="hidden" name="key" value={group.key} />
          <VersionField state={state} version={group.version} />
        </>
      ) : (
        <TextField
          name="key"
          id={`${prefix}key`}
          label="Kunci (tetap, dipakai di alamat dan API; huruf kecil dan tanda hubung)"
          state={state}
        />
      )}
      <TextField name="nameId" id={`${prefix}nameId`} label="Nama (bahasa Indonesia)" state={state} />
      <TextField name="nameEn" id={`${prefix}nameEn`} label="Name (English)" state={state} />
      <ReasonField state={state} id={`${prefix}reason`} />
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? "Menyimpan…" : group ? "Simpan nama" : "Tambah kelompok"}
      </button>
    </form>
  );
}
