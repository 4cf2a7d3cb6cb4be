-- Categories as data: each edition names its own categories (EditionCategory), each in a browsing group
-- (CategoryGroup, the nine keys of before plus new ones). Ranks may be absent (unranked winners), a placing may
-- carry a prize, an edition's ceremony date may be unknown. Nothing of the existing record is lost: every
-- claim keeps its id, citations and history; each (edition, key) pair of the old claims becomes a category of
-- that edition, labelled with the wording its sources used most.

-- Groups: the old categories table, renamed, plus the groups the award's other rounds need.
ALTER TABLE "Category" RENAME TO "CategoryGroup";
ALTER TABLE "CategoryGroup" RENAME CONSTRAINT "Category_pkey" TO "CategoryGroup_pkey";
ALTER TABLE "CategoryGroup" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
INSERT INTO "CategoryGroup" ("key", "nameId", "nameEn", "sortOrder") VALUES
  ('province-government', 'Pemerintah Provinsi', 'Provincial government', 0),
  ('regency-city-government', 'Pemerintah Kabupaten/Kota', 'Regency and city government', 1),
  ('pemda', 'Pemerintah Daerah', 'Local government', 2),
  ('pemdes-kelurahan', 'Pemerintah Desa dan Kelurahan', 'Villages and urban villages', 3),
  ('public-service', 'Pelayanan Publik', 'Public service', 4),
  ('large-business', 'Perusahaan Besar', 'Large businesses', 5),
  ('medium-business', 'Perusahaan Menengah', 'Medium businesses', 6),
  ('umk', 'Usaha Kecil dan Mikro', 'Small and micro businesses', 7),
  ('financial-services', 'Jasa Keuangan', 'Financial services', 8),
  ('trade-services', 'Perdagangan dan Jasa', 'Trade and services', 9),
  ('education', 'Jasa Pendidikan', 'Education', 10),
  ('manufacturing', 'Manufaktur, Pertambangan dan Konstruksi', 'Manufacturing, mining and construction', 11),
  ('agriculture', 'Perkebunan, Pertanian, Peternakan dan Perikanan', 'Plantations, agriculture, livestock and fisheries', 12),
  ('health', 'Pelayanan Kesehatan', 'Health services', 13),
  ('special-award', 'Penghargaan Khusus dan Inovasi', 'Special and innovation awards', 14),
  ('overall', 'Terbaik Keseluruhan', 'Overall', 15)
ON CONFLICT ("key") DO UPDATE SET "sortOrder" = EXCLUDED."sortOrder";

CREATE TABLE "EditionCategory" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "groupKey" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "qualifier" TEXT NOT NULL DEFAULT '',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "EditionCategory_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "EditionCategory_editionId_label_qualifier_key" ON "EditionCategory"("editionId", "label", "qualifier");
CREATE INDEX "EditionCategory_groupKey_idx" ON "EditionCategory"("groupKey");
ALTER TABLE "EditionCategory" ADD CONSTRAINT "EditionCategory_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "EditionCategory" ADD CONSTRAINT "EditionCategory_groupKey_fkey" FOREIGN KEY ("groupKey") REFERENCES "CategoryGroup"("key") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "EditionCategory" ADD CONSTRAINT "EditionCategory_label_check" CHECK (length(btrim("label")) > 0);

-- The existing data: one category per (edition, old key), labelled with its sources' most used wording
-- (ties: the earliest citation), or the group's name where no source worded it.
INSERT INTO "EditionCategory" ("id", "editionId", "groupKey", "label", "sortOrder")
SELECT pairs."editionId" || '-' || pairs."categoryKey", pairs."editionId", pairs."categoryKey",
       COALESCE((
         SELECT ci."categoryWording" FROM "Citation" ci JOIN "Claim" c2 ON c2."id" = ci."claimId"
         WHERE c2."editionId" = pairs."editionId" AND c2."categoryKey" = pairs."categoryKey" AND ci."categoryWording" IS NOT NULL
         GROUP BY ci."categoryWording" ORDER BY count(*) DESC, min(ci."id") ASC LIMIT 1
       ), g."nameId"),
       g."sortOrder"
