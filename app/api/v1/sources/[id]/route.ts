import { NextResponse } from "next/server";
import { apiError, withApiErrors } from "@/lib/api-response";
import { toApiSource } from "@/lib/awards/api";
import { getSource } from "@/lib/awards/queries";

// GET /api/v1/sources/:id -> the source with its full stored text and the quotes taken from it
export function GET(_request: Request, { params }: RouteContext<"/api/v1/sources/[id]">) {
  return withApiErrors(async () => {
    const { id } = await params;
    const source = await getSource(id);
    if (!source) return apiError(404, `unknown source "${id}"`);
    return NextResponse.json({ data: toApiSource(source) });
  });
}
