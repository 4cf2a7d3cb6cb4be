import { adminPaths } from "@/lib/paths";
import { createExtractionAction } from "@/app/(admin)/admin/ekstrak/actions";
import Link from "next/link";
import { requireEditor } from "@/lib/auth/session";
import { listExtractions } from "@/lib/admin/extraction";
import { getClaimFormChoices } from "@/lib/admin/queries";
import { ExtractionForm } from "@/components/admin/extraction-form";

export const instant = false;
export const metadata = { title: "Dari artikel" };

export default async function ExtractionsPage() {
  const user = await requireEditor();
  const [drafts, { sources }] = await Promise.all([listExtractions(user), getClaimFormChoices()]);
  return (
    <>
      <h1 className="text-2xl font-bold">Dari artikel ke peringkat</h1>
      <p className="mt-1 text-slate-700">
        Tempel sebuah berita: portal mengusulkan edisinya, kategorinya seperti ditulis artikel, dan setiap peringkat dengan kutipan
        persisnya. Anda memeriksa, memperbaiki, menerima atau menolak setiap usulan; tidak ada yang disimpan sebelum Anda menerbitkannya.
      </p>
      {drafts.length > 0 && (
        <section aria-labelledby="draf" className="mt-6">
          <h2 id="draf" className="text-lg font-semibold">
            Draf yang belum selesai
          </h2>
          <ul className="mt-2 space-y-1">
            {drafts.map((d) => (
              <li key={d.id}>
                <Link href={adminPaths.extraction(d.id)} className="underline">
                  {d.publisher}
                  {d.title ? ` — ${d.title}` : ""}
                </Link>{" "}
                <span className="text-sm text-slate-600">
                  ({new Date(d.updatedAt).toLocaleString("id-ID")}) “{d.start}…”
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="baru" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="baru" className="text-lg font-semibold">
          Artikel baru
        </h2>
        <ExtractionForm serverAction={createExtractionAction} sources={sources} />
      </section>
    </>
  );
}
