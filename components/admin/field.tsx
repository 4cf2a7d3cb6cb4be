import type { ReactNode } from "react";

/** A labelled field with its errors beside it (aria-describedby), for the admin forms. */
export function Field({ name, label, errors, hint, children }: { name: string; label: string; errors?: string[]; hint?: string; children: (describedBy: string | undefined, invalid: boolean) => ReactNode }) {
  const ids = [hint ? `${name}-hint` : null, errors?.length ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mt-4">
      <label htmlFor={name} className="block font-medium">{label}</label>
      {hint && <p id={`${name}-hint`} className="text-sm text-slate-600">{hint}</p>}
      {children(ids, Boolean(errors?.length))}
      {errors?.length ? <p id={`${name}-error`} className="mt-1 text-sm font-medium text-red-800">{errors.join(" ")}</p> : null}
    </div>
  );
}

export const inputClass = "mt-1 w-full rounded-md border border-slate-400 px-3 py-2 aria-[invalid=true]:border-red-700";
