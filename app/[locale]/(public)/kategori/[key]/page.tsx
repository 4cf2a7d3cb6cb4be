import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/page-link";
import { categoryLabel, editionName } from "@/i18n/format";
import { paramsForLocales } from "@/i18n/routing";
import { pageLocale, pageMetadata } from "@/i18n/server";
import { disagreementsOf } from "@/lib/awards/disagreements";
import { roundsOfGroup } from "@/lib/awards/category-rounds";
import { getCategoryGroup, listCategoryGroups, listClaims } from "@/lib/awards/queries";
import { paths } from "@/lib/paths";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DataDownloads } from "@/components/data-downloads";
import { PlacingList } from "@/components/placing-list";

export async function generateStaticParams() {
  return paramsForLocales(
    (await listCategoryGroups()).map((g) => ({ key: g.key })),
    { key: "-" },
  );
}

export async function generateMetadata({ params }: PageProps<"/[locale]/kategori/[key]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const group = await getCategoryGroup((await params).key);
  if (!group) return {};
  const t = await getTranslations({ locale, namespace: "category" });
  const name = locale === "en" ? group.nameEn : group.nameId;
  return pageMetadata(locale, paths.category(group.key), { title: name, description: t("description", { category: name }) });
}

/** A category group across rounds and years: each round's category in it, named as that round names it. */
export default async function CategoryGroupPage({ params }: PageProps<"/[locale]/kategori/[key]">) {
  const locale = await pageLocale(params);
  const { key } = await params;
  const group = await getCategoryGroup(key);
  if (!group) notFound();
  const [claims, t] = await Promise.all([listClaims({ category: group.key }), getTranslations({ locale })]);
  const name = locale === "en" ? group.nameEn : group.nameId;
  const disagreements = disagreementsOf(claims);
  const { inFull, earlier } = roundsOfGroup(claims);

  return (
    <article>
      <Breadcrumbs
        items={[
          { name: t("site.nav.home"), path: paths.home() },
          { name: t("category.indexTitle"), path: paths.categories() },
          { name, path: paths.category(group.key) },
        ]}
      />
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-brand-900 sm:text-3xl">{name}</h1>
      <p className="mt-2 text-slate-700">{t("category.groupNote")}</p>
      <DataDownloads query={{ category: group.key }} />
      {inFull.length === 0 && <p className="mt-6 text-slate-700">{t("category.none")}</p>}
      {inFull.map(({ category, edition, claims: placings }) => (
        <section key={category.id} aria-labelledby={`c-${category.id}`} className="mt-8" data-category={category.id}>
          <h2 id={`c-${category.id}`} className="text-lg font-semibold">
            <Link href={paths.edition(edition.id)} className="text-brand-800 underline underline-offset-2">
              {editionName(t, edition, locale)}
            </Link>
          </h2>
          <p className="text-sm text-slate-700">
            {t("category.namedAs")}
            <span lang="id">“{categoryLabel(category)}”</span>
          </p>
          <PlacingList claims={placings} disagreements={disagreements} />
        </section>
      ))}
      {earlier.length > 0 && (
        <section aria-labelledby="putaran-sebelumnya" className="mt-10">
          <h2 id="putaran-sebelumnya" className="text-lg font-semibold">
            {t("category.earlier")}
          </h2>
          <p className="text-sm text-slate-700">{t("category.earlierNote")}</p>
          <ul className="mt-3 space-y-1">
            {earlier.map(({ category, edition, claims: placings }) => (
              <li key={category.id}>
                <Link href={paths.edition(edition.id)} className="text-brand-800 underline underline-offset-2">
                  {editionName(t, edition, locale)}
                </Link>
                <span className="text-slate-700">
                  {" "}
                  · <span lang="id">“{categoryLabel(category)}”</span> · {t("category.placings", { count: placings.length })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