FROM (SELECT DISTINCT "editionId", "categoryKey" FROM "Claim") pairs
JOIN "CategoryGroup" g ON g."key" = pairs."categoryKey";

-- Claims: their category is now the edition's own; rank is optional; a prize may be recorded.
ALTER TABLE "Claim" ADD COLUMN "categoryId" TEXT;
UPDATE "Claim" SET "categoryId" = "editionId" || '-' || "categoryKey";
ALTER TABLE "Claim" ALTER COLUMN "categoryId" SET NOT NULL;
ALTER TABLE "Claim" DROP CONSTRAINT "Claim_categoryKey_fkey";
DROP INDEX "Claim_editionId_categoryKey_rank_idx";
ALTER TABLE "Claim" DROP COLUMN "categoryKey";
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "EditionCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "Claim_editionId_categoryId_rank_idx" ON "Claim"("editionId", "categoryId", "rank");
CREATE INDEX "Claim_categoryId_idx" ON "Claim"("categoryId");
ALTER TABLE "Claim" ALTER COLUMN "rank" DROP NOT NULL;
ALTER TABLE "Claim" DROP CONSTRAINT "Claim_rank_check";
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_rank_check" CHECK ("rank" IS NULL OR "rank" >= 1);
-- a placing says something: a rank, a recipient or both
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_rank_or_recipient_check" CHECK ("rank" IS NOT NULL OR "organizationId" IS NOT NULL);
ALTER TABLE "Claim" ADD COLUMN "prizeText" TEXT, ADD COLUMN "prizeAmountRupiah" BIGINT;
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_prize_check" CHECK (("prizeAmountRupiah" IS NULL OR ("prizeText" IS NOT NULL AND "prizeAmountRupiah" >= 0)));

-- A claim's category belongs to the claim's edition.
CREATE FUNCTION "claim_category_in_edition"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "EditionCategory" WHERE "id" = NEW."categoryId" AND "editionId" = NEW."editionId") THEN
    RAISE EXCEPTION 'category % is not a category of edition %', NEW."categoryId", NEW."editionId" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Claim_category_in_edition" BEFORE INSERT OR UPDATE OF "categoryId", "editionId" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION "claim_category_in_edition"();

-- Citations may also back a category's wording; they keep the source's words for the rank.
ALTER TABLE "Citation" ADD COLUMN "editionCategoryId" TEXT, ADD COLUMN "rankWording" TEXT;
CREATE INDEX "Citation_editionCategoryId_idx" ON "Citation"("editionCategoryId");
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_editionCategoryId_fkey" FOREIGN KEY ("editionCategoryId") REFERENCES "EditionCategory"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Citation" DROP CONSTRAINT "Citation_one_subject_check";
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_one_subject_check" CHECK (num_nonnulls("claimId", "editionFactId", "editionCategoryId") = 1);

CREATE OR REPLACE FUNCTION "citation_quote_is_verbatim"() RETURNS trigger LANGUAGE plpgsql AS $$
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
  IF NEW."rankWording" IS NOT NULL AND strpos(NEW."quote", NEW."rankWording") = 0 THEN
    RAISE EXCEPTION 'rank wording "%" is not in the quote', NEW."rankWording" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

-- Editions: the ceremony date is known only when a source gives it; joint ceremonies share a key.
ALTER TABLE "Edition" ALTER COLUMN "ceremonyDate" DROP NOT NULL;
ALTER TABLE "Edition" ADD COLUMN "sharedCeremony" TEXT;
CREATE INDEX "Edition_sharedCeremony_idx" ON "Edition"("sharedCeremony");
ALTER TYPE "EditionFactKind" ADD VALUE 'shared_ceremony';

-- Changes made from the command line (npm run import) have no account.
ALTER TABLE "Change" ALTER COLUMN "userId" DROP NOT NULL;
ALTER TABLE "Change" DROP CONSTRAINT "Change_userId_fkey";
ALTER TABLE "Change" ADD CONSTRAINT "Change_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
