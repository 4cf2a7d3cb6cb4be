// The draft in the import format: what an editor publishes after confirming the proposals.
import type { Transcription } from "../import/transcription-format";
import { slugify } from "../slug";
import { codePointIndex } from "./normalise";
import { normalizeName } from "./similarity";
import type { Context, Draft, Proposal, RecordedPlacing, SourceMeta, Span } from "./types";

/**
 * The draft in the import format: what an editor saves after confirming the proposals (the review page passes the
 * accepted ones, with the editor's corrections). A proposal may name the stored placing it confirms (`recorded`):
 * its quote is then added to that placing as one more citation, never a duplicate.
 */
export function toTranscription(
  text: string,
  meta: SourceMeta,
  sourceId: string,
  draft: Pick<Draft, "editions" | "facts"> & { proposals: readonly (Proposal & { recorded?: RecordedPlacing | null })[] },
  ctx: Context,
): Transcription {
  const editionId = new Map(draft.editions.map((e) => [e.key, e.id]));
  const organizations = new Map<string, Transcription["organizations"][number]>();
  const takenIds = new Set(ctx.organizations.map((o) => o.id));
  const orgIdFor = (p: Proposal): string | null => {
    if (!p.organization) return null;
    if (p.organization.existing) {
      // a stored organisation: this text's spelling is added to it (probable where the match was only close)
      const close = p.organization.reason.includes("close to");
      const alias = p.recipientName
        ? {
            spelling: p.recipientName,
            source: sourceId,
            match: close ? ("probable" as const) : ("certain" as const),
            ...(close ? { note: p.organization.reason } : {}),
            ...aliasLocation(text, p.recipientName, p.recipientSpan),
          }
        : null;
      const entry = organizations.get(p.organization.id) ?? {
        id: p.organization.id,
        name: p.organization.name,
        kind: p.organization.kind as Transcription["organizations"][number]["kind"],
        regionCode: p.organization.regionCode,
        aliases: [],
      };
      if (alias && !entry.aliases.some((a) => a.spelling === alias.spelling)) entry.aliases.push(alias);
      organizations.set(p.organization.id, entry);
      return p.organization.id;
    }
    const key = normalizeName(p.organization.name);
    for (const [id, o] of organizations) if (normalizeName(o.name) === key) return id;
    let id = slugify(p.organization.name).slice(0, 80) || "organisasi";
    for (let n = 2; takenIds.has(id); n++) id = `${slugify(p.organization.name).slice(0, 76)}-${n}`;
    takenIds.add(id);
    organizations.set(id, {
      id,
      name: p.organization.name,
      kind: p.organization.kind as Transcription["organizations"][number]["kind"],
      regionCode: p.organization.regionCode,
      ...(p.organization.kind === "other" || p.organization.reason.includes("category") ? { kindNote: p.organization.reason } : {}),
      aliases: p.recipientName
        ? [
            {
              spelling: p.recipientName,
              source: sourceId,
              match: "certain" as const,
              ...aliasLocation(text, p.recipientName, p.recipientSpan),
            },
          ]
        : [],
    });
    return id;
  };
  /** which occurrence of the quote the proposal means, where the text holds it more than once */
  const cpAt = codePointIndex(text);
  const occurrence = (quote: string, at: Span) => {
    let n = 0;
    for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
      n++;
      if (cpAt(i) === at.start) return n > 1 || text.indexOf(quote, i + 1) !== -1 ? { occurrence: n } : {};
      if (cpAt(i) > at.start) break;
    }
    return {};
  };
  const placings = draft.proposals.map((p) => {
    const organization = p.recorded ? p.recorded.organizationId : orgIdFor(p);
    const cite = (quote: string, at: Span, main: boolean) => ({
      source: sourceId,
      quote,
      ...occurrence(quote, at),
      ...(p.recipientName && quote.includes(p.recipientName) ? { recipientName: p.recipientName } : {}),
      ...(main && p.category.wording && quote.includes(p.category.wording) ? { categoryWording: p.category.wording } : {}),
      ...(main && p.rankWording && quote.includes(p.rankWording) ? { rankWording: p.rankWording } : {}),
    });
    if (p.recorded) {
      // the stored placing, as stored: the importer adds this quote to it
      return {
        id: p.recorded.claimId,
        edition: p.recorded.editionId,
        category: {
          label: p.recorded.label,
          group: p.category.group,
          ...(p.recorded.qualifier ? { qualifier: p.recorded.qualifier } : {}),
        },
        rank: p.recorded.rank,
        organization,
        inferences: [],
        citations: [cite(p.quote, p.span, true)],
      };
    }
    return {
      edition: editionId.get(p.edition)!,
      category: { label: p.category.label, group: p.category.group, ...(p.category.qualifier ? { qualifier: p.category.qualifier } : {}) },
      rank: p.rank,
      organization,
      ...(p.prize
        ? { prize: { text: p.prize.text, ...(p.prize.amountRupiah !== null ? { amountRupiah: p.prize.amountRupiah } : {}) } }
        : {}),
      inferences: p.inferences,
      ...(p.inferenceNote ? { inferenceNote: p.inferenceNote } : {}),
      extraction: { confidence: Math.round(p.confidence * 100) / 100, certainty: p.certain ? ("certain" as const) : ("check" as const) },
      citations: [cite(p.quote, p.span, true), ...p.extraQuotes.map((q) => cite(q.quote, q.span, false))],
    };
  });
  return {
    format: "paritrana-transcription/1",
    sources: [
      {
        id: sourceId,
        publisher: meta.publisher,
        title: meta.title ?? null,
        author: meta.author ?? null,
        publishedAt: meta.publishedAt ?? null,
        eventDate: meta.eventDate ?? draft.editions[0]?.ceremonyDate ?? null,
        dateNote: draft.editions[0]?.dateNote ?? null,
        url: meta.url ?? null,
        language: "id",
        text,
      },
    ],
    organizations: [...organizations.values()],
    editions: draft.editions.map((e) => ({
      id: e.id,
      level: e.level,
      provinceCode: e.provinceCode,
      yearLabel: e.yearLabel ?? "",
      assessmentPeriod: draft.facts.find((f) => f.kind === "assessment_period" && f.edition === e.key)?.value ?? null,
      ceremonyDate: e.ceremonyDate,
      sharedCeremony: e.sharedCeremony ?? null,
    })),
    editionFacts: draft.facts.map((f) => ({
      edition: editionId.get(f.edition)!,
      kind: f.kind,
      value: f.value,
      ...(f.note ? { inferenceNote: f.note } : {}),
      citations: [{ source: sourceId, quote: f.quote, ...occurrence(f.quote, f.span) }],
    })),
    placings,
  };

  /** Which occurrence of a spelling the proposal means, where the text writes it more than once: the one at its span. */
  function aliasLocation(full: string, spelling: string, at: Span | null) {
    const first = full.indexOf(spelling);
    if (first === -1 || full.indexOf(spelling, first + 1) === -1 || !at) return {};
    let n = 0;
    for (let i = first; i !== -1; i = full.indexOf(spelling, i + 1)) {
      n++;
      if (cpAt(i) === at.start) return { occurrence: n };
    }
    return {};
  }
}
