import type { MetadataRoute } from "next";
import { localizedPath, routing } from "@/i18n/routing";
import { editionYears } from "@/lib/awards/edition-names";
import {
  listCategoryGroups,
  listClaimIds,
  listEditions,
  listOrganizationIds,
  listProvincesWithData,
  listSourceIds,
} from "@/lib/awards/queries";
import { paths } from "@/lib/paths";
import { absoluteUrl } from "@/lib/site-url";

// Every public page, in Indonesian (canonical) with its English alternate.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [editions, provinces, claims, organizations, sources, groups] = await Promise.all([
    listEditions(),
    listProvincesWithData(),
    listClaimIds(),
    listOrganizationIds(),
    listSourceIds(),
    listCategoryGroups(),
  ]);
  const pagePaths = [
    paths.home(),
    paths.categories(),
    paths.national(),
    "/api",
    ...groups.filter((g) => g.categories.length > 0).map((g) => paths.category(g.key)),
    ...provinces.flatMap((p) => [
      paths.province(p.slug),
      ...editionYears(editions.filter((e) => e.province?.code === p.code)).map((y) => paths.provinceYear(p.slug, y)),
    ]),
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
