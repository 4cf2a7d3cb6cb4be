import { notFound } from "next/navigation";
import { requireEditor } from "@/lib/auth/session";
import { getClaimForEdit, kindOptions } from "@/lib/admin/queries";
import { ClaimForm } from "@/components/admin/claim-form";
import { RetractForm } from "@/components/admin/retract-form";
import { WithdrawForm } from "@/components/admin/withdraw-form";
import { retractClaimAction, updateClaimAction, withdrawCitationAction } from "@/app/(admin)/admin/klaim/actions";

export const instant = false;
export const metadata = { title: "Sunting klaim" };

export default async function EditClaimPage({ params }: { params: Promise<{ id: string }> }) {
  await requireEditor();
  const data = await getClaimForEdit((await params).id);
  if (!data) notFound();
  const { claim, sources, categories } = data;
  return (
    <>
      <p className="text-sm">
        <a href={`/klaim/${encodeURIComponent(claim.id)}`} className="underline">
          Lihat di situs publik
        </a>
      </p>
      <h1 className="mt-1 text-2xl font-bold">
        Sunting: {claim.rank === null ? "Pemenang" : `Terbaik ${claim.rank}`} {claim.category.label}
        {claim.category.qualifier ? ` (${claim.category.qualifier})` : ""}
      </h1>
      <p className="text-slate-700">
        {claim.edition.province?.name},{" "}
        {claim.edition.ceremonyDate
          ? `upacara ${claim.edition.ceremonyDate.toISOString().slice(0, 10)}`
          : "tanggal upacara belum diketahui"}{" "}
        · kelompok {claim.category.group.nameId} · versi {claim.version}
      </p>
      {claim.retractedAt ? (
        <p className="mt-4 rounded-md bg-red-50 p-3 text-red-900">Ditarik: {claim.retractReason}</p>
      ) : (
        <>
          <section aria-labelledby="bukti" className="mt-4 text-sm">
            <h2 id="bukti" className="font-semibold">
              Kutipan yang ada
            </h2>
            <ul className="mt-1 list-disc space-y-2 pl-5">
              {claim.citations.map((c) => (
                <li key={c.id}>
                  <span className={c.withdrawnAt ? "line-through" : undefined}>
                    {c.source.publisher}: “{c.quote}”
                  </span>
                  {c.withdrawnAt ? (
                    <span className="text-red-800"> (ditarik: {c.withdrawReason})</span>
                  ) : (
                    <WithdrawForm
                      action={withdrawCitationAction}
                      fields={{ claimId: claim.id, version: claim.version, citationId: c.id }}
                      id={`withdraw-${c.id}`}
                      summary="Tarik kutipan ini"
                      label={`${c.source.publisher}: ${c.quote.slice(0, 40)}…`}
                    />
                  )}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="koreksi" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="koreksi" className="text-lg font-semibold">
              Koreksi
            </h2>
            <ClaimForm
              serverAction={updateClaimAction}
              mode="edit"
              claim={claim}
              categories={categories}
              sources={sources}
              kinds={kindOptions}
            />
          </section>
          <section aria-labelledby="tarik" className="mt-6 rounded-lg border border-red-200 bg-white p-4">
            <h2 id="tarik" className="text-lg font-semibold text-red-900">
              Tarik
            </h2>
            <RetractForm serverAction={retractClaimAction} claimId={claim.id} version={claim.version} />
          </section>
        </>
      )}
    </>
  );
}
