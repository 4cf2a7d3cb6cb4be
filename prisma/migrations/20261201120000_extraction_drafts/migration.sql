-- Drafts of the admin's review page: an article being turned into placings, kept until published or discarded.
CREATE TABLE "ExtractionDraft" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "sourceId" TEXT,
    "text" TEXT NOT NULL,
    "meta" JSONB NOT NULL,
    "decisions" JSONB NOT NULL DEFAULT '{}',
    "problems" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExtractionDraft_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ExtractionDraft_userId_idx" ON "ExtractionDraft"("userId");
ALTER TABLE "ExtractionDraft" ADD CONSTRAINT "ExtractionDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
