import type { FormState } from "@/lib/admin/form-state";
import type { ReactNode } from "react";

/** A labelled field with its errors beside it (aria-describedby), for the admin forms. */
export function Field({
  name,
  label,
  errors,
  hint,
  children,
}: {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const ids = [hint ? `${name}-hint` : null, errors?.length ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mt-4">
      <label htmlFor={name} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${name}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children(ids, Boolean(errors?.length))}
      {errors?.length ? (
        <p id={`${name}-error`} className="mt-1 text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export const inputClass = "mt-1 w-full rounded-md border border-slate-400 px-3 py-2 aria-[invalid=true]:border-red-700";
export const submitClass = "mt-6 rounded-md bg-brand-800 px-4 py-2 font-medium text-white disabled:opacity-60";

type Common = { name: string; label: string; hint?: string; state: FormState; id?: string };

/** A text input bound to a form's state: its kept value and its errors. */
export function TextField({
  name,
  label,
  hint,
  state,
  id = name,
  type = "text",
  autoComplete,
}: Common & { type?: string; autoComplete?: string }) {
  return (
    <Field name={id} label={label} hint={hint} errors={state.errors?.[name]}>
      {(d, i) => (
        <input
          id={id}
          name={name}
          type={type}
          autoComplete={autoComplete}
          defaultValue={state.values[name]}
          aria-describedby={d}
          aria-invalid={i}
          className={inputClass}
        />
      )}
    </Field>
  );
}

export function TextArea({ name, label, hint, state, id = name, rows = 2 }: Common & { rows?: number }) {
  return (
    <Field name={id} label={label} hint={hint} errors={state.errors?.[name]}>
      {(d, i) => (
        <textarea
          id={id}
          name={name}
          rows={rows}
          defaultValue={state.values[name]}
          aria-describedby={d}
          aria-invalid={i}
          className={inputClass}
        />
      )}
    </Field>
  );
}

export function SelectField({
  name,
  label,
  hint,
  state,
  id = name,
  options,
  empty,
}: Common & { options: readonly { value: string; label: string }[]; empty?: string }) {
  return (
    <Field name={id} label={label} hint={hint} errors={state.errors?.[name]}>
      {(d, i) => (
        <select id={id} name={name} defaultValue={state.values[name] ?? ""} aria-describedby={d} aria-invalid={i} className={inputClass}>
          {empty !== undefined && <option value="">{empty}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The version a save is based on: the record's, or, after a conflict, the current one the form was shown. */
export function VersionField({ state, version }: { state: FormState; version: number }) {
  return <input type="hidden" name="version" value={state.values.version ?? String(version)} />;
}

/** The reason every edit carries; it is shown in the public history. */
export function ReasonField({ state, id = "reason" }: { state: FormState; id?: string }) {
  return <TextArea name="reason" id={id} label="Alasan perubahan (tampil di riwayat publik)" state={state} />;
}

/**
 * What came back from the server: a success note, or a refusal with what is stored now (a conflict) or a link
 * to the record that already exists (a duplicate). Editors' text is rendered as text.
 */
export function FormAlert({ state, duplicateHref }: { state: FormState; duplicateHref?: (id: string) => string }) {
  if (state.done)
    return (
      <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
        {state.done}
      </p>
    );
  if (!state.message) return null;
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
      <p className="font-medium">{state.message}</p>
      {state.conflict && (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
          <dt>Sekarang (versi {state.conflict.current.version})</dt>
          <dd>
            <ul>
              {state.conflict.current.lines.map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
          </dd>
          {state.conflict.lastChange && (
            <>
              <dt>Diubah</dt>
              <dd>
                oleh {state.conflict.lastChange.by}, {new Date(state.conflict.lastChange.at).toLocaleString("id-ID")}: “
                {state.conflict.lastChange.reason}”
              </dd>
            </>
          )}
        </dl>
      )}
      {state.duplicateOf && duplicateHref && (
        <a href={duplicateHref(state.duplicateOf)} className="mt-1 inline-block font-medium underline">
          Lihat yang sudah ada
        </a>
      )}
    </div>
  );
}
