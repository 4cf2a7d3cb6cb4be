// `npm run db:seed`: loads the seed data into DATABASE_URL. Safe to run again (see seed/load.ts).
import { createPrismaClient } from "../lib/prisma-client";
import { seed } from "./seed/load";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set");
  process.exit(1);
}
const db = createPrismaClient(url);
const started = performance.now();
try {
  const counts = await seed(db);
  console.log(`[seed] ${JSON.stringify(counts)} in ${Math.round(performance.now() - started)} ms`);
} finally {
  await db.$disconnect();
}
