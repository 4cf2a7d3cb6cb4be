import "server-only";
import { NextResponse } from "next/server";
import { apiError } from "@/lib/api-response";
import { paths } from "@/lib/paths";
import { absoluteUrl } from "@/lib/site-url";
import { parseSearchQuery, SEARCH_QUERY_MAX, SEARCH_QUERY_MIN } from "./params";
import { search } from "./queries";

const MESSAGES = {
  tooShort: `q: at least ${SEARCH_QUERY_MIN} characters`,
  tooLong: `q: at most ${SEARCH_QUERY_MAX} characters`,
  invalid: "q: holds a control character",
} as const;

/** The API's answer to a search: organisations (by any spelling), regions (with their organisations), sources,
 * category groups (by any round's wording), each with its page's URL; a 400 when q cannot be searched. */
export async function searchApiResponse(raw: string | undefined): Promise<Response> {
  const parsed = parseSearchQuery(raw);
  if (!parsed.ok) return apiError(400, parsed.error ? MESSAGES[parsed.error] : "q: the search text is required", "q");
  const { organizations, regions, sources, categories } = await search(parsed.q);
  return NextResponse.json({
    data: {
      organizations: organizations.map((o) => ({ ...o, url: absoluteUrl(paths.organization(o.id)) })),
      regions: regions.map((r) => ({
        ...r,
        url: r.provinceSlug ? absoluteUrl(paths.province(r.provinceSlug)) : null,
        organizations: r.organizations.map((o) => ({ ...o, url: absoluteUrl(paths.organization(o.id)) })),
      })),
      sources: sources.map((s) => ({ ...s, url: absoluteUrl(paths.source(s.id)) })),
      categories: categories.map((c) => ({ ...c, url: absoluteUrl(paths.category(c.key)) })),
    },
  });
}
