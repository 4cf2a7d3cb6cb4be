import net from "node:net";
import { expect, test } from "@playwright/test";
import { freePort, startServer, stopServer } from "./servers";

// PostgreSQL goes away while the portal runs (a crash, a failover, a restart of the managed database). The server
// reaches the run's database through a TCP relay of the test's own, so that "stopping PostgreSQL" (closing the
// relay and cutting its connections) leaves the other tests' database alone.
// Pages (and searches) already rendered keep answering 200; any other page is a 503 with Retry-After in the
// reader's language (from the page cache handler), the API a JSON 503; nothing is ever a 500. Once the database is
// back, every page answers again, without a restart of the web server.

const EDITION = "/edisi/nusa-tenggara-timur-2025-07-21";
const RENDERED_BEFORE = ["/", "/en", EDITION, "/en/organisasi/kopdit-tlm", "/feed.xml", "/cari?q=crisoris", "/api/v1/search?q=crisoris"];
const NOT_RENDERED = [
  "/organisasi/kopdit-tlm",
  `/en${EDITION}`,
  "/sumber/topnewsntt-2025-07-21",
  "/provinsi/nusa-tenggara-timur",
  "/cari?q=tlm",
  "/sitemap.xml",
];
const API = "/api/v1/claims?q=pukuafu";
const SEARCH_API = "/api/v1/search?q=pukuafu"; // a search answer no cache holds yet

class Relay {
  private server: net.Server | null = null;
  private sockets = new Set<net.Socket>();
  constructor(private readonly target: { host: string; port: number }) {}
  async up(port: number) {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("error", () => {});
        s.on("close", () => {
          client.destroy();
          upstream.destroy();
          this.sockets.delete(s);
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
  }
  async down() {
    const closed = new Promise((r) => (this.server ? this.server.close(r) : r(undefined)));
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    await Promise.race([closed, new Promise((r) => setTimeout(r, 1000))]); // stops listening at once; close waits for stragglers
    this.server = null;
  }
}

test("while PostgreSQL is down pages answer 200 from cache or 503, never 500, and all come back without a restart", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const database = new URL(process.env.DATABASE_URL!);
  const relay = new Relay({ host: database.hostname, port: Number(database.port || 5432) });
  const relayPort = await freePort();
  await relay.up(relayPort);
  const viaRelay = new URL(database);
  viaRelay.host = `127.0.0.1:${relayPort}`;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer(port, { DATABASE_URL: viaRelay.toString() });
  try {
    for (const path of RENDERED_BEFORE) expect((await request.get(base + path)).status(), path).toBe(200);

    await relay.down();
    const statuses: Record<string, number> = {};
    for (const path of [...RENDERED_BEFORE, ...NOT_RENDERED, "/edisi/tidak-ada", API, SEARCH_API])
      statuses[path] = (await request.get(base + path)).status();
    test.info().annotations.push({ type: "statuses while the database is down", description: JSON.stringify(statuses) });
    for (const path of RENDERED_BEFORE) expect(statuses[path], `${path}, rendered before the outage`).toBe(200);
    for (const path of [...NOT_RENDERED, "/edisi/tidak-ada"]) expect(statuses[path], path).toBe(503);

    const pageAnswer = await request.get(base + NOT_RENDERED[0]);
    expect(pageAnswer.headers()["retry-after"]).toBe("30");
    // a CDN may keep it no longer than any public page (a minute at most), so it is gone soon after the database is back
    expect(pageAnswer.headers()["cache-control"]).toBe("public, s-maxage=30, stale-while-revalidate=30");
    for (const path of [API, SEARCH_API]) {
      const apiAnswer = await request.get(base + path);
      expect(apiAnswer.status(), path).toBe(503);
      expect(apiAnswer.headers()["retry-after"]).toBe("30");
      // no shared cache keeps an API error, but the search API is served as a page is (cached per query), and a
      // CDN may keep its 503 the minute it may keep a page's
      expect(apiAnswer.headers()["cache-control"], path).toBe(
        path === SEARCH_API ? "public, s-maxage=30, stale-while-revalidate=30" : "no-store",
      );
      expect((await apiAnswer.json()).error.message).toMatch(/database cannot be reached/);
    }

    // what a reader sees, in their language
    await page.goto(base + NOT_RENDERED[0]);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sementara tidak tersedia");
    await expect(page.getByText("coba lagi dalam 30 detik")).toBeVisible();
    await page.goto(base + NOT_RENDERED[1]);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Temporarily unavailable");
    await expect(page.getByRole("link", { name: "Home page" })).toHaveAttribute("href", "/en");

    // the database is back: every page answers again, the same server process
    await relay.up(relayPort);
    await expect(async () => {
      for (const path of [...NOT_RENDERED, API, SEARCH_API]) expect((await request.get(base + path)).status(), path).toBe(200);
      expect((await request.get(`${base}/edisi/tidak-ada`)).status()).toBe(404);
    }).toPass({ timeout: 20_000 });
    await page.goto(base + NOT_RENDERED[0]);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Kopdit");
  } finally {
    await stopServer(server);
    await relay.down().catch(() => {});
  }
});
