import type { CitationView } from "@/lib/awards/selects";
import { paths } from "@/lib/paths";
import { QuoteText } from "./quote-text";
import { SourceDate } from "./source-date";

/**
 * The evidence for one claim or fact: every citing source with its exact quote. A <details> element, so it
 * opens with the keyboard and without JavaScript; the summary names the sources for screen readers too.
 */
export function CitationPanel({ citations, inferenceNote, label }: { citations: readonly CitationView[]; inferenceNote?: string | null; label?: string }) {
  const publishers = [...new Set(citations.map((c) => c.source.publisher))];
  return (
    <details className="group mt-2 rounded-md border border-slate-200 bg-slate-50 text-sm open:bg-white">
      <summary className="px-3 py-2 text-slate-700 marker:text-slate-400">
        <span className="font-medium">{label ?? "Sumber"} ({citations.length})</span>: {publishers.join(", ")}
      </summary>
      <div className="space-y-4 border-t border-slate-200 px-3 py-3">
        {inferenceNote && (
          <p className="rounded bg-amber-50 p-2 text-amber-950">
            <span className="font-semibold">Disimpulkan:</span> {inferenceNote}
          </p>
        )}
        <ol className="space-y-4">
          {citations.map((c) => (
            <li key={c.id}>
              <p className="text-slate-600">
                <span className="font-semibold text-slate-900">{c.source.publisher}</span>
                {" · "}
                <SourceDate publishedAt={c.source.publishedAt} eventDate={c.source.eventDate} />
                {" · "}
                {c.source.title ? <cite className="not-italic">{c.source.title}</cite> : <span>tanpa judul dalam teks</span>}
              </p>
              <blockquote className="mt-1 border-l-4 border-brand-700 bg-white py-1 pl-3 text-slate-900" cite={c.source.url ?? undefined}>
                “<QuoteText quote={c.quote} mark={c.recipientName} />”
              </blockquote>
              {c.note && <p className="mt-1 text-slate-600">Catatan: {c.note}</p>}
              <a className="mt-1 inline-block text-brand-700 underline underline-offset-2" href={paths.sourceQuote(c.source.id, c.id)}>
                Lihat dalam artikel
              </a>
            </li>
          ))}
        </ol>
      </div>
    </details>
  );
}
