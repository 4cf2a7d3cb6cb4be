// `npm start` (and `npm run dev` with --dev): one command from a fresh clone to a running, seeded portal.
//  1. PostgreSQL: DATABASE_URL if set; otherwise an embedded real PostgreSQL with its data in .data/pg
//  2. migrations (Prisma's schema engine as WebAssembly), then the seed if the database is empty
//  3. a production build if the code (or the database it was built against) changed since the last one
//  4. the portal on http://localhost:$PORT (3000); Ctrl-C stops the web server and PostgreSQL cleanly
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs";
import { assertPortFree, PortInUseError } from "./lib/ports.mjs";
import { nextBin, readJson, root, run, seedIfEmpty } from "./lib/run.mjs";
import { migrate } from "./prisma-migrate-wasm.mjs";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);
const siteUrl = process.env.SITE_URL || `http://localhost:${port}`;
const distDir = ".next";
const log = (msg) => console.log(`[start] ${msg}`);

let database = null; // { url, stop } of the embedded server, when we run one
let web = null;
let exiting = false;

async function shutdown(code) {
  if (exiting) return;
  exiting = true;
  if (web && web.exitCode === null && web.signalCode === null) {
    web.kill("SIGTERM");
    await new Promise((resolve) => {
      const timer = setTimeout(() => {
        web.kill("SIGKILL");
        resolve();
      }, 5_000);
      web.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  if (database) {
    await database.stop();
    log("PostgreSQL stopped");
  }
  process.exit(code);
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

/** The secret that signs session cookies: AUTH_SECRET, or one made on first start and kept in .data/ (git-ignored). */
function authSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(root, ".data/auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** The token `npm run import` shows this server to have it revalidate its pages: REVALIDATE_TOKEN, or one kept in .data/. */
export function revalidateToken() {
  if (process.env.REVALIDATE_TOKEN) return process.env.REVALIDATE_TOKEN;
  const file = path.join(root, ".data/revalidate-token");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** A fingerprint of everything a production build depends on, and the database it read while building. */
function buildFingerprint(databaseUrl) {
  const hash = crypto.createHash("sha256").update(databaseUrl);
  const inputs = [
    "app",
    "components",
    "lib",
    "public",
    "prisma/schema.prisma",
    "next.config.ts",
    "postcss.config.mjs",
    "package-lock.json",
    "tsconfig.json",
  ];
  const walk = (p) => {
    const full = path.join(root, p);
    if (!fs.existsSync(full)) return;
    const stat = fs.statSync(full);
    if (stat.isDirectory()) {
      if (p === "lib/generated") return;
      for (const name of fs.readdirSync(full).sort()) walk(path.join(p, name));
    } else {
      hash.update(p).update(fs.readFileSync(full));
    }
  };
  inputs.forEach(walk);
  return hash.digest("hex");
}

async function main() {
  // The web port first: a clash should not cost a database start and a build.
  await assertPortFree(port, `the portal (try: PORT=${port + 1} npm ${dev ? "run dev" : "start"})`);

  let databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    log("using the PostgreSQL in DATABASE_URL");
  } else {
    const started = performance.now();
    database = await startEmbeddedPostgres({
      dataDir: path.join(root, ".data/pg"),
      port: Number(process.env.PGPORT_EMBEDDED || 54329),
      database: "paritrana",
    });
    databaseUrl = database.url;
    log(
      `embedded PostgreSQL ${database.fresh ? "initialised and " : ""}started in ${Math.round(performance.now() - started)} ms (data in .data/pg)`,
    );
  }

  log(await migrate(databaseUrl, "deploy"));
  if (await seedIfEmpty(databaseUrl)) log("database seeded from prisma/seed");

  const env = {
    DATABASE_URL: databaseUrl,
    SITE_URL: siteUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: distDir,
    AUTH_SECRET: authSecret(),
    REVALIDATE_TOKEN: revalidateToken(),
  };
  if (!dev) {
    const fingerprint = buildFingerprint(databaseUrl);
    const stamp = path.join(root, distDir, "paritrana-build.json");
    const built = fs.existsSync(path.join(root, distDir, "BUILD_ID")) && readJson(stamp)?.fingerprint === fingerprint;
    if (built) {
      log("production build is up to date");
    } else {
      log("building (first start, or the code changed)…");
      const code = await run(process.execPath, [nextBin, "build"], { env });
      if (code !== 0) throw new Error("next build failed (see above)");
      fs.writeFileSync(stamp, JSON.stringify({ fingerprint, builtAt: new Date().toISOString() }));
    }
  }

  await assertPortFree(port, `the portal (try: PORT=${port + 1} npm ${dev ? "run dev" : "start"})`);
  web = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: "inherit",
  });
  web.on("exit", (code) => {
    if (!exiting) {
      log(`the web server stopped (exit code ${code})`);
      shutdown(code ?? 1);
    }
  });
  log(`Paritrana Award portal: ${siteUrl}  (Ctrl-C to stop)`);
}

main().catch(async (e) => {
  console.error(e instanceof PortInUseError ? `\n${e.message}\n` : `\n[start] ${e instanceof Error ? e.message : e}\n`);
  await shutdown(1);
});
