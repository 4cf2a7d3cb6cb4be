import { defineRouting } from "next-intl/routing";

// Indonesian first, at the root; English under /en. No middleware: next.config.ts maps "/" onto the [locale]
// segment with a rewrite, so cached pages are served without per-request work.
export const routing = defineRouting({
  locales: ["id", "en"],
  defaultLocale: "id",
  localePrefix: "as-needed",
  localeDetection: false,
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}

/** The public path of a page in a locale: "/edisi/x" in Indonesian, "/en/edisi/x" in English. */
export function localizedPath(locale: Locale, path: string): string {
  if (locale === routing.defaultLocale) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** BCP 47 tags for dates: "21 Juli 2025" (id-ID) and "21 July 2025" (en-GB). */
export const DATE_LOCALES: Record<Locale, string> = { id: "id-ID", en: "en-GB" };

/**
 * Static params for every locale. With nothing to prerender yet (an empty record), one placeholder whose page is a
 * 404: Cache Components requires at least one result; real pages then render on their first request.
 */
export function paramsForLocales<T extends Record<string, string>>(items: readonly T[], placeholder: T): (T & { locale: Locale })[] {
  const list = items.length ? items : [placeholder];
  return routing.locales.flatMap((locale) => list.map((p) => ({ ...p, locale })));
}
