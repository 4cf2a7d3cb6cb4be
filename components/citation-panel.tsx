import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { CitationView } from "@/lib/awards/selects";
import { paths } from "@/lib/paths";
import { QuoteText } from "./quote-text";
import { SourceDate } from "./source-date";

/**
 * The evidence for one claim or fact: every citing source with its exact quote. A <details> element, so it
 * opens with the keyboard and without JavaScript; its summary names the sources. Quotes and notes are
 * Indonesian whatever the interface language, and marked so (lang="id").
 */
export function CitationPanel({
  citations,
  inferenceNote,
  disagreements = [],
  subject,
}: {
  citations: readonly CitationView[];
  inferenceNote?: string | null;
  /** sentences saying what other sources claim instead, already written in the interface language */
  disagreements?: readonly string[];
  /** what the evidence is for, for screen readers: "Terbaik 1 Kabupaten Nagekeo" */
  subject: string;
}) {
  const t = useTranslations("citation");
  const publishers = [...new Set(citations.map((c) => c.source.publisher))];
  return (
    <details className="mt-2 rounded-md border border-slate-200 bg-slate-50 text-sm open:bg-white">
      <summary className="px-3 py-2 text-slate-700 marker:text-slate-500">
        <span className="font-medium">{t("sources", { count: citations.length })}</span>: {publishers.join(", ")}
        <span className="sr-only"> — {t("panelLabel", { subject })}</span>
      </summary>
      <div className="space-y-4 border-t border-slate-200 px-3 py-3">
        {disagreements.length > 0 && (
          <div className="rounded bg-red-50 p-2 text-red-900">
            <span className="font-semibold">{t("disagreeTitle")}</span> {disagreements.join("; ")}.
          </div>
        )}
        {inferenceNote && (
          <p className="rounded bg-amber-50 p-2 text-amber-950">
            <span className="font-semibold">{t("inferredNote")}</span> <span lang="id">{inferenceNote}</span>
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
                {c.source.title ? <cite lang="id" className="not-italic">{c.source.title}</cite> : <span>{t("untitled")}</span>}
              </p>
              <blockquote lang="id" className="mt-1 border-l-4 border-brand-700 bg-white py-1 pl-3 text-slate-900" cite={c.source.url ?? undefined}>
                “<QuoteText quote={c.quote} mark={c.recipientName} />”
              </blockquote>
              {c.note && <p className="mt-1 text-slate-600">{t("note")} <span lang="id">{c.note}</span></p>}
              <Link className="mt-1 inline-block text-brand-700 underline underline-offset-2" href={paths.sourceQuote(c.source.id, c.id)}>
                {t("inArticle")}
              </Link>
            </li>
          ))}
        </ol>
      </div>
    </details>
  );
}
