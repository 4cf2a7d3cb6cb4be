import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";

// Extra `next start` processes of a test's own, on the run's build (.next-test) and database: for restarts and
// for several instances at once.

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export async function startServer(port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: { ...process.env, SITE_URL: `http://127.0.0.1:${port}`, NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-test", ...env },
    stdio: process.env.E2E_SERVER_LOGS ? "inherit" : "ignore",
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/v1/categories`)).ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGKILL");
  throw new Error("the server did not start");
}

export async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGINT"); // as Ctrl-C does
  await exited;
}
