"use client";

import type { FormAction, FormState } from "@/lib/admin/form-state";
import { useActionState } from "react";
import { FormAlert, SelectField, submitClass, TextField } from "./field";

const ROLES = [
  { value: "editor", label: "Editor (menyunting data)" },
  { value: "admin", label: "Admin (juga mengelola akun)" },
];

export function AccountForm({ serverAction }: { serverAction: FormAction }) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, { values: { role: "editor" } });
  return (
    <form action={action} key={JSON.stringify(state)} noValidate>
      <FormAlert state={state} />
      <TextField name="email" type="email" autoComplete="off" label="Email" state={state} />
      <TextField name="name" label="Nama (tampil di riwayat publik)" state={state} />
      <SelectField name="role" label="Peran" state={state} options={ROLES} />
      <TextField
        name="password"
        type="password"
        autoComplete="new-password"
        label="Kata sandi awal"
        hint="Sedikitnya 12 karakter, tiga jenis karakter (atau 20+). Sampaikan lewat jalur yang aman."
        state={state}
      />
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? "Membuat…" : "Buat akun"}
      </button>
    </form>
  );
}

export function RoleForm({ serverAction, userId, role, email }: { serverAction: FormAction; userId: string; role: string; email: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, { values: { role } });
  const id = `role-${userId}`;
  return (
    <form action={action} key={JSON.stringify(state)} noValidate className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="userId" value={userId} />
      <div className="min-w-48 [&>div]:mt-0">
        <SelectField name="role" id={id} label={`Peran ${email}`} state={state} options={ROLES} />
      </div>
      <button type="submit" disabled={pending} className="rounded-md border border-slate-500 px-3 py-2 text-sm">
        Ubah peran
      </button>
      <div className="basis-full">
        <FormAlert state={state} />
      </div>
    </form>
  );
}

/** The signed-in person's own password: the current one, then the new one twice. */
export function PasswordChangeForm({ serverAction }: { serverAction: FormAction }) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, { values: {} });
  return (
    <form action={action} key={JSON.stringify(state)} noValidate>
      <FormAlert state={state} />
      <TextField name="currentPassword" type="password" autoComplete="current-password" label="Kata sandi sekarang" state={state} />
      <TextField
        name="newPassword"
        type="password"
        autoComplete="new-password"
        label="Kata sandi baru"
        hint="Sedikitnya 12 karakter, tiga jenis karakter (atau 20+), tanpa nama dari email Anda."
        state={state}
      />
      <TextField name="repeatPassword" type="password" autoComplete="new-password" label="Kata sandi baru sekali lagi" state={state} />
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? "Menyimpan…" : "Ganti kata sandi"}
      </button>
    </form>
  );
}

/** An admin's tools for one account: a new password (to be changed at sign-in), disable/enable, lift sign-in waits. */
export function AccountAdminForms({
  resetPassword,
  setDisabled,
  unlockSignIn,
  userId,
  email,
  disabled,
}: {
  resetPassword: FormAction;
  setDisabled: FormAction;
  unlockSignIn: FormAction;
  userId: string;
  email: string;
  disabled: boolean;
}) {
  const [reset, resetAction, resetting] = useActionState<FormState, FormData>(resetPassword, { values: {} });
  const [toggle, toggleAction, toggling] = useActionState<FormState, FormData>(setDisabled, { values: {} });
  const [unlock, unlockAction, unlocking] = useActionState<FormState, FormData>(unlockSignIn, { values: {} });
  const small = "rounded-md border border-slate-500 px-3 py-2 text-sm";
  return (
    <div className="mt-2 flex flex-wrap items-start gap-4">
      <form action={resetAction} key={`reset-${JSON.stringify(reset)}`} noValidate className="min-w-64">
        <input type="hidden" name="userId" value={userId} />
        <TextField
          name="password"
          id={`reset-${userId}`}
          type="password"
          autoComplete="new-password"
          label={`Kata sandi baru untuk ${email}`}
          state={reset}
        />
        <button type="submit" disabled={resetting} className={`${small} mt-2`}>
          Atur ulang kata sandi
        </button>
        <FormAlert state={reset} />
      </form>
      <form action={toggleAction} noValidate>
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="disabled" value={disabled ? "0" : "1"} />
        <button type="submit" disabled={toggling} className={`${small} mt-4`}>
          {disabled ? `Aktifkan ${email}` : `Nonaktifkan ${email}`}
        </button>
        <FormAlert state={toggle} />
      </form>
      <form action={unlockAction} noValidate>
        <input type="hidden" name="userId" value={userId} />
        <button type="submit" disabled={unlocking} className={`${small} mt-4`}>
          Hapus penundaan masuk
        </button>
        <FormAlert state={unlock} />
      </form>
    </div>
  );
}
