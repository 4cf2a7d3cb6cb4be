import { requireEditor } from "@/lib/auth/session";
import { createClaimAction } from "@/app/(admin)/admin/klaim/actions";
import { getClaimFormChoices } from "@/lib/admin/queries";
import { ClaimForm } from "@/components/admin/claim-form";

export const instant = false;
export const metadata = { title: "Klaim baru" };

export default async function NewClaimPage({ searchParams }: { searchParams: Promise<{ edisi?: string; kategori?: string }> }) {
  await requireEditor();
  const [{ categories, sources, kinds }, query] = await Promise.all([getClaimFormChoices(), searchParams]);
  return (
    <>
      <h1 className="text-2xl font-bold">Klaim baru</h1>
      <p className="mt-1 text-slate-700">
        Satu peringkat seperti dinyatakan satu sumber. Bila sumber lain menyebut penerima lain, catat sebagai klaim tersendiri: keduanya
        tampil, dengan sumbernya.
      </p>
      <ClaimForm
        serverAction={createClaimAction}
        mode="create"
        categories={categories}
        sources={sources}
        kinds={kinds}
        preset={{ editionId: query.edisi, categoryId: query.kategori }}
      />
    </>
  );
}
