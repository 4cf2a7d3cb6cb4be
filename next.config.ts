import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// Paths that are not pages in a locale: API, Next's assets, the bench baseline, files with an extension
// (feed.xml, robots.txt, icon.svg...).
const NOT_A_PAGE = "api/|_next/|en/|en$|id/|id$|baseline$|[^/]*\\.[a-z0-9]+$";

const nextConfig: NextConfig = {
  // Public pages are prerendered and cached ('use cache' + cacheTag in lib/); writes revalidate by tag.
  cacheComponents: true,
  // Off on purpose: pages await their params outside <Suspense> and render an unknown id in full before
  // answering, so it gets a real 404 status (with Partial Prefetching it would stream a 200 shell first).
  partialPrefetching: false,
  // `npm test` builds into its own folder so that its build (made against the test database) never serves
  // `npm start`. Set by scripts/, not by hand.
  distDir: process.env.NEXT_DIST_DIR || ".next",
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
  async redirects() {
    return [
      { source: "/id", destination: "/", permanent: true },
      { source: "/id/:path*", destination: "/:path*", permanent: true },
    ];
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
