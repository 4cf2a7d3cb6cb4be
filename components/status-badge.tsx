import { INFERENCE_LABELS, STATUS_LABELS } from "@/lib/awards/labels";

export function StatusBadge({ status, inferences }: { status: "stated" | "inferred"; inferences: readonly string[] }) {
  if (status === "stated") {
    return <span className="inline-block rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200">{STATUS_LABELS.stated}</span>;
  }
  return (
    <span className="inline-block rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-amber-300">
      {STATUS_LABELS.inferred}: {inferences.map((i) => INFERENCE_LABELS[i] ?? i).join(", ")}
    </span>
  );
}
