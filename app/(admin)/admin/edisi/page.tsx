import { adminPaths } from "@/lib/paths";
import { createEditionAction } from "@/app/(admin)/admin/edisi/actions";
import Link from "next/link";
import { requireEditor } from "@/lib/auth/session";
import { getEditionFormChoices, listEditionsForAdmin } from "@/lib/admin/queries";
import { EditionCreateForm } from "@/components/admin/edition-forms";

export const instant = false;
export const metadata = { title: "Edisi" };

export default async function EditionsAdminPage() {
  await requireEditor();
  const [editions, choices] = await Promise.all([listEditionsForAdmin(), getEditionFormChoices()]);
  return (
    <>
      <h1 className="text-2xl font-bold">Edisi</h1>
      <ul className="mt-3 space-y-2">
        {editions.map((e) => (
          <li key={e.id}>
            <Link href={adminPaths.edition(e.id)} className="underline">
              {e.label}
            </Link>{" "}
            <span className="text-sm text-slate-600">
              {e._count.claims} klaim, {e._count.facts} fakta
            </span>
          </li>
        ))}
      </ul>
      <section aria-labelledby="baru" className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="baru" className="text-lg font-semibold">
          Edisi baru
        </h2>
        <EditionCreateForm
          serverAction={createEditionAction}
          provinces={choices.provinces}
          sources={choices.sources}
          factKinds={choices.factKinds}
        />
      </section>
    </>
  );
}
