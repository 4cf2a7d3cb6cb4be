-- The draft the extractor produced when the review began (read once, in a worker with a time budget): viewing or
-- publishing the review reads it, and never runs the extractor again. Null for reviews begun before this column,
-- which are read once more and then stored.
ALTER TABLE "ExtractionDraft" ADD COLUMN "draft" JSONB;
