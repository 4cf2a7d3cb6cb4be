import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, localizedPath, routing, type Locale } from "./routing";

/** The page's locale from its params; an unknown one is a 404. Enables static rendering for next-intl. */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** Title, description, canonical and hreflang links, and Open Graph tags for a page that exists in both languages. */
export function pageMetadata(
  locale: Locale,
  path: string,
  meta: { title: string; description: string; absoluteTitle?: boolean; ogType?: "website" | "article" },
): Metadata {
  const languages = Object.fromEntries(routing.locales.map((l) => [l, localizedPath(l, path)]));
  return {
    title: meta.absoluteTitle ? { absolute: meta.title } : meta.title,
    description: meta.description,
    // the Atom feed is discoverable from every page (feed readers look for it in the head)
    alternates: {
      canonical: localizedPath(locale, path),
      languages: { ...languages, "x-default": path },
      types: { "application/atom+xml": [{ url: "/feed.xml", title: "Catatan Paritrana Award" }] },
    },
    openGraph: {
      title: meta.title,
      description: meta.description,
      url: localizedPath(locale, path),
      type: meta.ogType ?? "website",
      locale: locale === "id" ? "id_ID" : "en_GB",
      alternateLocale: locale === "id" ? ["en_GB"] : ["id_ID"],
    },
  };
}
