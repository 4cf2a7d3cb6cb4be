import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { apiError, withApiErrors } from "@/lib/api-response";
import { claimsCsv, resolveClaimFilter, toApiClaim } from "@/lib/awards/api";
import { DEFAULT_PER_PAGE, parseClaimFilters } from "@/lib/awards/claim-filters";
import { listClaims } from "@/lib/awards/queries";

// GET /api/v1/claims?province=&year=&level=&category=&edition=&organization=&q=&page=&perPage=&format=json|csv
export function GET(request: NextRequest) {
  return withApiErrors(async () => {
    const parsed = parseClaimFilters(request.nextUrl.searchParams);
    if (!parsed.ok) return apiError(400, parsed.message, parsed.parameter);
    const resolved = await resolveClaimFilter(parsed.data);
    if (!resolved.ok) return apiError(400, resolved.message, resolved.parameter);
    const claims = await listClaims(resolved.data);

    if (parsed.data.format === "csv" && parsed.data.page === undefined) {
      // A download: every matching row, as the page that links here shows them.
      return new NextResponse(claimsCsv(claims), {
        headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="paritrana-claims.csv"' },
      });
    }
    const perPage = parsed.data.perPage ?? DEFAULT_PER_PAGE;
    const page = parsed.data.page ?? 1;
    const totalPages = Math.max(1, Math.ceil(claims.length / perPage));
    if (page > totalPages) return apiError(400, `page: there are ${totalPages} pages`, "page");
    const slice = claims.slice((page - 1) * perPage, page * perPage);
    if (parsed.data.format === "csv") {
      return new NextResponse(claimsCsv(slice), {
        headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="paritrana-claims.csv"' },
      });
    }
    const link = (p: number) => {
      const url = new URL(request.nextUrl.pathname + request.nextUrl.search, "http://x");
      url.searchParams.set("page", String(p));
      return `${request.nextUrl.pathname}${url.search}`;
    };
    return NextResponse.json({
      data: slice.map(toApiClaim),
      meta: { total: claims.length, page, perPage, totalPages },
      links: { next: page < totalPages ? link(page + 1) : null, prev: page > 1 ? link(page - 1) : null },
    });
  });
}
