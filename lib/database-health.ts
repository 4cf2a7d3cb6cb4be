import "server-only";
import { databaseReachable as probe } from "@/cache/database-health.mjs";
import { env } from "./env";

// Whether the record's database answers (cache/database-health.mjs, shared with the page cache handler): asked by
// the API when an error does not say why. While it does not answer, readers get a clear 503 with Retry-After
// instead of a 500.

export { RETRY_AFTER_SECONDS } from "@/cache/unavailable-page.mjs";

export function databaseReachable(): Promise<boolean> {
  return probe(env.DATABASE_URL);
}
