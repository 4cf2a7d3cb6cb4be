import type { NextRequest } from "next/server";
import { apiError, withApiErrors } from "@/lib/api-response";
import { searchApiResponse } from "@/lib/search/api";

// GET /api/v1/search?q= -> organisations (by any spelling), regions (with the organisations in them), sources,
// category groups (by any round's wording). A well-formed ?q= alone is answered by ./[query] (proxy.ts rewrites
// it there: one cached answer per query); this handler answers the rest, mostly with a 400 that says why.
export function GET(request: NextRequest) {
  return withApiErrors(async () => {
    const params = request.nextUrl.searchParams;
    const unknown = [...params.keys()].find((k) => k !== "q");
    if (unknown) return apiError(400, `unknown parameter "${unknown}"; the only parameter is q`, unknown);
    return searchApiResponse(params.getAll("q").length > 1 ? undefined : (params.get("q") ?? undefined));
  });
}
