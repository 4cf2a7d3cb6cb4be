"use client";

import type { FormState } from "@/lib/admin/form-state";
import { useEffect, useState } from "react";
import { NEW_ORGANIZATION } from "@/lib/admin/schema";
import { inputClass, SelectField, TextField } from "./field";

type Hit = { id: string; name: string; matched: string };

type Props = {
  state: FormState;
  name: string;
  legend: string;
  /** the organisation stored now, offered first */
  current: { id: string; name: string } | null;
  allowNone?: boolean;
  /** kinds for a new organisation; without them no new one can be made here */
  kinds?: readonly { value: string; label: string }[];
  exclude?: string;
  /** keeps element ids unique when a page has two pickers */
  idPrefix?: string;
};

/**
 * Finds an organisation by any spelling the sources use, typos included (the public search API's trigram
 * match), and offers the hits as radio buttons; or records that the source names nobody; or starts a new one.
 */
export function OrganizationPicker({ state, name, legend, current, allowNone, kinds, exclude, idPrefix = name }: Props) {
  const id = (suffix: string) => `${idPrefix}-${suffix}`;
  const labelField = `${name}Label`;
  // Nothing is pre-selected for a new placing: the editor chooses a recipient, "no name" or a new one.
  const initial = state.values[name] ?? current?.id ?? null;
  const [selected, setSelected] = useState<string | null>(initial);
  const [selectedName, setSelectedName] = useState(state.values[labelField] ?? (initial === current?.id ? (current?.name ?? "") : ""));
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<Hit[] | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return setHits(null);
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/v1/search?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : null))
        .then((body: { data?: { organizations?: Hit[] } } | null) =>
          setHits((body?.data?.organizations ?? []).filter((h) => h.id !== exclude).slice(0, 8)),
        )
        .catch(() => {});
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, exclude]);

  const options: Hit[] = [];
  const add = (h: Hit) => options.some((o) => o.id === h.id) || options.push(h);
  if (selected && selected !== NEW_ORGANIZATION && selectedName) add({ id: selected, name: selectedName, matched: selectedName });
  if (current && current.id !== exclude) add({ id: current.id, name: current.name, matched: current.name });
  for (const h of hits ?? []) add(h);
  const errors = state.errors?.[name];
  const radio = (value: string, label: React.ReactNode, display: string) => (
    <label key={value} className="flex items-start gap-2 py-0.5">
      <input
        type="radio"
        name={name}
        value={value}
        checked={selected === value}
        onChange={() => {
          setSelected(value);
          setSelectedName(display);
        }}
        className="mt-1"
      />
      <span>{label}</span>
    </label>
  );

  return (
    <fieldset className="mt-4" aria-describedby={errors?.length ? id("error") : undefined}>
      <legend className="font-medium">{legend}</legend>
      <input type="hidden" name={labelField} value={selected === NEW_ORGANIZATION ? "" : selectedName} />
      <label htmlFor={id("search")} className="mt-1 block text-sm text-slate-700">
        Cari dengan ejaan apa pun (salah ketik boleh)
      </label>
      <input
        id={id("search")}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        className={inputClass}
        autoComplete="off"
      />
      <p aria-live="polite" className="mt-1 text-sm text-slate-600">
        {hits === null ? "" : hits.length ? `${hits.length} organisasi ditemukan.` : "Tidak ada yang cocok."}
      </p>
      <div className="mt-1">
        {options.map((o) =>
          radio(
            o.id,
            <>
              {o.name}
              {o.matched !== o.name && <span className="text-sm text-slate-600"> (ejaan “{o.matched}”)</span>}
            </>,
            o.name,
          ),
        )}
        {allowNone && radio("", "(sumber menyebut peringkat tanpa nama)", "")}
        {kinds && radio(NEW_ORGANIZATION, "Organisasi baru…", "")}
      </div>
      {kinds && selected === NEW_ORGANIZATION && (
        <div className="mt-2 rounded-md border border-slate-300 p-3">
          <TextField name="newOrganizationName" id={id("newOrganizationName")} label="Nama organisasi baru" state={state} />
          <SelectField
            name="newOrganizationKind"
            id={id("newOrganizationKind")}
            label="Jenis"
            state={state}
            options={kinds}
            empty="(pilih)"
          />
          <p className="mt-2 text-sm text-slate-600">Ejaan pertamanya diambil dari “Nama penerima seperti tertulis di kutipan” di bawah.</p>
        </div>
      )}
      {errors?.length ? (
        <p id={id("error")} className="mt-1 text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
