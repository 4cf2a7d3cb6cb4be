import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { isRendered } from "@/cache/rendered-pages.mjs";
import { AUTH_COOKIE_PREFIX } from "@/lib/auth/cookie";
import { databaseReachable, RETRY_AFTER_SECONDS } from "@/lib/database-health";
import { malformedUrlPart } from "@/lib/request-guard";

// Three things before anything renders:
// 1. A malformed address (broken percent-encoding, a NUL or other control character) is a 400, for pages and the
//    API alike, instead of an error deep inside a page or the database.
// 2. While the database cannot be reached, a public page that must be rendered from it (no cache holds it) is a
//    503 with Retry-After in the reader's language, never a 500; pages rendered before keep being served. (The API
//    answers its own 503, lib/api-response.ts.)
// 3. A browser without a session cookie that asks for an admin page gets a real 307 to the sign-in page. It
//    proves nothing about the cookie; every admin page, server action and data-layer write checks the session
//    and role itself. Posts go through to the actions, which refuse.
export async function proxy(request: NextRequest) {
  const raw = new URL(request.url);
  const problem = malformedUrlPart(raw.pathname) ?? malformedUrlPart(raw.search.slice(1));
  if (problem) return badRequest(raw.pathname, problem);

  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/api/")) return NextResponse.next();
  if (!pathname.startsWith("/admin")) {
    if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
    if (isRendered(renderedPageKey(pathname)) || (await databaseReachable())) return NextResponse.next();
    return unavailable(pathname);
  }
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  if (pathname === "/admin/masuk" || pathname === "/admin/masuk/kode") return NextResponse.next();
  if (getSessionCookie(request, { cookiePrefix: AUTH_COOKIE_PREFIX })) return NextResponse.next();
  return NextResponse.redirect(new URL("/admin/masuk", request.url));
}

/** The page cache's name for a public address: Indonesian pages live under /id (next.config.ts rewrites). */
function renderedPageKey(pathname: string): string {
  if (pathname === "/en" || pathname.startsWith("/en/") || pathname.endsWith(".xml")) return pathname;
  return pathname === "/" ? "/id" : `/id${pathname}`;
}

function isEnglish(pathname: string) {
  return pathname === "/en" || pathname.startsWith("/en/");
}

function badRequest(pathname: string, problem: string) {
  const message = `malformed address: ${problem}`;
  if (pathname.startsWith("/api/")) return NextResponse.json({ error: { message, parameter: null } }, { status: 400 });
  return plainPage(400, pathname, isEnglish(pathname)
    ? { title: "Bad address", text: "This address is malformed (a broken character code). Check the link, or start from the home page." }
    : { title: "Alamat tidak sah", text: "Alamat ini rusak (ada kode karakter yang tidak sah). Periksa tautannya, atau mulai dari beranda." });
}

function unavailable(pathname: string) {
  return plainPage(503, pathname, isEnglish(pathname)
    ? { title: "Temporarily unavailable", text: `The record's database cannot be reached just now, so this page cannot be shown. Please try again in ${RETRY_AFTER_SECONDS} seconds; pages you have already seen may still open.` }
    : { title: "Sementara tidak tersedia", text: `Basis data catatan ini sedang tidak dapat dijangkau, sehingga halaman ini belum bisa ditampilkan. Silakan coba lagi dalam ${RETRY_AFTER_SECONDS} detik; halaman yang sudah pernah dibuka mungkin tetap bisa dilihat.` }, { "retry-after": String(RETRY_AFTER_SECONDS) });
}

/** A small self-contained page for answers given before the app renders (it needs nothing but this text). */
function plainPage(status: number, pathname: string, { title, text }: { title: string; text: string }, headers: Record<string, string> = {}) {
  const english = isEnglish(pathname);
  const home = english ? "Home page" : "Beranda";
  const html = `<!doctype html><html lang="${english ? "en" : "id"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${title} · Catatan Paritrana Award</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1>${title}</h1><p>${text}</p><p><a href="${english ? "/en" : "/"}">${home}</a></p></body></html>`;
  return new NextResponse(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...headers } });
}

// Pages, the feed and sitemap, and any address carrying a percent-encoding (the only way to write a malformed one).
// Next's assets, the API (well-formed), robots.txt, the icon and the bench baseline are served without it.
export const config = { matcher: ["/((?!_next/|api/|baseline|robots\\.txt|icon\\.svg).*)", "/((?!_next/).*%.*)"] };
