// The extractor against real reports: a key of facts (tests/extract-corpus/*.json: per report its url, edition
// and placings, keyed by hand) scored against whatever texts of those reports are on this machine (the texts
// are third-party and never committed). Pure: the CLI (`npm run extract:score -- --corpus DIR`) reads the files.
import crypto from "node:crypto";
import { z } from "zod";
import { extractDraft, type Gazetteer } from "./extract-draft";
import { recipientKey } from "./recipient-key";

const placingKey = z.object({
  category: z.string().nullable(),
  group: z.string(),
  qualifier: z.string().nullable().optional(),
  rank: z.number().int().positive().nullable(),
  mention: z.string().nullable().optional(),
  recipient: z.string().nullable(),
  prize: z.string().nullable().optional(),
  inferred: z.string().nullable().optional(),
});

export const corpusReport = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  url: z.url(),
  publisher: z.string(),
  kind: z.string(),
  edition: z.object({
    level: z.enum(["national", "province"]),
    provinceCode: z.string().nullable(),
    ceremonyDate: z.string().nullable(),
    yearLabel: z.string().nullable(),
  }),
  placings: z.array(placingKey),
  otherRounds: z.array(z.object({ recipient: z.string().nullable().optional() }).passthrough()).default([]),
  notes: z.string().optional(),
});
export type CorpusReport = z.output<typeof corpusReport>;

/**
 * Which part a report belongs to, fixed by its url alone (so it was fixed before anyone read the report): a third
 * is the blind part, scored once at the end and never read while the rules are written.
 */
export function corpusPart(url: string): "blind" | "development" {
  return Number.parseInt(crypto.createHash("sha256").update(url).digest("hex").slice(0, 8), 16) % 3 === 0 ? "blind" : "development";
}

export type CorpusRow = {
  id: string;
  part: "blind" | "development";
  expected: number;
  proposed: number;
  correct: number;
  /** right recipient, wrong rank or group */
  nearMiss: number;
  certain: number;
  certainCorrect: number;
  missed: string[];
  wrong: string[];
  edition: { level: boolean; province: boolean; date: boolean };
  ms: number;
};

type Row = { group: string; rank: number | null; recipient: string | null };
const show = (r: Row) => `${r.group} · ${r.rank ?? "no rank"} · ${r.recipient ?? "(no name)"}`;
const sameRecipient = (a: string | null, b: string | null) => (a === null || b === null ? a === b : recipientKey(a) === recipientKey(b));

export function scoreCorpusReport(report: CorpusReport, text: string, gazetteer: Gazetteer): CorpusRow {
  const draft = extractDraft(text, { publisher: report.publisher, url: report.url }, { gazetteer, organizations: [] });
  const main = draft.editions[0]!;
  const recalled = new Set(draft.editions.filter((e) => e.retrospective).map((e) => e.key));
  const others = report.otherRounds.map((o) => o.recipient ?? null).filter((r): r is string => Boolean(r));
  const expected: Row[] = report.placings.map((p) => ({ group: p.group, rank: p.rank, recipient: p.recipient }));
  const proposals = draft.proposals.map((p) => ({
    row: { group: p.category.group, rank: p.rank, recipient: p.recipientName } as Row,
    also: p.organization?.name ?? null,
    certain: p.certain,
    recalled: recalled.has(p.edition),
  }));
  const used = new Set<number>();
  let correct = 0;
  let certainCorrect = 0;
  const missed: string[] = [];
  for (const e of expected) {
    const i = proposals.findIndex(
      (p, k) =>
        !used.has(k) &&
        !p.recalled &&
        p.row.group === e.group &&
        p.row.rank === e.rank &&
        (sameRecipient(p.row.recipient, e.recipient) || (p.also !== null && sameRecipient(p.also, e.recipient))),
    );
    if (i === -1) {
      missed.push(show(e));
      continue;
    }
    used.add(i);
    correct++;
    if (proposals[i]!.certain) certainCorrect++;
  }
  // a proposal about an earlier round the report recalls (keyed as such) is neither right nor wrong here
  const counted = proposals.filter((p, k) => used.has(k) || !(p.row.recipient && others.some((o) => sameRecipient(o, p.row.recipient))));
  const wrongRows = proposals.filter((p, k) => !used.has(k) && counted.includes(p));
  const nearMiss = wrongRows.filter((w) => expected.some((e) => sameRecipient(e.recipient, w.row.recipient))).length;
  return {
    id: report.id,
    part: corpusPart(report.url),
    expected: expected.length,
    proposed: counted.length,
    correct,
    nearMiss,
    certain: counted.filter((p) => p.certain).length,
    certainCorrect,
    missed,
    wrong: wrongRows.map((w) => `${show(w.row)}${w.certain ? " (certain)" : ""}${w.recalled ? " (recalled round)" : ""}`),
    edition: {
      level: main.level === report.edition.level,
      province: main.provinceCode === report.edition.provinceCode,
      date: main.ceremonyDate === report.edition.ceremonyDate,
    },
    ms: draft.ms,
  };
}

export type CorpusTotals = {
  reports: number;
  expected: number;
  proposed: number;
  correct: number;
  certain: number;
  certainCorrect: number;
  recall: number;
  precision: number;
  certainPrecision: number;
  editionRight: number;
  level: number;
  province: number;
  date: number;
  slowestMs: number;
};

export function corpusTotals(rows: readonly CorpusRow[]): CorpusTotals {
  const sum = (f: (r: CorpusRow) => number) => rows.reduce((a, r) => a + f(r), 0);
  const expected = sum((r) => r.expected);
  const proposed = sum((r) => r.proposed);
  const correct = sum((r) => r.correct);
  const certain = sum((r) => r.certain);
  const certainCorrect = sum((r) => r.certainCorrect);
  return {
    reports: rows.length,
    expected,
    proposed,
    correct,
    certain,
    certainCorrect,
    recall: expected ? correct / expected : 1,
    precision: proposed ? correct / proposed : 1,
    certainPrecision: certain ? certainCorrect / certain : 1,
    editionRight: sum((r) => (r.edition.level && r.edition.province ? 1 : 0)),
    level: sum((r) => (r.edition.level ? 1 : 0)),
    province: sum((r) => (r.edition.province ? 1 : 0)),
    date: sum((r) => (r.edition.date ? 1 : 0)),
    slowestMs: Math.max(0, ...rows.map((r) => r.ms)),
  };
}
