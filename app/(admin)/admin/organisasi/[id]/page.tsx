import { adminPaths } from "@/lib/paths";
import {
  addAliasAction,
  mergeOrganizationsAction,
  moveAliasAction,
  updateOrganizationAction,
} from "@/app/(admin)/admin/organisasi/actions";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireEditor } from "@/lib/auth/session";
import { getOrganizationForEdit, kindOptions } from "@/lib/admin/queries";
import { AliasForm, AliasMoveForm, MergeForm, OrganizationForm } from "@/components/admin/organization-forms";

export const instant = false;
export const metadata = { title: "Sunting organisasi" };

export default async function EditOrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  await requireEditor();
  const data = await getOrganizationForEdit((await params).id);
  if (!data) notFound();
  const { organization: org, sources } = data;
  return (
    <>
      <p className="text-sm">
        <a href={`/organisasi/${encodeURIComponent(org.id)}`} className="underline">
          Lihat di situs publik
        </a>
      </p>
      <h1 className="mt-1 text-2xl font-bold">{org.name}</h1>
      <p className="text-slate-700">
        versi {org.version}
        {org.region ? ` · ${org.region.name}` : ""}
      </p>
      {org.mergedInto ? (
        <p className="mt-4 rounded-md bg-amber-50 p-3 text-amber-950">
          Digabung ke{" "}
          <Link href={adminPaths.organization(org.mergedInto.id)} className="underline">
            {org.mergedInto.name}
          </Link>
          . Tautan lamanya mengarah ke sana.
        </p>
      ) : (
        <>
          <section aria-labelledby="ejaan" className="mt-4 text-sm">
            <h2 id="ejaan" className="font-semibold">
              Ejaan dalam sumber
            </h2>
            <ul className="mt-1 list-disc pl-5">
              {org.aliases.map((a) => (
                <li key={a.id}>
                  “{a.spelling}” — {a.source.publisher} ({a.match === "certain" ? "pasti" : "kemungkinan"}){a.note ? `: ${a.note}` : ""}
                </li>
              ))}
            </ul>
            <h2 className="mt-3 font-semibold">Peringkat</h2>
            <ul className="mt-1 list-disc space-y-2 pl-5">
              {org.claims.map((c) => (
                <li key={c.id}>
                  <Link href={adminPaths.claim(c.id)} className="underline">
                    {c.rank === null ? "Pemenang" : `Terbaik ${c.rank}`} {c.category.label},{" "}
                    {c.edition.ceremonyDate ? c.edition.ceremonyDate.toISOString().slice(0, 10) : `“${c.edition.yearLabel}”`}
                  </Link>
                  {c.retractedAt && " (ditarik)"}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="data" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="data" className="text-lg font-semibold">
              Data organisasi
            </h2>
            <OrganizationForm serverAction={updateOrganizationAction} organization={org} kinds={kindOptions} />
          </section>
          <section aria-labelledby="ejaan-baru" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="ejaan-baru" className="text-lg font-semibold">
              Tambah ejaan dari sumber
            </h2>
            <AliasForm serverAction={addAliasAction} organization={org} sources={sources} />
          </section>
          {org.aliases.length > 0 && (
            <section aria-labelledby="pisah" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
              <h2 id="pisah" className="text-lg font-semibold">
                Pisahkan ejaan
              </h2>
              <p className="text-sm text-slate-700">
                Bila sebuah ejaan ternyata organisasi lain (mis. kecocokan “kemungkinan” yang keliru).
              </p>
              <AliasMoveForm
                serverAction={moveAliasAction}
                organization={org}
                kinds={kindOptions}
                aliases={org.aliases.map((a) => ({ value: String(a.id), label: `“${a.spelling}” — ${a.source.publisher}` }))}
              />
            </section>
          )}
          <section aria-labelledby="gabung" className="mt-6 rounded-lg border border-red-200 bg-white p-4">
            <h2 id="gabung" className="text-lg font-semibold text-red-900">
              Gabungkan dengan organisasi lain
            </h2>
            <p className="text-sm text-slate-700">
              Untuk catatan ganda: semua ejaan dan peringkat pindah ke organisasi tujuan, dan tautan organisasi ini mengarah ke sana.
            </p>
            <MergeForm serverAction={mergeOrganizationsAction} organization={org} />
          </section>
        </>
      )}
    </>
  );
}
