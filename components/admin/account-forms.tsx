"use client";

import { useActionState } from "react";
import { createAccountAction, setRoleAction, type FormState } from "@/app/(admin)/admin/actions";
import { FormAlert, SelectField, submitClass, TextField } from "./field";

const ROLES = [{ value: "editor", label: "Editor (menyunting data)" }, { value: "admin", label: "Admin (juga mengelola akun)" }];

export function AccountForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createAccountAction, { values: { role: "editor" } });
  return (
    <form action={action} key={JSON.stringify(state)} noValidate>
      <FormAlert state={state} />
      <TextField name="email" type="email" autoComplete="off" label="Email" state={state} />
      <TextField name="name" label="Nama (tampil di riwayat publik)" state={state} />
      <SelectField name="role" label="Peran" state={state} options={ROLES} />
      <TextField name="password" type="password" autoComplete="new-password" label="Kata sandi awal" hint="Sedikitnya 12 karakter, tiga jenis karakter (atau 20+). Sampaikan lewat jalur yang aman." state={state} />
      <button type="submit" disabled={pending} className={submitClass}>{pending ? "Membuat…" : "Buat akun"}</button>
    </form>
  );
}

export function RoleForm({ userId, role, email }: { userId: string; role: string; email: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setRoleAction, { values: { role } });
  const id = `role-${userId}`;
  return (
    <form action={action} key={JSON.stringify(state)} noValidate className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="userId" value={userId} />
      <div className="min-w-48 [&>div]:mt-0">
        <SelectField name="role" id={id} label={`Peran ${email}`} state={state} options={ROLES} />
      </div>
      <button type="submit" disabled={pending} className="rounded-md border border-slate-500 px-3 py-2 text-sm">Ubah peran</button>
      <div className="basis-full"><FormAlert state={state} /></div>
    </form>
  );
}
