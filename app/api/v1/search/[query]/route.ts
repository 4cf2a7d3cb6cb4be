import { apiError, withApiErrors } from "@/lib/api-response";
import { searchApiResponse } from "@/lib/search/api";
import { queryFromPathSegment, searchPathSegment } from "@/lib/search/params";

// /api/v1/search?q=kupang, rewritten here by proxy.ts (the query as a base64url segment): one cached answer per
// query, expired with the record's tags like the search page, kept in memory only (cache/page-cache-handler.mjs).
export function generateStaticParams() {
  // Cache Components needs one entry to know the route is static; the queries are the readers'
  return [{ query: searchPathSegment("paritrana") }];
}

export function GET(_request: Request, { params }: RouteContext<"/api/v1/search/[query]">) {
  return withApiErrors(async () => {
    const { query } = await params;
    const q = queryFromPathSegment(query);
    if (q === null) return apiError(404, "unknown address; search with /api/v1/search?q=");
    return searchApiResponse(q);
  });
}
