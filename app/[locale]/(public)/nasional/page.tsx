import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale, pageMetadata } from "@/i18n/server";
import { listEditions } from "@/lib/awards/queries";
import { paths } from "@/lib/paths";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DataDownloads } from "@/components/data-downloads";
import { EditionCard } from "@/components/edition-card";

export async function generateMetadata({ params }: PageProps<"/[locale]/nasional">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "national" });
  return pageMetadata(locale, paths.national(), { title: t("title"), description: t("description") });
}

// The national round: the same pages and data model as the provincial rounds, ready for its first sources.
export default async function NationalPage({ params }: PageProps<"/[locale]/nasional">) {
  const locale = await pageLocale(params);
  const [all, t] = await Promise.all([listEditions(), getTranslations({ locale })]);
  const editions = all.filter((e) => e.level === "national");
  return (
    <article>
      <Breadcrumbs
        items={[
          { name: t("site.nav.home"), path: paths.home() },
          { name: t("level.national"), path: paths.national() },
        ]}
      />
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-brand-900 sm:text-3xl">{t("national.title")}</h1>
      <p className="mt-2 text-slate-700">{t("national.description")}</p>
      <DataDownloads query={{ level: "national" }} />
      {editions.length === 0 ? (
        <p className="mt-6 rounded-md border border-slate-200 bg-slate-50 p-4 text-slate-700">{t("national.none")}</p>
      ) : (
        <section aria-labelledby="edisi" className="mt-8">
          <h2 id="edisi" className="text-xl font-semibold">
            {t("national.editions")}
          </h2>
          <ul className="mt-3 grid gap-4 sm:grid-cols-2">
            {editions.map((e) => (
              <li key={e.id}>
                <EditionCard edition={e} all={editions} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
