import { adminPaths } from "@/lib/paths";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireEditor } from "@/lib/auth/session";
import { factKindOptions, getEditionForEdit } from "@/lib/admin/queries";
import { CategoryCreateForm, CategoryEditForm, EditionEditForm, FactForm } from "@/components/admin/edition-forms";
import { WithdrawForm } from "@/components/admin/withdraw-form";
import {
  addEditionFactAction,
  createCategoryAction,
  retractEditionFactAction,
  updateCategoryAction,
  updateEditionAction,
} from "@/app/(admin)/admin/edisi/actions";
import messages from "@/messages/id.json";

export const instant = false;
export const metadata = { title: "Sunting edisi" };

export default async function EditEditionPage({ params }: { params: Promise<{ id: string }> }) {
  await requireEditor();
  const data = await getEditionForEdit((await params).id);
  if (!data) notFound();
  const { edition: row, sources, provinces, groups } = data;
  const edition = { ...row, ceremonyDate: row.ceremonyDate ? row.ceremonyDate.toISOString().slice(0, 10) : null };
  return (
    <>
      <p className="text-sm">
        <a href={`/edisi/${encodeURIComponent(edition.id)}`} className="underline">
          Lihat di situs publik
        </a>{" "}
        ·{" "}
        <Link href={adminPaths.newClaim(edition.id)} className="underline">
          Tambah klaim untuk edisi ini
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-bold">Edisi {edition.id}</h1>
      <p className="text-slate-700">versi {edition.version}</p>
      <section aria-labelledby="fakta" className="mt-4 text-sm">
        <h2 id="fakta" className="font-semibold">
          Fakta bersumber
        </h2>
        <ul className="mt-1 list-disc space-y-2 pl-5">
          {edition.facts.map((f) => (
            <li key={f.id}>
              <span className={f.retractedAt ? "line-through" : undefined}>
                {messages.facts[f.kind]}: {f.value}
              </span>
              {f.citations.map((c) => (
                <span key={c.id} className="text-slate-600">
                  {" "}
                  — {c.source.publisher}: “{c.quote}”
                </span>
              ))}
              {f.retractedAt ? (
                <span className="text-red-800"> (ditarik: {f.retractReason})</span>
              ) : (
                <WithdrawForm
                  action={retractEditionFactAction}
                  fields={{ editionId: edition.id, version: edition.version, factId: f.id }}
                  id={`retract-${f.id}`}
                  summary="Tarik fakta ini"
                  label={`${messages.facts[f.kind]}: ${f.value}`}
                />
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="kategori" className="mt-6 text-sm">
        <h2 id="kategori" className="font-semibold">
          Kategori edisi ini
        </h2>
        {edition.categories.length === 0 && (
          <p className="text-slate-600">Belum ada kategori. Tambahkan di bawah, dengan kutipan yang menyebutnya.</p>
        )}
        <ul className="mt-1 space-y-2">
          {edition.categories.map((c) => (
            <li key={c.id} className="rounded border border-slate-200 bg-white p-2">
              <b>“{c.label}”</b>
              {c.qualifier && ` (${c.qualifier})`} — kelompok {c.group.nameId} · {c._count.claims} klaim · versi {c.version}
              {c.citations.map((x) => (
                <span key={x.id} className="block text-slate-600">
                  {x.source.publisher}: “{x.quote}”
                </span>
              ))}{" "}
              <Link href={adminPaths.newClaim(edition.id, c.id)} className="underline">
                Tambah klaim di kategori ini
              </Link>
              <details className="mt-1">
                <summary className="cursor-pointer underline">Ubah nama atau kelompok</summary>
                <CategoryEditForm serverAction={updateCategoryAction} category={c} groups={groups} />
              </details>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="kategori-baru" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="kategori-baru" className="text-lg font-semibold">
          Tambah kategori dengan kutipannya
        </h2>
        <CategoryCreateForm serverAction={createCategoryAction} editionId={edition.id} groups={groups} sources={sources} />
      </section>
      <section aria-labelledby="data" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="data" className="text-lg font-semibold">
          Data edisi
        </h2>
        <EditionEditForm serverAction={updateEditionAction} edition={edition} provinces={provinces} />
      </section>
      <section aria-labelledby="fakta-baru" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="fakta-baru" className="text-lg font-semibold">
          Tambah fakta dengan kutipannya
        </h2>
        <FactForm serverAction={addEditionFactAction} edition={edition} sources={sources} factKinds={factKindOptions} />
      </section>
    </>
  );
}
