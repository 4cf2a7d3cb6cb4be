import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/page-link";
import { categoryLabel, ceremonyDay, rankName } from "@/i18n/format";
import { paramsForLocales } from "@/i18n/routing";
import { pageLocale, pageMetadata } from "@/i18n/server";
import { getSource, listSourceIds, PRERENDER_LIMIT } from "@/lib/awards/queries";
import { segmentText } from "@/lib/awards/quote";
import { paths } from "@/lib/paths";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { SourceDate } from "@/components/source-date";

export async function generateStaticParams() {
  return paramsForLocales(
    (await listSourceIds(PRERENDER_LIMIT)).map((id) => ({ id })),
    { id: "-" },
  );
}

export async function generateMetadata({ params }: PageProps<"/[locale]/sumber/[id]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const source = await getSource((await params).id);
  if (!source) return {};
  const t = await getTranslations({ locale, namespace: "source" });
  return pageMetadata(locale, paths.source(source.id), {
    title: `${source.publisher}: ${source.title ?? t("articleBy", { publisher: source.publisher })}`,
    description: t("description", { publisher: source.publisher }),
    ogType: "article",
  });
}

export default async function SourcePage({ params }: PageProps<"/[locale]/sumber/[id]">) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const [source, t] = await Promise.all([getSource(id), getTranslations({ locale })]);
  if (!source) notFound();

  const segments = segmentText(source.text, source.citations);
  const heading = source.title ?? t("source.articleBy", { publisher: source.publisher });
  return (
    <article>
      <Breadcrumbs
        items={[
          { name: t("site.nav.home"), path: paths.home() },
          { name: source.publisher, path: paths.source(source.id) },
        ]}
      />
      <h1 lang={source.title ? "id" : undefined} className="mt-2 text-2xl font-bold tracking-tight text-brand-900">
        {heading}
      </h1>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">{t("source.publisher")}</dt>
        <dd>{source.publisher}</dd>
        {source.author && (
          <>
            <dt className="text-slate-600">{t("source.author")}</dt>
            <dd>{source.author}</dd>
          </>
        )}
        <dt className="text-slate-600">{t("source.date")}</dt>
        <dd>
          <SourceDate publishedAt={source.publishedAt} eventDate={source.eventDate} />
          {source.dateNote && (
            <span lang="id" className="block text-slate-600">
              {source.dateNote}
            </span>
          )}
        </dd>
        <dt className="text-slate-600">{t("source.url")}</dt>
        <dd>
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer" className="underline">
              {source.url}
            </a>
          ) : (
            t("source.noUrl")
          )}
        </dd>
      </dl>

      <section aria-labelledby="teks" className="mt-8">
        <h2 id="teks" className="text-xl font-semibold">
          {t("source.text")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("source.textHelp")}</p>
        <div lang={source.language} className="mt-3 whitespace-pre-wrap rounded-lg border border-slate-200 bg-slate-50 p-4 leading-relaxed">
          {segments.map((s) => (
            <span key={s.start}>
              {source.citations
                .filter((c) => c.start === s.start)
                .map((c) => (
                  <span key={c.id} id={paths.quoteAnchor(c.id)} className="quote-anchor" />
                ))}
              {s.spans.length ? <mark className="bg-amber-100 text-slate-900">{s.text}</mark> : s.text}
            </span>
          ))}
        </div>
      </section>

      <section aria-labelledby="kutipan" className="mt-8">
        <h2 id="kutipan" className="text-xl font-semibold">
          {t("source.supports")}
        </h2>
        <ol className="mt-3 space-y-3">
          {source.citations.map((c) => {
            const edition = (c.claim ?? c.editionFact ?? c.editionCategory)!.edition;
            return (
              <li key={c.id} className="rounded-md border border-slate-200 p-3 text-sm">
                <a href={`#${paths.quoteAnchor(c.id)}`} className="text-brand-700 underline underline-offset-2">
                  {t("source.quote", { n: c.id })}
                </a>{" "}
                {c.claim ? (
                  <Link href={paths.claim(c.claim.id)} className="underline underline-offset-2">
                    {rankName(t, c.claim.rank)} <span lang="id">{categoryLabel(c.claim.category)}</span>:{" "}
                    {c.claim.organization?.name ?? t("claim.noName")}
                  </Link>
                ) : c.editionCategory ? (
                  <Link href={paths.edition(c.editionCategory.edition.id)} className="underline underline-offset-2">
                    <span lang="id">{categoryLabel(c.editionCategory)}</span>
                  </Link>
                ) : c.editionFact ? (
                  <Link href={paths.edition(c.editionFact.edition.id)} className="underline underline-offset-2">
                    {t(`facts.${c.editionFact.kind}`)}: <span lang="id">{c.editionFact.value}</span>
                  </Link>
                ) : null}
                <span className="text-slate-600"> · {t("source.ceremony", { date: ceremonyDay(t, edition, locale) })}</span>
                <blockquote lang="id" className="mt-1 border-l-4 border-slate-300 pl-3">
                  “{c.quote}”
                </blockquote>
              </li>
            );
          })}
        </ol>
      </section>
    </article>
  );
}
