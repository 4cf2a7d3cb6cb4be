import { notFound } from "next/navigation";
import { inferenceWords } from "@/lib/admin/words";
import { requireEditor } from "@/lib/auth/session";
import { getExtractionReview } from "@/lib/admin/extraction";
import { segmentText } from "@/lib/awards/quote";
import { inputClass, submitClass } from "@/components/admin/field";
import { reviewExtractionAction } from "@/app/(admin)/admin/ekstrak/actions";

export const instant = false;
export const metadata = { title: "Tinjau usulan" };

const small = "w-full rounded border border-slate-400 px-2 py-1 text-sm";

/**
 * The review: the article with every proposed quote highlighted, beside the proposals (edition, category as
 * written and its group, rank, recipient, prize, what was inferred, confidence), each editable and acceptable.
 * One plain form: it works without JavaScript, and every button keeps the decisions in the draft.
 */
export default async function ExtractionReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireEditor();
  const review = await getExtractionReview(user, (await params).id);
  if (!review) notFound();
  const { rows, draft, groups } = review;
  const editionName = new Map(
    draft.editions.map((e) => [
      e.key,
      `${e.level === "national" ? "Nasional" : (e.provinceName ?? "?")} · ${e.ceremonyDate ?? "tanggal belum diketahui"} · “${e.yearLabel ?? "?"}”`,
    ]),
  );
  const spans = rows.map((r) => r.span);
  const pieces = segmentText(review.text, spans);
  const action = reviewExtractionAction.bind(null, review.id);
  const accepted = rows.filter((r) => r.decision.accept).length;

  return (
    <>
      <h1 className="text-2xl font-bold">Tinjau usulan: {review.meta.publisher}</h1>
      <p className="text-slate-700">
        {rows.length} usulan, {rows.filter((r) => r.certain).length} yakin, {accepted} diterima · dibaca dalam {draft.ms.toFixed(0)} ms
      </p>

      <section aria-labelledby="edisi" className="mt-4 text-sm">
        <h2 id="edisi" className="font-semibold">
          Edisi yang dibaca
        </h2>
        <ul className="mt-1 list-disc pl-5">
          {draft.editions.map((e) => (
            <li key={e.key}>
              <b>{e.id}</b>: {editionName.get(e.key)}
              {e.venue ? ` · ${e.venue}` : ""}
              {e.sharedCeremony ? ` · upacara bersama (${e.sharedCeremony})` : ""}
              <span className="block text-slate-600">
                {e.reasons.join("; ")}
                {e.dateNote ? `; ${e.dateNote}` : ""}
              </span>
            </li>
          ))}
        </ul>
      </section>

      {review.problems && (
        <div role="alert" className="mt-4 rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          <p className="font-medium">Belum diterbitkan:</p>
          <ul className="list-disc pl-5">
            {review.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}

      <form action={action} className="mt-4">
        <input type="hidden" name="keys" value={rows.map((r) => r.key).join(",")} />
        <div className="flex flex-wrap gap-2">
          <button type="submit" name="intent" value="accept-all" className="rounded-md border border-slate-400 bg-white px-3 py-1">
            Terima semua
          </button>
          <button type="submit" name="intent" value="save" className="rounded-md border border-slate-400 bg-white px-3 py-1">
            Simpan draf
          </button>
        </div>
        <div className="mt-3 overflow-x-auto">
          <table className="min-w-full border-collapse text-sm">
            <caption className="sr-only">Usulan peringkat dari artikel ini</caption>
            <thead>
              <tr className="bg-slate-100 text-left">
                <th scope="col" className="p-2">
                  Terima
                </th>
                <th scope="col" className="p-2">
                  Edisi
                </th>
                <th scope="col" className="p-2">
                  Kategori (seperti ditulis) dan kelompok
                </th>
                <th scope="col" className="p-2">
                  Peringkat
                </th>
                <th scope="col" className="p-2">
                  Penerima
                </th>
                <th scope="col" className="p-2">
                  Hadiah
                </th>
                <th scope="col" className="p-2">
                  Keyakinan
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => {
                const n = i + 1;
                const who = r.recipientName ?? "tanpa nama";
                return (
                  <tr key={r.key} className="border-t border-slate-200 align-top" data-proposal={r.key}>
                    <td className="p-2">
                      <input
                        type="checkbox"
                        name={`accept_${r.key}`}
                        defaultChecked={r.decision.accept}
                        aria-label={`Terima usulan ${n}: ${who}`}
                      />
                    </td>
                    <td className="p-2">{editionName.get(r.edition)}</td>
                    <td className="p-2">
                      <input
                        name={`label_${r.key}`}
                        defaultValue={r.decision.label ?? r.category.label}
                        aria-label={`Kategori usulan ${n}`}
                        className={small}
                      />
                      {r.category.qualifier && <span className="block text-slate-600">{r.category.qualifier}</span>}
                      <select
                        name={`group_${r.key}`}
                        defaultValue={r.decision.group ?? r.category.group}
                        aria-label={`Kelompok usulan ${n}`}
                        className={`${small} mt-1`}
                      >
                        {groups.map((g) => (
                          <option key={g.key} value={g.key}>
                            {g.nameId}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="p-2">
                      <input
                        name={`rank_${r.key}`}
                        defaultValue={r.decision.rank === undefined ? (r.rank ?? "") : (r.decision.rank ?? "")}
                        inputMode="numeric"
                        aria-label={`Peringkat usulan ${n} (kosong: tanpa peringkat)`}
                        className={`${small} w-16`}
                      />
                      {r.rankWording && <span className="block text-slate-600">“{r.rankWording}”</span>}
                    </td>
                    <td className="p-2">
                      <b>{who}</b>
                      <span className="block text-slate-600">
                        {r.organization
                          ? r.organization.existing
                            ? `tercatat: ${r.organization.name}`
                            : `baru (${r.organization.kind})`
                          : "peringkat tanpa nama"}
                      </span>
                      {r.recorded && (
                        <span className="mt-1 block rounded bg-sky-50 p-1 text-sky-900">
                          Sudah tercatat ({r.recorded.claimId}): kutipan ini ditambahkan sebagai bukti, bukan klaim baru.
                        </span>
                      )}
                    </td>
                    <td className="p-2">
                      <input
                        name={`prize_${r.key}`}
                        defaultValue={r.decision.prize ?? r.prize?.text ?? ""}
                        aria-label={`Hadiah usulan ${n}, persis seperti di kutipan`}
                        className={small}
                      />
                    </td>
                    <td className="p-2">
                      {(r.confidence * 100).toFixed(0)}% {r.certain ? "yakin" : <b className="text-amber-800">periksa</b>}
                      {r.inferences.length > 0 && (
                        <span className="block text-amber-900">disimpulkan: {r.inferences.map((x) => inferenceWords(x)).join(", ")}</span>
                      )}
                      <details className="mt-1">
                        <summary className="cursor-pointer underline">alasan</summary>
                        <ul className="list-disc pl-4">
                          {r.reasons.map((x, k) => (
                            <li key={k}>{x}</li>
                          ))}
                        </ul>
                        {r.inferenceNote && <p>{r.inferenceNote}</p>}
                      </details>
                      <a href={`#usulan-${r.key}`} className="block underline">
                        kutipan
                      </a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <div className="mt-4">
          <label htmlFor="reason" className="block font-medium">
            Alasan (tampil di riwayat publik)
          </label>
          <textarea
            id="reason"
            name="reason"
            rows={2}
            className={inputClass}
            defaultValue={`Dari artikel ${review.meta.publisher}${review.meta.title ? `: ${review.meta.title}` : ""}`}
          />
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="intent" value="publish" className={submitClass}>
            Terbitkan yang diterima
          </button>
          <button type="submit" name="intent" value="discard" className="mt-6 rounded-md border border-red-400 px-4 py-2 text-red-900">
            Buang draf
          </button>
        </div>
      </form>

      <section aria-labelledby="artikel" className="mt-8">
        <h2 id="artikel" className="text-lg font-semibold">
          Artikel, dengan kutipan yang diusulkan
        </h2>
        <div lang="id" className="mt-2 whitespace-pre-wrap rounded-md border border-slate-200 bg-white p-3 text-sm leading-relaxed">
          {pieces.map((p, i) => {
            if (p.spans.length === 0) return <span key={i}>{p.text}</span>;
            const startsHere = rows.filter((r) => r.span.start === p.start);
            return (
              <mark key={i} className="bg-yellow-100" title={p.spans.map((k) => rows[k]!.recipientName ?? "tanpa nama").join(", ")}>
                {startsHere.map((r) => (
                  <span key={r.key} id={`usulan-${r.key}`} />
                ))}
                {p.text}
              </mark>
            );
          })}
        </div>
      </section>
    </>
  );
}
