// `npm run bench [-- --scale 100] [-- --no-build]`: every public page type under load, as browsers fetch it
// (gzip), next to two baselines measured on the same server in the same run: (a) a static file from public/,
// (b) the cheapest page Next can serve (an empty static route, /baseline). A production build of its own
// (.next-bench, or .next-bench-scale<N>) on a throwaway database, never the data of `npm start`.
//   --scale N: the database holds a clearly synthetic record about N times the seed (scripts/lib/synthetic-record.mjs)
//              beside the seed; the run also reports the build time, first requests of pages not prerendered, and
//              search queries that no cache has seen.
// Env: BENCH_CONNECTIONS (32), BENCH_SECONDS (10 per page, in all), BENCH_ROUNDS (2: the URLs are measured in turn,
// then again, so that a drift of the machine's speed weighs on baselines and pages alike).
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { nextBin, root, run, seedIfEmpty } from "./lib/run.mjs";
import { freePort, throwawayDatabase } from "./lib/throwaway-db.mjs";
import { migrate } from "./prisma-migrate-wasm.mjs";

const args = process.argv.slice(2);
const scaleAt = args.indexOf("--scale");
const SCALE = scaleAt >= 0 ? Number(args[scaleAt + 1]) : 1;
if (!Number.isFinite(SCALE) || SCALE < 1) throw new Error("--scale takes a number ≥ 1");
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 32);
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 2);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error("BENCH_ROUNDS takes a whole number ≥ 1");
const DIST = SCALE > 1 ? `.next-bench-scale${SCALE}` : ".next-bench";
const log = (msg) => console.log(`[bench] ${msg}`);
const GZIP = { "accept-encoding": "gzip, deflate, br" };

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One autocannon run, gzip asked for as a browser does; every response's latency kept (exact percentiles). */
function load(url, { connections, seconds }) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const instance = autocannon({ url, connections, duration: seconds, headers: GZIP }, (err, result) => {
      if (err) return reject(err);
      resolve({
        latencies,
        requests: result.requests.total,
        seconds: result.duration,
        errors: result.errors + result.timeouts + result.non2xx,
        bytes: result.throughput.total,
      });
    });
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/** Several runs of one URL as one measurement: requests over the time they took, percentiles over every response. */
function summarise(runs) {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const requests = runs.reduce((n, r) => n + r.requests, 0);
  return {
    requestsPerSecond: requests / runs.reduce((n, r) => n + r.seconds, 0),
    p50: percentile(latencies, 50),
    p975: percentile(latencies, 97.5),
    p99: percentile(latencies, 99),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    bytesPerResponse: requests ? Math.round(runs.reduce((n, r) => n + r.bytes, 0) / requests) : 0,
  };
}

