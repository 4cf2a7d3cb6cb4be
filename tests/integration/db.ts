import { afterAll } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";

// The throwaway database that scripts/test.mjs migrated and seeded.
const url = process.env.DATABASE_URL;
if (!url) throw new Error("integration tests need DATABASE_URL (run them with `npm test`)");

export const db = createPrismaClient(url);
afterAll(() => db.$disconnect());
