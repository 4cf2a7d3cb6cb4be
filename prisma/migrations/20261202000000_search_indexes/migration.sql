-- Search by trigram indexes instead of scoring every name (lib/search/queries.ts). The search compares names
-- lower-cased and without accents, and once more with spaces removed; indexes need those expressions to be
-- IMMUTABLE, which unaccent(text) is not (it reads its dictionary through search_path), so these wrappers name the
-- dictionary. The plain-column trigram indexes of the first migration were never used by a query: replaced.
CREATE OR REPLACE FUNCTION search_norm(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

CREATE OR REPLACE FUNCTION search_squash(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT replace(lower(public.unaccent('public.unaccent'::regdictionary, $1)), ' ', '') $$;

-- A regency is found with or without "Kabupaten"/"Kota" in the query.
CREATE OR REPLACE FUNCTION search_region_squash(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT replace(lower(public.unaccent('public.unaccent'::regdictionary, regexp_replace($1, '^(Kabupaten|Kota) ', ''))), ' ', '') $$;

DROP INDEX IF EXISTS "Region_name_idx";
DROP INDEX IF EXISTS "Organization_name_idx";
DROP INDEX IF EXISTS "OrganizationAlias_spelling_idx";
DROP INDEX IF EXISTS "Source_publisher_idx";

CREATE INDEX "Organization_name_search_idx" ON "Organization" USING GIN (search_norm("name") gin_trgm_ops);
CREATE INDEX "Organization_name_squash_idx" ON "Organization" USING GIN (search_squash("name") gin_trgm_ops);
CREATE INDEX "OrganizationAlias_spelling_search_idx" ON "OrganizationAlias" USING GIN (search_norm("spelling") gin_trgm_ops);
CREATE INDEX "OrganizationAlias_spelling_squash_idx" ON "OrganizationAlias" USING GIN (search_squash("spelling") gin_trgm_ops);
-- Only provinces and regencies/cities are searched (not the 90,000 districts and villages).
CREATE INDEX "Region_name_search_idx" ON "Region" USING GIN (search_norm("name") gin_trgm_ops) WHERE "level" IN ('province', 'regency');
CREATE INDEX "Region_name_squash_idx" ON "Region" USING GIN (search_region_squash("name") gin_trgm_ops) WHERE "level" IN ('province', 'regency');
CREATE INDEX "Source_publisher_search_idx" ON "Source" USING GIN (search_norm("publisher") gin_trgm_ops);
CREATE INDEX "Source_publisher_squash_idx" ON "Source" USING GIN (search_squash("publisher") gin_trgm_ops);
CREATE INDEX "Source_title_search_idx" ON "Source" USING GIN (search_norm("title") gin_trgm_ops);
CREATE INDEX "Source_title_squash_idx" ON "Source" USING GIN (search_squash("title") gin_trgm_ops);
CREATE INDEX "EditionCategory_wording_search_idx" ON "EditionCategory" USING GIN (search_norm(trim("label" || ' ' || "qualifier")) gin_trgm_ops);
CREATE INDEX "EditionCategory_wording_squash_idx" ON "EditionCategory" USING GIN (search_squash(trim("label" || ' ' || "qualifier")) gin_trgm_ops);
