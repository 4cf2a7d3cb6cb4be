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
import { forgetRendered, recordRendered } from "./rendered-pages.mjs";
import { publishTags, sharedTagsReady } from "./shared-tags.mjs";

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;

// The tags every public page's data carries (lib/cache-tags.ts: publicTags).
export const DATA_TAGS = ["editions", "claims", "organizations", "sources", "regions", "categories"];

let expiredAtStart = false;

export default class RestartSafeCache extends FileSystemCache {
  constructor(options) {
    super(options);
    if (!expiredAtStart) {
      expiredAtStart = true;
      // this process's own pages only: not published, the other instances' pages are not stale
      void super.revalidateTag(DATA_TAGS);
    }
  }

  async get(...args) {
    await sharedTagsReady(); // the first request waits for the shared tags to load; later ones pass at once
    return super.get(...args);
  }

  async set(key, data, ctx) {
    if (data && typeof data === "object" && data.status === 404) return;
    await super.set(key, data, ctx);
    // keys read "/route-cache/APP_PAGE/<hash>/$/en/edisi/x": the part after "$" is the page's address
    const at = key.indexOf("/$/");
    if (at >= 0 && (data?.kind === "APP_PAGE" || data?.kind === "APP_ROUTE") && ctx?.cacheControl?.expire) recordRendered(key.slice(at + 2), ctx.cacheControl.expire);
  }

  async revalidateTag(tags, durations) {
    forgetRendered();
    await super.revalidateTag(tags, durations);
    await publishTags(typeof tags === "string" ? [tags] : tags);
  }
}
