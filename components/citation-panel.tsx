import { useTranslations } from "next-intl";
import { Link } from "@/components/page-link";
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
    <details className="cite">
      <summary>
        <b className="font-medium">{t("sources", { count: citations.length })}</b>: {publishers.join(", ")}
        <span className="sr-only"> — {t("panelLabel", { subject })}</span>
      </summary>
      <div className="cite-body">
        {disagreements.length > 0 && (
          <div className="cite-disagree">
            <b>{t("disagreeTitle")}</b> {disagreements.join("; ")}.
          </div>
        )}
        {inferenceNote && (
          <p className="cite-inferred">
            <b>{t("inferredNote")}</b> <span lang="id">{inferenceNote}</span>
          </p>
        )}
        <ol className="cite-list">
          {citations.map((c) => (
            <li key={c.id}>
              <p className="cite-meta">
                <b>{c.source.publisher}</b>
                {" · "}
                <SourceDate publishedAt={c.source.publishedAt} eventDate={c.source.eventDate} />
                {" · "}
                {c.source.title ? (
                  <cite lang="id" className="not-italic">
                    {c.source.title}
                  </cite>
                ) : (
                  <span>{t("untitled")}</span>
                )}
              </p>
              <blockquote lang="id" className="cite-quote" cite={c.source.url ?? undefined}>
                “<QuoteText quote={c.quote} mark={c.recipientName} />”
              </blockquote>
              {c.note && (
                <p className="cite-note">
                  {t("note")} <span lang="id">{c.note}</span>
                </p>
              )}
              <Link className="cite-link" href={paths.sourceQuote(c.source.id, c.id)}>
                {t("inArticle")}
              </Link>
            </li>
          ))}
        </ol>
      </div>
    </details>
  );
}
