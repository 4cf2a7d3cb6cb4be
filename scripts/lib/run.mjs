import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const nextBin = path.join(root, "node_modules/next/dist/bin/next");
export const tsxBin = path.join(root, "node_modules/tsx/dist/cli.mjs");

/** Runs a command to completion with inherited output; resolves with its exit code. */
export function run(command, args, { env = {}, cwd = root, input } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: [input === undefined ? "inherit" : "pipe", "inherit", "inherit"],
    });
    if (input !== undefined) child.stdin.end(input);
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Loads the seed data unless the database already holds sources (the seed itself is also idempotent). */
export async function seedIfEmpty(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT count(*)::int AS n FROM "Source"');
    if (rows[0].n > 0) return false;
  } finally {
    await client.end();
  }
  const code = await run(process.execPath, [tsxBin, "--conditions=react-server", "prisma/seed.ts"], { env: { DATABASE_URL: databaseUrl } });
  if (code !== 0) throw new Error("seeding failed (see above)");
  return true;
}

export function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}
