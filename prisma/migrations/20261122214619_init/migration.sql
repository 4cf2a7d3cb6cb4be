-- Trigram and accent-insensitive search (organisation, region and source names).
CREATE EXTENSION IF NOT EXISTS "pg_trgm";
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- CreateEnum
CREATE TYPE "Level" AS ENUM ('national', 'province');

-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('province', 'regency', 'district', 'village');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('province_government', 'regency_government', 'city_government', 'village', 'kelurahan', 'company', 'bank', 'cooperative', 'school_or_university', 'hospital', 'small_business', 'other');

-- CreateEnum
CREATE TYPE "AliasMatch" AS ENUM ('certain', 'probable');

-- CreateEnum
CREATE TYPE "Inference" AS ENUM ('rank_from_order', 'category_from_context');

-- CreateEnum
CREATE TYPE "EditionFactKind" AS ENUM ('year_label', 'assessment_period', 'ceremony_date', 'venue', 'organizer', 'presenter', 'attendee', 'assessment_panel', 'coverage');

-- CreateTable
CREATE TABLE "Region" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "slug" TEXT,
    "parentCode" TEXT,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Program" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "fullNameId" TEXT NOT NULL,

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Edition" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "level" "Level" NOT NULL,
    "provinceCode" TEXT,
    "yearLabel" TEXT NOT NULL,
    "assessmentPeriod" TEXT,
    "ceremonyDate" DATE NOT NULL,

    CONSTRAINT "Edition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "key" TEXT NOT NULL,
    "nameId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "kindNote" TEXT,
    "regionCode" TEXT,
    "regionNote" TEXT,
    "note" TEXT,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationAlias" (
    "id" SERIAL NOT NULL,
    "organizationId" TEXT NOT NULL,
    "spelling" TEXT NOT NULL,
    "match" "AliasMatch" NOT NULL,
    "note" TEXT,
    "sourceId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "OrganizationAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "title" TEXT,
    "author" TEXT,
    "publishedAt" DATE,
    "eventDate" DATE,
    "dateNote" TEXT,
    "url" TEXT,
    "language" TEXT NOT NULL DEFAULT 'id',
    "text" TEXT NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "categoryKey" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "organizationId" TEXT,
    "inferences" "Inference"[],
    "inferenceNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EditionFact" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "kind" "EditionFactKind" NOT NULL,
    "value" TEXT NOT NULL,
    "inferenceNote" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EditionFact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" SERIAL NOT NULL,
    "claimId" TEXT,
    "editionFactId" TEXT,
    "sourceId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "recipientName" TEXT,
    "categoryWording" TEXT,
    "note" TEXT,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Region_parentCode_idx" ON "Region"("parentCode");

-- CreateIndex
CREATE INDEX "Region_name_idx" ON "Region" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Region_level_slug_key" ON "Region"("level", "slug");

-- CreateIndex
CREATE INDEX "Edition_ceremonyDate_idx" ON "Edition"("ceremonyDate");

-- CreateIndex
CREATE UNIQUE INDEX "Edition_level_provinceCode_ceremonyDate_key" ON "Edition"("level", "provinceCode", "ceremonyDate");

-- CreateIndex
CREATE INDEX "Organization_name_idx" ON "Organization" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "OrganizationAlias_organizationId_idx" ON "OrganizationAlias"("organizationId");

