import { defineConfig } from "@playwright/test";

// Run by scripts/test.mjs (npm test), which builds into .next-test against a throwaway database and passes
// E2E_PORT, DATABASE_URL and NEXT_DIST_DIR.
const port = Number(process.env.E2E_PORT || 3123);
// a second server on an empty record (regions only), for the review flow's "publish into an empty database"
const emptyPort = Number(process.env.E2E_EMPTY_PORT || 3124);
const EMPTY_RECORD = /extract-review\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 30_000,
  retries: 0,
  workers: 1,
  reporter: [["list"], ["json"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    headless: true,
    launchOptions: {
      // Debian's chromium, or the one CHROME_PATH names; Playwright's own when scripts/test.mjs downloaded it
      executablePath: process.env.PLAYWRIGHT_OWN_BROWSER ? undefined : process.env.CHROME_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--disable-dev-shm-usage",
      ],
    },
  },
  projects: [
    { name: "seeded", testIgnore: EMPTY_RECORD },
    { name: "empty-record", testMatch: EMPTY_RECORD, use: { baseURL: `http://127.0.0.1:${emptyPort}` } },
  ],
  webServer: [
    {
      // next's own binary (one process), not npx: stopping it leaves no orphaned next-server behind.
      command: `node node_modules/next/dist/bin/next start -p ${port}`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        DATABASE_URL: process.env.DATABASE_URL ?? "",
        NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-test",
        SITE_URL: process.env.SITE_URL || `http://127.0.0.1:${port}`,
        NEXT_TELEMETRY_DISABLED: "1",
        AUTH_SECRET: process.env.AUTH_SECRET ?? "",
        REVALIDATE_TOKEN: process.env.REVALIDATE_TOKEN ?? "",
      },
    },
    {
      // the empty record's server: its own database and build (scripts/test.mjs)
      command: `node node_modules/next/dist/bin/next start -p ${emptyPort}`,
      url: `http://127.0.0.1:${emptyPort}`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        DATABASE_URL: process.env.EMPTY_DATABASE_URL ?? "",
        NEXT_DIST_DIR: ".next-test-empty",
        SITE_URL: `http://127.0.0.1:${emptyPort}`,
        NEXT_TELEMETRY_DISABLED: "1",
        AUTH_SECRET: process.env.AUTH_SECRET ?? "",
      },
    },
  ],
});
