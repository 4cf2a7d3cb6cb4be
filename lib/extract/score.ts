// How well the extractor reads a report, against a hand transcription of it (the seed file, the test fixtures):
// per article, placings proposed, correct (edition, category group, rank or none, recipient as written, quote
// verbatim), missed and wrong, and which edition facts it found. Pure: `npm run extract:score` and a unit test
// use it.
import type { Transcription } from "../import/transcription-format";
import { extractDraft, type Gazetteer } from "./extract-draft";
import { normalizeName } from "./similarity";

export type ArticleScore = {
  source: string;
  expected: number;
  proposed: number;
  correct: number;
  missed: string[];
  wrong: string[];
  wrongCertain: number;
  quotesVerbatim: boolean;
  edition: { level: boolean; province: boolean; date: boolean };
  ms: number;
};

type Row = { edition: string; group: string; rank: number | null; recipient: string | null };
const rowText = (r: Row) => `${r.edition} · ${r.group} · ${r.rank ?? "no rank"} · ${r.recipient ?? "(no name)"}`;
const same = (a: Row, b: Row) =>
  a.edition === b.edition &&
  a.group === b.group &&
  a.rank === b.rank &&
  (a.recipient === null ? b.recipient === null : b.recipient !== null && normalizeName(a.recipient) === normalizeName(b.recipient));

/** An edition as the score compares it: level, province and ceremony date (or the year label while no date is known). */
const editionKey = (e: { level: string; provinceCode: string | null; ceremonyDate: string | null; yearLabel: string | null }) =>
  `${e.level}/${e.provinceCode ?? "-"}/${e.ceremonyDate ?? `year ${e.yearLabel}`}`;

export function scoreTranscription(hand: Transcription, gazetteer: Gazetteer): ArticleScore[] {
  const editions = new Map(hand.editions.map((e) => [e.id, e]));
  return hand.sources.map((source) => {
    const expected: Row[] = hand.placings.flatMap((p) => {
      const c = p.citations.find((x) => x.source === source.id);
      if (!c) return [];
      return [
        {
          edition: editionKey(editions.get(p.edition)!),
          group: p.category.group,
          rank: p.rank,
          recipient: p.organization === null ? null : (c.recipientName ?? null),
        },
      ];
    });
    const draft = extractDraft(
      source.text,
      { id: source.id, publisher: source.publisher, title: source.title },
      { gazetteer, organizations: [] },
    );
    const draftEditions = new Map(draft.editions.map((e) => [e.key, e]));
    const proposed = draft.proposals.map((p) => ({
      row: { edition: editionKey(draftEditions.get(p.edition)!), group: p.category.group, rank: p.rank, recipient: p.recipientName } as Row,
      certain: p.certain,
    }));
    const used = new Set<number>();
    let correct = 0;
    const missed: string[] = [];
    for (const e of expected) {
      const i = proposed.findIndex((p, k) => !used.has(k) && same(e, p.row));
      if (i === -1) missed.push(rowText(e));
      else {
        used.add(i);
        correct++;
      }
    }
    const wrongRows = proposed.filter((_, k) => !used.has(k));
    const chars = [...source.text];
    const quotesVerbatim = draft.proposals.every(
      (p) =>
        chars.slice(p.span.start, p.span.end).join("") === p.quote &&
        p.extraQuotes.every((q) => chars.slice(q.span.start, q.span.end).join("") === q.quote),
    );
    // the round the article reports: the edition most of its placings (or, without placings, its facts) belong to
    const cited = [...hand.placings, ...hand.editionFacts]
      .filter((p) => p.citations.some((c) => c.source === source.id))
      .map((p) => p.edition);
    const counts = new Map<string, number>();
    for (const e of cited) counts.set(e, (counts.get(e) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    const handEdition = top ? editions.get(top) : undefined;
    const got = draft.editions[0]!;
    return {
      source: source.id,
      expected: expected.length,
      proposed: proposed.length,
      correct,
      missed,
      wrong: wrongRows.map((w) => `${rowText(w.row)}${w.certain ? " (proposed as certain)" : ""}`),
      wrongCertain: wrongRows.filter((w) => w.certain).length,
      quotesVerbatim,
      edition: {
        level: handEdition ? got.level === handEdition.level : true,
        province: handEdition ? got.provinceCode === handEdition.provinceCode : true,
        date: handEdition ? got.ceremonyDate === handEdition.ceremonyDate : true,
      },
      ms: draft.ms,
    };
  });
}
