// Every cache tag, defined once. Reads tag what they return; writes revalidate the tags they touch.
export const tags = {
  editions: "editions",
  edition: (id: string) => `edition:${id}`,
  claims: "claims",
  organizations: "organizations",
  organization: (id: string) => `organization:${id}`,
  sources: "sources",
  source: (id: string) => `source:${id}`,
  regions: "regions",
  categories: "categories",
} as const;

/** The tags that cover every public page: what an import made outside the web server (npm run import) revalidates. */
export const publicTags = [tags.editions, tags.claims, tags.organizations, tags.sources, tags.regions, tags.categories];
