// The extractor in a worker thread (lib/extract/run-extraction.ts starts it): a pasted text is read off the
// server's main thread, so no text can hold up the pages other readers are waiting for.
import { parentPort, workerData } from "node:worker_threads";
import { extractDraft } from "./extract-draft";
import type { Context, SourceMeta } from "./types";

const { text, meta, ctx } = workerData as { text: string; meta: SourceMeta; ctx: Context };
parentPort!.postMessage(extractDraft(text, meta, ctx));
