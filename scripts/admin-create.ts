// `npm run admin:create -- --email you@example.org [--name "Nama"] [--role admin|editor]`
// Creates an account. The password is read from standard input when it is piped, or asked for (hidden) at the
// prompt; none ships with the project. Uses DATABASE_URL, or the embedded PostgreSQL of `npm start`.
import crypto from "node:crypto";
import path from "node:path";
import readline from "node:readline";
import { parseArgs } from "node:util";
import { hashPassword } from "better-auth/crypto";
import { passwordProblems } from "../lib/auth/password-policy";
import { createPrismaClient } from "../lib/prisma-client";
// @ts-expect-error plain JavaScript module shared with scripts/start.mjs
import { attachOrStartEmbeddedPostgres } from "./lib/embedded-postgres.mjs";
// @ts-expect-error plain JavaScript module
import { migrate } from "./prisma-migrate-wasm.mjs";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "admin" } },
});
const email = values.email?.trim().toLowerCase();
if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) fail("Give an email: npm run admin:create -- --email you@example.org");
if (values.role !== "admin" && values.role !== "editor") fail("--role is admin or editor");

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const ask = (q: string) =>
    new Promise<string>((resolve) => {
      const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(rl);
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => write(s.startsWith(q) ? s : "");
      rl.question(q, (answer) => {
        process.stdout.write("\n");
        resolve(answer);
      });
    });
  const first = await ask("Password: ");
  const second = await ask("Repeat it: ");
  rl.close();
  if (first !== second) fail("The two passwords differ.");
  return first;
}

const password = await readPassword();
const problems = passwordProblems(password, email);
if (problems.length) fail(`Password too weak; it needs: ${problems.join("; ")}.`);

const database = process.env.DATABASE_URL
  ? { url: process.env.DATABASE_URL, stop: async () => {} }
  : await attachOrStartEmbeddedPostgres({
      dataDir: path.resolve(".data/pg"),
      port: Number(process.env.PGPORT_EMBEDDED || 54329),
      database: "paritrana",
    });
try {
  await migrate(database.url, "deploy");
  const db = createPrismaClient(database.url);
  try {
    if (await db.user.findUnique({ where: { email } })) fail(`An account for ${email} exists already.`);
    const id = crypto.randomUUID();
    await db.user.create({
      data: {
        id,
        email,
        name: values.name?.trim() || email.split("@")[0]!,
        role: values.role as "admin" | "editor",
        emailVerified: true,
        accounts: { create: { id: crypto.randomUUID(), accountId: id, providerId: "credential", password: await hashPassword(password) } },
      },
    });
    console.log(`Created ${values.role} ${email}. Sign in at /admin/masuk.`);
  } finally {
    await db.$disconnect();
  }
} finally {
  await database.stop();
}
process.exit(0);
