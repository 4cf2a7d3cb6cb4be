// Stage 4: which names of a piece of text are winners, of which category and rank. A name is proposed only with
// evidence the text gives: a rank marker linked to it ("Juara 1 X", "X sebagai juara 1"), a list the text opens
// for a category or for winners ("kategori X yakni A, B dan C"), or an award verb it is the subject of
// ("Kabupaten X meraih Paritrana Award"). Ranks follow the order of a list only where the text says so
// ("disusul", "diikuti oleh"); the category is the one the text names for it (before it, or after it with
// "untuk kategori"), else the heading above, else read from the kind of winner (marked as inferred).
import type { CategoryMention } from "./categories";
import {
  commasAroundRegionsOnly,
  gapTokens,
  isPostfix,
  LIST_SEPARATORS,
  CHAIN_WORDS,
  linkOnly,
  objectOfAward,
  opensList,
  PASSIVE,
  PUNCT_BACKWARD,
  PUNCT_FORWARD,
  subjectOfAward,
} from "./evidence";
import { AWARD_VERBS, BACKWARD_LINK, FORWARD_LINK, NOT_WON, ORDER_WORDS } from "./lexicon";
import type { NameMention } from "./names";
import type { RankMention } from "./ranks";
import type { Token } from "./tokens";

export type Evidence = "rank" | "order" | "list" | "subject" | "object" | "item";
export type Found = {
  name: NameMention | null;
  rank: number | null;
  mention: string | null;
  marker: RankMention | null;
  rankInferred: boolean;
  orderNote: string | null;
  category: CategoryMention | null;
  categoryFrom: "text" | "heading" | "before" | null;
  evidence: Evidence;
  /** tokens between the marker and the name: a longer link is less sure */
  linkLength: number;
};

export type PieceContext = {
  heading: CategoryMention | null;
  last: CategoryMention | null;
  /** the piece is a list line ("1. …", "- …") */
  item: boolean;
  itemNumber: number | null;
};

