"use client";

import type { FormAction, FormState } from "@/lib/admin/form-state";
import { adminPaths } from "@/lib/paths";
import { useActionState } from "react";
import { Field, FormAlert, inputClass, submitClass, TextField } from "./field";

function CodeField({ state }: { state: FormState }) {
  return (
    <Field name="code" label="Kode dari aplikasi autentikator" errors={state.errors?.code} hint="6 angka; berganti setiap 30 detik.">
      {(d, i) => (
        <input
          id="code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          aria-describedby={d}
          aria-invalid={i}
          className={inputClass}
        />
      )}
    </Field>
  );
}

/** The second step of signing in. */
export function SignInCodeForm({ serverAction }: { serverAction: FormAction }) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, { values: {} });
  return (
    <form action={action} className="max-w-sm" noValidate>
      <FormAlert state={state} />
      <CodeField state={state} />
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? "Memeriksa…" : "Lanjut"}
      </button>
    </form>
  );
}

/** The secret's Base32 form, for typing into an app by hand (the otpauth URI holds it). */
function secretOf(uri: string): string {
  try {
    return new URL(uri).searchParams.get("secret") ?? "";
  } catch {
    return "";
  }
}

/** Setting up the second factor: the password, then the key for the app and its first code. */
export function SecondFactorSetup({ startAction, confirmAction }: { startAction: FormAction; confirmAction: FormAction }) {
  const [started, start, starting] = useActionState<FormState, FormData>(startAction, { values: {} });
  const [confirmed, confirm, confirming] = useActionState<FormState, FormData>(confirmAction, { values: {} });
  if (confirmed.done) {
    return (
      <>
        <FormAlert state={confirmed} />
        <p className="mt-3">
          <a href={adminPaths.home()} className="underline">
            Lanjut ke beranda admin
          </a>
        </p>
      </>
    );
  }
  const uri = confirmed.values.totpURI || started.values.totpURI || "";
  const backupCodes = confirmed.values.backupCodes || started.values.backupCodes || "";
  if (!uri) {
    return (
      <form action={start} className="max-w-sm" noValidate>
        <FormAlert state={started} />
        <TextField name="password" type="password" autoComplete="current-password" label="Kata sandi Anda" state={started} />
        <button type="submit" disabled={starting} className={submitClass}>
          {starting ? "Menyiapkan…" : "Siapkan"}
        </button>
      </form>
    );
  }
  return (
    <form action={confirm} className="max-w-xl" noValidate>
      <FormAlert state={started.done && !confirmed.errors ? started : confirmed} />
      <p className="mt-3">Kunci (ketik ke aplikasi autentikator, jenis “berbasis waktu”):</p>
      <p>
        <code data-totp-secret className="break-all rounded bg-slate-100 px-2 py-1 font-mono">
          {secretOf(uri)}
        </code>
      </p>
      <p className="mt-2 text-sm text-slate-600">
        Atau alamat untuk aplikasi:{" "}
        <code data-totp-uri className="break-all">
          {uri}
        </code>
      </p>
      <p className="mt-3 text-sm">
        Kode cadangan (simpan di tempat aman; masing-masing sekali pakai): <code className="break-all">{backupCodes}</code>
      </p>
      <input type="hidden" name="totpURI" value={uri} />
      <input type="hidden" name="backupCodes" value={backupCodes} />
      <CodeField state={confirmed} />
      <button type="submit" disabled={confirming} className={submitClass}>
        {confirming ? "Memeriksa…" : "Aktifkan"}
      </button>
    </form>
  );
}