/** Real addresses of each page type, read from the database (so the same bench runs on any record). */
async function samplePages(databaseUrl) {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const one = async (sql) => (await c.query(sql)).rows[0] ?? {};
    // the busiest of each kind: the pages with the most on them
    const edition = await one(
      `SELECT e.id FROM "Edition" e JOIN "Claim" c ON c."editionId" = e.id GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 1`,
    );
    const province =
      await one(`SELECT r.slug, e."yearLabel" AS year FROM "Edition" e JOIN "Region" r ON r.code = e."provinceCode" JOIN "Claim" c ON c."editionId" = e.id
      WHERE e."yearLabel" ~ '^[0-9]{4}$' GROUP BY r.slug, e."yearLabel" ORDER BY count(*) DESC, r.slug LIMIT 1`);
    const group = await one(
      `SELECT g.key FROM "CategoryGroup" g JOIN "EditionCategory" ec ON ec."groupKey" = g.key JOIN "Claim" c ON c."categoryId" = ec.id GROUP BY g.key ORDER BY count(*) DESC LIMIT 1`,
    );
    const org = await one(
      `SELECT o.id FROM "Organization" o JOIN "Claim" c ON c."organizationId" = o.id WHERE o."mergedIntoId" IS NULL GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1`,
    );
    const claim = await one(
      `SELECT c.id FROM "Claim" c JOIN "Citation" ci ON ci."claimId" = c.id GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1`,
    );
    const source = await one(
      `SELECT s.id FROM "Source" s JOIN "Citation" ci ON ci."sourceId" = s.id GROUP BY s.id ORDER BY count(*) DESC, s.id LIMIT 1`,
    );
    // a recorded misspelling, misspelt once more: what a journalist types
    const alias = await one(
      `SELECT a.spelling FROM "OrganizationAlias" a ORDER BY a.spelling LIMIT 1 OFFSET (SELECT count(*) / 2 FROM "OrganizationAlias")`,
    );
    const word = (alias.spelling ?? "crisoris")
      .split(/\s+/)
      .sort((a, b) => b.length - a.length)[0]
      .toLowerCase();
    const q = SCALE > 1 ? word.slice(0, -2) + word.at(-1) + word.at(-2) : "crisoris";
    const unprerendered = (
      await c.query(`SELECT o.id FROM "Organization" o WHERE o."mergedIntoId" IS NULL ORDER BY md5(o.id) LIMIT 5`)
    ).rows.map((r) => `/en/organisasi/${r.id}`);
    const counts = await one(`SELECT (SELECT count(*) FROM "Edition")::int AS editions, (SELECT count(*) FROM "Claim")::int AS placings,
      (SELECT count(*) FROM "Citation")::int AS citations, (SELECT count(*) FROM "Organization")::int AS organisations,
      (SELECT count(*) FROM "OrganizationAlias")::int AS spellings, (SELECT count(*) FROM "Source")::int AS sources`);
    const aliases = (await c.query(`SELECT a.spelling FROM "OrganizationAlias" a ORDER BY md5(a.spelling) LIMIT 20`)).rows.map(
      (r) => r.spelling,
    );
    return {
      counts,
      freshQueries: aliases.map((s) => s.toLowerCase().replace(/[aeiou]/, "")),
      unprerendered,
      targets: [
        { name: "(a) static file /icon.svg", path: "/icon.svg" },
        { name: "(b) empty page /baseline", path: "/baseline" },
        { name: "home", path: "/", vsEmpty: 0.8 },
        { name: "province", path: `/provinsi/${province.slug}` },
        { name: "province × year", path: `/provinsi/${province.slug}/${province.year}` },
        { name: "edition", path: `/edisi/${edition.id}`, vsEmpty: 0.5 },
        { name: "category group", path: `/kategori/${group.key}` },
        { name: "organisation", path: `/organisasi/${org.id}`, vsEmpty: 0.8 },
        { name: "claim", path: `/klaim/${claim.id}` },
        { name: "source", path: `/sumber/${source.id}` },
        { name: "search page", path: `/cari?q=${encodeURIComponent(q)}`, searchPage: true },
        { name: "search API", path: `/api/v1/search?q=${encodeURIComponent(q)}`, p975Target: 20 },
      ],
    };
  } finally {
    await c.end();
  }
}

async function timed(url) {
  const t = performance.now();
  const res = await fetch(url, { headers: GZIP });
  await res.arrayBuffer();
  return { status: res.status, ms: Math.round(performance.now() - t) };
}

