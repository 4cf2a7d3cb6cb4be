// From a pasted news report to a draft transcription (the import format) that an editor confirms: the edition,
// the categories as the article words them, and every placing it states, each with its quote (a verbatim span of
// the text as given), what was inferred, and a confidence. A pipeline of small pure stages:
//   normalise -> segment -> tokens -> mentions (names, ranks, categories) -> assemble -> confidence -> merge.
// Deterministic, no network, no model, linear in the text. Nothing is proposed that the text does not say.
import { sourceBaseId } from "../awards/identity";
import { assemble, type Found } from "./assemble";
import { findCategories, headingCategory, leadingCategory, listedCategoryGroups, type CategoryMention } from "./categories";
import { BUSINESS_GROUPS, GOVERNMENT_GROUPS, GROUP_OF_KIND, LOCAL_GOVERNMENT_GROUPS, namesAnUnnamedSector } from "./category-rules";
import { confidenceOf } from "./confidence";
import { recalledRound } from "./edition";
import { nationalByItsWinners, proposeEditions } from "./draft-editions";
import { rankFromLoneMarkers, type LoneRank } from "./lone-rank";
import { mergeRestatements } from "./merge";
import { findNames, nameIndex, type NameMention } from "./names";
import { codePointIndex, normalise, originalRange } from "./normalise";
import { matchOrganization, stripRegion } from "./organizations";
import { normalizeName } from "./similarity";
import { prizeNear } from "./prizes";
import { findRanks } from "./ranks";
import { recipientKey } from "./recipient-key";
import { segments, type Segment } from "./segment";
import { tokenize } from "./tokens";
import { toTranscription } from "./to-transcription";
import type { Context, Draft, Proposal, SourceMeta, Span } from "./types";

export type { Context, Draft, Gazetteer, KnownOrganization, ProposedEdition, Proposal, RecordedPlacing, SourceMeta, Span } from "./types";
export { toTranscription } from "./to-transcription";
export { CERTAIN } from "./confidence";

/** More placings than any round has had (the largest list seen names a few dozen): a pasted text cannot make more. */
export const MAX_PROPOSALS = 500;

/** The kinds of winner that compete in businesses' categories. */
const BUSINESS_KINDS = new Set(["company", "bank", "cooperative", "hospital", "school_or_university"]);

/** Kinds of winner to the group a round without a named category files them in. */
const GROUP_OF_WINNER: Readonly<Record<string, string>> = {
  ...(GROUP_OF_KIND as Record<string, string>),
  regency_government: "regency-city-government",
  city_government: "regency-city-government",
  company: "",
  other: "",
};

