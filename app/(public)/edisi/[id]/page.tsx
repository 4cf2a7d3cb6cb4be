import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { CATEGORIES } from "@/lib/awards/categories";
import { findDisagreements } from "@/lib/awards/disagreements";
import { editionLevelName, editionName, editionsSharingALabel } from "@/lib/awards/edition-names";
import { EDITION_FACT_LABELS } from "@/lib/awards/labels";
import { getEdition, listEditionIds, listEditions } from "@/lib/awards/queries";
import { formatDay } from "@/lib/dates";
import { paths } from "@/lib/paths";
import { CitationPanel } from "@/components/citation-panel";
import { PlacingList } from "@/components/placing-list";

export async function generateStaticParams() {
  return (await listEditionIds()).map((id) => ({ id }));
}

export async function generateMetadata({ params }: PageProps<"/edisi/[id]">): Promise<Metadata> {
  const edition = await getEdition((await params).id);
  if (!edition) return {};
  return {
    title: editionName(edition),
    description: `Peringkat Paritrana Award ${editionLevelName(edition)} pada upacara ${formatDay(edition.ceremonyDate)}, setiap peringkat dengan sumber dan kutipannya.`,
    alternates: { canonical: paths.edition(edition.id) },
  };
}

export default async function EditionPage({ params }: PageProps<"/edisi/[id]">) {
  const { id } = await params;
  const [edition, editions] = await Promise.all([getEdition(id), listEditions()]);
  if (!edition) notFound();

  const summary = editions.find((e) => e.id === edition.id);
  const shared = summary ? editionsSharingALabel(summary, editions) : [];
  const disagreements = findDisagreements(
    edition.claims.map((c) => ({ id: c.id, editionId: edition.id, categoryKey: c.category.key, rank: c.rank, organizationId: c.organization?.id ?? null })),
  );
  const categories = CATEGORIES.map((cat) => ({ ...cat, claims: edition.claims.filter((c) => c.category.key === cat.key) }));
  const withData = categories.filter((c) => c.claims.length > 0);
  const withoutData = categories.filter((c) => c.claims.length === 0);

  return (
    <article>
      <nav aria-label="Remah roti" className="text-sm text-slate-600">
        <Link href={paths.home()} className="underline underline-offset-2">Beranda</Link> / Edisi
      </nav>
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-brand-900 sm:text-3xl">
        {edition.program.name} {editionLevelName(edition)}
      </h1>
      <p className="mt-1 text-lg text-slate-700">
        Upacara <time dateTime={edition.ceremonyDate}>{formatDay(edition.ceremonyDate, "id", true)}</time>
      </p>

      {shared.map((s) => (
        <p key={s.edition.id} role="note" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">
          Perhatian: sumber juga menyebut upacara lain, pada{" "}
          <Link href={paths.edition(s.edition.id)} className="font-medium underline underline-offset-2">
            {formatDay(s.edition.ceremonyDate)}
          </Link>
          , dengan label “{s.labels.join("”, “")}”. Keduanya upacara berbeda dengan pemenang berbeda; jangan dicampur.
        </p>
      ))}

      <section aria-labelledby="peringkat" className="mt-10">
        <h2 id="peringkat" className="text-xl font-semibold">Peringkat per kategori</h2>
        {withData.map((cat) => (
          <section key={cat.key} aria-labelledby={`kategori-${cat.key}`} className="mt-6">
            <h3 id={`kategori-${cat.key}`} className="text-lg font-semibold text-brand-800">{cat.nameId}</h3>
            <PlacingList claims={cat.claims} disagreements={disagreements} />
          </section>
        ))}
        {withoutData.length > 0 && (
          <p className="mt-6 text-sm text-slate-600">
            Tidak ada sumber tersimpan yang menyebut peringkat untuk kategori: {withoutData.map((c) => c.nameId).join(", ")}.
          </p>
        )}
      </section>
      <section aria-labelledby="fakta" className="mt-10">
        <h2 id="fakta" className="text-xl font-semibold">Tentang upacara ini</h2>
        <dl className="mt-3 divide-y divide-slate-200 border-y border-slate-200">
          {edition.facts.map((f) => (
            <div key={f.id} className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr]">
              <dt className="font-medium text-slate-600">{EDITION_FACT_LABELS[f.kind] ?? f.kind}</dt>
              <dd>
                {f.kind === "ceremony_date" ? <time dateTime={f.value}>{formatDay(f.value, "id", true)}</time> : f.kind === "year_label" ? `“Paritrana Award ${f.value}”` : f.value}
                <CitationPanel citations={f.citations} inferenceNote={f.inferenceNote} />
              </dd>
            </div>
          ))}
        </dl>
      </section>

    </article>
  );
}