async function main() {
  const dir = path.join(root, ".test-data", "bench");
  const database = await throwawayDatabase({ dir, prefix: "paritrana_bench", log });
  let server;
  const report = { scale: SCALE, connections: CONNECTIONS, seconds: SECONDS, cpus: os.cpus().length, loadAtStart: os.loadavg()[0] };
  try {
    log(await migrate(database.url, "deploy"));
    await seedIfEmpty(database.url);
    if (SCALE > 1) {
      const { loadSyntheticRecord } = await import("./lib/synthetic-record.mjs");
      const t = performance.now();
      await loadSyntheticRecord(database.url, { scale: SCALE, seed: 1, log });
      report.syntheticLoadSeconds = Math.round((performance.now() - t) / 100) / 10;
    }
    const sample = await samplePages(database.url);
    report.record = sample.counts;
    log(`record: ${JSON.stringify(sample.counts)}`);

    const port = await freePort();
    const env = {
      DATABASE_URL: database.url,
      NEXT_DIST_DIR: DIST,
      SITE_URL: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    };
    if (!(args.includes("--no-build") && fs.existsSync(path.join(root, DIST, "BUILD_ID")))) {
      log(`production build (${DIST})`);
      const t = performance.now();
      if ((await run(process.execPath, [nextBin, "build"], { env })) !== 0) throw new Error("build failed");
      report.buildSeconds = Math.round((performance.now() - t) / 1000);
    }
    server = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: "ignore",
    });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 150; i++) {
      if (
        await fetch(`${base}/baseline`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 200));
    }

    // Before any warm-up: pages no build prerendered, and searches no cache has seen (what the first reader waits).
    report.firstRequests = [];
    for (const p of sample.unprerendered) report.firstRequests.push({ path: p, ...(await timed(base + p)) });
    report.freshSearches = [];
    for (const q of sample.freshQueries.slice(0, 10))
      report.freshSearches.push({ q, ...(await timed(`${base}/api/v1/search?q=${encodeURIComponent(q)}`)) });
    log(`first request of a page not prerendered: ${report.firstRequests.map((r) => `${r.ms} ms`).join(", ")}`);
    log(`search API, queries no cache has seen: ${report.freshSearches.map((r) => `${r.ms} ms`).join(", ")}`);

    log(`warming up (${sample.targets.length} URLs, 3 s each)`);
    for (const t of sample.targets) await load(base + t.path, { connections: 8, seconds: 3 });
    // In rounds (every URL in turn, then again): a machine whose speed drifts during the run (load, heat, other
    // work) then weighs on the baselines and the pages alike, and the ratios compare like with like.
    const perRound = SECONDS / ROUNDS;
    log(`measuring: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${perRound} s per URL, gzip`);
    const runs = sample.targets.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, t] of sample.targets.entries())
        runs[i].push(await load(base + t.path, { connections: CONNECTIONS, seconds: perRound }));
    }
    const results = sample.targets.map((t, i) => ({ ...t, ...summarise(runs[i]) }));
    report.rounds = ROUNDS;
    report.loadAtEnd = os.loadavg()[0];

    const [a, b] = results;
    const home = results.find((r) => r.name === "home");
    report.results = results.map((r) => ({
      page: r.name,
      path: r.path,
      "req/s": Math.round(r.requestsPerSecond),
      "p50 ms": r.p50,
      "p97.5 ms": r.p975,
      "p99 ms": r.p99,
      errors: r.errors,
      "KB/resp (gzip)": Number((r.bytesPerResponse / 1024).toFixed(1)),
      "vs (a)": Number((r.requestsPerSecond / a.requestsPerSecond).toFixed(2)),
      "vs (b)": Number((r.requestsPerSecond / b.requestsPerSecond).toFixed(2)),
    }));
    console.table(report.results.map(({ path: _p, ...row }) => row));
    const pages = results.slice(2);
    const misses = [
      ...pages.filter((r) => r.errors > 0).map((r) => `${r.name}: ${r.errors} errors`),
      ...pages
        .filter((r) => r.p975 >= (r.p975Target ?? 50))
        .map((r) => `${r.name}: p97.5 ${r.p975} ms (target < ${r.p975Target ?? 50} ms)`),
      ...pages
        .filter((r) => r.vsEmpty && r.requestsPerSecond < r.vsEmpty * b.requestsPerSecond)
        .map((r) => `${r.name}: ${(r.requestsPerSecond / b.requestsPerSecond).toFixed(2)}× the empty page (target ≥ ${r.vsEmpty}×)`),
      ...pages
        .filter((r) => r.searchPage && r.requestsPerSecond < 0.5 * home.requestsPerSecond)
        .map((r) => `${r.name}: ${(r.requestsPerSecond / home.requestsPerSecond).toFixed(2)}× home (target ≥ 0.5×)`),
      ...(SCALE > 1
        ? report.firstRequests
            .filter((r) => r.ms >= 300 || r.status !== 200)
            .map((r) => `first request ${r.path}: ${r.status} in ${r.ms} ms (target 200 < 300 ms)`)
        : []),
      ...(SCALE > 1 && report.buildSeconds > 300 ? [`next build: ${report.buildSeconds} s (target < 300 s)`] : []),
    ];
    report.misses = misses;
    if (report.buildSeconds) log(`next build took ${report.buildSeconds} s`);
    log(`load average (1 min): ${report.loadAtStart.toFixed(2)} at start, ${report.loadAtEnd.toFixed(2)} at the end, ${report.cpus} CPUs`);
    console.log(misses.length ? `targets missed:\n  ${misses.join("\n  ")}` : "all targets met");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `report-scale${SCALE}.json`), JSON.stringify(report, null, 2));
    log(`report: .test-data/bench/report-scale${SCALE}.json`);
  } finally {
    server?.kill("SIGTERM");
    await database.dispose();
  }
}

main().catch((e) => {
  console.error(`[bench] ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