-- CreateIndex
CREATE INDEX "OrganizationAlias_spelling_idx" ON "OrganizationAlias" USING GIN ("spelling" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "OrganizationAlias_sourceId_start_end_key" ON "OrganizationAlias"("sourceId", "start", "end");

-- CreateIndex
CREATE INDEX "Source_publisher_idx" ON "Source" USING GIN ("publisher" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_editionId_categoryKey_rank_idx" ON "Claim"("editionId", "categoryKey", "rank");

-- CreateIndex
CREATE INDEX "Claim_organizationId_idx" ON "Claim"("organizationId");

-- CreateIndex
CREATE INDEX "EditionFact_editionId_idx" ON "EditionFact"("editionId");

-- CreateIndex
CREATE INDEX "Citation_claimId_idx" ON "Citation"("claimId");

-- CreateIndex
CREATE INDEX "Citation_editionFactId_idx" ON "Citation"("editionFactId");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Edition" ADD CONSTRAINT "Edition_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Edition" ADD CONSTRAINT "Edition_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "Region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationAlias" ADD CONSTRAINT "OrganizationAlias_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationAlias" ADD CONSTRAINT "OrganizationAlias_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_categoryKey_fkey" FOREIGN KEY ("categoryKey") REFERENCES "Category"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditionFact" ADD CONSTRAINT "EditionFact_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_editionFactId_fkey" FOREIGN KEY ("editionFactId") REFERENCES "EditionFact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Rules Prisma's schema language cannot state. Kept in the database so that no writer (seed, admin, a
-- script) can break them.
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_rank_check" CHECK ("rank" BETWEEN 1 AND 3);
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_inference_note_check"
  CHECK (cardinality("inferences") = 0 OR "inferenceNote" IS NOT NULL);
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_one_subject_check" CHECK (num_nonnulls("claimId", "editionFactId") = 1);
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_offsets_check" CHECK ("start" >= 0 AND "end" > "start");
ALTER TABLE "OrganizationAlias" ADD CONSTRAINT "OrganizationAlias_offsets_check" CHECK ("start" >= 0 AND "end" > "start");

-- Every quote is the source's text at its offsets (Unicode code points, end exclusive), and so is every
-- spelling of an organisation's name, and the words a citation picks out of its quote.
CREATE FUNCTION "citation_quote_is_verbatim"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  source_text TEXT;
BEGIN
  SELECT "text" INTO source_text FROM "Source" WHERE "id" = NEW."sourceId";
  IF source_text IS NULL OR substr(source_text, NEW."start" + 1, NEW."end" - NEW."start") IS DISTINCT FROM NEW."quote" THEN
    RAISE EXCEPTION 'citation quote is not the text of source % at [%, %)', NEW."sourceId", NEW."start", NEW."end"
      USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."recipientName" IS NOT NULL AND strpos(NEW."quote", NEW."recipientName") = 0 THEN
    RAISE EXCEPTION 'recipient name "%" is not in the quote', NEW."recipientName" USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."categoryWording" IS NOT NULL AND strpos(NEW."quote", NEW."categoryWording") = 0 THEN
    RAISE EXCEPTION 'category wording "%" is not in the quote', NEW."categoryWording" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Citation_quote_is_verbatim" BEFORE INSERT OR UPDATE ON "Citation"
  FOR EACH ROW EXECUTE FUNCTION "citation_quote_is_verbatim"();

CREATE FUNCTION "alias_spelling_is_verbatim"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  source_text TEXT;
BEGIN
  SELECT "text" INTO source_text FROM "Source" WHERE "id" = NEW."sourceId";
  IF source_text IS NULL OR substr(source_text, NEW."start" + 1, NEW."end" - NEW."start") IS DISTINCT FROM NEW."spelling" THEN
    RAISE EXCEPTION 'alias "%" is not the text of source % at [%, %)', NEW."spelling", NEW."sourceId", NEW."start", NEW."end"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "OrganizationAlias_spelling_is_verbatim" BEFORE INSERT OR UPDATE ON "OrganizationAlias"
  FOR EACH ROW EXECUTE FUNCTION "alias_spelling_is_verbatim"();

-- A cited article's text never changes: offsets and quotes point into it.
CREATE FUNCTION "source_text_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."text" IS DISTINCT FROM OLD."text" THEN
    RAISE EXCEPTION 'the text of source % is stored verbatim and cannot be changed', OLD."id" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Source_text_is_immutable" BEFORE UPDATE ON "Source"
  FOR EACH ROW EXECUTE FUNCTION "source_text_is_immutable"();
