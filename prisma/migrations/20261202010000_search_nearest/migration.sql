-- Organisations are searched nearest first (GiST k-nearest-neighbour on the trigram distances) rather than by
-- every name above a threshold (GIN): a broad query ("pt", "desa", "kabupaten") matched thousands of names and
-- scored each; now it reads a bounded number of nearest spellings, as fast as a narrow one.
DROP INDEX IF EXISTS "Organization_name_search_idx";
DROP INDEX IF EXISTS "Organization_name_squash_idx";
DROP INDEX IF EXISTS "OrganizationAlias_spelling_search_idx";
DROP INDEX IF EXISTS "OrganizationAlias_spelling_squash_idx";

CREATE INDEX "Organization_name_nearest_idx" ON "Organization" USING GIST (search_norm("name") gist_trgm_ops);
CREATE INDEX "Organization_name_squash_nearest_idx" ON "Organization" USING GIST (search_squash("name") gist_trgm_ops);
CREATE INDEX "OrganizationAlias_spelling_nearest_idx" ON "OrganizationAlias" USING GIST (search_norm("spelling") gist_trgm_ops);
CREATE INDEX "OrganizationAlias_spelling_squash_nearest_idx" ON "OrganizationAlias" USING GIST (search_squash("spelling") gist_trgm_ops);
