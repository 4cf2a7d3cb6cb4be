// Which pages this process holds rendered and can serve without the database: proxy.ts asks before a request,
// so that while the database is down a page no cache holds gets a clear 503 instead of failing to render (500).
// Filled by cache/page-cache-handler.mjs as pages are rendered; emptied when tags are revalidated (here or, through
// Redis, on another instance), after which pages re-render from the database. Pages rendered before this process
// started do not count: the handler expires them at start. On globalThis: the proxy and the pages are bundled
// apart but run in one process.
const pages = (globalThis[Symbol.for("paritrana.rendered-pages")] ??= new Map());

/** A page (its path as the reader asked for it, e.g. "/en/edisi/x") rendered now, servable until it expires. */
export function recordRendered(pathname, expireSeconds) {
  pages.set(pathname, Date.now() + expireSeconds * 1000);
}

export function forgetRendered() {
  pages.clear();
}

export function isRendered(pathname) {
  const until = pages.get(pathname);
  return until !== undefined && until > Date.now();
}
