import { requireEditor } from "@/lib/auth/session";
import { createSourceAction } from "@/app/(admin)/admin/sumber/actions";
import { SourceForm } from "@/components/admin/source-form";

export const instant = false;
export const metadata = { title: "Tambah sumber" };

export default async function NewSourcePage() {
  await requireEditor();
  return (
    <>
      <h1 className="text-2xl font-bold">Tambah sumber</h1>
      <p className="mt-1 text-slate-700">Teks disimpan apa adanya dan tidak dapat diubah sesudahnya: kutipan menunjuk ke dalamnya.</p>
      <SourceForm serverAction={createSourceAction} />
    </>
  );
}
