// The editions a draft proposes: the round the report is about (its level, province, year label, ceremony date and
// venue, each with its reason), or at a joint ceremony one edition per province sharing the ceremony; and, for
// each piece of text, which of them it is about.
import { editionBaseId } from "../awards/identity";
import { slugify } from "../slug";
import { readEdition } from "./edition";
import type { Segment } from "./segment";
import { recipientKey } from "./recipient-key";
import type { Context, Proposal, ProposedEdition } from "./types";

export function proposeEditions(text: string, ctx: Context) {
  const ed = readEdition(text, ctx);
  const provinceName = ed.province ? (ctx.gazetteer.provinces.find((p) => p.code === ed.province)?.name ?? null) : null;
  const yearLabel = ed.yearLabels[0]?.year ?? null;
  const mainLevel: "national" | "province" = ed.national || !ed.province ? "national" : "province";
  const ceremonyDate = ed.date?.iso ?? null;
  const dateNote =
    ed.date && ed.date.writtenYear === null
      ? `Teks menulis “${ed.date.text}” tanpa tahun; tahun ${ed.date.iso!.slice(0, 4)} disimpulkan dari sebutan tahun di artikel dan hari ${ed.date.weekday ?? "(tidak disebut)"}.`
      : null;
  const mainEdition: ProposedEdition = {
    key: "main",
    id: editionBaseId({
      provinceSlug: mainLevel === "province" && provinceName ? slugify(provinceName) : null,
      ceremonyDate,
      yearLabel: yearLabel ?? "tanpa-tahun",
    }),
    level: mainLevel,
    provinceCode: mainLevel === "province" ? ed.province : null,
    provinceName: mainLevel === "province" ? provinceName : null,
    yearLabel,
    ceremonyDate,
    dateNote,
    venue: ed.venue?.[1]?.trim() ?? null,
    retrospective: false,
    confidence: (ceremonyDate ? 1 : 0.8) * (dateNote ? 0.9 : 1) * (ed.province || mainLevel === "national" ? 1 : 0.6),
    reasons: [
      mainLevel === "province"
        ? `provincial round: ${provinceName} is named most`
        : ed.national
          ? "national round: “tingkat nasional”"
          : "no province named",
      ceremonyDate
        ? `ceremony date from “${ed.date!.text}”${ed.date!.weekday ? " (weekday checked)" : ""}`
        : "no ceremony date in the text",
      yearLabel ? `year label “${yearLabel}” as the award is named` : "no year label",
    ],
  };
  const editions: ProposedEdition[] = [mainEdition];
  // two provinces' rounds at one ceremony: one edition each, sharing the ceremony
  const mentions = ed.mentions;
  if (ed.joint && mainLevel === "province") {
    const shared =
      `${ed.provinces.map((c) => slugify(ctx.gazetteer.provinces.find((p) => p.code === c)?.name ?? c)).join("-")}-${ceremonyDate ?? yearLabel ?? ""}`
        .slice(0, 100)
        .replace(/-+$/, "");
    editions.length = 0;
    for (const code of ed.provinces) {
      const name = ctx.gazetteer.provinces.find((p) => p.code === code)?.name ?? null;
      editions.push({
        ...mainEdition,
        key: `prov-${code}`,
        id: editionBaseId({ provinceSlug: name ? slugify(name) : null, ceremonyDate, yearLabel: yearLabel ?? "tanpa-tahun" }),
        provinceCode: code,
        provinceName: name,
        sharedCeremony: shared,
        reasons: [
          ...mainEdition.reasons.slice(1),
          `one of ${ed.provinces.length} provinces whose rounds the text says were handed out together`,
        ],
      });
    }
  }
  /** The first mention at or after a position (mentions are sorted): a binary search, not a scan per piece. */
  const mentionFrom = (at: number) => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.index < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const editionOf = (seg: Segment): string => {
    if (!(ed.joint && mainLevel === "province")) return "main";
    const first = mentionFrom(seg.start);
    const inside = new Set<string>();
    for (let k = first; k < mentions.length && mentions[k]!.index < seg.end && inside.size < 2; k++) inside.add(mentions[k]!.code);
    if (inside.size === 1) return `prov-${[...inside][0]}`;
    const before = mentions[first - 1];
    return before && editions.some((e) => e.key === `prov-${before.code}`) ? `prov-${before.code}` : editions[0]!.key;
  };

  return { ed, editions, mainEdition, mainLevel, yearLabel, editionOf };
}

/**
 * A round whose winners are provinces' governments is the national round, whatever province the text names most
 * (in a province's own round the province hosts): two of them, or one ranked where the text calls the placing
 * national ("peringkat tiga nasional", "Paritrana Award Nasional").
 */
export function nationalByItsWinners(main: ProposedEdition, proposals: readonly Proposal[], text: string): void {
  const ofProvinces = proposals.filter((p) => p.edition === main.key && p.category.group === "province-government" && p.recipientName);
  const provinceWinners = new Set(ofProvinces.map((p) => recipientKey(p.recipientName!)));
  const rankedNationally =
    provinceWinners.size === 1 &&
    ofProvinces.some((p) => p.rank !== null) &&
    /\b(?:peringkat|juara|terbaik|ranking)\s+\S+\s+nasional\b|\bparitrana\s+award\s+nasional\b/iu.test(text);
  if (provinceWinners.size < 2 && !rankedNationally) return;
  Object.assign(main, {
    level: "national",
    provinceCode: null,
    provinceName: null,
    id: editionBaseId({ provinceSlug: null, ceremonyDate: main.ceremonyDate, yearLabel: main.yearLabel ?? "tanpa-tahun" }),
  });
  main.reasons[0] = rankedNationally
    ? "national round: a province's government placed, “… nasional”"
    : `national round: its winners include ${provinceWinners.size} provinces' governments`;
}
