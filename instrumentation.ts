// Runs once when a server process starts, before it answers anyone (Next's instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { warmUp } = await import("./lib/warm-up");
  await warmUp();
}
