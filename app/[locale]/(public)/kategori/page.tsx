import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/page-link";
import { categoryLabel, ceremonyDay, levelName } from "@/i18n/format";
import { pageLocale, pageMetadata } from "@/i18n/server";
import { listCategoryGroups } from "@/lib/awards/queries";
import { paths } from "@/lib/paths";
import { Breadcrumbs } from "@/components/breadcrumbs";

export async function generateMetadata({ params }: PageProps<"/[locale]/kategori">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "category" });
  return pageMetadata(locale, paths.categories(), { title: t("indexTitle"), description: t("indexDescription") });
}

export default async function CategoriesPage({ params }: PageProps<"/[locale]/kategori">) {
  const locale = await pageLocale(params);
  const [groups, t] = await Promise.all([listCategoryGroups(), getTranslations({ locale })]);
  const withData = groups.filter((g) => g.categories.length > 0);
  return (
    <article>
      <Breadcrumbs
        items={[
          { name: t("site.nav.home"), path: paths.home() },
          { name: t("category.indexTitle"), path: paths.categories() },
        ]}
      />
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-brand-900 sm:text-3xl">{t("category.indexTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("category.indexDescription")}</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {withData.map((g) => (
          <li key={g.key} className="rounded-lg border border-slate-200 p-4">
            <h2 className="font-semibold">
              <Link href={paths.category(g.key)} className="text-brand-800 underline underline-offset-2">
                {locale === "en" ? g.nameEn : g.nameId}
              </Link>
            </h2>
            <p className="text-sm text-slate-600">{t("category.placings", { count: g.placingCount })}</p>
            <h3 className="mt-2 text-sm font-medium text-slate-700">{t("category.wordings")}</h3>
            <ul className="text-sm">
              {g.categories.map((c) => (
                <li key={c.id}>
                  <span lang="id">“{categoryLabel(c)}”</span> — {levelName(t, c.edition)},{" "}
                  {c.edition.ceremonyDate ? ceremonyDay(t, c.edition, locale) : `“${c.edition.yearLabel}”`}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </article>
  );
}
