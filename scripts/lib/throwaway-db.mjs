// A database that exists for one run (tests, bench) and is removed afterwards, never the data of `npm start`.
//  - without DATABASE_URL: a fresh embedded PostgreSQL in <dir>/pg on a free port
//  - with DATABASE_URL: a new database <prefix>_<time> on that server (needs CREATEDB), dropped afterwards
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres.mjs";

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function throwawayDatabase({ dir, prefix, log = () => {} }) {
  if (process.env.DATABASE_URL) {
    const server = new URL(process.env.DATABASE_URL);
    const name = `${prefix}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    server.pathname = `/${name}`;
    log(`created database ${name} on the server in DATABASE_URL`);
    return {
      url: server.toString(),
      dispose: async () => {
        const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dataDir = path.join(dir, "pg");
  fs.rmSync(dataDir, { recursive: true, force: true });
  const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: prefix });
  log(`started a throwaway embedded PostgreSQL (${db.url})`);
  return {
    url: db.url,
    dispose: async () => {
      await db.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
