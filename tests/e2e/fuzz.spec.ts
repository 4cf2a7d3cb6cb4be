import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import fc from "fast-check";
import { expect, test } from "@playwright/test";

// Hostile addresses against the built server: a few thousand generated paths and query strings (broken
// percent-encodings, NUL and other control characters, long and odd Unicode, unknown parameters). No answer may
// be a 5xx; the API answers JSON, whatever it was asked; unknown addresses do not fill the disk.
const PREFIXES = [
  "/",
  "/en/",
  "/edisi/",
  "/organisasi/",
  "/klaim/",
  "/sumber/",
  "/provinsi/",
  "/provinsi/nusa-tenggara-timur/",
  "/kategori/",
  "/cari?q=",
  "/api/v1/claims?q=",
  "/api/v1/claims?",
  "/api/v1/search?q=",
  "/api/v1/sources/",
  "/api/",
  "/api/v1/categories?",
];
const PIECES = [
  "%zz",
  "%00",
  "%C3%28",
  "%E2%82",
  "%",
  "%%",
  "%2F",
  "%0A",
  "..",
  "/",
  "?",
  "&",
  "=",
  "a",
  "2024",
  "nusa-tenggara-timur",
  "kopdit-tlm",
  "ñ",
  "😀",
  "\u202e",
  "province=53",
  "year=abc",
  "page=0",
  "perPage=9999",
  "format=xml",
  "q=",
  "category=x",
];

function rawGet(port: number, rawPath: string): Promise<{ status: number; type: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: rawPath, method: "GET", headers: { "accept-encoding": "gzip" } }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"] ?? "") }));
    });
    req.on("error", reject);
    req.setTimeout(15_000, () => req.destroy(new Error(`timeout: ${rawPath}`)));
    req.end();
  });
}

function folderSize(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? folderSize(full) : fs.statSync(full).size;
  }
  return total;
}

test("thousands of hostile addresses: no 5xx, JSON from the API, no disk filled", async ({ baseURL }) => {
  test.setTimeout(150_000);
  const port = Number(new URL(baseURL!).port);
  const cacheDir = path.join(process.env.NEXT_DIST_DIR || ".next-test", "cache");
  const before = folderSize(cacheDir);
  const pathArb = fc
    .tuple(
      fc.constantFrom(...PREFIXES),
      fc.array(
        fc.oneof(
          fc.constantFrom(...PIECES),
          fc.string({ maxLength: 6 }).map((s) => encodeURIComponent(s)),
        ),
        { minLength: 1, maxLength: 5 },
      ),
    )
    .map(([prefix, parts]) => prefix + parts.join(""))
    // a raw HTTP request line holds printable ASCII only: anything else goes percent-encoded (control characters
    // included, as %00…), a lone surrogate as the bytes of U+FFFD
    .map((p) =>
      p.replace(/[^\x21-\x7E]/gu, (c) => {
        try {
          return encodeURIComponent(c);
        } catch {
          return "%EF%BF%BD";
        }
      }),
    );
  const samples = fc.sample(pathArb, { numRuns: 2500, seed: 20261201 });
  const failures: string[] = [];
  const deadline = Date.now() + 120_000;
  let sent = 0;
  for (let i = 0; i < samples.length && Date.now() < deadline; i += 8) {
    await Promise.all(
      samples.slice(i, i + 8).map(async (p) => {
        const { status, type } = await rawGet(port, p);
        sent++;
        if (status >= 500) failures.push(`${status} ${p}`);
        // a redirect (a trailing slash made canonical) carries no body; every other API answer is JSON
        else if (p.startsWith("/api/") && !(status >= 300 && status < 400) && !type.startsWith("application/json"))
          failures.push(`not JSON (${status} ${type}) ${p}`);
      }),
    );
  }
  console.log(
    `[fuzz] ${sent} requests, ${failures.length} failures; page cache grew ${((folderSize(cacheDir) - before) / 1024).toFixed(0)} KB`,
  );
  expect(failures.slice(0, 20)).toEqual([]);
  expect(sent).toBeGreaterThan(1000);
  // thousands of unknown addresses leave the disk as it was (404 pages are not cached)
  expect(folderSize(cacheDir) - before).toBeLessThan(2 * 1024 * 1024);
});
