import "server-only";
import type { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";
import { createPrismaClient } from "./prisma-client";

// One client per process; in development, hot reloads would otherwise open a new pool on every edit.
const globalForDb = globalThis as unknown as { paritranaDb?: PrismaClient };

export const db: PrismaClient = globalForDb.paritranaDb ?? createPrismaClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.paritranaDb = db;
