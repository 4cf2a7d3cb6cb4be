import Link from "next/link";
import { inferenceWords } from "@/lib/admin/words";
import { requireEditor } from "@/lib/auth/session";
import { listClaimsToReview, listRecentChanges } from "@/lib/admin/queries";
import { paths, adminPaths } from "@/lib/paths";
import { actionWords, entityWords } from "@/lib/history/change-kinds";
import { signOutAction } from "@/app/(admin)/admin/masuk/actions";

export const instant = false;

const PUBLIC_PATH: Record<string, (id: string) => string> = {
  claim: paths.claim,
  source: paths.source,
  organization: paths.organization,
  edition: paths.edition,
  group: paths.category,
};
/** Where the changed record shows publicly: a category on its edition's page. */
const publicPath = (type: string, id: string, after: unknown) => {
  const editionId = type === "category" && after && typeof after === "object" && "editionId" in after ? String(after.editionId) : null;
  return editionId ? paths.edition(editionId) : (PUBLIC_PATH[type] ?? paths.claim)(id);
};
export const metadata = { title: "Beranda admin" };

export default async function AdminHome() {
  const user = await requireEditor();
  const [changes, review] = await Promise.all([listRecentChanges(), listClaimsToReview()]);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Halo, {user.name}</h1>
        <form action={signOutAction}>
          <button type="submit" className="rounded-md border border-slate-400 px-3 py-1">
            Keluar
          </button>
        </form>
      </div>
      <p className="mt-1 text-slate-700">Peran: {user.role === "admin" ? "admin" : "editor"}.</p>

      <section aria-labelledby="perubahan" className="mt-8">
        <h2 id="perubahan" className="text-lg font-semibold">
          Perubahan terbaru
        </h2>
        {changes.length === 0 ? (
          <p className="text-slate-600">Belum ada perubahan.</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {changes.map((c) => (
              <li key={c.id} className="rounded border border-slate-200 bg-white p-2 text-sm">
                {c.createdAt.toLocaleString("id-ID")}: {c.user?.name ?? "Impor baris perintah"} {actionWords(c.action)}{" "}
                {entityWords(c.entityType)}{" "}
                <a className="underline" href={publicPath(c.entityType, c.entityId, c.after)}>
                  {c.entityId}
                </a>
                : “{c.reason}”
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="tinjau" className="mt-8">
        <h2 id="tinjau" className="text-lg font-semibold">
          Perlu ditinjau
        </h2>
        <p className="text-sm text-slate-600">
          Peringkat atau kategori yang disimpulkan, dan klaim yang berbeda dengan sumber lain untuk tempat yang sama.
        </p>
        <ul className="mt-2 space-y-2">
          {review.map((c) => (
            <li key={c.id}>
              <Link href={adminPaths.claim(c.id)} className="underline">
                {c.rank === null ? "Pemenang" : `Terbaik ${c.rank}`} {c.category.label}
                {c.category.qualifier ? ` (${c.category.qualifier})` : ""}: {c.organization?.name ?? "tanpa nama"}
              </Link>{" "}
              <span className="text-sm text-slate-600">
                ({c.edition.ceremonyDate ? c.edition.ceremonyDate.toISOString().slice(0, 10) : `“${c.edition.yearLabel}”`}
                {c.inferences.length ? `; disimpulkan: ${c.inferences.map((i) => inferenceWords(i)).join(", ")}` : ""}
                {c.disagreesWith.length ? `; sumber berbeda: ${c.disagreesWith.join(", ")}` : ""})
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
