import "server-only";
// Runs the extractor in a worker thread with a time budget: the draft, or a refusal that says why. The extractor
// reads any text up to the 200,000-character limit in well under a second (tests/unit/extract-bounds.test.ts); the
// budget is the guarantee that holds even if a future rule is slower, and a worker that overruns it is stopped.
// At most MAX_RUNNING workers run at once (each holds a text and the gazetteer; a flood of pastes cannot start a
// thread each), at most MAX_WAITING more wait for a free one, and any other is refused at once as busy.
import { Worker } from "node:worker_threads";
import type { Context, Draft, SourceMeta } from "./types";

export const EXTRACTION_BUDGET_MS = 8_000;
export const MAX_RUNNING = 2;
export const MAX_WAITING = 8;

export type ExtractionRun = { ok: true; draft: Draft } | { ok: false; reason: "timeout" | "failed" | "busy"; message: string };

// Inside the Next server (NEXT_RUNTIME is set) the build has bundled the worker as JavaScript; run from source
// (tests, scripts) the worker is TypeScript and tsx loads it. (A build rewrites import.meta.url to the source
// path, so the URL cannot tell the two apart.)
const fromSource = !process.env.NEXT_RUNTIME;
const SOURCE_ENTRY = import.meta.url.replace(/run-extraction\.ts$/u, "extract-worker.ts");

/** Worker threads alive now: a slot is given back when its thread has exited, not when its answer is in. */
let running = 0;
const waiting: (() => void)[] = [];

/** How many extraction threads are alive and how many runs wait for one (for tests and the health of the server). */
export function extractionLoad(): { running: number; waiting: number } {
  return { running, waiting: waiting.length };
}

function release() {
  running--;
  const next = waiting.shift();
  if (next) next();
}

export function runExtraction(text: string, meta: SourceMeta, ctx: Context, budgetMs = EXTRACTION_BUDGET_MS): Promise<ExtractionRun> {
  if (running < MAX_RUNNING) return start(text, meta, ctx, budgetMs);
  if (waiting.length >= MAX_WAITING)
    return Promise.resolve({ ok: false, reason: "busy", message: "Terlalu banyak artikel sedang dibaca; coba lagi sebentar lagi." });
  // the wait counts against the budget: a run never takes longer than its budget in all
  const since = Date.now();
  return new Promise((resolve) => {
    const turn = () => {
      clearTimeout(giveUp);
      resolve(start(text, meta, ctx, Math.max(1, budgetMs - (Date.now() - since))));
    };
    const giveUp = setTimeout(() => {
      waiting.splice(waiting.indexOf(turn), 1);
      resolve({ ok: false, reason: "busy", message: "Terlalu banyak artikel sedang dibaca; coba lagi sebentar lagi." });
    }, budgetMs);
    waiting.push(turn);
  });
}

function start(text: string, meta: SourceMeta, ctx: Context, budgetMs: number): Promise<ExtractionRun> {
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
        ? new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(SOURCE_ENTRY)}); })`, {
            ...options,
            eval: true,
          })
        : new Worker(new URL("./extract-worker.ts", import.meta.url), options);
    } catch (error) {
      resolve({ ok: false, reason: "failed", message: `Pembacaan artikel gagal: ${(error as Error).message}` });
      return;
    }
    running++;
    const timer = setTimeout(
      () => settle({ ok: false, reason: "timeout", message: `Pembacaan artikel dihentikan setelah ${Math.ceil(budgetMs / 1000)} detik.` }),
      budgetMs,
    );
    worker.once("message", (draft: Draft) => settle({ ok: true, draft }));
    worker.once("error", (error) => settle({ ok: false, reason: "failed", message: `Pembacaan artikel gagal: ${error.message}` }));
    worker.once("exit", (code) => {
      release();
      settle({ ok: false, reason: "failed", message: `Pembacaan artikel berhenti (kode ${code}).` });
    });
  });
}
