// Public permalinks, defined once. Indonesian paths: the portal is Indonesian first.
export const paths = {
  home: () => "/",
  edition: (id: string) => `/edisi/${encodeURIComponent(id)}`,
  claim: (id: string) => `/klaim/${encodeURIComponent(id)}`,
  organization: (id: string) => `/organisasi/${encodeURIComponent(id)}`,
  source: (id: string) => `/sumber/${encodeURIComponent(id)}`,
  quoteAnchor: (citationId: number) => `quote-${citationId}`,
  sourceQuote: (sourceId: string, citationId: number) => `/sumber/${encodeURIComponent(sourceId)}#quote-${citationId}`,
} as const;
