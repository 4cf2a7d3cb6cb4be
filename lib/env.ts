import "server-only";
import { z } from "zod";

// Every setting the app reads, parsed once. Nothing else in the app reads process.env.
const schema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL"),
  /** the public origin, for absolute permalinks in the API and metadata */
  SITE_URL: z.url().default("http://localhost:3000"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** signs session cookies; `npm start` creates one in .data/ when it is not given */
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET: at least 32 characters").optional(),
  /** "1" when a proxy in front sets X-Forwarded-For: only then is the client address used to throttle sign-ins */
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  /** lets `npm run import` (run beside the server) tell it to revalidate; `npm start` makes one in .data/ */
  REVALIDATE_TOKEN: z.string().min(32, "REVALIDATE_TOKEN: at least 32 characters").optional(),
});

export const env = schema.parse({
  DATABASE_URL: process.env.DATABASE_URL,
  SITE_URL: process.env.SITE_URL || undefined,
  NODE_ENV: process.env.NODE_ENV,
  AUTH_SECRET: process.env.AUTH_SECRET || undefined,
  TRUST_PROXY: process.env.TRUST_PROXY || undefined,
  REVALIDATE_TOKEN: process.env.REVALIDATE_TOKEN || undefined,
});
