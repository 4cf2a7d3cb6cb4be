import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { apiError, withApiErrors } from "@/lib/api-response";
import { resolveClaimFilter, toApiClaim } from "@/lib/awards/api";
import { parseClaimFilters } from "@/lib/awards/claim-filters";
import { listClaims } from "@/lib/awards/queries";

// GET /api/v1/claims?province=&year=&level=&category=&organization=
export function GET(request: NextRequest) {
  return withApiErrors(async () => {
    const parsed = parseClaimFilters(request.nextUrl.searchParams);
    if (!parsed.ok) return apiError(400, parsed.message, parsed.parameter);
    const resolved = await resolveClaimFilter(parsed.data);
    if (!resolved.ok) return apiError(400, resolved.message, resolved.parameter);
    const claims = await listClaims(resolved.data);
    return NextResponse.json({ data: claims.map(toApiClaim) });
  });
}
