import path from "node:path";
import { defineConfig } from "prisma/config";

// This machine is offline: the Prisma CLI would download its native schema engine on every command, even
// `generate`, which never runs it. Pointing it at an existing file skips the download. Migrations run through
// scripts/prisma-migrate-wasm.mjs (Prisma's own engine compiled to WebAssembly) instead.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(import.meta.dirname ?? ".", "scripts/no-schema-engine.sh");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // process.env with a fallback (not env()) so that `prisma generate` works without DATABASE_URL.
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:54329/paritrana" },
});
