import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale, pageMetadata } from "@/i18n/server";
import { CLAIM_FILTER_NAMES, DEFAULT_PER_PAGE, MAX_PER_PAGE } from "@/lib/awards/claim-filters";
import { listCategoryGroups } from "@/lib/awards/queries";
import { absoluteUrl } from "@/lib/site-url";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { JsonLd } from "@/components/json-ld";

const API_PATH = "/api";

export async function generateMetadata({ params }: PageProps<"/[locale]/api">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "apiDocs" });
  return pageMetadata(locale, API_PATH, { title: t("title"), description: t("description") });
}

const EXAMPLES = [
  "/api/v1/claims?province=53&year=2024",
  "/api/v1/claims?category=pemdes-kelurahan&format=csv",
  "/api/v1/claims?q=kopdir%20tlm",
  "/api/v1/categories",
  "/api/v1/claims?organization=kabupaten-nagekeo",
  "/api/v1/sources/topnewsntt-2025-07-21",
  "/api/v1/search?q=rote%20ndao",
  "/feed.xml",
];

export default async function ApiDocsPage({ params }: PageProps<"/[locale]/api">) {
  const locale = await pageLocale(params);
  const [t, groups] = await Promise.all([getTranslations({ locale }), listCategoryGroups()]);
  const code = "rounded bg-slate-100 px-1 font-mono text-sm";
  return (
    <article className="max-w-3xl">
      <Breadcrumbs
        items={[
          { name: t("site.nav.home"), path: "/" },
          { name: t("apiDocs.title"), path: API_PATH },
        ]}
      />
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Dataset",
          name: t("site.name"),
          description: t("apiDocs.description"),
          url: absoluteUrl(API_PATH),
          inLanguage: ["id", "en"],
          isAccessibleForFree: true,
          distribution: [
            { "@type": "DataDownload", encodingFormat: "application/json", contentUrl: absoluteUrl("/api/v1/claims") },
            { "@type": "DataDownload", encodingFormat: "text/csv", contentUrl: absoluteUrl("/api/v1/claims?format=csv") },
          ],
        }}
      />
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-brand-900 sm:text-3xl">{t("apiDocs.title")}</h1>
      <p className="mt-3 text-slate-700">{t("apiDocs.intro")}</p>

      <h2 className="mt-8 text-xl font-semibold">{t("apiDocs.endpoints")}</h2>
      <dl className="mt-3 space-y-3">
        {[
          ["GET /api/v1/claims", t("apiDocs.claims")],
          ["GET /api/v1/categories", t("apiDocs.categoriesApi")],
          ["GET /api/v1/sources/:id", t("apiDocs.sources")],
          ["GET /api/v1/search?q=", t("apiDocs.searchApi")],
          ["GET /feed.xml", t("apiDocs.feed")],
        ].map(([endpoint, text]) => (
          <div key={endpoint}>
            <dt>
              <code className={code}>{endpoint}</code>
            </dt>
            <dd className="mt-1 text-slate-700">{text}</dd>
          </div>
        ))}
      </dl>

      <h2 className="mt-8 text-xl font-semibold">{t("apiDocs.parameters")}</h2>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-300">
            <tr>
              <th scope="col" className="py-2 pr-3">
                {t("apiDocs.parameter")}
              </th>
              <th scope="col" className="py-2">
                {t("apiDocs.meaning")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {CLAIM_FILTER_NAMES.map((name) => (
              <tr key={name}>
                <th scope="row" className="py-2 pr-3 align-top">
                  <code className={code}>{name}</code>
                </th>
                <td className="py-2">
                  {t(`apiDocs.p_${name}`, { keys: groups.map((g) => g.key).join(", "), max: MAX_PER_PAGE, default: DEFAULT_PER_PAGE })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-3 text-sm text-slate-700">
        {t("apiDocs.urls")} {t("apiDocs.offsets")}
      </p>
      <h2 className="mt-8 text-xl font-semibold">{t("apiDocs.changesTitle")}</h2>
      <p className="mt-2 text-slate-700">{t("apiDocs.changes")}</p>

      <h2 className="mt-8 text-xl font-semibold">{t("apiDocs.errors")}</h2>
      <p className="mt-2 text-slate-700">
        {t("apiDocs.errorsText", { example: '{ "error": { "message": "unknown province \\"99\\": …", "parameter": "province" } }' })}
      </p>

      <h2 className="mt-8 text-xl font-semibold">{t("apiDocs.examples")}</h2>
      <ul className="mt-2 space-y-1">
        {EXAMPLES.map((href) => (
          <li key={href}>
            <a href={href} className="font-mono text-sm text-brand-700 underline underline-offset-2">
              {href}
            </a>
          </li>
        ))}
      </ul>
    </article>
  );
}
