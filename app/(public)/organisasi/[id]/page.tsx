import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { findDisagreements } from "@/lib/awards/disagreements";
import { editionName } from "@/lib/awards/edition-names";
import { ORGANIZATION_KIND_LABELS, RANK_LABELS } from "@/lib/awards/labels";
import { getOrganization, listOrganizationIds } from "@/lib/awards/queries";
import { paths } from "@/lib/paths";
import { CitationPanel } from "@/components/citation-panel";
import { SourceDate } from "@/components/source-date";
import { StatusBadge } from "@/components/status-badge";

export async function generateStaticParams() {
  return (await listOrganizationIds()).map((id) => ({ id }));
}

export async function generateMetadata({ params }: PageProps<"/organisasi/[id]">): Promise<Metadata> {
  const org = await getOrganization((await params).id);
  if (!org) return {};
  return { title: org.name, description: `Peringkat Paritrana Award yang diraih ${org.name}, dengan sumber dan semua ejaan namanya.`, alternates: { canonical: paths.organization(org.id) } };
}

export default async function OrganizationPage({ params }: PageProps<"/organisasi/[id]">) {
  const org = await getOrganization((await params).id);
  if (!org) notFound();
  const regionPath = [org.region?.name, org.region?.parent?.name, org.region?.parent?.parent?.name, org.region?.parent?.parent?.parent?.name].filter(Boolean);
  const disagreements = findDisagreements(org.claims.map((c) => ({ id: c.id, editionId: c.edition.id, categoryKey: c.category.key, rank: c.rank, organizationId: org.id })));
  return (
    <article>
      <nav aria-label="Remah roti" className="text-sm text-slate-600">
        <Link href={paths.home()} className="underline underline-offset-2">Beranda</Link> / Organisasi
      </nav>
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-brand-900">{org.name}</h1>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-500">Jenis</dt>
        <dd>{ORGANIZATION_KIND_LABELS[org.kind]}{org.kindNote && <span className="block text-slate-600">{org.kindNote}</span>}</dd>
        <dt className="text-slate-500">Wilayah</dt>
        <dd>
          {regionPath.length ? `${regionPath.join(", ")} (kode ${org.region?.code})` : "Tidak diketahui"}
          {org.regionNote && <span className="block text-slate-600">{org.regionNote}</span>}
        </dd>
        {org.note && (<><dt className="text-slate-500">Catatan</dt><dd>{org.note}</dd></>)}
      </dl>

      <section aria-labelledby="peringkat" className="mt-8">
        <h2 id="peringkat" className="text-xl font-semibold">Peringkat</h2>
        <ol className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200">
          {org.claims.map((c) => (
            <li key={c.id} className="p-3">
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <Link href={paths.claim(c.id)} className="font-medium text-brand-800 underline underline-offset-2">{RANK_LABELS[c.rank]} {c.category.nameId}</Link>
                <Link href={paths.edition(c.edition.id)} className="text-sm text-slate-700 underline underline-offset-2">{editionName(c.edition)}</Link>
                <StatusBadge status={c.status} inferences={c.inferences} />
                {disagreements.has(c.id) && <span className="rounded-full bg-red-50 px-2 py-0.5 text-xs font-medium text-red-800 ring-1 ring-red-200">Sumber berbeda</span>}
              </div>
              <CitationPanel citations={c.citations} inferenceNote={c.inferenceNote} />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="ejaan" className="mt-8">
        <h2 id="ejaan" className="text-xl font-semibold">Ejaan nama dalam sumber</h2>
        <table className="mt-3 w-full text-left text-sm">
          <thead className="border-b border-slate-300 text-slate-600">
            <tr><th scope="col" className="py-2 pr-3">Ejaan</th><th scope="col" className="py-2 pr-3">Sumber</th><th scope="col" className="py-2">Kecocokan</th></tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {org.aliases.map((a) => (
              <tr key={a.id}>
                <td className="py-2 pr-3 font-medium">“{a.spelling}”</td>
                <td className="py-2 pr-3">
                  <Link href={paths.source(a.source.id)} className="underline underline-offset-2">{a.source.publisher}</Link>
                  <span className="block text-slate-600"><SourceDate publishedAt={a.source.publishedAt} eventDate={a.source.eventDate} /></span>
                </td>
                <td className="py-2">{a.match === "certain" ? "Pasti" : "Kemungkinan"}{a.note && <span className="block text-slate-600">{a.note}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}
