// Prisma migrations without the native schema engine. The Prisma 7 CLI downloads its schema-engine binary from
// binaries.prisma.sh, unreachable on these machines; this runs Prisma's own schema engine compiled to
// WebAssembly (@prisma/schema-engine-wasm) through the pg driver adapter. It writes the standard
// prisma/migrations folders and the standard _prisma_migrations table, so stock `prisma migrate deploy`
// stays compatible wherever the binary can be downloaded.
//
// CLI: node scripts/prisma-migrate-wasm.mjs deploy | status | diff | dev <name> [--create-only]
// Module: import { migrate } from "./prisma-migrate-wasm.mjs"; await migrate(url, "deploy")
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const schemaPath = path.join(root, "prisma/schema.prisma");
const migrationsDir = path.join(root, "prisma/migrations");
const filters = { externalTables: [], externalEnums: [] };

// @prisma/adapter-pg 7.x has no mapping for PostgreSQL's internal 1-byte "char" type (OID 18), which the schema
// engine reads from pg_catalog (relkind, contype, ...) and expects as ColumnType Character.
function patchCharColumns(queryableProto) {
  if (queryableProto.__charPatched) return;
  const origQueryRaw = queryableProto.queryRaw;
  queryableProto.queryRaw = async function (query) {
    const res = await this.performIO(query);
    const isChar = res.fields.map((f) => f.dataTypeID === 18);
    const fields = res.fields.map((f) => (f.dataTypeID === 18 ? { ...f, dataTypeID: 25 } : f));
    const out = await origQueryRaw.call({ pgOptions: this.pgOptions, performIO: async () => ({ fields, rows: res.rows }) }, query);
    isChar.forEach((c, i) => {
      if (c) out.columnTypes[i] = ColumnTypeEnum.Character;
    });
    return out;
  };
  queryableProto.__charPatched = true;
}

// adapter-pg 7.10's executeScript splits a migration on every ";", which breaks any statement that contains
// one (a plpgsql function body). PostgreSQL's simple query protocol runs a multi-statement script as sent.
function patchExecuteScript(adapterProto) {
  if (adapterProto.__scriptPatched) return;
  adapterProto.executeScript = async function (script) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
  adapterProto.__scriptPatched = true;
}

let wasmReady = false;
function loadWasm() {
  if (wasmReady) return;
  const wasmFile = path.join(
    path.dirname(fileURLToPath(import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg"))),
    "schema_engine_bg.wasm",
  );
  const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(wasmFile)), { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  // The wasm module reports Rust panics through this global (the Prisma CLI sets the same one).
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    message: "",
    set_message(m) {
      this.message = `RuntimeError: ${m}`;
    },
    get() {
      return this.message;
    },
  };
  wasmReady = true;
}

function migrationsList() {
  fs.mkdirSync(migrationsDir, { recursive: true });
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const dirs = fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((d) => {
      const f = path.join(migrationsDir, d, "migration.sql");
      return {
        path: d,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(f) ? { tag: "ok", value: fs.readFileSync(f, "utf8") } : { tag: "error", value: "missing" },
        },
      };
    }),
  };
}

function adapterFactory(url) {
  // Discrete fields, not { connectionString }: adapter-pg's connectToShadowDb() does
  // new Pool({ ...config, database: shadowName }) and a connectionString would override that database.
  const u = new URL(url);
  const pgConfig = {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
  };
  const factory = new PrismaPg(pgConfig);
  // adapter-pg 7.10's own connectToShadowDb drops the shadow database before closing its pool, so the DROP fails
  // ("being accessed by other users"). Close the shadow pool first, then DROP ... WITH (FORCE).
  factory.connectToShadowDb = async () => {
    const admin = await factory.connect();
    const database = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({ ...pgConfig, database }).connect();
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.dispose();
    };
    return shadow;
  };
  return factory;
}

/** Runs one migrate command against `url`. Returns a short report line. */
export async function migrate(url, cmd = "deploy", { name = "migration", createOnly = false } = {}) {
  loadWasm();
  const factory = adapterFactory(url);
  {
    const probe = await factory.connect(); // only to reach the adapter's base class (PgQueryable) prototype
    patchExecuteScript(Object.getPrototypeOf(probe));
    patchCharColumns(Object.getPrototypeOf(Object.getPrototypeOf(probe)));
    await probe.dispose();
  }
  const schemaFiles = [{ path: schemaPath, content: fs.readFileSync(schemaPath, "utf8") }];
  const engine = await bg.SchemaEngine.new(
    { datamodels: schemaFiles.map((f) => [f.path, f.content]) },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    if (cmd === "deploy") {
      const r = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
      return r.appliedMigrationNames.length ? `Applied: ${r.appliedMigrationNames.join(", ")}` : "No pending migrations.";
    }
    if (cmd === "status") {
      return JSON.stringify(
        await engine.diagnoseMigrationHistory({ migrationsList: migrationsList(), optInToShadowDatabase: false, filters }),
        null,
        2,
      );
    }
    if (cmd === "diff") {
      // migrations folder -> schema.prisma, as SQL: what the next `dev` would generate (uses a shadow database)
      const r = await engine.diff({
        from: { tag: "migrations", ...migrationsList() },
        to: { tag: "schemaDatamodel", files: schemaFiles },
        script: true,
        exitCode: null,
        shadowDatabaseUrl: null,
        filters,
      });
      return typeof r === "string" ? r : JSON.stringify(r);
    }
    if (cmd === "dev") {
      const diag = await engine.devDiagnostic({ migrationsList: migrationsList(), filters });
      if (diag.action.tag === "reset") throw new Error(`Database needs a reset: ${diag.action.reason}`);
      const pending = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
      // createMigration reuses the migrations-folder schema that devDiagnostic computed; after applying
      // migrations that is gone, so compute it again.
      if (pending.appliedMigrationNames.length) await engine.devDiagnostic({ migrationsList: migrationsList(), filters });
      const out = await engine.createMigration({
        draft: false,
        migrationName: name,
        migrationsList: migrationsList(),
        schema: { files: schemaFiles },
        filters,
      });
      if (out.migrationScript === null) return "Already in sync, no migration created.";
      const dir = path.join(migrationsDir, out.generatedMigrationName);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `migration.${out.extension}`), out.migrationScript);
      fs.writeFileSync(
        path.join(migrationsDir, "migration_lock.toml"),
        `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
      );
      if (createOnly) return `Created ${path.relative(root, dir)} (not applied: edit it, then run dev or deploy)`;
      const r = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
      return `Created and applied: ${r.appliedMigrationNames.join(", ")}`;
    }
    throw new Error(`unknown command ${cmd}`);
  } catch (e) {
    throw new Error(globalThis.PRISMA_WASM_PANIC_REGISTRY.message || (e instanceof Error ? e.message : String(e)));
  } finally {
    engine.free();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set");
    process.exit(1);
  }
  const [cmd = "deploy", name] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  try {
    console.log(await migrate(url, cmd, { name, createOnly: process.argv.includes("--create-only") }));
    process.exit(0); // the adapter's pg pool would otherwise keep the process alive ~10 s (idle timeout)
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
