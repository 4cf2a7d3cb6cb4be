// `npm test`: every test (unit, integration against a real PostgreSQL, browser e2e) on a throwaway database,
// never the data of `npm start`.
//  - without DATABASE_URL: a fresh embedded PostgreSQL in .test-data/pg on a free port, removed afterwards
//  - with DATABASE_URL: a new database (paritrana_test_<time>) on that server, dropped afterwards
// Ends with one line: "tests: N passed, M failed".
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { nextBin, readJson, root, run, seedIfEmpty, tsxBin } from "./lib/run.mjs";
import { freePort, throwawayDatabase } from "./lib/throwaway-db.mjs";
import { migrate } from "./prisma-migrate-wasm.mjs";

const workDir = path.join(root, ".test-data");
const vitestBin = path.join(root, "node_modules/vitest/vitest.mjs");
const biomeBin = path.join(root, "node_modules/@biomejs/biome/bin/biome");
const playwrightBin = path.join(root, "node_modules/@playwright/test/cli.js");
const log = (msg) => console.log(`\n[test] ${msg}`);
const totals = { passed: 0, failed: 0 };
const authSecret = crypto.randomBytes(32).toString("base64url"); // sessions of this run only
const revalidateToken = crypto.randomBytes(32).toString("base64url"); // lets this run's `npm run import` reach its server

async function main() {
  fs.mkdirSync(workDir, { recursive: true });
  // the linter and the formatter first: one test that fails on any finding or any file not formatted
  log("lint and format (biome ci)");
  if ((await run(process.execPath, [biomeBin, "ci", "--colors=off", "."], { env: { NO_COLOR: "1" } })) === 0) totals.passed += 1;
  else totals.failed += 1;
  const database = await throwawayDatabase({ dir: workDir, prefix: "paritrana_test", log });
  process.on("SIGINT", async () => {
    await database.dispose();
    process.exit(130);
  });
  try {
    log(await migrate(database.url, "deploy"));
    await seedIfEmpty(database.url);
    // An admin for the browser tests, made the documented way (npm run admin:create), password per run.
    const admin = { email: "e2e-admin@example.org", password: `E2e-${crypto.randomBytes(12).toString("base64url")}!` };
    if (
      (await run(process.execPath, [tsxBin, "scripts/admin-create.ts", "--email", admin.email, "--name", "Admin E2E"], {
        env: { DATABASE_URL: database.url },
        input: `${admin.password}\n`,
      })) !== 0
    ) {
      throw new Error("admin:create failed");
    }

    log("unit and integration tests (vitest)");
    const vitestReport = path.join(workDir, "vitest.json");
    fs.rmSync(vitestReport, { force: true });
    const vitestCode = await run(
      process.execPath,
      [vitestBin, "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`],
      {
        env: { DATABASE_URL: database.url, NO_COLOR: "1", AUTH_SECRET: authSecret },
      },
    );
    const vitest = readJson(vitestReport);
    totals.passed += vitest?.numPassedTests ?? 0;
    totals.failed += (vitest?.numFailedTests ?? 0) + (vitest ? 0 : 1);
    if (vitestCode !== 0 && vitest && vitest.numFailedTests === 0) totals.failed += 1; // e.g. a file failed to load

    const webPort = await freePort();
    const env = {
      DATABASE_URL: database.url,
      NEXT_DIST_DIR: ".next-test",
      SITE_URL: `http://127.0.0.1:${webPort}`,
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: authSecret,
      REVALIDATE_TOKEN: revalidateToken,
    };
    log("production build for the browser tests (.next-test)");
    if ((await run(process.execPath, [nextBin, "build"], { env })) !== 0) {
      totals.failed += 1;
      log("the build failed: browser tests not run");
      return;
    }

    // A second server on an empty record (regions only, no award data) for the review flow's "publish into an
    // empty database" test, with its own build (a build bakes in the data it read).
    const empty = await siblingDatabase(database.url, "paritrana_empty");
    cleanups.push(empty.drop);
    log(await migrate(empty.url, "deploy"));
    if (
      (await run(process.execPath, [tsxBin, "--conditions=react-server", "prisma/seed.ts", "--regions-only"], {
        env: { DATABASE_URL: empty.url },
      })) !== 0
    )
      throw new Error("loading regions into the empty database failed");
    if (
      (await run(process.execPath, [tsxBin, "scripts/admin-create.ts", "--email", admin.email, "--name", "Admin E2E"], {
        env: { DATABASE_URL: empty.url },
        input: `${admin.password}\n`,
      })) !== 0
    )
      throw new Error("admin:create on the empty database failed");
    const emptyPort = await freePort();
    log("production build for the empty record (.next-test-empty)");
    if (
      (await run(process.execPath, [nextBin, "build"], {
        env: { ...env, DATABASE_URL: empty.url, NEXT_DIST_DIR: ".next-test-empty", SITE_URL: `http://127.0.0.1:${emptyPort}` },
      })) !== 0
    ) {
      totals.failed += 1;
      log("the build for the empty record failed: browser tests not run");
      return;
    }

    const browser = await ensureBrowser();
    if (!browser) {
      totals.failed += 1;
      log("no browser could be found or installed: browser tests not run");
      return;
    }
    const redis = await startRedis();
    if (redis) cleanups.push(redis.stop);
    else log("no redis-server could be found or installed: the two-instance test will fail");
    log("browser tests (Playwright, Chromium)");
    const playwrightReport = path.join(workDir, "playwright.json");
    fs.rmSync(playwrightReport, { force: true });
    const playwrightCode = await run(process.execPath, [playwrightBin, "test"], {
      env: {
        ...env,
        ...browser,
        E2E_PORT: String(webPort),
        E2E_EMPTY_PORT: String(emptyPort),
        EMPTY_DATABASE_URL: empty.url,
        REDIS_TEST_URL: redis?.url ?? "",
        PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
        E2E_ADMIN_EMAIL: admin.email,
        E2E_ADMIN_PASSWORD: admin.password,
      },
    });
    const stats = readJson(playwrightReport)?.stats;
    totals.passed += stats?.expected ?? 0;
    totals.failed += (stats?.unexpected ?? 0) + (stats?.flaky ?? 0) + (stats ? 0 : 1);
    if (playwrightCode !== 0 && stats && stats.unexpected === 0 && stats.flaky === 0) totals.failed += 1;
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
    await database.dispose();
  }
}

const cleanups = [];

/**
 * A Chromium for the browser tests, found or installed, saying which: CHROME_PATH or Debian's chromium; else, as
 * root, Debian's chromium through apt-get; else Playwright's own build (where it can be downloaded).
 */
async function ensureBrowser() {
  const found = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean).find((p) => fs.existsSync(p));
  if (found) {
    log(`browser: ${found}`);
    return { CHROME_PATH: found };
  }
  if (process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    log("no Chromium on this machine: installing Debian's chromium (apt-get install chromium)");
    const env = { DEBIAN_FRONTEND: "noninteractive" };
    if (
      (await run("/usr/bin/apt-get", ["update", "-q"], { env })) === 0 &&
      (await run("/usr/bin/apt-get", ["install", "-y", "-q", "chromium"], { env })) === 0 &&
      fs.existsSync("/usr/bin/chromium")
    ) {
      log("browser: /usr/bin/chromium (installed just now)");
      return { CHROME_PATH: "/usr/bin/chromium" };
    }
    log("apt-get could not install chromium");
  }
  log("trying Playwright's own Chromium (playwright install chromium)");
  if ((await run(process.execPath, [playwrightBin, "install", "chromium"])) === 0) {
    log("browser: Playwright's Chromium (downloaded)");
    return { PLAYWRIGHT_OWN_BROWSER: "1" };
  }
  return null;
}

