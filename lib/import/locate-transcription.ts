// The checks a transcription passes before anything is written, and where each of its quotes and spellings
// sits in its source. Pure: the stored data it needs (texts of sources already stored, which ids exist) is
// handed in, so the same checks run for `npm run import`, the admin's import page and the seed, and are unit
// tested. Every problem names its row: a file is refused as a whole, never half imported.
import { locateQuote, QuoteNotFoundError, type Span } from "../awards/quote";
import { rupiahAmount } from "../awards/prize";
import type { CitationEntry, Transcription } from "./transcription-format";

export type Known = {
  /** texts of the sources the file cites, by their id after reuse (file sources and stored ones) */
  sourceTexts: ReadonlyMap<string, string>;
  /** file source id -> the id it is stored under (the same id, or a stored source with the same text) */
  sourceIds: ReadonlyMap<string, string>;
  organizationIds: ReadonlySet<string>;
  editionIds: ReadonlySet<string>;
  groupKeys: ReadonlySet<string>;
  regionCodes: ReadonlySet<string>;
};

export type LocatedCitation = Omit<CitationEntry, "occurrence" | "within"> & Span;

export type LocatedTranscription = {
  organizations: (Transcription["organizations"][number] & {
    aliases: (Transcription["organizations"][number]["aliases"][number] & Span)[];
  })[];
  editionFacts: (Omit<Transcription["editionFacts"][number], "citations"> & { citations: LocatedCitation[] })[];
  placings: (Omit<Transcription["placings"][number], "citations" | "prize"> & {
    prize: { text: string; amountRupiah: number | null } | null;
    citations: LocatedCitation[];
  })[];
};

/** Every problem of the file (empty when it can be imported), and the located quotes. */
export function locateTranscription(t: Transcription, known: Known): { problems: string[]; located: LocatedTranscription } {
  const problems: string[] = [];
  const sourceId = (id: string) => known.sourceIds.get(id) ?? id;

  const locate = (row: string, c: CitationEntry): LocatedCitation | null => {
    const id = sourceId(c.source);
    const text = known.sourceTexts.get(id);
    if (text === undefined) {
      problems.push(`${row}: unknown source "${c.source}" (not in the file's sources, not stored)`);
      return null;
    }
    try {
      const span = locateQuote(text, c.quote, { occurrence: c.occurrence, within: c.within });
      const { occurrence: _o, within: _w, ...rest } = c;
      return { ...rest, source: id, ...span };
    } catch (e) {
      if (!(e instanceof QuoteNotFoundError)) throw e;
      problems.push(`${row} (source ${c.source}): ${e.message}`);
      return null;
    }
  };
  const locateAll = (row: string, citations: readonly CitationEntry[]) =>
    citations.map((c, i) => locate(`${row} citation ${i + 1}`, c)).filter((c): c is LocatedCitation => c !== null);

  const fileOrganizations = new Set<string>();
  const organizations = t.organizations.map((o, i) => {
    const row = `organizations[${i}] "${o.id}"`;
    if (fileOrganizations.has(o.id)) problems.push(`${row}: the id is given twice`);
    fileOrganizations.add(o.id);
    if (o.regionCode !== null && !known.regionCodes.has(o.regionCode)) problems.push(`${row}: unknown region code ${o.regionCode}`);
    const aliases = o.aliases.flatMap((a, j) => {
      const id = sourceId(a.source);
      const text = known.sourceTexts.get(id);
      if (text === undefined) {
        problems.push(`${row} alias ${j + 1}: unknown source "${a.source}"`);
        return [];
      }
      try {
        return [{ ...a, source: id, ...locateQuote(text, a.spelling, { within: a.within, occurrence: a.occurrence }) }];
      } catch (e) {
        if (!(e instanceof QuoteNotFoundError)) throw e;
        problems.push(`${row} alias ${JSON.stringify(a.spelling)} (source ${a.source}): ${e.message}`);
        return [];
      }
    });
    return { ...o, aliases };
  });

  const fileEditions = new Set<string>();
  t.editions.forEach((e, i) => {
    const row = `editions[${i}] "${e.id}"`;
    if (fileEditions.has(e.id)) problems.push(`${row}: the id is given twice`);
    fileEditions.add(e.id);
    if (e.provinceCode !== null && !known.regionCodes.has(e.provinceCode)) problems.push(`${row}: unknown province code ${e.provinceCode}`);
  });
  const editionKnown = (id: string) => fileEditions.has(id) || known.editionIds.has(id);
  const organizationKnown = (id: string) => fileOrganizations.has(id) || known.organizationIds.has(id);

  const editionFacts = t.editionFacts.map((f, i) => {
    const row = `editionFacts[${i}]${f.id ? ` "${f.id}"` : ""}`;
    if (!editionKnown(f.edition)) problems.push(`${row}: unknown edition "${f.edition}"`);
    return { ...f, citations: locateAll(row, f.citations) };
  });

  const placingIds = new Set<string>();
  const placings = t.placings.map((p, i) => {
    const row = `placings[${i}]${p.id ? ` "${p.id}"` : ""}`;
    if (p.id !== undefined) {
      if (placingIds.has(p.id)) problems.push(`${row}: the id is given twice`);
      placingIds.add(p.id);
    }
    if (!editionKnown(p.edition)) problems.push(`${row}: unknown edition "${p.edition}"`);
    if (!known.groupKeys.has(p.category.group))
      problems.push(`${row}: unknown category group "${p.category.group}" (GET /api/v1/categories lists them)`);
    if (p.organization !== null && !organizationKnown(p.organization)) problems.push(`${row}: unknown organization "${p.organization}"`);
    const citations = locateAll(row, p.citations);
    let prize: { text: string; amountRupiah: number | null } | null = null;
    if (p.prize) {
      const read = rupiahAmount(p.prize.text);
      if (!p.citations.some((c) => c.quote.includes(p.prize!.text)))
        problems.push(`${row}: the prize ${JSON.stringify(p.prize.text)} is not in any of its quotes`);
      if (p.prize.amountRupiah !== undefined && read !== null && read !== p.prize.amountRupiah) {
        problems.push(`${row}: the prize text gives Rp ${read}, not the amountRupiah ${p.prize.amountRupiah}`);
      }
      prize = { text: p.prize.text, amountRupiah: p.prize.amountRupiah ?? read };
    }
    const { prize: _prize, ...rest } = p;
    return { ...rest, prize, citations };
  });

  return { problems, located: { organizations, editionFacts, placings } };
}
