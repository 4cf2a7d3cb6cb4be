import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { AUTH_COOKIE_PREFIX } from "@/lib/auth/cookie";

// A convenience only: a browser without a session cookie that asks for an admin page gets a real 307 to the
// sign-in page before anything renders. It proves nothing about the cookie; every admin page, server action
// and data-layer write checks the session and role itself. Posts go through to the actions, which refuse.
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  if (pathname === "/admin/masuk") return NextResponse.next();
  if (getSessionCookie(request, { cookiePrefix: AUTH_COOKIE_PREFIX })) return NextResponse.next();
  return NextResponse.redirect(new URL("/admin/masuk", request.url));
}

export const config = { matcher: ["/admin", "/admin/:path*"] };
