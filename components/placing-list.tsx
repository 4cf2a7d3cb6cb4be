import Link from "next/link";
import type { Disagreement } from "@/lib/awards/disagreements";
import { RANK_LABELS } from "@/lib/awards/labels";
import type { ClaimView } from "@/lib/awards/selects";
import { paths } from "@/lib/paths";
import { CitationPanel } from "./citation-panel";
import { StatusBadge } from "./status-badge";

/** Placings of one category, rank 1 first; each with its status and its evidence. */
export function PlacingList({ claims, disagreements }: { claims: readonly ClaimView[]; disagreements: Map<string, Disagreement[]> }) {
  const sorted = [...claims].sort((a, b) => a.rank - b.rank);
  return (
    <ol className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200">
      {sorted.map((c) => (
        <li key={c.id} className="p-3" data-claim={c.id}>
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span className="w-24 shrink-0 whitespace-nowrap font-semibold text-slate-700">{RANK_LABELS[c.rank] ?? `Peringkat ${c.rank}`}</span>
            {c.organization ? (
              <Link href={paths.organization(c.organization.id)} className="font-medium text-brand-800 underline underline-offset-2">
                {c.organization.name}
              </Link>
            ) : (
              <span className="italic text-slate-600">Tidak disebutkan namanya dalam sumber</span>
            )}
            <StatusBadge status={c.status} inferences={c.inferences} />
            {disagreements.has(c.id) && (
              <span className="inline-block rounded-full bg-red-50 px-2 py-0.5 text-xs font-medium text-red-800 ring-1 ring-red-200">Sumber berbeda</span>
            )}
            <Link href={paths.claim(c.id)} className="ml-auto text-xs text-slate-600 underline underline-offset-2">
              tautan<span className="sr-only"> tetap untuk {RANK_LABELS[c.rank]} {c.organization?.name ?? "tanpa nama"}</span>
            </Link>
          </div>
          <CitationPanel citations={c.citations} inferenceNote={c.inferenceNote} />
        </li>
      ))}
    </ol>
  );
}
