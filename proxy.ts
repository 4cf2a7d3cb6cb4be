import { adminPaths } from "@/lib/paths";
import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { isEnglishPath, plainPage } from "@/cache/unavailable-page.mjs";
import { localizedPath } from "@/i18n/routing";
import { AUTH_COOKIE_PREFIX } from "@/lib/auth/cookie";
import { SEARCH_API_PATH, SEARCH_PAGE_PATH } from "@/cache/search-paths.mjs";
import { malformedUrlPart } from "@/lib/request-guard";
import { searchPathSegment } from "@/lib/search/params";

// Three things before anything renders, each only where it is needed (Next's proxy step costs every request it
// runs for about as much as serving a cached page, so public pages do not pass here; while the database is down
// they get their 503 from the page cache handler, the API from lib/api-response.ts):
// 1. A malformed address (broken percent-encoding, a NUL or other control character) is a 400, for pages and the
//    API alike, instead of an error deep inside a page or the database.
// 2. A search (/cari?q=…, /api/v1/search?q=…) is rewritten to its results page or answer, one cached per query
//    (app/[locale]/(public)/cari/[query], app/api/v1/search/[query]), served like any other page instead of
//    rendered per request.
// 3. A browser without a session cookie that asks for an admin page gets a real 307 to the sign-in page. It
//    proves nothing about the cookie; every admin page, server action and data-layer write checks the session
//    and role itself. Posts go through to the actions, which refuse.
export async function proxy(request: NextRequest) {
  const raw = new URL(request.url);
  const problem = malformedUrlPart(raw.pathname) ?? malformedUrlPart(raw.search.slice(1));
  if (problem) return badRequest(raw.pathname, problem);

  const { pathname } = request.nextUrl;
  if (!pathname.startsWith(adminPaths.home())) {
    const params = request.nextUrl.searchParams;
    const q = params.get("q");
    if (!q || (request.method !== "GET" && request.method !== "HEAD")) return NextResponse.next();
    const locale = isEnglishPath(pathname) ? "en" : "id";
    if (pathname === localizedPath(locale, SEARCH_PAGE_PATH))
      return NextResponse.rewrite(new URL(`/${locale}${SEARCH_PAGE_PATH}/${searchPathSegment(q)}`, request.url));
    // the API: only a lone q (anything else is a 400 from the route itself, saying why)
    if (pathname === SEARCH_API_PATH && [...params.keys()].length === 1)
      return NextResponse.rewrite(new URL(`${SEARCH_API_PATH}/${searchPathSegment(q)}`, request.url));
    return NextResponse.next();
  }
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  if (pathname === adminPaths.signIn() || pathname === adminPaths.signInCode()) return NextResponse.next();
  if (getSessionCookie(request, { cookiePrefix: AUTH_COOKIE_PREFIX })) return NextResponse.next();
  return NextResponse.redirect(new URL(adminPaths.signIn(), request.url));
}

function badRequest(pathname: string, problem: string) {
  const message = `malformed address: ${problem}`;
  if (pathname.startsWith("/api/")) return NextResponse.json({ error: { message, parameter: null } }, { status: 400 });
  const page = isEnglishPath(pathname)
    ? plainPage(true, "Bad address", "This address is malformed (a broken character code). Check the link, or start from the home page.")
    : plainPage(
        false,
        "Alamat tidak sah",
        "Alamat ini rusak (ada kode karakter yang tidak sah). Periksa tautannya, atau mulai dari beranda.",
      );
  return html(400, page);
}

function html(status: number, body: string, headers: Record<string, string> = {}) {
  return new NextResponse(body, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

// Admin pages, the search page and API, and any address carrying a percent-encoding (the only way to write a malformed
// one). Every other page and the rest of the API are served without running this at all. (Next needs the matcher
// as literals: these repeat cache/search-paths.mjs.)
// (the matcher is read statically by Next: its "/admin" repeats adminPaths.home())
export const config = { matcher: ["/admin", "/admin/:path*", "/cari", "/en/cari", "/api/v1/search", "/((?!_next/).*%.*)"] };
