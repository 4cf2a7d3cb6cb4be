import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/page-link";
import { pageLocale, pageMetadata } from "@/i18n/server";
import { listEditions, listProvincesWithData } from "@/lib/awards/queries";
import { paths } from "@/lib/paths";
import { EditionCard } from "@/components/edition-card";
import { SearchBox } from "@/components/search-box";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "site" });
  return pageMetadata(locale, "/", { title: t("title"), description: t("description"), absoluteTitle: true });
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale });
  const [editions, provinces] = await Promise.all([listEditions(), listProvincesWithData()]);
  return (
    <>
      <section className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{t("site.name")}</h1>
        <p className="mt-3 text-lg text-slate-700">{t("home.intro")}</p>
      </section>

      <section aria-labelledby="cari" className="mt-8 max-w-xl">
        <h2 id="cari" className="text-base font-semibold">
          {t("home.searchHeading")}
        </h2>
        <SearchBox />
      </section>

      <section aria-labelledby="edisi" className="mt-10">
        <h2 id="edisi" className="text-xl font-semibold">
          {t("home.latest")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("home.editionsNote")}</p>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {editions.slice(0, 6).map((e) => (
            <li key={e.id}>
              <EditionCard edition={e} all={editions} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="provinsi" className="mt-10">
        <h2 id="provinsi" className="text-xl font-semibold">
          {t("home.provinces")}
        </h2>
        <ul className="mt-3 flex flex-wrap gap-3">
          {provinces.map((p) => (
            <li key={p.code}>
              <Link href={paths.province(p.slug)} className="block rounded-lg border border-slate-200 px-4 py-3 hover:border-brand-700">
                <span className="font-medium text-brand-800 underline underline-offset-2">{p.name}</span>
                <span className="block text-sm text-slate-600">
                  {t("home.provinceSummary", { editions: p.editionCount, placings: p.placingCount })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-slate-600">
          <Link href={paths.national()} className="underline underline-offset-2">
            {t("level.national")}
          </Link>
          : {t("home.nationalNone")}
        </p>
      </section>
    </>
  );
}
