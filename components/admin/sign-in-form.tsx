"use client";

import type { FormAction, FormState } from "@/lib/admin/form-state";
import { useActionState } from "react";
import { Field, inputClass } from "./field";

export function SignInForm({ serverAction }: { serverAction: FormAction }) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, { values: {} });
  return (
    <form action={action} className="max-w-sm" noValidate>
      {state.message && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          {state.message}
        </p>
      )}
      <Field name="email" label="Email" errors={state.errors?.email}>
        {(describedBy, invalid) => (
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={state.values.email}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <Field name="password" label="Kata sandi" errors={state.errors?.password}>
        {(describedBy, invalid) => (
          // Paste and password managers work: nothing here blocks them (WCAG 3.3.8).
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="mt-6 rounded-md bg-brand-800 px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {pending ? "Memeriksa…" : "Masuk"}
      </button>
    </form>
  );
}
