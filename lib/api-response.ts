import "server-only";
import { unstable_rethrow } from "next/navigation";
import { NextResponse } from "next/server";

// JSON error bodies of the public API: { "error": { "message", "parameter" } }.
export function apiError(status: 400 | 404 | 500, message: string, parameter: string | null = null) {
  return NextResponse.json({ error: { message, parameter } }, { status });
}

/** Runs a handler; an unexpected fault becomes a plain JSON 500 without internals (logged on the server). */
export async function withApiErrors(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (e) {
    unstable_rethrow(e); // Next's own control flow (prerender bail-out, notFound) is not a fault
    console.error("[api]", e);
    return apiError(500, "internal error");
  }
}
