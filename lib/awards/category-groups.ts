// The browsing groups a category of any round maps to. This list is only the starting data: the migration and
// the seed insert it when missing, and from then on the groups live in the database (CategoryGroup), where an
// admin renames them or adds new ones. Keys are stable: they are used in URLs and the API (category.key).
export const INITIAL_CATEGORY_GROUPS = [
  { key: "province-government", nameId: "Pemerintah Provinsi", nameEn: "Provincial government" },
  { key: "regency-city-government", nameId: "Pemerintah Kabupaten/Kota", nameEn: "Regency and city government" },
  // rounds that do not separate provinces from regencies and cities
  { key: "pemda", nameId: "Pemerintah Daerah", nameEn: "Local government" },
  { key: "pemdes-kelurahan", nameId: "Pemerintah Desa dan Kelurahan", nameEn: "Villages and urban villages" },
  { key: "public-service", nameId: "Pelayanan Publik", nameEn: "Public service" },
  { key: "large-business", nameId: "Perusahaan Besar", nameEn: "Large businesses" },
  { key: "medium-business", nameId: "Perusahaan Menengah", nameEn: "Medium businesses" },
  { key: "umk", nameId: "Usaha Kecil dan Mikro", nameEn: "Small and micro businesses" },
  { key: "financial-services", nameId: "Jasa Keuangan", nameEn: "Financial services" },
  { key: "trade-services", nameId: "Perdagangan dan Jasa", nameEn: "Trade and services" },
  { key: "education", nameId: "Jasa Pendidikan", nameEn: "Education" },
  { key: "manufacturing", nameId: "Manufaktur, Pertambangan dan Konstruksi", nameEn: "Manufacturing, mining and construction" },
  {
    key: "agriculture",
    nameId: "Perkebunan, Pertanian, Peternakan dan Perikanan",
    nameEn: "Plantations, agriculture, livestock and fisheries",
  },
  { key: "health", nameId: "Pelayanan Kesehatan", nameEn: "Health services" },
  { key: "special-award", nameId: "Penghargaan Khusus dan Inovasi", nameEn: "Special and innovation awards" },
  { key: "overall", nameId: "Terbaik Keseluruhan", nameEn: "Overall" },
] as const;

/** A browsing group's key, as the starting data names it (code that reads a group by its key uses this type). */
export type GroupKey = (typeof INITIAL_CATEGORY_GROUPS)[number]["key"];
