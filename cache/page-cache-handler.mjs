// Next's cache for rendered pages (the `cacheHandler` option), made safe across restarts, bounded on disk, and
// shared between instances when REDIS_URL is set.
//
// Next keeps the record of revalidated cache tags in memory only, while rendered pages stay on disk as fresh.
// So after a restart, a page rendered before a correction (and not requested since) would be served as if fresh,
// and a corrected record would un-correct itself. This handler expires the site's data tags once when the
// process starts: every page rendered before the start is re-rendered (blocking) on its first request, from the
// database, then cached again. It also keeps 404 pages off the disk (any number of unknown addresses would
// otherwise fill it); they render on request, which is cheap. With several instances, the tags one of them
// revalidates reach the others through Redis (cache/shared-tags.mjs) before they serve a page again.
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { databaseReachable } from "./database-health.mjs";
import { isEnglishPath, RETRY_AFTER_SECONDS, unavailableApiBody, unavailablePage } from "./unavailable-page.mjs";
import { isSearchResultsKey } from "./search-paths.mjs";
import { publishTags, sharedTagsReady } from "./shared-tags.mjs";

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;

// The tags every public page's data carries (lib/cache-tags.ts: publicTags).
export const DATA_TAGS = ["editions", "claims", "organizations", "sources", "regions", "categories"];

// Once per process, not per copy of this module: Next loads it again for the proxy's requests (the first search
// would otherwise expire every page rendered since the start, and during an outage turn them all into 503s).
const EXPIRED_AT_START = Symbol.for("paritrana.page-cache.expired-at-start");
let warnedNoMemory = false;

export default class RestartSafeCache extends FileSystemCache {
  constructor(options) {
    super(options);
    if (!globalThis[EXPIRED_AT_START]) {
      globalThis[EXPIRED_AT_START] = true;
      // this process's own pages only: not published, the other instances' pages are not stale
      void super.revalidateTag(DATA_TAGS);
    }
  }

  async get(key, ctx) {
    await sharedTagsReady(); // the first request waits for the shared tags to load; later ones pass at once
    const entry = await super.get(key, ctx);
    // A page (or the feed, the sitemap) this server holds no usable copy of must be rendered from the database.
    // While the database cannot be reached, that render would fail with a 500: answer a 503 with Retry-After in
    // the reader's language instead, as if cached, but never stored.
    if (entry || ctx?.isFallback || (ctx?.kind !== "APP_PAGE" && ctx?.kind !== "APP_ROUTE")) return entry;
    if (await databaseReachable(process.env.DATABASE_URL)) return entry;
    return unavailableEntry(key, ctx.kind);
  }

  async set(key, data, ctx) {
    // 404s render on request (any number of unknown addresses must not fill the disk); a 5xx (the API's 503
    // while the database is down) is never kept: the copy from before stays and is served meanwhile
    if (data && typeof data === "object" && (data.status === 404 || data.status >= 500)) return;
    if (!isSearchResultsKey(key)) return super.set(key, data, ctx);
    // Search results (one page per query, any number of queries): kept in Next's memory cache only, which is
    // bounded (least recently used go first), never on disk. super.set checks flushToDisk before its first await
    // (Next 16.4's file-system cache; the fuzz e2e test checks that searches leave the disk as it was).
    if (!FileSystemCache.memoryCache && !warnedNoMemory) {
      warnedNoMemory = true;
      console.warn("[cache] no in-memory page cache (cacheMaxMemorySize 0?): search results are not cached");
    }
    const flushToDisk = this.flushToDisk;
    this.flushToDisk = false;
    try {
      return super.set(key, data, ctx);
    } finally {
      this.flushToDisk = flushToDisk;
    }
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    await publishTags(typeof tags === "string" ? [tags] : tags);
  }
}

/** A 503 answer in the shape of a cached page or route (keys read "/route-cache/APP_PAGE/<hash>/$/en/edisi/x"). */
function unavailableEntry(key, kind) {
  const at = key.indexOf("/$/");
  const path = at >= 0 ? key.slice(at + 2) : key;
  // the API answers JSON, like its other errors (lib/api-response.ts); pages, the feed and the sitemap a page
  const api = path.startsWith("/api/");
  const body = api ? unavailableApiBody() : unavailablePage(isEnglishPath(path));
  const headers = { "retry-after": String(RETRY_AFTER_SECONDS), "content-type": api ? "application/json" : "text/html; charset=utf-8" };
  // revalidate 1 s: Next tries again (in the background) a second later, and never keeps this answer
  const common = { lastModified: Date.now(), cacheControl: { revalidate: 1, expire: 2 } };
  if (kind === "APP_ROUTE") return { ...common, value: { kind: "APP_ROUTE", body: Buffer.from(body), headers, status: 503 } };
  return {
    ...common,
    value: { kind: "APP_PAGE", html: body, rscData: undefined, postponed: undefined, headers, status: 503, segmentData: undefined },
  };
}
