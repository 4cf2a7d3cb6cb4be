import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/page-link";
import { localizedPath, type Locale } from "@/i18n/routing";
import { absoluteUrl } from "@/lib/site-url";
import { JsonLd } from "./json-ld";

/** The trail to this page, visible and as schema.org BreadcrumbList; the last item is the page itself. */
export function Breadcrumbs({ items }: { items: { name: string; path: string }[] }) {
  const t = useTranslations("site");
  const locale = useLocale() as Locale;
  return (
    <>
      <nav aria-label={t("breadcrumb")} className="text-sm text-slate-600">
        <ol className="flex flex-wrap gap-x-1">
          {items.map((item, i) => (
            <li key={item.path} className="after:ml-1 after:content-['/'] last:after:content-none">
              {i < items.length - 1 ? (
                <Link href={item.path} className="underline underline-offset-2">
                  {item.name}
                </Link>
              ) : (
                <span aria-current="page">{item.name}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "BreadcrumbList",
          itemListElement: items.map((item, i) => ({
            "@type": "ListItem",
            position: i + 1,
            name: item.name,
            item: absoluteUrl(localizedPath(locale, item.path)),
          })),
        }}
      />
    </>
  );
}
