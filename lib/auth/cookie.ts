// The session cookie's prefix, shared by better-auth (lib/auth/auth.ts) and the convenience redirect in
// proxy.ts, which must not import the server-only auth module.
export const AUTH_COOKIE_PREFIX = "paritrana";
