-- AlterTable
ALTER TABLE "EditionFact" ADD COLUMN     "retractReason" TEXT,
ADD COLUMN     "retractedAt" TIMESTAMP(3);
