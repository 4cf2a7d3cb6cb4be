import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { EDITION_FACT_LABELS, RANK_LABELS } from "@/lib/awards/labels";
import { getSource, listSourceIds } from "@/lib/awards/queries";
import { segmentText } from "@/lib/awards/quote";
import { formatDay } from "@/lib/dates";
import { paths } from "@/lib/paths";
import { SourceDate } from "@/components/source-date";

export async function generateStaticParams() {
  return (await listSourceIds()).map((id) => ({ id }));
}

export async function generateMetadata({ params }: PageProps<"/sumber/[id]">): Promise<Metadata> {
  const source = await getSource((await params).id);
  if (!source) return {};
  return {
    title: `${source.publisher}: ${source.title ?? "artikel"}`,
    description: `Teks lengkap artikel ${source.publisher} yang dikutip, dengan setiap kutipan ditandai.`,
    alternates: { canonical: paths.source(source.id) },
  };
}

export default async function SourcePage({ params }: PageProps<"/sumber/[id]">) {
  const source = await getSource((await params).id);
  if (!source) notFound();

  const segments = segmentText(source.text, source.citations);
  return (
    <article>
      <nav aria-label="Remah roti" className="text-sm text-slate-600">
        <Link href={paths.home()} className="underline underline-offset-2">Beranda</Link> / Sumber
      </nav>
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-brand-900">{source.title ?? `Artikel ${source.publisher}`}</h1>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-500">Media</dt>
        <dd>{source.publisher}</dd>
        {source.author && (<><dt className="text-slate-500">Penulis</dt><dd>{source.author}</dd></>)}
        <dt className="text-slate-500">Tanggal</dt>
        <dd><SourceDate publishedAt={source.publishedAt} eventDate={source.eventDate} />{source.dateNote && <span className="block text-slate-600">{source.dateNote}</span>}</dd>
        <dt className="text-slate-500">Alamat web</dt>
        <dd>{source.url ? <a href={source.url} rel="noopener noreferrer" className="underline">{source.url}</a> : "Tidak tercantum dalam teks yang tersimpan"}</dd>
      </dl>

      <section aria-labelledby="teks" className="mt-8">
        <h2 id="teks" className="text-xl font-semibold">Teks artikel (tersimpan utuh)</h2>
        <p className="mt-1 text-sm text-slate-600">Bagian yang ditandai dikutip sebagai bukti di situs ini.</p>
        <div className="mt-3 whitespace-pre-wrap rounded-lg border border-slate-200 bg-slate-50 p-4 leading-relaxed">
          {segments.map((s) => (
            <span key={s.start}>
              {source.citations.filter((c) => c.start === s.start).map((c) => (
                <span key={c.id} id={paths.quoteAnchor(c.id)} className="scroll-mt-24" />
              ))}
              {s.spans.length ? <mark className="bg-amber-100">{s.text}</mark> : s.text}
            </span>
          ))}
        </div>
      </section>

      <section aria-labelledby="kutipan" className="mt-8">
        <h2 id="kutipan" className="text-xl font-semibold">Yang didukung artikel ini</h2>
        <ol className="mt-3 space-y-3">
          {source.citations.map((c) => (
            <li key={c.id} className="rounded-md border border-slate-200 p-3 text-sm">
              <a href={`#${paths.quoteAnchor(c.id)}`} className="text-brand-700 underline underline-offset-2">Kutipan #{c.id}</a>{" "}
              {c.claim ? (
                <Link href={paths.claim(c.claim.id)} className="underline underline-offset-2">
                  {RANK_LABELS[c.claim.rank]} {c.claim.category.nameId}: {c.claim.organization?.name ?? "tanpa nama"}
                </Link>
              ) : c.editionFact ? (
                <Link href={paths.edition(c.editionFact.edition.id)} className="underline underline-offset-2">
                  {EDITION_FACT_LABELS[c.editionFact.kind]}: {c.editionFact.value}
                </Link>
              ) : null}
              <span className="text-slate-600"> · upacara {formatDay((c.claim ?? c.editionFact)!.edition.ceremonyDate)}</span>
              <blockquote className="mt-1 border-l-4 border-slate-300 pl-3">“{c.quote}”</blockquote>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
