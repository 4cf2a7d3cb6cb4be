// The page a reader gets while the database cannot be reached and no cache holds the page asked for (a 503 with
// Retry-After): from the page cache handler (cache/page-cache-handler.mjs); the API's JSON answer likewise.

/** Seconds a reader or an API client is asked to wait while the database cannot be reached. */
export const RETRY_AFTER_SECONDS = 30;

/** Whether an address is an English page (English lives under /en; the cache names Indonesian pages /id/...). */
export function isEnglishPath(pathname) {
  return pathname === "/en" || pathname.startsWith("/en/");
}

/** A small self-contained page in the reader's language (it needs nothing but this text). */
export function plainPage(english, title, text) {
  const home = english ? "Home page" : "Beranda";
  return `<!doctype html><html lang="${english ? "en" : "id"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${title} · Catatan Paritrana Award</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1>${title}</h1><p>${text}</p><p><a href="${english ? "/en" : "/"}">${home}</a></p></body></html>`;
}

export function unavailablePage(english) {
  return english
    ? plainPage(
        true,
        "Temporarily unavailable",
        `The record's database cannot be reached just now, so this page cannot be shown. Please try again in ${RETRY_AFTER_SECONDS} seconds; pages you have already seen may still open.`,
      )
    : plainPage(
        false,
        "Sementara tidak tersedia",
        `Basis data catatan ini sedang tidak dapat dijangkau, sehingga halaman ini belum bisa ditampilkan. Silakan coba lagi dalam ${RETRY_AFTER_SECONDS} detik; halaman yang sudah pernah dibuka mungkin tetap bisa dilihat.`,
      );
}

/** The API's JSON error body while the database cannot be reached (lib/api-response.ts shapes every error so). */
export const UNAVAILABLE_API_MESSAGE = "the record's database cannot be reached just now; try again shortly";
export function unavailableApiBody() {
  return JSON.stringify({ error: { message: UNAVAILABLE_API_MESSAGE, parameter: null } });
}
