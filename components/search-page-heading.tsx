import { useTranslations } from "next-intl";
import { paths } from "@/lib/paths";
import { Breadcrumbs } from "@/components/breadcrumbs";

/** The search page's breadcrumbs and title, the same with or without a query. */
export function SearchPageHeading() {
  const t = useTranslations();
  return (
    <>
      <Breadcrumbs
        items={[
          { name: t("site.nav.home"), path: paths.home() },
          { name: t("searchPage.title"), path: paths.search() },
        ]}
      />
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-brand-900 sm:text-3xl">{t("searchPage.title")}</h1>
    </>
  );
}
