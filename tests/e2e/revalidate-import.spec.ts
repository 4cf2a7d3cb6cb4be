import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";

// `npm run import` runs beside the web server, in its own process; the running portal shows the import at once
// (the importer asks it to revalidate), in the API and on the public pages. The file is the test transcription
// (invented articles, tests/fixtures/), imported into this run's throwaway database only.
const run = promisify(execFile);

test("an import from the command line shows on the running portal's pages and API at once", async ({ page, request, baseURL }) => {
  // before: the portal has read (and cached) that there is no such edition
  expect((await request.get("/api/v1/claims?edition=uji-nasional-2021")).status()).toBe(400);
  expect((await page.goto("/edisi/uji-nasional-2021"))?.status()).toBe(404);

  const { stdout } = await run(
    process.execPath,
    [
      "node_modules/tsx/dist/cli.mjs",
      "--conditions=react-server",
      "scripts/import.ts",
      "tests/fixtures/transcriptions/other-rounds.json",
      "--reason",
      "Uji impor e2e",
    ],
    {
      env: { ...process.env, PORTAL_URL: baseURL },
    },
  );
  expect(stdout).toContain("Imported: created sources 3");
  expect(stdout).toContain("revalidated its pages");

  const api = await request.get("/api/v1/claims?edition=uji-nasional-2021");
  expect(api.status()).toBe(200);
  expect((await api.json()).data).toHaveLength(7);
  await page.goto("/edisi/uji-nasional-2021");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Paritrana Award Tingkat Nasional");
  await expect(page.getByText("“2021”, tanggal upacara belum diketahui").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Provinsi Terbaik Inovasi (Zona Sumatera)" })).toContainText("Provinsi Riau");
  // the national page lists both national rounds, neither with a known date
  await page.goto("/nasional");
  await expect(page.getByRole("link", { name: "“2021”, tanggal upacara belum diketahui" })).toBeVisible();
  await expect(page.getByRole("link", { name: "“2020”, tanggal upacara belum diketahui" })).toBeVisible();
  // the import is in the organisation's public history, with its reason
  await page.goto("/organisasi/uji-provinsi-riau");
  await expect(page.getByRole("region", { name: "Riwayat perubahan" })).toContainText("Uji impor e2e");
});
