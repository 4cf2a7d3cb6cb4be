import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { twoFactor } from "better-auth/plugins";
import { db } from "../db";
import { env } from "../env";
import { AUTH_COOKIE_PREFIX } from "./cookie";

// Email + password accounts (better-auth: scrypt hashes, httpOnly SameSite=Lax session cookies, Secure in
// production). No public sign-up: accounts are made by `npm run admin:create` or by an admin.
export const auth = betterAuth({
  database: prismaAdapter(db, { provider: "postgresql" }),
  secret: env.AUTH_SECRET ?? missingSecret(),
  baseURL: env.SITE_URL,
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12, maxPasswordLength: 256 },
  user: { additionalFields: { role: { type: "string", required: false, defaultValue: "editor", input: false } } },
  session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
  // Sign-ins go through our server action, which throttles per account and address (lib/auth/throttle.ts).
  rateLimit: { enabled: false },
  advanced: { cookiePrefix: AUTH_COOKIE_PREFIX, useSecureCookies: env.NODE_ENV === "production" && env.SITE_URL.startsWith("https://") },
  appName: "Catatan Paritrana Award",
  // A TOTP second factor (required for admins: lib/auth/session.ts). nextCookies last: it sets the cookies of the
  // plugins' answers from server actions.
  plugins: [twoFactor({ issuer: "Catatan Paritrana Award" }), nextCookies()],
});

function missingSecret(): never {
  throw new Error("AUTH_SECRET is not set (npm start sets one; in production set it to 32+ random characters)");
}
