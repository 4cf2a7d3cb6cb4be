import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { signIn } from "./sign-in";

// Runs against a second server whose record is empty (regions only): an editor pastes seed article 002 into the
// review page, accepts every proposal and publishes; the public edition page then shows all 27 placings, each
// with its quote. (The article is the seed's verbatim copy; in this database nothing was seeded from it.)
const ARTICLE = fs.readFileSync("prisma/seed/articles/002_ad703a0fd1a3c4ed.txt", "utf8");
const EDITION = "nusa-tenggara-timur-2025-07-21";

test("an editor turns a pasted article into 27 cited placings on an empty record", async ({ page, request }) => {
  expect((await (await request.get("/api/v1/claims")).json()).data).toHaveLength(0);
  await signIn(page);
  await page.goto("/admin/ekstrak");
  await page.getByLabel("Teks artikel, lengkap dan apa adanya").fill(ARTICLE);
  await page.getByLabel("Media").fill("TopNewsNTT.com");
  await page
    .getByLabel("Judul (bila ada)")
    .fill("BPJS Ketenagakerjaan NTT Sukses Gelar Paritrana Award 2024 Tingkat Provinsi NTT, Ini Sektor Peraih Kategori Terbaik 1, 2 dan 3");
  const started = Date.now();
  await page.getByRole("button", { name: "Buat usulan" }).click();
  await expect(page).toHaveURL(/\/admin\/ekstrak\/[0-9a-f-]+$/);
  const review = page.url();
  const rows = page.locator("[data-proposal]");
  await expect(rows).toHaveCount(27);
  await expect(page.getByText(`${EDITION}:`)).toBeVisible();
  // every proposal's quote is highlighted in the article
  await expect(page.locator("section", { hasText: "Artikel, dengan kutipan" }).locator("mark").first()).toBeVisible();
  // inferred rows are marked for checking
  await expect(rows.filter({ hasText: "UKSW Sumba" })).toContainText("peringkat dari urutan");

  await page.getByRole("button", { name: "Terima semua" }).click();
  await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(27);
  // the decisions survive a reload
  await page.goto(review);
  await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(27);

  await page.getByLabel("Alasan (tampil di riwayat publik)").fill("Hasil Paritrana Award NTT 2024 dari TopNewsNTT.com");
  await page.getByRole("button", { name: "Terbitkan yang diterima" }).click();
  await expect(page).toHaveURL(new RegExp(`/edisi/${EDITION}$`));
  const took = Date.now() - started;
  console.log(`[review] paste to published: ${took} ms`);

  const placings = page.locator("[data-claim]");
  await expect(placings).toHaveCount(27);
  // categories in the article's words, each placing with its quote
  await expect(page.getByRole("region", { name: "Pemda", exact: true })).toContainText("Kabupaten Nagekeo");
  for (const quote of [
    "Kategori Pemda (terbaik 3 Belu, Terbaik 2 TTU, Terbaik 1 Nagekeo)",
    "Paritrana Award NTT Terbaik 1 diraih oleh KOPDIR TLM",
  ]) {
    await expect(page.locator("blockquote", { hasText: quote }).first()).toBeAttached();
  }
  await expect(page.getByRole("region", { name: "Riwayat perubahan" })).toContainText("Hasil Paritrana Award NTT 2024 dari TopNewsNTT.com");
  expect((await (await request.get(`/api/v1/claims?edition=${EDITION}`)).json()).data).toHaveLength(27);
});
