import "server-only";
import pg from "pg";
import { env } from "./env";

// Whether the record's database answers, asked by proxy.ts before a page that must be rendered from the database
// (one no cache holds) and by the API when an error does not say why: while it does not answer, readers get a
// clear 503 with Retry-After instead of a 500. The probe is a SELECT 1 over one connection kept for it (a fraction
// of a millisecond while the database is up; requests at the same moment share one probe). A failed probe is
// believed for UNREACHABLE_FOR_MS, so that a dead database is not asked again by every request.

/** Seconds a reader or an API client is asked to wait while the database cannot be reached. */
export const RETRY_AFTER_SECONDS = 30;

const PROBE_TIMEOUT_MS = 1_000;
const UNREACHABLE_FOR_MS = 1_000;

type Health = { pool: pg.Pool | null; unreachableUntil: number; probe: Promise<boolean> | null };
// On globalThis: the proxy and the pages are bundled apart but run in one process, and share this.
const state = ((globalThis as { [key: symbol]: Health })[Symbol.for("paritrana.database-health")] ??= { pool: null, unreachableUntil: 0, probe: null });

export async function databaseReachable(): Promise<boolean> {
  if (Date.now() < state.unreachableUntil) return false;
  state.probe ??= probe().then((reachable) => {
    state.probe = null;
    if (!reachable) state.unreachableUntil = Date.now() + UNREACHABLE_FOR_MS;
    return reachable;
  });
  return state.probe;
}

async function probe(): Promise<boolean> {
  if (!state.pool) {
    state.pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 1, connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS, idleTimeoutMillis: 60_000 });
    state.pool.on("error", () => {}); // a connection lost while idle is an answer for the next probe, not a crash
  }
  try {
    await state.pool.query("SELECT 1");
    return true;
  } catch {
    return false;
  }
}
