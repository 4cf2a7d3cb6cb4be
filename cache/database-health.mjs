// Whether the record's database answers: a SELECT 1 over one connection kept for it (a fraction of a millisecond
// while the database is up; requests at the same moment share one probe). A failed probe is believed for
// UNREACHABLE_FOR_MS, so that a dead database is not asked again by every request. Plain JavaScript on globalThis:
// the page cache handler (cache/page-cache-handler.mjs) and the API (lib/database-health.ts) share it.
import pg from "pg";

const PROBE_TIMEOUT_MS = 1_000;
const UNREACHABLE_FOR_MS = 1_000;

const STATE = Symbol.for("paritrana.database-health");
globalThis[STATE] ??= { pool: null, unreachableUntil: 0, probe: null };
const state = globalThis[STATE];

/** True when the database at `url` answers now. */
export async function databaseReachable(url) {
  if (Date.now() < state.unreachableUntil) return false;
  state.probe ??= probe(url).then((reachable) => {
    state.probe = null;
    if (!reachable) state.unreachableUntil = Date.now() + UNREACHABLE_FOR_MS;
    return reachable;
  });
  return state.probe;
}

async function probe(url) {
  if (!state.pool) {
    state.pool = new pg.Pool({
      connectionString: url,
      max: 1,
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
      query_timeout: PROBE_TIMEOUT_MS,
      idleTimeoutMillis: 60_000,
    });
    state.pool.on("error", () => {}); // a connection lost while idle is an answer for the next probe, not a crash
  }
  try {
    await state.pool.query("SELECT 1");
    return true;
  } catch {
    return false;
  }
}
