import type { MetadataRoute } from "next";
import { localizedPath, routing } from "@/i18n/routing";
import { CATEGORY_KEYS } from "@/lib/awards/categories";
import { editionYears } from "@/lib/awards/edition-names";
import { listClaimIds, listEditions, listOrganizationIds, listProvincesWithData, listSourceIds } from "@/lib/awards/queries";
import { paths } from "@/lib/paths";
import { absoluteUrl } from "@/lib/site-url";

// Every public page, in Indonesian (canonical) with its English alternate.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [editions, provinces, claims, organizations, sources] = await Promise.all([listEditions(), listProvincesWithData(), listClaimIds(), listOrganizationIds(), listSourceIds()]);
  const pagePaths = [
    paths.home(), paths.categories(), paths.national(), "/api",
    ...CATEGORY_KEYS.map(paths.category),
    ...provinces.flatMap((p) => [paths.province(p.slug), ...editionYears(editions.filter((e) => e.province?.code === p.code)).map((y) => paths.provinceYear(p.slug, y))]),
    ...editions.map((e) => paths.edition(e.id)),
    ...claims.map(paths.claim),
    ...organizations.map(paths.organization),
    ...sources.map(paths.source),
  ];
  return pagePaths.map((path) => ({
    url: absoluteUrl(path),
    alternates: { languages: Object.fromEntries(routing.locales.map((l) => [l, absoluteUrl(localizedPath(l, path))])) },
  }));
}
