// Whether an error means the database cannot be reached (down, restarting, refusing connections), as opposed to a
// fault of the request or the code: the first is a 503 with Retry-After, never a 500.
const UNREACHABLE_CODES = new Set([
  "P1001",
  "P1002",
  "P1017",
  "P2024",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08006",
]);
const UNREACHABLE_TEXT =
  /ECONNREFUSED|ECONNRESET|Can't reach database|DatabaseNotReachable|Connection terminated|connection refused|terminating connection|the database system is (starting up|shutting down|in recovery mode)|Timed out fetching a new connection|server closed the connection/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; kind?: unknown; originalCode?: unknown };
  if (typeof e.code === "string" && UNREACHABLE_CODES.has(e.code)) return true;
  if (typeof e.originalCode === "string" && UNREACHABLE_CODES.has(e.originalCode)) return true;
  if (e.kind === "DatabaseNotReachable") return true;
  if (typeof e.message === "string" && UNREACHABLE_TEXT.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
