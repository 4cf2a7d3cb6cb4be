import { requireEditor } from "@/lib/auth/session";
import { importAction } from "@/app/(admin)/admin/impor/actions";
import { ImportForm } from "@/components/admin/import-form";

export const instant = false;
export const metadata = { title: "Impor" };

export default async function ImportPage() {
  const user = await requireEditor();
  return (
    <>
      <h1 className="text-2xl font-bold">Impor transkripsi</h1>
      <p className="mt-1 text-slate-700">
        Satu berkas memuat sumber (teks lengkapnya), organisasi, edisi, fakta dan peringkat, masing-masing dengan kutipannya. Semua kutipan
        harus ditemukan persis dalam teks sumbernya; bila satu saja tidak, seluruh berkas ditolak dan tidak ada yang disimpan. Yang sudah
        tercatat dipakai ulang, tidak ditimpa. Sama dengan <code>npm run import</code>.
      </p>
      {user.role === "admin" ? (
        <div className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
          <ImportForm serverAction={importAction} />
        </div>
      ) : (
        <p role="alert" className="mt-4 rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          Hanya admin yang dapat mengimpor berkas.
        </p>
      )}
    </>
  );
}
