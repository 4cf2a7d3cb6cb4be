"use client";

import type { FormState } from "@/lib/admin/form-state";
import { useEffect, useRef, useState } from "react";
import { checkQuote, type QuoteCheck } from "@/lib/awards/quote";
import { Field, inputClass } from "./field";

export type SourceOption = { id: string; publisher: string; title: string | null };

type Props = {
  state: FormState;
  sources: readonly SourceOption[];
  /** the form's field names: a source, the passage from it, and optionally a part of that passage (a name) */
  names: { source: string; quote: string; part?: string };
  labels: { quote: string; part?: string };
  optional?: boolean;
  /** prefixes the fields' ids where two citation forms share a page */
  idPrefix?: string;
};

/**
 * Pick a stored source and paste a passage; as you type, the passage is looked up in the source's stored text
 * and shown highlighted in its context, or the form says exactly where it stops matching. The server checks
 * the same on save.
 */
export function CitationFields({ state, sources, names, labels, optional, idPrefix = "" }: Props) {
  const [sourceId, setSourceId] = useState(state.values[names.source] ?? "");
  const [quote, setQuote] = useState(state.values[names.quote] ?? "");
  const [part, setPart] = useState(names.part ? (state.values[names.part] ?? "") : "");
  const [text, setText] = useState<string | null>(null);
  const texts = useRef(new Map<string, string>());

  useEffect(() => {
    if (!sourceId) return setText(null);
    const known = texts.current.get(sourceId);
    if (known !== undefined) return setText(known);
    const controller = new AbortController();
    setText(null);
    fetch(`/api/v1/sources/${encodeURIComponent(sourceId)}`, { signal: controller.signal })
      .then((r) => (r.ok ? r.json() : null))
      .then((body: { data?: { text?: string } } | null) => {
        const t = body?.data?.text;
        if (typeof t === "string") {
          texts.current.set(sourceId, t);
          setText(t);
        }
      })
      .catch(() => {});
    return () => controller.abort();
  }, [sourceId]);

  const check: QuoteCheck | null = text !== null && quote.trim() ? checkQuote(text, quote) : null;
  const e = state.errors ?? {};
  return (
    <>
      <Field name={idPrefix + names.source} label="Sumber" errors={e[names.source]}>
        {(d, i) => (
          <select
            id={idPrefix + names.source}
            name={names.source}
            value={sourceId}
            onChange={(ev) => setSourceId(ev.target.value)}
            aria-describedby={d}
            aria-invalid={i}
            className={inputClass}
          >
            <option value="">{optional ? "(tanpa kutipan baru)" : "(pilih sumber)"}</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.publisher}
                {s.title ? ` — ${s.title.slice(0, 60)}` : ""} ({s.id})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name={idPrefix + names.quote}
        label={labels.quote}
        errors={e[names.quote]}
        hint="Tempel persis dari teks sumber; diperiksa huruf demi huruf."
      >
        {(d, i) => (
          <textarea
            id={idPrefix + names.quote}
            name={names.quote}
            rows={3}
            value={quote}
            onChange={(ev) => setQuote(ev.target.value)}
            aria-describedby={d}
            aria-invalid={i}
            className={inputClass}
          />
        )}
      </Field>
      <div aria-live="polite" className="mt-2 text-sm" data-quote-check={check ? (check.found ? "found" : "missing") : "none"}>
        {check?.found && (
          <p className="rounded-md border border-green-300 bg-green-50 p-2 text-green-950">
            <span className="font-medium">Ditemukan persis di sumber: </span>…{check.before}
            <mark className="bg-yellow-200">{check.quote}</mark>
            {check.after}…
          </p>
        )}
        {check && !check.found && (
          <p className="rounded-md border border-amber-400 bg-amber-50 p-2 text-amber-950">
            <span className="font-medium">Tidak ditemukan persis di sumber ini. </span>
            {check.matched ? (
              <>
                Cocok sampai “{check.matched.slice(-40)}”; sesudahnya sumber menulis “{check.sourceContinues}”, kutipan Anda “
                {check.quoteContinues}”.
              </>
            ) : (
              <>Awal kutipan pun tidak ada dalam teks sumber.</>
            )}
          </p>
        )}
      </div>
      {names.part && labels.part && (
        <Field name={names.part} label={labels.part} errors={e[names.part]} hint="Bagian dari kutipan di atas, huruf demi huruf.">
          {(d, i) => (
            <input
              id={names.part}
              name={names.part}
              value={part}
              onChange={(ev) => setPart(ev.target.value)}
              aria-describedby={d}
              aria-invalid={i}
              className={inputClass}
            />
          )}
        </Field>
      )}
      {names.part && part && quote && !quote.includes(part) && (
        <p className="mt-1 text-sm text-amber-900">Nama ini tidak ada persis di dalam kutipan.</p>
      )}
    </>
  );
}
