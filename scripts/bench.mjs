// `npm run bench`: requests/s and latency (p50/p95/p99) of the portal's main pages under load, next to two
// baselines measured on the same server in the same run: (a) a static file from public/, (b) the cheapest page
// Next can serve (an empty static route, /baseline). A production build (.next-bench) on a throwaway database.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import autocannon from "autocannon";
import { nextBin, root, run, seedIfEmpty } from "./lib/run.mjs";
import { freePort, throwawayDatabase } from "./lib/throwaway-db.mjs";
import { migrate } from "./prisma-migrate-wasm.mjs";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 32);
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const TARGETS = [
  { name: "(a) static file /icon.svg", path: "/icon.svg" },
  { name: "(b) empty static page /baseline", path: "/baseline" },
  { name: "home /", path: "/", compareToB: true },
  { name: "edition /edisi/…2025-07-21", path: "/edisi/nusa-tenggara-timur-2025-07-21", compareToB: true },
  { name: "organisation /organisasi/kopdit-tlm", path: "/organisasi/kopdit-tlm", compareToB: true },
  { name: "search /cari?q=crisoris", path: "/cari?q=crisoris" },
];
const log = (msg) => console.log(`[bench] ${msg}`);

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One autocannon run; latencies are recorded per response, so p95 is exact rather than interpolated. */
function load(url, { connections, seconds }) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const instance = autocannon({ url, connections, duration: seconds }, (err, result) => {
      if (err) return reject(err);
      latencies.sort((a, b) => a - b);
      resolve({
        requestsPerSecond: result.requests.average,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        errors: result.errors + result.timeouts + result.non2xx,
        bytesPerResponse: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0,
      });
    });
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

async function main() {
  const dir = path.join(root, ".test-data", "bench");
  const database = await throwawayDatabase({ dir, prefix: "paritrana_bench", log });
  let server;
  try {
    log(await migrate(database.url, "deploy"));
    await seedIfEmpty(database.url);
    const port = await freePort();
    const env = { DATABASE_URL: database.url, NEXT_DIST_DIR: ".next-bench", SITE_URL: `http://127.0.0.1:${port}`, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", AUTH_SECRET: crypto.randomBytes(32).toString("base64url") };
    log("production build (.next-bench)");
    if ((await run(process.execPath, [nextBin, "build"], { env })) !== 0) throw new Error("build failed");
    server = spawn(process.execPath, [nextBin, "start", "-p", String(port)], { cwd: root, env: { ...process.env, ...env }, stdio: "ignore" });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      if (await fetch(`${base}/baseline`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    log(`warming up (${TARGETS.length} URLs, 3 s each)`);
    for (const t of TARGETS) await load(base + t.path, { connections: 8, seconds: 3 });

    log(`measuring: ${CONNECTIONS} connections, ${SECONDS} s per URL`);
    const results = [];
    for (const t of TARGETS) results.push({ ...t, ...(await load(base + t.path, { connections: CONNECTIONS, seconds: SECONDS })) });

    const a = results[0];
    const b = results[1];
    const rows = results.map((r) => ({
      page: r.name,
      "req/s": Math.round(r.requestsPerSecond),
      "p50 ms": r.p50,
      "p95 ms": r.p95,
      "p99 ms": r.p99,
      errors: r.errors,
      "KB/resp": (r.bytesPerResponse / 1024).toFixed(1),
      "vs (a)": (r.requestsPerSecond / a.requestsPerSecond).toFixed(2),
      "vs (b)": (r.requestsPerSecond / b.requestsPerSecond).toFixed(2),
    }));
    console.table(rows);
    const misses = [
      ...results.filter((r) => r.errors > 0).map((r) => `${r.name}: ${r.errors} errors`),
      ...results.filter((r) => r.p95 >= 50).map((r) => `${r.name}: p95 ${r.p95} ms (target < 50 ms)`),
      ...results.filter((r) => r.compareToB && r.requestsPerSecond < 0.8 * b.requestsPerSecond).map((r) => `${r.name}: ${(r.requestsPerSecond / b.requestsPerSecond).toFixed(2)}× (b) (target ≥ 0.8×)`),
    ];
    console.log(misses.length ? `targets missed:\n  ${misses.join("\n  ")}` : "all targets met: zero errors, p95 < 50 ms, home/edition/organisation ≥ 0.8× the empty page");
  } finally {
    server?.kill("SIGTERM");
    await database.dispose();
  }
}

main().catch((e) => {
  console.error(`[bench] ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
