import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { apiError, withApiErrors } from "@/lib/api-response";
import { toApiCategoryGroup } from "@/lib/awards/api";
import { listCategoryGroups } from "@/lib/awards/queries";

// GET /api/v1/categories -> every category group (its stable key is the claims' category.key) with each
// edition's categories in it, as that round names them.
export function GET(request: NextRequest) {
  return withApiErrors(async () => {
    const unknown = [...request.nextUrl.searchParams.keys()][0];
    if (unknown !== undefined) return apiError(400, `unknown parameter "${unknown}"; this endpoint takes none`, unknown);
    return NextResponse.json({ data: (await listCategoryGroups()).map(toApiCategoryGroup) });
  });
}
