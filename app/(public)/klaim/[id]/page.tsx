import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { editionName } from "@/lib/awards/edition-names";
import { RANK_LABELS } from "@/lib/awards/labels";
import { getClaim, listClaimIds } from "@/lib/awards/queries";
import { paths } from "@/lib/paths";
import { CitationPanel } from "@/components/citation-panel";
import { StatusBadge } from "@/components/status-badge";

export async function generateStaticParams() {
  return (await listClaimIds()).map((id) => ({ id }));
}

function claimTitle(c: NonNullable<Awaited<ReturnType<typeof getClaim>>>) {
  return `${RANK_LABELS[c.rank]} ${c.category.nameId}: ${c.organization?.name ?? "tanpa nama di sumber"}`;
}

export async function generateMetadata({ params }: PageProps<"/klaim/[id]">): Promise<Metadata> {
  const claim = await getClaim((await params).id);
  if (!claim) return {};
  return { title: claimTitle(claim), description: `${claimTitle(claim)} — ${editionName(claim.edition)}. Dengan sumber dan kutipan.`, alternates: { canonical: paths.claim(claim.id) } };
}

export default async function ClaimPage({ params }: PageProps<"/klaim/[id]">) {
  const claim = await getClaim((await params).id);
  if (!claim) notFound();
  return (
    <article>
      <nav aria-label="Remah roti" className="text-sm text-slate-600">
        <Link href={paths.home()} className="underline underline-offset-2">Beranda</Link> /{" "}
        <Link href={paths.edition(claim.edition.id)} className="underline underline-offset-2">{editionName(claim.edition)}</Link>
      </nav>
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-brand-900">{claimTitle(claim)}</h1>
      <p className="mt-2"><StatusBadge status={claim.status} inferences={claim.inferences} /></p>
      {claim.organization ? (
        <p className="mt-3">Penerima: <Link href={paths.organization(claim.organization.id)} className="font-medium text-brand-800 underline">{claim.organization.name}</Link></p>
      ) : (
        <p className="mt-3 italic text-slate-700">Sumber menyebut peringkat ini tanpa nama penerima.</p>
      )}
      <CitationPanel citations={claim.citations} inferenceNote={claim.inferenceNote} />
    </article>
  );
}
