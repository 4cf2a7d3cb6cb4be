import type { NextConfig } from "next";

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
};

export default nextConfig;
