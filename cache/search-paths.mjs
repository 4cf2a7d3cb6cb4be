// Where a search lives, in one place for the proxy (which rewrites a search to its cached results), the page cache
// handler (which keeps those results in memory only) and lib/paths.ts (the links).

/** The search page (Indonesian path; English under /en). */
export const SEARCH_PAGE_PATH = "/cari";
/** The search API. */
export const SEARCH_API_PATH = "/api/v1/search";

/** A cached search result (app/[locale]/(public)/cari/[query], app/api/v1/search/[query]): Next's cache keys end
 * "/$/<locale>/cari/<segment>" or "/$/api/v1/search/<segment>". */
const RESULTS_KEY = new RegExp(`/\\$/(?:[^/]+${SEARCH_PAGE_PATH}|${SEARCH_API_PATH.slice(1)})/[^/]`);
export function isSearchResultsKey(key) {
  return RESULTS_KEY.test(key);
}
