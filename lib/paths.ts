// Public permalinks, defined once (Indonesian paths; English pages add the /en prefix through components/page-link.tsx).
import { SEARCH_API_PATH, SEARCH_PAGE_PATH } from "@/cache/search-paths.mjs";

export const paths = {
  home: () => "/",
  edition: (id: string) => `/edisi/${encodeURIComponent(id)}`,
  claim: (id: string) => `/klaim/${encodeURIComponent(id)}`,
  organization: (id: string) => `/organisasi/${encodeURIComponent(id)}`,
  source: (id: string) => `/sumber/${encodeURIComponent(id)}`,
  province: (slug: string) => `/provinsi/${encodeURIComponent(slug)}`,
  provinceYear: (slug: string, year: string) => `/provinsi/${encodeURIComponent(slug)}/${encodeURIComponent(year)}`,
  category: (key: string) => `/kategori/${encodeURIComponent(key)}`,
  categories: () => "/kategori",
  national: () => "/nasional",
  search: (q?: string) => (q ? `${SEARCH_PAGE_PATH}?q=${encodeURIComponent(q)}` : SEARCH_PAGE_PATH),
  searchApi: (q: string) => `${SEARCH_API_PATH}?q=${encodeURIComponent(q)}`,
  quoteAnchor: (citationId: number) => `quote-${citationId}`,
  changeAnchor: (changeId: number) => `change-${changeId}`,
  sourceQuote: (sourceId: string, citationId: number) => `/sumber/${encodeURIComponent(sourceId)}#quote-${citationId}`,
} as const;

/** The admin's pages, defined once (the proxy's matcher repeats "/admin" because Next reads it statically). */
export const adminPaths = {
  home: () => "/admin",
  signIn: () => "/admin/masuk",
  signInCode: () => "/admin/masuk/kode",
  extractions: () => "/admin/ekstrak",
  extraction: (id: string) => `/admin/ekstrak/${encodeURIComponent(id)}`,
  claim: (id: string) => `/admin/klaim/${encodeURIComponent(id)}`,
  newClaim: (editionId?: string, categoryId?: string) => {
    const query = new URLSearchParams({
      ...(editionId ? { edisi: editionId } : {}),
      ...(categoryId ? { kategori: categoryId } : {}),
    }).toString();
    return query ? `/admin/klaim/baru?${query}` : "/admin/klaim/baru";
  },
  newSource: () => "/admin/sumber/baru",
  organizations: () => "/admin/organisasi",
  organization: (id: string) => `/admin/organisasi/${encodeURIComponent(id)}`,
  editions: () => "/admin/edisi",
  edition: (id: string) => `/admin/edisi/${encodeURIComponent(id)}`,
  groups: () => "/admin/kelompok",
  import: () => "/admin/impor",
  accounts: () => "/admin/akun",
  password: () => "/admin/akun/sandi",
  secondFactor: () => "/admin/akun/dua-langkah",
} as const;
