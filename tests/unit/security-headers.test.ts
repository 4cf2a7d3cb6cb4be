import { afterEach, describe, expect, it, vi } from "vitest";
import config from "@/next.config";

async function headersFor(env: { NODE_ENV: string; SITE_URL: string }) {
  vi.stubEnv("NODE_ENV", env.NODE_ENV);
  vi.stubEnv("SITE_URL", env.SITE_URL);
  const rules = (await config.headers?.()) ?? [];
  return Object.fromEntries(rules.flatMap((r) => r.headers).map((h) => [h.key, h.value]));
}

afterEach(() => vi.unstubAllEnvs());

describe("security headers (next.config)", () => {
  it("in production over https: HSTS, a CSP that forbids framing, plugins and eval, and the referrer policy", async () => {
    const h = await headersFor({ NODE_ENV: "production", SITE_URL: "https://paritrana.example.org" });
    expect(h["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(h["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(h["Content-Security-Policy"]).toContain("object-src 'none'");
    expect(h["Content-Security-Policy"]).toContain("form-action 'self'");
    expect(h["Content-Security-Policy"]).not.toContain("unsafe-eval");
    expect(h["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
  });

  it("no HSTS over plain http (it would lock a local or test site out of http)", async () => {
    expect((await headersFor({ NODE_ENV: "production", SITE_URL: "http://localhost:3000" }))["Strict-Transport-Security"]).toBeUndefined();
  });
});
