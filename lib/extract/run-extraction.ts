import "server-only";
// Runs the extractor in a worker thread with a time budget: the draft, or a refusal that says why. The extractor
// reads any text up to the 200,000-character limit in well under a second (tests/unit/extract-bounds.test.ts); the
// budget is the guarantee that holds even if a future rule is slower, and a worker that overruns it is stopped.
import { Worker } from "node:worker_threads";
import type { Context, Draft, SourceMeta } from "./types";

export const EXTRACTION_BUDGET_MS = 8_000;

export type ExtractionRun = { ok: true; draft: Draft } | { ok: false; reason: "timeout" | "failed"; message: string };

// Inside the Next server (NEXT_RUNTIME is set) the build has bundled the worker as JavaScript; run from source
// (tests, scripts) the worker is TypeScript and tsx loads it. (A build rewrites import.meta.url to the source
// path, so the URL cannot tell the two apart.)
const fromSource = !process.env.NEXT_RUNTIME;
const SOURCE_ENTRY = import.meta.url.replace(/run-extraction\.ts$/u, "extract-worker.ts");

export function runExtraction(text: string, meta: SourceMeta, ctx: Context, budgetMs = EXTRACTION_BUDGET_MS): Promise<ExtractionRun> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (run: ExtractionRun) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(run);
    };
    const options = { workerData: { text, meta, ctx }, resourceLimits: { maxOldGenerationSizeMb: 512 } };
    let worker: Worker;
    try {
      worker = fromSource
        ? new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(SOURCE_ENTRY)}); })`, { ...options, eval: true })
        : new Worker(new URL("./extract-worker.ts", import.meta.url), options);
    } catch (error) {
      resolve({ ok: false, reason: "failed", message: `Pembacaan artikel gagal: ${(error as Error).message}` });
      return;
    }
    const timer = setTimeout(() => settle({ ok: false, reason: "timeout", message: `Pembacaan artikel dihentikan setelah ${budgetMs / 1000} detik.` }), budgetMs);
    worker.once("message", (draft: Draft) => settle({ ok: true, draft }));
    worker.once("error", (error) => settle({ ok: false, reason: "failed", message: `Pembacaan artikel gagal: ${error.message}` }));
    worker.once("exit", (code) => settle({ ok: false, reason: "failed", message: `Pembacaan artikel berhenti (kode ${code}).` }));
  });
}
