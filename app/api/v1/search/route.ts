import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { apiError, withApiErrors } from "@/lib/api-response";
import { paths } from "@/lib/paths";
import { parseSearchQuery } from "@/lib/search/params";
import { search } from "@/lib/search/queries";
import { absoluteUrl } from "@/lib/site-url";

const MESSAGES = { tooShort: "q: at least 2 characters", tooLong: "q: at most 100 characters", invalid: "q: holds a control character" } as const;

// GET /api/v1/search?q= -> organisations (by any spelling), regions (with the organisations in them), sources,
// category groups (by any round's wording)
export function GET(request: NextRequest) {
  return withApiErrors(async () => {
    const params = request.nextUrl.searchParams;
    const unknown = [...params.keys()].find((k) => k !== "q");
    if (unknown) return apiError(400, `unknown parameter "${unknown}"; the only parameter is q`, unknown);
    const parsed = parseSearchQuery(params.getAll("q").length > 1 ? undefined : params.get("q") ?? undefined);
    if (!parsed.ok) return apiError(400, parsed.error ? MESSAGES[parsed.error] : "q: the search text is required", "q");
    const { organizations, regions, sources, categories } = await search(parsed.q);
    return NextResponse.json({
      data: {
        organizations: organizations.map((o) => ({ ...o, url: absoluteUrl(paths.organization(o.id)) })),
        regions: regions.map((r) => ({ ...r, url: r.provinceSlug ? absoluteUrl(paths.province(r.provinceSlug)) : null, organizations: r.organizations.map((o) => ({ ...o, url: absoluteUrl(paths.organization(o.id)) })) })),
        sources: sources.map((s) => ({ ...s, url: absoluteUrl(paths.source(s.id)) })),
        categories: categories.map((c) => ({ ...c, url: absoluteUrl(paths.category(c.key)) })),
      },
    });
  });
}
