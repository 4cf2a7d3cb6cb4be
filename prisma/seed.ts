// `npm run db:seed`: loads the seed data into DATABASE_URL. Safe to run again (see seed/load.ts).
// `--regions-only`: only the official regions (reference data), no award records: an empty record.
import { createPrismaClient } from "../lib/prisma-client";
import { seed, seedRegions } from "./seed/load";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set");
  process.exit(1);
}
const db = createPrismaClient(url);
const started = performance.now();
try {
  const counts = process.argv.includes("--regions-only") ? await seedRegions(db) : await seed(db);
  console.log(`[seed] ${JSON.stringify(counts)} in ${Math.round(performance.now() - started)} ms`);
} finally {
  await db.$disconnect();
}
