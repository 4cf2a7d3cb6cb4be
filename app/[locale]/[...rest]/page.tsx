import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/server";

// Any path that matches no page: the 404, in the visitor's language (the [locale] segment's not-found.tsx).
import { routing } from "@/i18n/routing";

// Cache Components validates a dynamic route against at least one known param; any other path renders on
// request (blocking, like the [id] pages), so that notFound() answers with a 404 status.
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale, rest: ["halaman-tidak-ada"] }));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/[...rest]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "notFound" });
  return { title: t("title"), robots: { index: false } };
}

export default async function UnknownPage({ params }: PageProps<"/[locale]/[...rest]">) {
  await pageLocale(params);
  notFound();
}
