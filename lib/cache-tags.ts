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
} as const;
