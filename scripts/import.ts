// `npm run import -- FILE.json [--dry-run] [--reason "why"]`
// Loads a transcription (README: "Import") into DATABASE_URL, or the embedded PostgreSQL of `npm start`. All or
// nothing: every quote must be found verbatim in its source, every reference must resolve; otherwise the
// problems are listed, each naming its row, and nothing is written. --dry-run does the whole import and rolls it
// back, printing what it would create. A running portal is told to revalidate its pages afterwards.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { importTranscription } from "../lib/import/import-transcription";
import { createPrismaClient } from "../lib/prisma-client";
// @ts-expect-error plain JavaScript module shared with scripts/start.mjs
import { attachOrStartEmbeddedPostgres } from "./lib/embedded-postgres.mjs";
// @ts-expect-error plain JavaScript module
import { migrate } from "./prisma-migrate-wasm.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "dry-run": { type: "boolean", default: false }, reason: { type: "string" } },
});
const file = positionals[0];
if (!file || positionals.length > 1) fail('Usage: npm run import -- FILE.json [--dry-run] [--reason "why"]');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let input: unknown;
try {
  input = JSON.parse(fs.readFileSync(file, "utf8"));
} catch (e) {
  fail(`Cannot read ${file}: ${(e as Error).message}`);
}

const database = process.env.DATABASE_URL
  ? { url: process.env.DATABASE_URL, stop: async () => {} }
  : await attachOrStartEmbeddedPostgres({
      dataDir: path.resolve(".data/pg"),
      port: Number(process.env.PGPORT_EMBEDDED || 54329),
      database: "paritrana",
    });
let code = 0;
try {
  await migrate(database.url, "deploy");
  const db = createPrismaClient(database.url);
  try {
    const started = performance.now();
    const reason = values.reason?.trim() || `Impor berkas ${path.basename(file)} dari baris perintah`;
    const result = await importTranscription(db, input, { dryRun: values["dry-run"], author: { userId: null, reason } });
    const ms = Math.round(performance.now() - started);
    if (!result.ok) {
      console.error(`Refused, nothing written (${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}):`);
      for (const p of result.problems) console.error(`  - ${p}`);
      code = 2;
    } else {
      const counts = Object.entries(result.created)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ");
      console.log(`${result.dryRun ? "Dry run (nothing written): would create" : "Imported: created"} ${counts} in ${ms} ms.`);
      const anything = Object.values(result.created).some((n) => n > 0);
      if (!result.dryRun && anything) await tellRunningPortal();
    }
  } finally {
    await db.$disconnect();
  }
} finally {
  await database.stop();
}
process.exit(code);

/** Asks a running portal to revalidate its cached pages, so the import shows at once. */
async function tellRunningPortal() {
  const url = process.env.PORTAL_URL || process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`;
  const tokenFile = path.resolve(".data/revalidate-token");
  const token = process.env.REVALIDATE_TOKEN || (fs.existsSync(tokenFile) ? fs.readFileSync(tokenFile, "utf8").trim() : "");
  try {
    const res = await fetch(new URL("/api/internal/revalidate", url), {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(5_000),
    });
    console.log(
      res.ok
        ? `The portal at ${url} revalidated its pages.`
        : `The portal at ${url} refused to revalidate (${res.status}): set REVALIDATE_TOKEN to the server's.`,
    );
  } catch {
    console.log(`No portal answered at ${url} (set PORTAL_URL to reach a running one).`);
  }
}
