import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { SEARCH_API_PATH } from "./cache/search-paths.mjs";

// Paths that are not pages in a locale: API, Next's assets, the admin, the bench baseline, files with an extension
// (feed.xml, robots.txt, icon.svg...).
const NOT_A_PAGE = "api/|_next/|en/|en$|id/|id$|baseline$|admin$|admin/|[^/]*\\.[a-z0-9]+$";

// Shared caches (CDN) may keep a public page 30 s and serve it 30 s more while fetching the new one: a correction
// reaches every reader within a minute (README: Deployment).
export const PUBLIC_CACHE_CONTROL = "public, s-maxage=30, stale-while-revalidate=30";
const PRIVATE_OR_API = "admin$|admin/|api/|_next/";

const nextConfig: NextConfig = {
  // Public pages are prerendered and cached ('use cache' + cacheTag in lib/); writes revalidate by tag.
  cacheComponents: true,
  // The record's data: fresh at once on this server after an edit (writes revalidate their tags; with REDIS_URL on
  // every instance), re-checked after 30 s in any case, never kept past 5 min (the shortest lifetime Next still
  // prerenders: shorter caches count as dynamic data). What a CDN may keep is PUBLIC_CACHE_CONTROL, set in headers().
  cacheLife: {
    record: { stale: 30, revalidate: 30, expire: 300 },
  },
  // Off on purpose: pages await their params outside <Suspense> and render an unknown id in full before
  // answering, so it gets a real 404 status (with Partial Prefetching it would stream a 200 shell first).
  partialPrefetching: false,
  // `npm test` builds into its own folder so that its build (made against the test database) never serves
  // `npm start`. Set by scripts/, not by hand.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Rendered pages survive a restart correctly (re-rendered once if rendered before it) and 404s stay off disk;
  // with REDIS_URL, 'use cache' data and revalidated tags are shared by every instance (cache/, README: Deployment).
  cacheHandler: fileURLToPath(new URL("./cache/page-cache-handler.mjs", import.meta.url)),
  cacheHandlers: { default: fileURLToPath(new URL("./cache/data-cache-handler.mjs", import.meta.url)) },
  poweredByHeader: false,
  generateEtags: false,
  // Indonesian lives at the root, English under /en, and both are the app/[locale] tree. A rewrite (resolved by
  // the router, no middleware) maps the root onto [locale]=id; /id/... redirects to the canonical root path.
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", destination: "/id" },
        { source: `/:path((?!${NOT_A_PAGE}).+)`, destination: "/id/:path" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  // Security headers on every response. The CSP allows inline scripts and styles because Next inlines its
  // bootstrap and the RSC payload into prerendered pages (nonces would force every page to render per request).
  async headers() {
    const production = process.env.NODE_ENV === "production";
    const csp = [
      "default-src 'self'",
      `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; ");
    const security = [
      { key: "Content-Security-Policy", value: csp },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
      ...(production && (process.env.SITE_URL ?? "").startsWith("https://")
        ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
        : []),
    ];
    return [
      { source: "/:path*", headers: security },
      // What a CDN (or any shared cache) may keep of a public page: a minute at most, 404s included (Next would say
      // a year for a 404, so an address answered before its page existed would stay "not found"). Set here, it is
      // what browsers and CDNs see; Next's own cache inside the server keeps its lifetimes (the 'record' profile).
      // Not the admin (private, set by Next) nor the API (its answers say nothing: not cached by shared caches).
      { source: `/:path((?!${PRIVATE_OR_API}).*)`, headers: [{ key: "Cache-Control", value: PUBLIC_CACHE_CONTROL }] },
      // The search API is cached per query on the server (app/api/v1/search/[query]); a CDN may keep it as long as
      // a page, no longer.
      { source: `${SEARCH_API_PATH}/:path*`, headers: [{ key: "Cache-Control", value: PUBLIC_CACHE_CONTROL }] },
    ];
  },
  async redirects() {
    return [
      { source: "/id", destination: "/", permanent: true },
      { source: "/id/:path*", destination: "/:path*", permanent: true },
    ];
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
