import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { editionName } from "@/i18n/format";
import { routing } from "@/i18n/routing";
import { pageLocale, pageMetadata } from "@/i18n/server";
import { CATEGORY_KEYS, categoryName, isCategoryKey } from "@/lib/awards/categories";
import { findDisagreements } from "@/lib/awards/disagreements";
import { listClaims } from "@/lib/awards/queries";
import { paths } from "@/lib/paths";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DataDownloads } from "@/components/data-downloads";
import { PlacingList } from "@/components/placing-list";

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => CATEGORY_KEYS.map((key) => ({ locale, key })));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/kategori/[key]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { key } = await params;
  if (!isCategoryKey(key)) return {};
  const t = await getTranslations({ locale, namespace: "category" });
  const name = categoryName(key, locale);
  return pageMetadata(locale, paths.category(key), { title: name, description: t("description", { category: name }) });
}

export default async function CategoryPage({ params }: PageProps<"/[locale]/kategori/[key]">) {
  const locale = await pageLocale(params);
  const { key } = await params;
  if (!isCategoryKey(key)) notFound();
  const [claims, t] = await Promise.all([listClaims({ category: key }), getTranslations({ locale })]);
  const name = categoryName(key, locale);
  const editions = [...new Map(claims.map((c) => [c.edition.id, c.edition])).values()];
  const disagreements = findDisagreements(claims.map((c) => ({ id: c.id, editionId: c.edition.id, categoryKey: c.category.key, rank: c.rank, organizationId: c.organization?.id ?? null })));

  return (
    <article>
      <Breadcrumbs items={[{ name: t("site.nav.home"), path: paths.home() }, { name: t("category.indexTitle"), path: paths.categories() }, { name, path: paths.category(key) }]} />
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-brand-900 sm:text-3xl">{name}</h1>
      <DataDownloads query={{ category: key }} />
      {editions.length === 0 && <p className="mt-6 text-slate-700">{t("category.none")}</p>}
      {editions.map((e) => (
        <section key={e.id} aria-labelledby={`e-${e.id}`} className="mt-8">
          <h2 id={`e-${e.id}`} className="text-lg font-semibold">
            <Link href={paths.edition(e.id)} className="text-brand-800 underline underline-offset-2">{editionName(t, e, locale)}</Link>
          </h2>
          <PlacingList claims={claims.filter((c) => c.edition.id === e.id)} disagreements={disagreements} />
        </section>
      ))}
    </article>
  );
}
