-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "withdrawReason" TEXT,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3);
