import { requireEditor } from "@/lib/auth/session";
import { saveGroupAction } from "@/app/(admin)/admin/kelompok/actions";
import { listGroupsForAdmin } from "@/lib/admin/queries";
import { GroupForm } from "@/components/admin/group-forms";

export const instant = false;
export const metadata = { title: "Kelompok kategori" };

export default async function GroupsPage() {
  const user = await requireEditor();
  const groups = await listGroupsForAdmin();
  const admin = user.role === "admin";
  return (
    <>
      <h1 className="text-2xl font-bold">Kelompok kategori</h1>
      <p className="mt-1 text-slate-700">
        Setiap putaran menamai kategorinya sendiri; kelompok menyatukannya untuk penelusuran lintas putaran dan tahun. Kunci kelompok tetap
        (dipakai di alamat halaman dan API); namanya dapat diubah admin.
      </p>
      <ul className="mt-4 space-y-3">
        {groups.map((g) => (
          <li key={g.key} className="rounded border border-slate-200 bg-white p-3">
            <b>{g.nameId}</b> / {g.nameEn} <code className="text-sm">{g.key}</code> · {g._count.categories} kategori edisi
            {admin && (
              <details className="mt-1">
                <summary className="cursor-pointer underline">Ubah nama</summary>
                <GroupForm serverAction={saveGroupAction} group={g} />
              </details>
            )}
          </li>
        ))}
      </ul>
      {admin && (
        <section aria-labelledby="baru" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="baru" className="text-lg font-semibold">
            Kelompok baru
          </h2>
          <GroupForm serverAction={saveGroupAction} />
        </section>
      )}
    </>
  );
}
