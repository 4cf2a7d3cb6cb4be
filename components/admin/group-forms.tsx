"use client";

import type { FormAction, FormState } from "@/lib/admin/form-state";
import { useActionState } from "react";
import { FormAlert, ReasonField, TextField, VersionField, submitClass } from "./field";

/** A browsing group's names (id/en); with no `group`, a new group with its stable key. */
export function GroupForm({
  serverAction,
  group,
}: {
  serverAction: FormAction;
  group?: { key: string; nameId: string; nameEn: string; version: number };
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, {
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