/**
 * A redis-server of this run's own (no persistence, loopback, a free port) for the two-instance test: Debian's
 * redis-server, found on the PATH or, as root, installed through apt-get.
 */
async function startRedis() {
  const find = () =>
    [
      "/usr/bin/redis-server",
      "/usr/local/bin/redis-server",
      ...(process.env.PATH ?? "").split(":").map((d) => path.join(d, "redis-server")),
    ].find((p) => fs.existsSync(p));
  let bin = find();
  if (!bin && process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    log("no redis-server on this machine: installing Debian's redis-server (apt-get install redis-server)");
    const env = { DEBIAN_FRONTEND: "noninteractive" };
    if ((await run("/usr/bin/apt-get", ["install", "-y", "-q", "redis-server"], { env })) !== 0) {
      await run("/usr/bin/apt-get", ["update", "-q"], { env });
      await run("/usr/bin/apt-get", ["install", "-y", "-q", "redis-server"], { env });
    }
    bin = find();
  }
  if (!bin) return null;
  const port = await freePort();
  const { spawn } = await import("node:child_process");
  const child = spawn(bin, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"], {
    stdio: "ignore",
  });
  const net = await import("node:net");
  for (let i = 0; i < 50; i++) {
    const up = await new Promise((resolve) => {
      const socket = net
        .connect(port, "127.0.0.1", () => {
          socket.end();
          resolve(true);
        })
        .on("error", () => resolve(false));
    });
    if (up) {
      log(`redis: ${bin} on port ${port}`);
      return {
        url: `redis://127.0.0.1:${port}`,
        stop: async () => {
          child.kill("SIGTERM");
        },
      };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGKILL");
  return null;
}

/** Another database on the same server as `url` (dropped at the end). */
async function siblingDatabase(url, name) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const sibling = new URL(url);
  sibling.pathname = `/${name}`;
  return {
    url: sibling.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

try {
  await main();
} catch (e) {
  console.error(`\n[test] ${e instanceof Error ? e.stack : e}`);
  totals.failed += 1;
}
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
