import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { AUTH_COOKIE_PREFIX } from "@/lib/auth/cookie";
import { malformedUrlPart } from "@/lib/request-guard";

// Two conveniences before anything renders:
// 1. A malformed address (broken percent-encoding, a NUL or other control character) is a 400, for pages and the
//    API alike, instead of an error deep inside a page or the database. Only addresses with a "%" come here.
// 2. A browser without a session cookie that asks for an admin page gets a real 307 to the sign-in page. It
//    proves nothing about the cookie; every admin page, server action and data-layer write checks the session
//    and role itself. Posts go through to the actions, which refuse.
export function proxy(request: NextRequest) {
  const raw = new URL(request.url);
  const problem = malformedUrlPart(raw.pathname) ?? malformedUrlPart(raw.search.slice(1));
  if (problem) return badRequest(raw.pathname, problem);

  const { pathname } = request.nextUrl;
  if (!pathname.startsWith("/admin")) return NextResponse.next();
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  if (pathname === "/admin/masuk" || pathname === "/admin/masuk/kode") return NextResponse.next();
  if (getSessionCookie(request, { cookiePrefix: AUTH_COOKIE_PREFIX })) return NextResponse.next();
  return NextResponse.redirect(new URL("/admin/masuk", request.url));
}

function badRequest(pathname: string, problem: string) {
  const message = `malformed address: ${problem}`;
  if (pathname.startsWith("/api/")) return NextResponse.json({ error: { message, parameter: null } }, { status: 400 });
  const english = pathname === "/en" || pathname.startsWith("/en/");
  const [lang, title, text, home] = english
    ? ["en", "Bad address", "This address is malformed (a broken character code). Check the link, or start from the home page.", "Home page"]
    : ["id", "Alamat tidak sah", "Alamat ini rusak (ada kode karakter yang tidak sah). Periksa tautannya, atau mulai dari beranda.", "Beranda"];
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${title} · Catatan Paritrana Award</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1>${title}</h1><p>${text}</p><p><a href="${english ? "/en" : "/"}">${home}</a></p></body></html>`;
  return new NextResponse(html, { status: 400, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}

// Admin pages, and any address carrying a percent-encoding (the only way to write a malformed one): the rest of
// the site is served without running this at all.
export const config = { matcher: ["/admin", "/admin/:path*", "/((?!_next/).*%.*)"] };
