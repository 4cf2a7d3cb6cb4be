// The one way this project makes a Prisma client: PostgreSQL through the pg driver adapter (Prisma 7 needs no
// engine binary at run time). lib/db.ts holds the app's single instance; scripts and tests call this directly.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}
