import { adminPaths } from "@/lib/paths";
import Link from "next/link";
import { requireEditor } from "@/lib/auth/session";
import { listOrganizationsForAdmin } from "@/lib/admin/queries";

export const instant = false;
export const metadata = { title: "Organisasi" };

export default async function OrganizationsAdminPage() {
  await requireEditor();
  const organizations = await listOrganizationsForAdmin();
  return (
    <>
      <h1 className="text-2xl font-bold">Organisasi</h1>
      <p className="mt-1 text-slate-700">Organisasi baru dibuat dari formulir klaim, dengan ejaan pertamanya dari kutipan.</p>
      <table className="mt-4 w-full text-left text-sm">
        <thead className="border-b border-slate-300 text-slate-600">
          <tr>
            <th scope="col" className="py-2">
              Nama
            </th>
            <th scope="col">Peringkat</th>
            <th scope="col">Ejaan</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {organizations.map((o) => (
            <tr key={o.id}>
              <th scope="row" className="py-2 pr-3 font-medium">
                <Link href={adminPaths.organization(o.id)} className="underline">
                  {o.name}
                </Link>
                {o.mergedInto && <span className="block font-normal text-slate-600">digabung ke {o.mergedInto.name}</span>}
              </th>
              <td>{o._count.claims}</td>
              <td>{o._count.aliases}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