export function assemble(
  tokens: readonly Token[],
  names: readonly NameMention[],
  ranks: readonly RankMention[],
  cats: readonly CategoryMention[],
  ctx: PieceContext,
): Found[] {
  const candidates = names.filter((n) => n.role === "candidate");
  const numbered = ranks.filter((r) => r.rank !== null && !r.weak).length;
  const markers = ranks.filter((r) => !r.bare && (!r.weak || numbered > 0));
  const paired = new Map<NameMention, RankMention>();
  const found: Found[] = [];
  let lastDirection: "forward" | "backward" = "forward";

  // 1. ranks to names
  for (const [i, r] of markers.entries()) {
    const nextMarker = markers[i + 1];
    const listedWithNext =
      nextMarker &&
      nextMarker.from > r.to &&
      linkOnly(tokens, r.to, nextMarker.from, LIST_SEPARATORS, new Set([","]), [], [], 2) &&
      !candidates.some((c) => c.from >= r.to && c.from < nextMarker.from);
    const listedWithPrev =
      i > 0 &&
      r.from > markers[i - 1]!.to &&
      linkOnly(tokens, markers[i - 1]!.to, r.from, LIST_SEPARATORS, new Set([","]), [], [], 2) &&
      !candidates.some((c) => c.from >= markers[i - 1]!.to && c.from < r.from);
    if (listedWithNext || (listedWithPrev && !candidates.some((c) => c.from === r.to))) continue;
    const fwd = candidates.find((c) => c.from >= r.to && !paired.has(c) && (!nextMarker || c.from < nextMarker.from));
    const fwdOk = fwd && linkOnly(tokens, r.to, fwd.from, FORWARD_LINK, PUNCT_FORWARD, cats, names, 8);
    const fwdAdjacent = fwdOk && (fwd.from === r.to || (fwd.from === r.to + 1 && PUNCT_FORWARD.has(tokens[r.to]!.text)));
    const prevMarker = markers[i - 1];
    const bwd = [...candidates].reverse().find((c) => c.to <= r.from && (!prevMarker || c.from >= prevMarker.to));
    const appositive =
      bwd && tokens[bwd.from - 1]?.text === "," && tokens[bwd.to]?.text === "," && AWARD_VERBS.has(tokens[bwd.to + 1]?.lower ?? "");
    const bwdOk =
      bwd &&
      !paired.has(bwd) &&
      linkOnly(tokens, bwd.to, r.from, BACKWARD_LINK, PUNCT_BACKWARD, cats, names, 16) &&
      (appositive || commasAroundRegionsOnly(tokens, names, bwd.to, r.from));
    const bwdAdjacent = bwdOk && (r.from === bwd.to || (r.from === bwd.to + 1 && tokens[bwd.to]!.text === "("));
    let name: NameMention | null = null;
    let link = 0;
    // "Juara 1 diraih PT A", "Juara 1 Kategori Perusahaan Besar oleh PT A": the rank is the name's after it
    const passive = fwdOk && (tokens.slice(r.to, fwd!.from).some((t) => PASSIVE.has(t.lower)) || tokens[fwd!.from - 1]?.lower === "oleh");
    if (passive || (fwdOk && (!bwdOk || (fwdAdjacent && !bwdAdjacent) || (fwdAdjacent && bwdAdjacent && lastDirection === "forward")))) {
      name = fwd!;
      link = fwd!.from - r.to;
      lastDirection = "forward";
    } else if (bwdOk) {
      name = bwd!;
      link = r.from - bwd!.to;
      lastDirection = "backward";
    } else if (fwdOk) {
      name = fwd!;
      link = fwd!.from - r.to;
      lastDirection = "forward";
    }
    if (
      !name &&
      fwd &&
      !paired.has(fwd) &&
      fwd.from - r.to <= 24 &&
      PASSIVE.has(tokens[fwd.from - 1]?.lower === "oleh" ? (tokens[fwd.from - 2]?.lower ?? "") : (tokens[fwd.from - 1]?.lower ?? "")) &&
      !candidates.some((c) => c !== fwd && c.from > r.to && c.from < fwd.from)
    ) {
      name = fwd;
      link = fwd.from - r.to;
    }
    if (name) {
      paired.set(name, r);
      found.push({
        name,
        rank: r.rank,
        mention: r.mention,
        marker: r,
        rankInferred: false,
        orderNote: null,
        category: null,
        categoryFrom: null,
        evidence: "rank",
        linkLength: link,
      });
    } else if (nextMarker && nextMarker.from === r.to && r.rank !== null) {
      // "Terbaik 3 Terbaik 2 RSU Leona": the rank is listed, the name is not
      found.push({
        name: null,
        rank: r.rank,
        mention: null,
        marker: r,
        rankInferred: false,
        orderNote: null,
        category: null,
        categoryFrom: null,
        evidence: "rank",
        linkLength: 0,
      });
    }
  }

  // "peringkat kedua dan ketiga diraih A dan B": ranks listed together, then their names, in the same order
  for (let i = 0; i < markers.length; i++) {
    let j = i;
    while (
      j + 1 < markers.length &&
      markers[j + 1]!.from > markers[j]!.to &&
      linkOnly(tokens, markers[j]!.to, markers[j + 1]!.from, LIST_SEPARATORS, new Set([","]), [], [], 2)
    )
      j++;
    if (j === i) continue;
    const group = markers.slice(i, j + 1);
    if (group.some((m) => found.some((f) => f.marker === m))) {
      i = j;
      continue;
    }
    const names: NameMention[] = [];
    let at = group[group.length - 1]!.to;
    for (const c of candidates) {
      if (c.from < at || paired.has(c) || names.length === group.length) continue;
      const words = names.length === 0 ? FORWARD_LINK : LIST_SEPARATORS;
      if (!linkOnly(tokens, at, c.from, words, new Set([",", ":"]), cats, [], 4)) break;
      names.push(c);
      at = c.to;
    }
    if (names.length === group.length) {
      group.forEach((m, k) => {
        paired.set(names[k]!, m);
        found.push({
          name: names[k]!,
          rank: m.rank,
          mention: m.mention,
          marker: m,
          rankInferred: k > 0,
          orderNote: k > 0 ? "urutan daftar" : null,
          category: null,
          categoryFrom: null,
          evidence: "rank",
          linkLength: names[k]!.from - group[group.length - 1]!.to,
        });
      });
    }
    i = j;
  }

  // 2. names in a list with a ranked one: the order continues where the text says so; else a rank left out
  const chainOf = (start: number) => {
    const chain = [candidates[start]!];
    for (let k = start + 1; k < candidates.length; k++) {
      const prev = chain[chain.length - 1]!;
      const c = candidates[k]!;
      if (!linkOnly(tokens, prev.to, c.from, CHAIN_WORDS, new Set([",", ";"]), [], names, 14)) break;
      if (paired.has(c)) break;
      chain.push(c);
    }
    return chain;
  };
  const used = new Set<NameMention>(paired.keys());
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (used.has(c)) continue;
    const chain = chainOf(k);
    const first = chain[0]!;
    const clauseStart = Math.max(0, first.from - 16, ...tokens.slice(0, first.from).map((t, x) => (t.text === ";" ? x : -1)));
    const before = tokens.slice(clauseStart, first.from);
    // the winner written nearest before this list (by position: `found` is in the order it was read)
    const prevFound = found.reduce<Found | undefined>(
      (best, f) => (f.name && f.name.to <= first.from && (!best || f.name.to > best.name!.to) ? f : best),
      undefined,
    );
    const gapFromPrev = prevFound?.name ? gapTokens(tokens, Math.max(prevFound.name.to, prevFound.marker?.to ?? 0), first.from) : [];
    const ordered = gapFromPrev.length <= 6 && gapFromPrev.some((t) => ORDER_WORDS.has(t.lower));
    // a place ("tiga kabupaten di Jawa Tengah") or the beaten ("mengungguli … yakni A, B") are not winners
    // ("pemenang dari Kota Medan": the winners are from there, and it is the place that won)
    const located =
      ["di", "dari", "ke", "se", "wilayah", "kawasan", "asal"].includes(tokens[first.from - 1]?.lower ?? "") &&
      !["terdiri", "pemenang", "penerima", "peraih"].includes(tokens[first.from - 2]?.lower ?? "");
    const after = tokens.slice(chain[chain.length - 1]!.to, chain[chain.length - 1]!.to + 4);
    // "X menjadi juara mengalahkan …": the beaten are after the win, X is not among them
    const beatenAfter = after.findIndex((t) => NOT_WON.has(t.lower));
    const negative =
      located ||
      before.some((t) => NOT_WON.has(t.lower)) ||
      (beatenAfter !== -1 && !after.slice(0, beatenAfter).some((t) => AWARD_VERBS.has(t.lower)));
    // what the list is: continuing a ranked list in order, a list the text opens, or the subject of an award verb
    let evidence: Evidence | null = null;
    const sameMention =
      prevFound?.mention &&
      prevFound.name &&
      linkOnly(tokens, prevFound.name.to, first.from, LIST_SEPARATORS, new Set([","]), [], names, 3);
    if (sameMention) {
      for (const member of chain) {
        used.add(member);
        found.push({
          name: member,
          rank: null,
          mention: prevFound!.mention,
          marker: prevFound!.marker,
          rankInferred: false,
          orderNote: null,
          category: null,
          categoryFrom: null,
          evidence: "rank",
          linkLength: prevFound!.linkLength + 1,
        });
      }
      k += chain.length - 1;
      continue;
    }
    if (ordered && prevFound && prevFound.rank !== null) evidence = "order";
    else if (!negative && opensList(tokens, first.from, cats, found, names)) evidence = "list";
    else if (!negative && tokens[first.from - 1]?.lower === "selain" && tokens.some((t) => AWARD_VERBS.has(t.lower))) evidence = "list";
    else if (!negative && subjectOfAward(tokens, chain[chain.length - 1]!.to, names, ranks)) evidence = "subject";
    else if (!negative && objectOfAward(tokens, first.from)) evidence = "object";
    else if (ctx.item && ctx.heading && first === candidates[0] && !negative) evidence = "item";
    // "A juara ketiga, B dan juara satu C": a name listed between two ranked ones (its rank is read below)
    else if (
      prevFound?.evidence === "rank" &&
      markers.some((m) => m.from > first.to) &&
      linkOnly(tokens, Math.max(prevFound.name!.to, prevFound.marker?.to ?? 0), first.from, LIST_SEPARATORS, new Set([","]), [], names, 3)
    )
      evidence = "rank";
    if (!evidence) continue;
    // "dimenangkan oleh A, disusul B dan C": an order word inside the list ranks it from 1
    const orderAt = chain.findIndex((m, x) => x > 0 && tokens.slice(chain[x - 1]!.to, m.from).some((t) => ORDER_WORDS.has(t.lower)));
    const orderWord =
      orderAt > 0 ? tokens.slice(chain[orderAt - 1]!.to, chain[orderAt]!.from).find((t) => ORDER_WORDS.has(t.lower))!.text : null;
    let rank = evidence === "order" ? prevFound!.rank! : orderAt === 1 ? 0 : null;
    for (const [x, member] of chain.entries()) {
      used.add(member);
      const inOrder = evidence === "order" || (orderAt === 1 && rank !== null);
      if (inOrder) rank = rank! + 1;
      found.push({
        name: member,
        rank: inOrder ? rank : evidence === "item" && ctx.itemNumber !== null && !cats.length ? ctx.itemNumber : null,
        mention: null,
        marker: null,
        rankInferred: inOrder,
        orderNote: evidence === "order" ? gapFromPrev.find((t) => ORDER_WORDS.has(t.lower))!.text : inOrder ? orderWord : null,
        category: null,
        categoryFrom: null,
        evidence: inOrder && x > 0 ? "order" : evidence,
        linkLength: 0,
      });
    }
    k += chain.length - 1;
  }
  // "dimenangkan oleh A, disusul B dan C": A is first, by the same order
  for (const f of found) {
    if (f.evidence !== "list" || f.rank !== null || !f.name) continue;
    const next = found.find((g) => g.evidence === "order" && g.rank === 2 && g.name && g.name.from > f.name!.from);
    if (next && !found.some((g) => g !== f && g.name && g.name.from > f.name!.from && g.name.from < next.name!.from)) {
      f.rank = 1;
      f.rankInferred = true;
      f.orderNote = next.orderNote;
    }
  }
  // "X menjadi juara …, disusul peringkat kedua diraih Y": a win followed by the second place is the first place
  for (const f of found) {
    if (f.rank !== null || f.mention || !f.name || (f.evidence !== "subject" && f.evidence !== "list")) continue;
    const won = ranks.some((r) => r.bare && r.from >= f.name!.to && r.from - f.name!.to <= 4);
    const second = found.find(
      (g) =>
        g.rank === 2 &&
        g.name &&
        g.name.from > f.name!.to &&
        tokens
          .slice(Math.max(f.name!.to, (g.marker?.from ?? g.name.from) - 3), g.marker?.from ?? g.name.from)
          .some((t) => ORDER_WORDS.has(t.lower)),
    );
    if (won && second && !found.some((g) => g.rank === 1)) {
      f.rank = 1;
      f.rankInferred = true;
      f.orderNote = "juara … disusul peringkat kedua";
    }
  }
  for (const f of found) {
    if (f.rank !== null || f.mention || !f.name || (f.evidence !== "list" && f.evidence !== "subject")) continue;
    const second = found.find(
      (g) =>
        g.rank === 2 &&
        g.marker?.ordinal &&
        g.marker.from > f.name!.to &&
        linkOnly(tokens, f.name!.to, g.marker.from, LIST_SEPARATORS, new Set([","]), [], names, 4),
    );
    if (second) {
      f.rank = 1;
      f.rankInferred = true;
      f.orderNote = "urutan daftar (… kedua …, ketiga …)";
    }
  }
  // a rank the list leaves out between two ranked names: "Terbaik 3 A, B dan terbaik 1 C" -> B is 2
  found.sort((a, b) => (a.name?.from ?? a.marker!.from) - (b.name?.from ?? b.marker!.from));
  found.forEach((f, i) => {
    if (f.rank !== null || f.mention || f.evidence === "order") return;
    const prev = found[i - 1]?.rank;
    const next = found[i + 1]?.rank;
    if (
      prev != null &&
      next != null &&
      Math.abs(prev - next) === 2 &&
      found[i - 1]!.evidence === "rank" &&
      found[i + 1]!.evidence === "rank"
    ) {
      f.rank = (prev + next) / 2;
      f.rankInferred = true;
      f.orderNote = "urutan daftar";
    }
  });

  // 3. categories
  const kinds = cats.map((c) => ({ c, postfix: isPostfix(tokens, c, found) }));
  for (const f of found) {
    const at = f.name?.from ?? f.marker!.from;
    const post = kinds.find(
      ({ c, postfix }) =>
        postfix &&
        c.from > at &&
        !kinds.some((o) => o.c.from > at && o.c.from < c.from && !o.postfix) &&
        !found.some((g) => g !== f && g.name && g.name.from > at && g.name.from < c.from && g.marker && !f.marker),
    );
    const pre = [...kinds].reverse().find(({ c, postfix }) => !postfix && c.to <= at);
    const chosen = post ?? pre;
    if (chosen) {
      f.category = chosen.c.anaphora ? ctx.last : chosen.c;
      f.categoryFrom = "text";
    } else if (ctx.heading && (ctx.item || cats.length === 0)) {
      f.category = ctx.heading;
      f.categoryFrom = "heading";
    }
  }
  return found;
}
