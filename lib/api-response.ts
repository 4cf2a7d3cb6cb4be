import "server-only";
import { unstable_rethrow } from "next/navigation";
import { NextResponse } from "next/server";
import { UNAVAILABLE_API_MESSAGE } from "@/cache/unavailable-page.mjs";
import { databaseReachable, RETRY_AFTER_SECONDS } from "./database-health";
import { isDatabaseUnavailable } from "./db-errors";

// JSON error bodies of the public API: { "error": { "message", "parameter" } }.
export function apiError(
  status: 400 | 404 | 500 | 503,
  message: string,
  parameter: string | null = null,
  headers: Record<string, string> = {},
) {
  return NextResponse.json({ error: { message, parameter } }, { status, headers });
}

/** Runs a handler; an unexpected fault becomes a plain JSON 500 without internals (logged on the server). */
export async function withApiErrors(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (e) {
    unstable_rethrow(e); // Next's own control flow (prerender bail-out, notFound) is not a fault
    // Errors thrown inside 'use cache' functions reach here without their code (Next hides them in production):
    // when the error does not say, the database is asked.
    if (isDatabaseUnavailable(e) || !(await databaseReachable())) {
      console.error("[api] database unreachable:", e instanceof Error ? e.message : e);
      return apiError(503, UNAVAILABLE_API_MESSAGE, null, { "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" });
    }
    console.error("[api]", e);
    return apiError(500, "internal error");
  }
}
