import type { ComponentProps } from "react";
import { useLocale } from "next-intl";
import { localizedPath, type Locale } from "@/i18n/routing";

/**
 * A link to a page of the portal, in the reader's language ("/edisi/x", "/en/edisi/x"). A plain <a>, rendered on
 * the server: the pages are cached HTML, so following a link costs about what a client-side navigation would,
 * while a client Link on each of the hundred links of an edition page would be hydrated on a reader's phone and
 * prefetch every page in view.
 */
export function Link({ href, ...props }: Omit<ComponentProps<"a">, "href"> & { href: string }) {
  const locale = useLocale() as Locale;
  return <a href={localizedPath(locale, href)} {...props} />;
}
