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
