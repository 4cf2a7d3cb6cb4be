// Which organisation a proposed winner is: a stored one by any of its spellings (exactly, or close enough to
// check), else a new one with its kind read from the name's words, or a regency's government where a local-
// government category names a bare regency ("Belu"). A region written with the name is not part of it.
import { LOCAL_GOVERNMENT_GROUPS } from "./category-rules";
import { GROUP_OF_KIND } from "./category-rules";
import { guessKind } from "./recipient-kinds";
import { normalizeName, overlap, similarity, trigrams } from "./similarity";
import type { Context, KnownOrganization, Proposal } from "./types";

/** A region named in parentheses or after a village's name ("Desa Pukuafu (Ronda)", "Desa X Kabupaten Y") is not part of the name. */
export function stripRegion(name: string, ctx: Context): { name: string; note: string | null } {
  const trailing = /^(.+?)\s+(Kabupaten|Kota|Kecamatan)\s+[A-Z][\w ]+$/u.exec(name);
  if (trailing && /^(Desa|Kelurahan)\b/u.test(trailing[1]!)) return { name: trailing[1]!, note: name.slice(trailing[1]!.length).trim() };
  const paren = /^(.+?)\s*\(([^()]+)\)$/u.exec(name);
  if (paren) {
    const inside = paren[2]!.trim();
    const isRegion = ctx.gazetteer.regencies.some((r) => similarity(r.name.replace(/^(Kabupaten|Kota)\s+/, ""), inside) >= 0.6);
    if (
      isRegion ||
      /^(Desa|Kelurahan)\b/u.test(paren[1]!) ||
      (!/^(PT|CV)\b/u.test(paren[1]!) && inside.split(/\s+/).length === 1 && !/^[A-Z]{2,}$/.test(inside) && !guessKind(inside))
    ) {
      return { name: paren[1]!, note: `(${inside})` };
    }
  }
  return { name, note: null };
}

type Index = {
  exact: Map<string, { o: KnownOrganization; spelling: string }>;
  fuzzy: { o: KnownOrganization; grams: Set<string> }[];
  regencyByName: Map<string, { code: string; name: string }>;
  regencyByBareName: Map<string, { code: string; name: string }>;
};
const indexes = new WeakMap<Context, Index>();

/** The stored organisations and the gazetteer by normalised name, built once per context (not once per name). */
function indexOf(ctx: Context): Index {
  const known = indexes.get(ctx);
  if (known) return known;
  const exact = new Map<string, { o: KnownOrganization; spelling: string }>();
  const fuzzy: Index["fuzzy"] = [];
  for (const o of ctx.organizations) {
    for (const spelling of [o.name, ...o.spellings]) {
      const key = normalizeName(spelling);
      if (!exact.has(key)) exact.set(key, { o, spelling });
      fuzzy.push({ o, grams: trigrams(spelling) });
    }
  }
  const regencyByName = new Map<string, { code: string; name: string }>();
  const regencyByBareName = new Map<string, { code: string; name: string }>();
  for (const r of ctx.gazetteer.regencies) {
    regencyByName.set(normalizeName(r.name), r);
    const bare = normalizeName(r.name.replace(/^(Kabupaten|Kota)\s+/u, ""));
    if (!regencyByBareName.has(bare)) regencyByBareName.set(bare, r);
  }
  const index = { exact, fuzzy, regencyByName, regencyByBareName };
  indexes.set(ctx, index);
  return index;
}

export function matchOrganization(written: string, group: string, ctx: Context): Proposal["organization"] {
  // a name a hard line break cuts in two ("Rumah Sakit Umum" / "Nahdlatul Ulama") is one name with one space
  const name = written.replace(/\s+/gu, " ");
  const index = indexOf(ctx);
  const norm = normalizeName(name);
  const hit = index.exact.get(norm);
  if (hit)
    return {
      id: hit.o.id,
      name: hit.o.name,
      kind: hit.o.kind,
      existing: true,
      regionCode: hit.o.regionCode,
      reason: `“${name}” is a recorded spelling of ${hit.o.name}`,
    };
  // "PT Crisorus Mandiri (RSU Siloam)": a name with another in parentheses is the organisation named before them
  const base = /^(.+?)\s*\([^()]+\)$/u.exec(name)?.[1];
  const baseHit = base ? index.exact.get(normalizeName(base)) : undefined;
  if (baseHit)
    return {
      id: baseHit.o.id,
      name: baseHit.o.name,
      kind: baseHit.o.kind,
      existing: true,
      regionCode: baseHit.o.regionCode,
      reason: `“${base}” (before the parentheses) is a recorded spelling of ${baseHit.o.name}`,
    };
  let best: { o: KnownOrganization; score: number } | null = null;
  const grams = trigrams(name);
  for (const f of index.fuzzy) {
    const score = overlap(grams, f.grams);
    if (score >= 0.72 && (!best || score > best.score)) best = { o: f.o, score };
  }
  if (best)
    return {
      id: best.o.id,
      name: best.o.name,
      kind: best.o.kind,
      existing: true,
      regionCode: best.o.regionCode,
      reason: `“${name}” is close to a recorded spelling of ${best.o.name} (similarity ${best.score.toFixed(2)}); check it`,
    };
  const kind = guessKind(name);
  // a bare regency name in a local-government category ("Belu", "Nagekeo"): that regency's government
  if (!kind && LOCAL_GOVERNMENT_GROUPS.has(group)) {
    const regency = index.regencyByBareName.get(norm);
    if (regency)
      return {
        id: "",
        name: regency.name,
        kind: regency.name.startsWith("Kota") ? "city_government" : "regency_government",
        existing: false,
        regionCode: regency.code,
        reason: `“${name}” is the name of ${regency.name} (Kemendagri ${regency.code}), in a local-government category`,
      };
  }
  const regency =
    kind && ["regency_government", "city_government"].includes(kind.kind)
      ? index.regencyByName.get(normalizeName(name.replace(/^Pemerintah\s+/u, "")))
      : undefined;
  const fromGroup = !kind ? Object.entries(GROUP_OF_KIND).find(([, g]) => g === group && group === "umk")?.[0] : undefined;
  return {
    id: "",
    name,
    kind: kind?.kind ?? fromGroup ?? "other",
    existing: false,
    regionCode: regency?.code ?? null,
    reason: kind
      ? `new organisation; kind from the words: ${kind.reason}`
      : fromGroup
        ? "new organisation; kind from its category (small and micro businesses)"
        : "new organisation; its kind is not stated",
  };
}
