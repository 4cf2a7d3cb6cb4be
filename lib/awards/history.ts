// What a recorded change did, field by field, from its before/after snapshots (lib/admin/*.ts). One function
// reads the snapshots of claims, organisations and editions: each only has its own fields.
type Snapshot = {
  rank?: number | null;
  organizationId?: string | null;
  organization?: { name: string } | null;
  inferences?: string[];
  inferenceNote?: string | null;
  retractedAt?: string | null;
  retractReason?: string | null;
  citations?: { sourceId: string; quote: string; withdrawnAt?: string | null }[];
  editionId?: string;
  /** before categories were data: the group key */
  categoryKey?: string;
  categoryId?: string;
  prizeText?: string | null;
  // categories
  label?: string;
  groupKey?: string;
  qualifier?: string;
  sharedCeremony?: string | null;
  // organisations
  name?: string;
  kind?: string;
  regionCode?: string | null;
  note?: string | null;
  mergedIntoId?: string | null;
  mergedInto?: { name: string } | null;
  /** only on the record another was merged into */
  mergedFrom?: { id: string; name: string };
  aliases?: { spelling: string; sourceId: string }[];
  // editions
  level?: string;
  provinceCode?: string | null;
  yearLabel?: string;
  assessmentPeriod?: string | null;
  ceremonyDate?: string | null;
  facts?: {
    id?: string;
    kind: string;
    value: string;
    retractedAt?: string | null;
    retractReason?: string | null;
    citations: { sourceId: string; quote: string }[];
  }[];
};

/** Plain attributes whose old and new values are shown as they are. */
export const ATTRIBUTES = [
  "editionId",
  "categoryKey",
  "categoryId",
  "prizeText",
  "name",
  "kind",
  "regionCode",
  "note",
  "level",
  "provinceCode",
  "yearLabel",
  "assessmentPeriod",
  "ceremonyDate",
  "sharedCeremony",
  "label",
  "groupKey",
  "qualifier",
] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export type FieldChange =
  | { field: "rank"; from: number | null; to: number | null }
  | { field: "recipient"; from: string | null; to: string | null }
  | { field: "inference"; from: string | null; to: string | null }
  | { field: "retracted"; reason: string | null }
  | { field: "citation"; sourceId: string; quote: string }
  | { field: "citationWithdrawn"; sourceId: string; quote: string }
  | { field: "attribute"; key: Attribute; from: string | null; to: string | null }
  | { field: "alias"; spelling: string; sourceId: string }
  | { field: "aliasRemoved"; spelling: string }
  | { field: "mergedInto"; name: string }
  | { field: "mergedFrom"; name: string }
  | { field: "fact"; kind: string; value: string; sourceId: string; quote: string }
  | { field: "factRetracted"; kind: string; value: string }
  | { field: "created" };

function asSnapshot(value: unknown): Snapshot {
  return value && typeof value === "object" ? (value as Snapshot) : {};
}

const text = (v: unknown) => (v === undefined || v === null || v === "" ? null : String(v).replace(/T00:00:00(\.000)?Z$/, ""));

export function describeChange(beforeValue: unknown, afterValue: unknown): FieldChange[] {
  const before = asSnapshot(beforeValue);
  const after = asSnapshot(afterValue);
  const changes: FieldChange[] = [];
  if (beforeValue == null && afterValue != null) changes.push({ field: "created" });
  else {
    if (before.rank !== after.rank) changes.push({ field: "rank", from: before.rank ?? null, to: after.rank ?? null });
    if (before.organizationId !== after.organizationId) {
      changes.push({ field: "recipient", from: before.organization?.name ?? null, to: after.organization?.name ?? null });
    }
    const inference = (s: Snapshot) => (s.inferences?.length ? `${s.inferences.join(", ")}: ${s.inferenceNote ?? ""}` : null);
    if (inference(before) !== inference(after)) changes.push({ field: "inference", from: inference(before), to: inference(after) });
    for (const key of ATTRIBUTES) {
      if (key in after && text(before[key]) !== text(after[key]))
        changes.push({ field: "attribute", key, from: text(before[key]), to: text(after[key]) });
    }
  }
  if (!before.retractedAt && after.retractedAt) changes.push({ field: "retracted", reason: after.retractReason ?? null });
  if (!before.mergedIntoId && after.mergedIntoId) changes.push({ field: "mergedInto", name: after.mergedInto?.name ?? after.mergedIntoId });
  if (after.mergedFrom) changes.push({ field: "mergedFrom", name: after.mergedFrom.name });
  const key = (c: { sourceId: string; quote: string }) => `${c.sourceId}\u0000${c.quote}`;
  const known = new Set((before.citations ?? []).map(key));
  for (const c of after.citations ?? []) if (!known.has(key(c))) changes.push({ field: "citation", sourceId: c.sourceId, quote: c.quote });
  const withdrawnBefore = new Set((before.citations ?? []).filter((c) => c.withdrawnAt).map(key));
  for (const c of after.citations ?? [])
    if (c.withdrawnAt && !withdrawnBefore.has(key(c))) changes.push({ field: "citationWithdrawn", sourceId: c.sourceId, quote: c.quote });
  const spellings = new Set((before.aliases ?? []).map((a) => `${a.sourceId}\u0000${a.spelling}`));
  for (const a of after.aliases ?? [])
    if (!spellings.has(`${a.sourceId}\u0000${a.spelling}`)) changes.push({ field: "alias", spelling: a.spelling, sourceId: a.sourceId });
  // A merge or a split moves spellings away: say which left, so the record's history stays complete.
  if (after.aliases) {
    const left = new Set(after.aliases.map((a) => `${a.sourceId}\u0000${a.spelling}`));
    for (const a of before.aliases ?? [])
      if (!left.has(`${a.sourceId}\u0000${a.spelling}`)) changes.push({ field: "aliasRemoved", spelling: a.spelling });
  }
  const facts = new Set((before.facts ?? []).map((f) => `${f.kind}\u0000${f.value}`));
  const withdrawn = new Set((before.facts ?? []).filter((f) => f.retractedAt).map((f) => `${f.kind}\u0000${f.value}`));
  for (const f of after.facts ?? []) {
    const key = `${f.kind}\u0000${f.value}`;
    if (f.retractedAt && !withdrawn.has(key)) changes.push({ field: "factRetracted", kind: f.kind, value: f.value });
    if (facts.has(key)) continue;
    const c = f.citations[0];
    changes.push({ field: "fact", kind: f.kind, value: f.value, sourceId: c?.sourceId ?? "", quote: c?.quote ?? "" });
  }
  return changes;
}
