// What a recorded change did, field by field, from its before/after snapshots (lib/admin/mutations.ts).
type Snapshot = {
  rank?: number;
  organizationId?: string | null;
  organization?: { name: string } | null;
  inferences?: string[];
  inferenceNote?: string | null;
  retractedAt?: string | null;
  retractReason?: string | null;
  citations?: { sourceId: string; quote: string }[];
};

export type FieldChange =
  | { field: "rank"; from: number | null; to: number | null }
  | { field: "recipient"; from: string | null; to: string | null }
  | { field: "inference"; from: string | null; to: string | null }
  | { field: "retracted"; reason: string | null }
  | { field: "citation"; sourceId: string; quote: string };

function asSnapshot(value: unknown): Snapshot {
  return value && typeof value === "object" ? (value as Snapshot) : {};
}

export function describeChange(beforeValue: unknown, afterValue: unknown): FieldChange[] {
  const before = asSnapshot(beforeValue);
  const after = asSnapshot(afterValue);
  const changes: FieldChange[] = [];
  if (before.rank !== after.rank) changes.push({ field: "rank", from: before.rank ?? null, to: after.rank ?? null });
  if (before.organizationId !== after.organizationId) {
    changes.push({ field: "recipient", from: before.organization?.name ?? null, to: after.organization?.name ?? null });
  }
  const inference = (s: Snapshot) => (s.inferences?.length ? `${s.inferences.join(", ")}: ${s.inferenceNote ?? ""}` : null);
  if (inference(before) !== inference(after)) changes.push({ field: "inference", from: inference(before), to: inference(after) });
  if (!before.retractedAt && after.retractedAt) changes.push({ field: "retracted", reason: after.retractReason ?? null });
  const known = new Set((before.citations ?? []).map((c) => `${c.sourceId}\u0000${c.quote}`));
  for (const c of after.citations ?? []) if (!known.has(`${c.sourceId}\u0000${c.quote}`)) changes.push({ field: "citation", sourceId: c.sourceId, quote: c.quote });
  return changes;
}
