// The award's categories: one stable key each (the public API uses the keys), defined here once.
export const CATEGORIES = [
  { key: "pemda", nameId: "Pemerintah Daerah", nameEn: "Local government" },
  { key: "pemdes-kelurahan", nameId: "Pemerintah Desa dan Kelurahan", nameEn: "Villages and urban villages" },
  { key: "umk", nameId: "Usaha Kecil dan Mikro", nameEn: "Small and micro businesses" },
  { key: "financial-services", nameId: "Jasa Keuangan", nameEn: "Financial services" },
  { key: "education", nameId: "Jasa Pendidikan", nameEn: "Education" },
  { key: "manufacturing", nameId: "Manufaktur, Pertambangan dan Konstruksi", nameEn: "Manufacturing, mining and construction" },
  { key: "agriculture", nameId: "Perkebunan, Pertanian, Peternakan dan Perikanan", nameEn: "Plantations, agriculture, livestock and fisheries" },
  { key: "health", nameId: "Pelayanan Kesehatan", nameEn: "Health services" },
  { key: "overall", nameId: "Terbaik Keseluruhan", nameEn: "Overall" },
] as const;

export type CategoryKey = (typeof CATEGORIES)[number]["key"];
export const CATEGORY_KEYS = CATEGORIES.map((c) => c.key) as [CategoryKey, ...CategoryKey[]];

export function isCategoryKey(value: string): value is CategoryKey {
  return (CATEGORY_KEYS as readonly string[]).includes(value);
}

/** Display order: the order of CATEGORIES. */
export function categoryOrder(key: string): number {
  const i = (CATEGORY_KEYS as readonly string[]).indexOf(key);
  return i === -1 ? CATEGORY_KEYS.length : i;
}

/** The category's name in a locale. */
export function categoryName(key: string, locale: "id" | "en"): string {
  const c = CATEGORIES.find((x) => x.key === key);
  return c ? (locale === "en" ? c.nameEn : c.nameId) : key;
}