export function extractDraft(original: string, meta: SourceMeta, ctx: Context): Draft {
  const t0 = performance.now();
  const norm = normalise(original);
  const text = norm.text;
  const cpAt = codePointIndex(original);
  const span = (a: number, b: number): Span => {
    const r = originalRange(norm, a, b);
    return { start: cpAt(r.start), end: cpAt(r.end) };
  };
  const slice = (a: number, b: number) => {
    const r = originalRange(norm, a, b);
    return original.slice(r.start, r.end);
  };
  const sourceId = meta.id ?? sourceBaseId(meta);

  // the edition (or, at a joint ceremony, one per province)
  const { ed, editions, mainEdition, mainLevel, yearLabel, editionOf } = proposeEditions(text, ctx);

  // the placings, piece by piece
  const index = nameIndex(ctx.gazetteer);
  const aliases = new Map<string, { name: string; kind: string | null }>();
  const proposals: Proposal[] = [];
  let heading: CategoryMention | null = null;
  let last: CategoryMention | null = null;
  const inferredSector = new Set<Found>();
  let lastSubject: { seg: Segment; found: Found } | null = null;
  const loneRanks: LoneRank[] = [];
  const pieces = segments(text);
  const words = pieces.map((seg) => {
    const tokens = tokenize(seg.text);
    return { tokens, cats: findCategories(tokens, seg.text).filter((c) => c.group || c.anaphora) };
  });
  // the report's one category for businesses, where it names one only ("tiga kategori lain: …, UKM, dan perusahaan
  // skala besar"): a bank or a company named without a category is in it, not in the sector its kind suggests
  const named = [
    ...words.flatMap((w) => w.cats.filter((c) => c.explicit && c.group)),
    ...pieces.flatMap((seg, k) => listedCategoryGroups(words[k]!.tokens, seg.text).map((c) => ({ group: c.group, label: c.wording }))),
  ];
  const businessGroups = new Map(named.filter((c) => BUSINESS_GROUPS.has(c.group!)).map((c) => [c.group!, c]));
  const onlyBusiness = businessGroups.size === 1 ? [...businessGroups.values()][0]! : null;
  // the report's own category for local governments ("Kategori Pemda"), wherever it is written (a headline comes
  // before it), else the first local-government wording read so far: a regency named without a category is in it
  const isLocal = (c: CategoryMention) => LOCAL_GOVERNMENT_GROUPS.has(c.group ?? "");
  let localGovernment = words.flatMap((w) => w.cats).find((c) => c.explicit && isLocal(c)) ?? null;
  for (const [at, seg] of pieces.entries()) {
    // "Baca juga: …" links to another story
    if (/^baca\s+juga\b/iu.test(seg.text)) continue;
    const { tokens } = words[at]!;
    const ranks = findRanks(tokens);
    let cats = words[at]!.cats;
    // no name begins inside a rank marker ("Juara I Desa …") or a category's wording ("Kategori Sektor Usaha Makro")
    const blocked = new Set(
      [...ranks.filter((r) => !r.weak || r.rank !== null), ...cats].flatMap((r) =>
        Array.from({ length: r.to - r.from }, (_, k) => r.from + k),
      ),
    );
    const names = findNames(tokens, seg.text, index, blocked);
    for (const n of names) if (n.alias) aliases.set(n.alias, { name: seg.text.slice(n.start, n.end), kind: n.kind });
    const firstRank = ranks.find((r) => !r.bare);
    const paren = tokens.findIndex((t) => t.text === "(");
    const lead =
      cats.length === 0
        ? leadingCategory(tokens, seg.text, Math.min(...[firstRank?.from ?? tokens.length, paren === -1 ? tokens.length : paren]))
        : null;
    if (lead) cats = [lead];
    const ownHeading = seg.lineStart && seg.kind === "heading" ? headingCategory(tokens, seg.text) : null;
    if (ownHeading) {
      heading = ownHeading;
      last = ownHeading;
      continue;
    }
    const found = assemble(tokens, names, ranks, cats, { heading, last, item: seg.kind === "item", itemNumber: seg.itemNumber });
    readUnnamedSectors(found);
    const explicit = cats.find((c) => c.group && !c.anaphora);
    if (explicit) last = explicit;
    for (const c of cats) if (isLocal(c)) localGovernment ??= c;
    // "Selain kategori pemerintah daerah, …": the local governments named before, without a category, were in it
    const besides =
      tokens[0]?.lower === "selain" && cats[0]?.from === 1 && LOCAL_GOVERNMENT_GROUPS.has(cats[0].group ?? "") ? cats[0] : null;
    if (besides) {
      for (const p of proposals) {
        if (!p.inferences.includes("category_from_context") || !LOCAL_GOVERNMENT_GROUPS.has(p.category.group)) continue;
        p.category = { ...p.category, group: besides.group!, label: besides.label, wording: null, confidence: 0.6 };
        p.inferenceNote = `Kategori tidak disebut di kutipan; kalimat sesudahnya menulis “${seg.text.slice(besides.start, besides.end)}”.`;
      }
    }
    // a line that opens a list ("Kategori Badan Usaha dibagi berdasarkan sektor", "Kategori Perusahaan Besar:")
    // "2. Kategori Perusahaan Besar" (a numbered heading), "Kategori X:" : the category of the lines below
    const wholeLine =
      explicit &&
      tokens
        .slice(explicit.to)
        .every((t) => !t.word || ["dibagi", "berdasarkan", "sektor", "terbaik", "berikut", "adalah", "yaitu", "yakni"].includes(t.lower));
    if (
      seg.lineStart &&
      found.length === 0 &&
      explicit &&
      (seg.kind === "heading" || /:\s*$/u.test(seg.text) || (seg.kind === "item" && wholeLine))
    )
      heading = explicit;
    else if (seg.lineStart && seg.kind !== "item" && found.length > 0 && !found.some((f) => f.categoryFrom === "heading")) heading = null;
    // "Pemerintah Kabupaten X kembali menorehkan prestasi. … daerah yang dipimpin Bupati Y itu dinobatkan sebagai
    // terbaik pertama …": a rank in the next sentence, which names no one else, is the winner named just before
    // (one quote over both sentences; never certain)
    let quoted = seg;
    const lone = ranks.filter((r) => (r.rank !== null || r.mention) && !r.weak && !found.some((f) => f.marker === r));
    if (
      found.length === 0 &&
      lone.length === 1 &&
      !names.some((n) => n.role === "candidate") &&
      lastSubject &&
      seg.start - lastSubject.seg.end <= 2
    ) {
      const shift = seg.start - lastSubject.seg.start;
      const r = lone[0]!;
      const cat = cats.find((c) => c.from >= r.to) ?? cats.find((c) => c.to <= r.from) ?? null;
      quoted = { ...seg, start: lastSubject.seg.start, text: text.slice(lastSubject.seg.start, seg.end) };
      found.push({
        name: lastSubject.found.name,
        rank: r.rank,
        mention: r.mention,
        marker: { ...r, start: r.start + shift, end: r.end + shift },
        rankInferred: false,
        orderNote: null,
        category: cat ? { ...cat, start: cat.start + shift, end: cat.end + shift } : lastSubject.found.category,
        categoryFrom: cat ? "text" : lastSubject.found.categoryFrom,
        evidence: "subject",
        linkLength: 99,
      });
    }
    lastSubject =
      found.length === 1 && found[0]!.evidence === "subject" && found[0]!.name && quoted === seg
        ? { seg, found: found[0]! }
        : found.length
          ? null
          : lastSubject;
    const retro = recalledRound(seg.text, yearLabel);
    if (retro === null) noteLoneRanks(seg, ranks, cats, names, found);
    if (found.length === 0) continue;
    if (retro === "skip") continue;
    let editionKey = editionOf(seg);
    if (retro && mainLevel === "province") {
      editionKey = `nasional-${retro}`;
      if (!editions.some((e) => e.key === editionKey)) {
        editions.push({
          key: editionKey,
          id: `nasional-${retro}`,
          level: "national",
          provinceCode: null,
          provinceName: null,
          yearLabel: retro,
          ceremonyDate: null,
          dateNote: null,
          venue: null,
          retrospective: true,
          confidence: 0.8,
          reasons: [`an earlier national round recalled: “tahun ${retro}” … “tingkat nasional”`],
        });
      }
    } else if (retro) continue;
    for (const [k, f] of found.entries()) {
      if (proposals.length >= MAX_PROPOSALS) break;
      const p = proposalOf(f, found[k + 1] ?? null, quoted, names);
      if (p && proposals.length < MAX_PROPOSALS) proposals.push({ ...p, key: `p${proposals.length + 1}`, edition: editionKey });
    }
  }

  /** Ranks this piece writes beside no name (read after merging: `rankFromLoneMarkers`). */
  function noteLoneRanks(
    seg: Segment,
    ranks: ReturnType<typeof findRanks>,
    cats: readonly CategoryMention[],
    names: readonly NameMention[],
    found: readonly Found[],
  ) {
    for (const r of ranks) {
      if (
        r.rank === null ||
        r.weak ||
        r.bare ||
        r.mention ||
        found.some((f) => f.marker && f.marker.from === r.from && f.marker.to === r.to)
      )
        continue;
      const c = cats.find((k) => k.group && !k.anaphora && k.from >= r.to && k.from - r.to <= 10) ?? null;
      loneRanks.push({
        rank: r.rank,
        rankWording: slice(seg.start + r.start, seg.start + r.end),
        quote: slice(seg.start, seg.end),
        span: span(seg.start, seg.end),
        category: c
          ? {
              label: c.label || c.wording,
              group: c.group!,
              qualifier: c.qualifier,
              wording: slice(seg.start + c.start, seg.start + c.end),
              confidence: c.confidence,
            }
          : null,
        // (not a government by a short name the gazetteer does not know, "Kabupaten Lotim": the winner's, as likely)
        names: names
          .filter((n) => n.role === "candidate" && n.prefixed && !shortUnknownGovernment(seg.text.slice(n.start, n.end)))
          .map((n) => seg.text.slice(n.start, n.end)),
      });
    }
  }

  function shortUnknownGovernment(name: string) {
    const bare = /^(?:Pemerintah\s+)?(?:Kabupaten|Kota|Pemkab|Pemkot|Kab\.)\s+(\S+)$/u.exec(name)?.[1];
    return bare !== undefined && !index.byName.has(normalizeName(bare));
  }

  /** "MBD", "Kabupaten MBD", "Pemkab MBD": the abbreviation the text defines ("Kabupaten Maluku Barat Daya (MBD)"). */
  function aliasFor(written: string) {
    return (
      aliases.get(written) ??
      aliases.get(written.replace(/^(?:Pemerintah\s+)?(?:Kabupaten|Kota|Pemkab|Pemkot|Pemda|Kab\.)\.?\s+/u, "")) ??
      null
    );
  }

  /** "Kategori Sektor Usaha Makro (Terbaik 2 RSU Leona …)": a sector the wording leaves unnamed, read from its winners. */
  function readUnnamedSectors(found: Found[]) {
    const byCategory = new Map<CategoryMention, Found[]>();
    for (const f of found)
      if (f.category && namesAnUnnamedSector(f.category.wording)) byCategory.set(f.category, [...(byCategory.get(f.category) ?? []), f]);
    for (const [cat, members] of byCategory) {
      const votes = new Map<string, number>();
      for (const m of members) {
        const g = m.name?.kind ? GROUP_OF_KIND[m.name.kind] : undefined;
        if (g && !GOVERNMENT_GROUPS.has(g)) votes.set(g, (votes.get(g) ?? 0) + 1);
      }
      const top = [...votes].sort((a, b) => b[1] - a[1])[0];
      if (!top) continue;
      const read = { ...cat, group: top[0], confidence: 0.6 };
      for (const m of members) {
        m.category = read;
        inferredSector.add(m);
      }
    }
  }

  function proposalOf(f: Found, next: Found | null, seg: Segment, names: readonly NameMention[]): Omit<Proposal, "key" | "edition"> | null {
    const rawName = f.name ? seg.text.slice(f.name.start, f.name.end) : null;
    const stripped = rawName ? stripRegion(rawName, ctx) : null;
    const written = stripped ? slice(seg.start + f.name!.start, seg.start + f.name!.start + stripped.name.length) : null;
    // "MBD", "Kabupaten MBD", "Pemkab MBD": the abbreviation the text defined
    // matched and named by the normalised name (one space between words); the spelling stays as written
    const plainName = stripped?.name ?? null;
    const alias = plainName ? aliasFor(plainName) : null;
    const aliasOf = alias?.name ?? null;
    // the category: as the text words it, else read from the kind of winner
    let cat = f.category?.group ? f.category : null;
    let categoryInferred = inferredSector.has(f);
    let categoryFromRound: string | null = null;
    const kind = f.name?.kind ?? alias?.kind ?? null;
    if (!cat) {
      const local = (kind === "regency_government" || kind === "city_government") && localGovernment ? localGovernment.group : null;
      const business = !local && kind && BUSINESS_KINDS.has(kind) ? onlyBusiness : null;
      if (business) categoryFromRound = business.label;
      const group = local ?? business?.group ?? ((kind ? GROUP_OF_WINNER[kind] : "") || groupFromNameWords(written ?? ""));
      if (!group) return null;
      cat = {
        from: 0,
        to: 0,
        start: 0,
        end: 0,
        wording: "",
        label: local ? localGovernment!.label : business ? business.label || group : group,
        qualifier: null,
        group,
        confidence: 0.6,
        anaphora: false,
        explicit: false,
      };
      categoryInferred = true;
    }
    const group = cat.group!;
    const matched = written ? matchOrganization(aliasOf ?? plainName!, group, ctx) : null;
    // a bare name the gazetteer knows ("Jawa Tengah", "Sragen"): that region's government
    const typed =
      matched && !matched.existing && matched.kind === "other" && kind
        ? { ...matched, kind, regionCode: matched.regionCode ?? f.name?.gazetteer?.code ?? null }
        : matched;
    // a province's government by its code, however it is written ("Sulsel", "Pemerintah Sulawesi Selatan")
    const provinceEntry =
      typed &&
      !typed.existing &&
      !typed.regionCode &&
      (typed.kind === "province_government" || (typed.kind === "other" && group === "province-government"))
        ? index.byName.get(recipientKey(aliasOf ?? written ?? "").replace(/^pemerintah\s+/u, ""))
        : undefined;
    const provinceCode = provinceEntry?.kind === "province_government" ? provinceEntry.code : null;
    // a province's government under its full name ("Pemprov Sulsel" is Provinsi Sulawesi Selatan; the spelling stays)
    const fullName = provinceCode ? ctx.gazetteer.provinces.find((p) => p.code === provinceCode)?.name : undefined;
    const coded = provinceCode
      ? { ...typed!, kind: "province_government", regionCode: provinceCode, ...(fullName ? { name: `Provinsi ${fullName}` } : {}) }
      : typed;
    // "Bupati Simalungun": the organisation is Kabupaten Simalungun (the spelling stays as written)
    const titled =
      plainName && f.name?.viaTitle && !f.name.prefixed
        ? `${kind === "city_government" ? "Kota" : kind === "regency_government" ? "Kabupaten" : "Provinsi"} ${plainName}`
        : null;
    const organization = titled ? { ...matchOrganization(titled, group, ctx)!, ...(kind ? { kind } : {}) } : coded;
    const nameEnd = f.name?.end ?? f.marker?.end ?? 0;
    const nextStart = next?.name?.start ?? next?.marker?.start ?? seg.text.length;
    const prize =
      prizeNear(seg.text, nameEnd, Math.max(nameEnd, nextStart)) ??
      (/\bmasing-masing\b/iu.test(seg.text) ? prizeNear(seg.text, 0, seg.text.length) : null);
    const inferences: Proposal["inferences"] = [];
    const notes: string[] = [];
    if (f.rankInferred) {
      inferences.push("rank_from_order");
      notes.push(`Peringkat tidak ditulis dengan angka; disimpulkan dari ${f.orderNote ? `“${f.orderNote}”` : "urutan daftar"}.`);
    }
    if (categoryInferred) {
      inferences.push("category_from_context");
      notes.push(
        categoryFromRound
          ? `Kategori tidak disebut bersama penerimanya; laporan ini hanya menyebut satu kategori badan usaha (“${categoryFromRound}”).`
          : cat.wording
            ? `Sumber menulis “${cat.wording}” tanpa menyebut sektornya; kategori disimpulkan dari jenis penerimanya.`
            : "Kategori tidak disebut; disimpulkan dari jenis penerimanya.",
      );
    }
    if (f.mention)
      notes.push(
        `Sumber menulis “${slice(seg.start + f.marker!.start, seg.start + f.marker!.end)}”: penghargaan harapan, tanpa peringkat.`,
      );
    if (f.marker?.weak && f.rank !== null && !f.rankInferred)
      notes.push(`Sumber menulis “${slice(seg.start + f.marker.start, seg.start + f.marker.end)}” untuk peringkatnya.`);
    // "Desa Tamansari Jember": a village's name may end with its regency; the text cannot say which
    const endsWithPlace =
      (kind === "village" || kind === "kelurahan") &&
      written !== null &&
      /\s(\S+(?:\s\S+)?)$/u.test(written) &&
      [1, 2].some((n) => index.byName.has(normalizeName(written.split(/\s+/u).slice(-n).join(" "))));
    const confidence = confidenceOf({
      endsWithPlace,
      found: f,
      categoryInferred,
      categoryConfidence: cat.confidence,
      categoryFromHeading: f.categoryFrom === "heading",
      organization,
      dated: Boolean(mainEdition.ceremonyDate),
      names,
    });
    const rankWording = f.marker && !f.marker.weak && f.rank !== null ? slice(seg.start + f.marker.start, seg.start + f.marker.end) : null;
    const wording = cat.wording && f.categoryFrom === "text" ? slice(seg.start + cat.start, seg.start + cat.end) : null;
    return {
      category: {
        label: cat.label || cat.wording || group,
        group,
        qualifier: cat.qualifier,
        wording: f.categoryFrom === "text" ? wording : cat.wording || null,
        confidence: cat.confidence,
      },
      rank: f.rank,
      rankWording,
      recipientName: written,
      recipientSpan: f.name && written ? span(seg.start + f.name.start, seg.start + f.name.start + stripped!.name.length) : null,
      organization,
      prize,
      inferences,
      inferenceNote: notes.length ? notes.join(" ") : null,
      quote: slice(seg.start, seg.end),
      span: span(seg.start, seg.end),
      extraQuotes: [],
      confidence: confidence.value,
      certain: confidence.certain,
      reasons: [
        f.mention
          ? `honourable mention (${f.mention})`
          : f.rank === null
            ? "named without a rank"
            : f.rankInferred
              ? `rank ${f.rank} from the order (${f.orderNote ?? "the list"})`
              : f.marker
                ? `rank ${f.rank} from “${rankWording}”`
                : `rank ${f.rank} from the list number`,
        categoryFromRound
          ? `category: the report's only category for businesses (“${categoryFromRound}” → ${group})`
          : categoryInferred
            ? `category read from the winner's kind (${group})`
            : `category “${cat.wording}” → ${group}`,
        `evidence: ${f.evidence}`,
        organization ? organization.reason : "the rank is listed with no name",
        ...(f.name?.regionNote ? [`${f.name.regionNote} read as the recipient's region, not its name`] : []),
        ...(aliasOf ? [`“${written}” is the abbreviation the text gives for ${aliasOf}`] : []),
      ],
    };
  }

  if (mainLevel === "province" && !ed.joint) nationalByItsWinners(mainEdition, proposals, text);

  // an abbreviation used before the text defines it (a headline: "Pemkab SBT Raih Juara 2"): the organisation it stands for
  for (const p of proposals) {
    const alias = p.recipientName && !p.organization?.existing ? aliasFor(p.recipientName) : null;
    if (alias && p.organization && recipientKey(p.organization.name) !== recipientKey(alias.name))
      p.organization = { ...matchOrganization(alias.name, p.category.group, ctx)!, ...(alias.kind ? { kind: alias.kind } : {}) };
  }
  // in a province's own round the province hosts, it does not compete
  const provincial = new Set(editions.filter((e) => e.level === "province").map((e) => e.key));
  const competing = proposals.filter(
    (p) => !(provincial.has(p.edition) && p.organization?.kind === "province_government" && p.rank === null),
  );
  const merged = ed.joint ? mergeRestatements(competing) : rankFromLoneMarkers(mergeRestatements(competing), loneRanks, "main");
  const facts = editionFacts();
  const draft = { editions, proposals: merged, facts };
  return { ...draft, transcription: toTranscription(original, meta, sourceId, draft, ctx), ms: performance.now() - t0 };

  function editionFacts(): Draft["facts"] {
    const out: Draft["facts"] = [];
    const mainKey = editions[0]!.key;
    const pieceAt = (i: number) => pieces.find((sg) => sg.start <= i && i < sg.end + 1);
    const fact = (kind: Draft["facts"][number]["kind"], value: string, at: number, note: string | null) => {
      const sg = pieceAt(at);
      if (sg) out.push({ edition: mainKey, kind, value, quote: slice(sg.start, sg.end), span: span(sg.start, sg.end), note });
    };
    if (ed.date?.iso) fact("ceremony_date", ed.date.iso, ed.date.index, mainEdition.dateNote);
    if (ed.venue) fact("venue", ed.venue[1]!.trim(), ed.venue.index, null);
    for (const label of [...new Set(ed.yearLabels.map((l) => l.year))])
      fact("year_label", label, ed.yearLabels.find((l) => l.year === label)!.index, null);
    if (ed.periode) fact("assessment_period", ed.periode[1]!, ed.periode.index, null);
    return out;
  }
}

/** A winner's own words where no category is written: "Yayasan Pendidikan …" (education), "… Bakery" (small business). */
function groupFromNameWords(name: string): string {
  if (/\b(pendidikan|sekolah|universitas|madrasah|pesantren)\b/iu.test(name)) return "education";
  if (/\b(rumah\s+sakit|klinik|medika|husada)\b/iu.test(name)) return "health";
  if (/\b(shop|bakery|kue|roti|kopi|coffee|toko|warung|katering|catering|kafe|cafe|laundry|kedai)\b/iu.test(name)) return "umk";
  return "";
}
