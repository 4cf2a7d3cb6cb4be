// Restatements: one placing said twice in a report (or a winner's release naming it again without its rank or
// category) becomes one proposal with every quote; two different placings of one organisation stay two.
import { recipientKey } from "./recipient-key";
import type { Proposal } from "./types";

/**
 * The same placing stated twice ("… juara satu diraih Bank NTT" and "Bank NTT meraih juara satu"), or a winner's
 * release naming it again without its rank or category: one proposal, with every quote. Two different placings of
 * one organisation (first in a sector and first overall) stay two.
 */
export function mergeRestatements(proposals: readonly Proposal[]): Proposal[] {
  const out: Proposal[] = [];
  const byWho = new Map<string, Proposal[]>();
  // "Pemda Wajo" is Kabupaten Wajo's government when the release names no other Wajo
  const plain = (p: Proposal) =>
    p.organization?.existing
      ? `id:${p.organization.id}`
      : p.organization?.kind === "province_government" && p.organization.regionCode
        ? `province:${p.organization.regionCode}`
        : p.organization
          ? recipientKey(p.organization.name).replace(/^(?:pemda|kabupaten|kota)\s+/u, "")
          : null;
  // "Desa Tulungrejo Batu" where the text also writes "Desa Tulungrejo": the last word is where the village is
  const keys = new Set(proposals.map(plain));
  const who = (p: Proposal) => {
    const key = plain(p);
    if (!key || !(p.organization?.kind === "village" || p.organization?.kind === "kelurahan")) return key;
    const shorter = key.replace(/\s+\S+$/u, "");
    return shorter !== key && keys.has(shorter) ? shorter : key;
  };
  const weaker = (a: Proposal, b: Proposal) =>
    (a.rank === null && a.inferences.includes("category_from_context") && !b.inferences.includes("category_from_context")) ||
    (a.rank === null && b.rank !== null && a.category.group === b.category.group) ||
    (a.rank === null && b.rank === null && a.inferences.includes("category_from_context"));
  /** a ranked statement whose category was read from the winner's kind, and an unranked one naming the category */
  const complements = (ranked: Proposal, worded: Proposal) =>
    ranked.rank !== null &&
    worded.rank === null &&
    ranked.inferences.includes("category_from_context") &&
    !worded.inferences.includes("category_from_context") &&
    ranked.category.group !== worded.category.group;
  for (const p of proposals) {
    const key = who(p);
    const bucket = key ? (byWho.get(`${p.edition}|${key}`) ?? []) : [];
    // "Sragen Raih Terbaik II" (category left to the kind) and "Sragen meraih … kategori Pemerintah Daerah" (no rank):
    // one placing, its rank from the one and its category from the other
    const complement = bucket.find((q) => complements(q, p) || complements(p, q));
    if (complement) {
      const [ranked, worded] = complements(complement, p) ? [complement, p] : [p, complement];
      const extra = [complement.quote === p.quote ? null : { quote: p.quote, span: p.span }, ...p.extraQuotes].filter(
        (q): q is { quote: string; span: Proposal["span"] } => q !== null,
      );
      Object.assign(complement, {
        ...ranked,
        category: worded.category,
        inferences: ranked.inferences.filter((i) => i !== "category_from_context"),
        key: complement.key,
        extraQuotes: [...complement.extraQuotes, ...extra],
        quote: complement.quote,
        span: complement.span,
        confidence: Math.min(ranked.confidence, worded.confidence),
        certain: false,
      });
      continue;
    }
    const same = bucket.find((q) => (q.rank === p.rank && q.category.group === p.category.group) || weaker(p, q) || weaker(q, p));
    if (!same) {
      const copy = { ...p, extraQuotes: [...p.extraQuotes] };
      out.push(copy);
      if (key) byWho.set(`${p.edition}|${key}`, [...bucket, copy]);
      continue;
    }
    // the stronger statement stands; of two as strong (or as weak), the surer one
    if ((weaker(same, p) && !weaker(p, same)) || (weaker(same, p) === weaker(p, same) && p.confidence > same.confidence + 0.05)) {
      const extra = same.quote === p.quote ? [] : [{ quote: same.quote, span: same.span }];
      // the fuller name stands for the organisation ("Pemerintah Sulawesi Selatan", not "Sulsel")
      const fuller =
        same.organization && p.organization && !p.organization.existing && same.organization.name.length > p.organization.name.length;
      // a village keeps the name without its place ("Desa Tulungrejo", not "Desa Tulungrejo Batu")
      const village = p.organization?.kind === "village" || p.organization?.kind === "kelurahan";
      const organization = village
        ? same.organization && p.organization && same.organization.name.length < p.organization.name.length
          ? same.organization
          : p.organization
        : fuller
          ? same.organization
          : p.organization;
      Object.assign(same, { ...p, organization, key: same.key, extraQuotes: [...same.extraQuotes, ...extra] });
    } else {
      if (same.quote !== p.quote && !same.extraQuotes.some((q) => q.quote === p.quote))
        same.extraQuotes.push({ quote: p.quote, span: p.span });
      // a village keeps the name without its place, whichever statement came first
      if (
        (same.organization?.kind === "village" || same.organization?.kind === "kelurahan") &&
        p.organization &&
        !p.organization.existing &&
        same.organization &&
        !same.organization.existing &&
        p.organization.name.length < same.organization.name.length
      )
        same.organization = p.organization;
    }
  }
  return out;
}
