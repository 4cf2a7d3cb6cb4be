// Which browsing group a category's wording belongs to, as the press words categories: one list of rules, the
// first that matches wins (sectors before sizes: "Usaha Besar sektor Manufaktur" is manufacturing). Each rule
// says how sure the mapping is. The groups themselves are data (CategoryGroup); these are only their keys.
import type { GroupKey } from "../awards/category-groups";

export type GroupRule = { group: GroupKey; pattern: RegExp; confidence: number };

/** The groups of local governments' categories: a regency or city named without a category is in one of them. */
export const LOCAL_GOVERNMENT_GROUPS: ReadonlySet<string> = new Set<GroupKey>(["pemda", "regency-city-government"]);
/** The groups of governments and villages: no business is in them. */
export const GOVERNMENT_GROUPS: ReadonlySet<string> = new Set<GroupKey>(["pemda", "province-government", "pemdes-kelurahan"]);

export const GROUP_RULES: readonly GroupRule[] = [
  { group: "special-award", pattern: /\b(inovasi|zona|khusus|istimewa|mitra\s+strategis)\b/i, confidence: 0.9 },
  { group: "province-government", pattern: /\bpemerintah\s+provinsi\b|\bpemprov\b|^provinsi\s+terbaik/i, confidence: 0.9 },
  {
    group: "regency-city-government",
    pattern: /\b(kabupaten\s*\/\s*kota|kota\s*\/\s*kabupaten|pemerintah\s+kota|pemerintah\s+kabupaten\/kota|pemkot)\b/i,
    confidence: 0.9,
  },
  { group: "pemdes-kelurahan", pattern: /\b(pemdes|desa|kelurahan|pemerintah\s+desa|nagari|gampong|kampung)\b/i, confidence: 0.9 },
  { group: "pemda", pattern: /\b(pemda|pemerintah\s+daerah|kabupaten|pemkab)\b/i, confidence: 0.85 },
  { group: "public-service", pattern: /\b(pelayanan|layanan)\s+publik\b/i, confidence: 0.9 },
  { group: "health", pattern: /\b(kesehatan|rumah\s+sakit|klinik)\b/i, confidence: 0.9 },
  { group: "education", pattern: /\bpendid\w*|\bpendidkan\b|\bsekolah\b/i, confidence: 0.9 },
  { group: "financial-services", pattern: /\b(keuangan|perbankan|finansial)\b/i, confidence: 0.9 },
  { group: "manufacturing", pattern: /\b(manufaktur|mamufaktur|pertambangan|konstruksi|industri\s+pengolahan)\b/i, confidence: 0.9 },
  { group: "agriculture", pattern: /\b(perkebunan|pertanian|peternakan|perternakan|perikanan|kelautan)\b/i, confidence: 0.9 },
  { group: "trade-services", pattern: /\b(perdagangan|jasa)\b/i, confidence: 0.75 },
  { group: "umk", pattern: /\b(usaha\s+kecil|mikro|ukm|umk|umkm)\b/i, confidence: 0.9 },
  // "Badan Usaha Menengah & Besar", "usaha besar-menengah": the larger size names the category
  { group: "large-business", pattern: /\b(besar\W+(dan\s+)?menengah|menengah\W+(dan\s+|&\s+)?besar)\b/i, confidence: 0.8 },
  { group: "medium-business", pattern: /\b(perusahaan|usaha)\s+(skala\s+)?menengah\b/i, confidence: 0.85 },
  { group: "large-business", pattern: /\b(perusahaan|usaha)\s+(skala\s+)?(besar|makro)\b/i, confidence: 0.8 },
  { group: "overall", pattern: /^paritrana\s+award(\s+[\w.]+){0,3}$|\bterbaik\s+keseluruhan\b|\bjuara\s+umum\b/i, confidence: 0.75 },
];

/** The sectors' groups, and all groups of businesses' categories (sizes and sectors). */
export const SECTOR_GROUPS: ReadonlySet<string> = new Set<GroupKey>([
  "health",
  "education",
  "financial-services",
  "manufacturing",
  "agriculture",
  "trade-services",
  "public-service",
]);
export const BUSINESS_GROUPS: ReadonlySet<string> = new Set<GroupKey>([
  "large-business",
  "medium-business",
  ...(SECTOR_GROUPS as Set<GroupKey>),
]);

/**
 * The group a wording maps to, or null when no rule matches. A wording naming sectors of two groups ("sektor
 * keuangan, perdagangan dan jasa") maps to the first, less surely: the site's groups split what the round joined.
 */
export function groupOfWording(wording: string): { group: string; confidence: number } | null {
  const text = wording.trim();
  const rule = GROUP_RULES.find((r) => r.pattern.test(text));
  if (!rule) return null;
  const sectors = new Set(GROUP_RULES.filter((r) => SECTOR_GROUPS.has(r.group) && r.pattern.test(text)).map((r) => r.group));
  return { group: rule.group, confidence: sectors.size > 1 ? Math.min(rule.confidence, 0.7) : rule.confidence };
}

/** A wording that names a sector but not which ("Kategori Sektor Usaha Makro"): its winners may tell. */
export function namesAnUnnamedSector(wording: string): boolean {
  return /\bsektor\b/i.test(wording) && !GROUP_RULES.some((r) => SECTOR_GROUPS.has(r.group) && r.pattern.test(wording));
}

/** The group a recipient's kind points to, when the text names no category. */
export const GROUP_OF_KIND: Partial<Record<string, string>> = {
  hospital: "health",
  school_or_university: "education",
  bank: "financial-services",
  cooperative: "financial-services",
  village: "pemdes-kelurahan",
  kelurahan: "pemdes-kelurahan",
  regency_government: "pemda",
  city_government: "pemda",
  province_government: "province-government",
  small_business: "umk",
};
