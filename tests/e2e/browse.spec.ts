import { expect, test } from "@playwright/test";

test("a visitor goes from the home page to an edition and reads the evidence for a placing", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Catatan Paritrana Award" })).toBeVisible();
  // Both ceremonies are listed by date, with a warning that they share the label "2024".
  await expect(page.getByRole("link", { name: "Upacara 25 Juli 2024" })).toBeVisible();
  await expect(page.getByText("Label “2024” juga dipakai untuk upacara 25 Juli 2024: dua upacara berbeda.")).toBeVisible();

  await page.getByRole("link", { name: "Upacara 21 Juli 2025" }).click();
  await expect(page).toHaveURL(/\/edisi\/nusa-tenggara-timur-2025-07-21$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Paritrana Award Tingkat Provinsi Nusa Tenggara Timur");
  await expect(page.getByText("Upacara Senin, 21 Juli 2025")).toBeVisible();

  // each category as this ceremony's source names it
  const pemda = page.getByRole("region", { name: "Kategori Pemda" });
  // Each row's hidden quote mentions every rank: find the row by its recipient, then check its rank.
  const first = pemda.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Kabupaten Nagekeo", exact: true }) });
  await expect(first.getByText("Terbaik 1", { exact: true })).toBeVisible();
  const quote = first.getByText("Kategori Pemda (terbaik 3 Belu, Terbaik 2 TTU, Terbaik 1 Nagekeo)");
  await expect(quote).toBeHidden();
  await first.getByText("Sumber (1)").click();
  await expect(quote).toBeVisible();
  await expect(first.getByText("TopNewsNTT.com").last()).toBeVisible();
  await expect(first.getByText("tanggal acara 21 Juli 2025")).toBeVisible();

  // From the panel to the quote inside the stored article.
  await first.getByRole("link", { name: "Lihat dalam artikel" }).click();
  await expect(page).toHaveURL(/\/sumber\/topnewsntt-2025-07-21#quote-\d+$/);
  const anchor = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
  await expect(anchor).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/BPJS Ketenagakerjaan NTT Sukses Gelar Paritrana Award 2024/);
});

test("a placing with no named recipient, and an inferred one, say so", async ({ page }) => {
  await page.goto("/edisi/nusa-tenggara-timur-2025-07-21");
  const health = page.getByRole("region", { name: "Kategori Sektor Usaha Makro" });
  const unnamed = health.getByRole("listitem").filter({ hasText: "Tidak disebutkan namanya dalam sumber" });
  await expect(unnamed).toHaveCount(1);
  await expect(unnamed.getByText("Terbaik 3", { exact: true })).toBeVisible();
  await expect(health.getByText("Disimpulkan: kategori dari konteks").first()).toBeVisible();
  const education = page.getByRole("region", { name: "Perdagangan, Jasa Pendidkan" });
  await expect(
    education.getByRole("listitem").filter({ hasText: "UKSW Sumba" }).getByText("Disimpulkan: peringkat dari urutan daftar"),
  ).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the citation panel still opens and shows the quote", async ({ page }) => {
    await page.goto("/edisi/nusa-tenggara-timur-2024-07-25");
    const third = page
      .getByRole("region", { name: "tingkat Kabupaten" })
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: "Kabupaten Nagekeo", exact: true }) });
    await expect(third.getByText("Terbaik 3", { exact: true })).toBeVisible();
    await third.getByText("Sumber (2)").click();
    await expect(third.getByText("Pemerintah Kabupaten Nagekeo", { exact: true })).toBeVisible();
    await expect(third.getByText("nagekeokab.go.id", { exact: true })).toBeVisible();
  });
});

test("an unknown page is a 404 in Indonesian, and a bad API filter a 400", async ({ page, request }) => {
  const response = await page.goto("/edisi/nusa-tenggara-timur-2023-01-01");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();

  const api = await request.get("/api/v1/claims?province=xx-unknown");
  expect(api.status()).toBe(400);
  expect(await api.json()).toEqual({ error: { message: expect.stringMatching(/unknown province/), parameter: "province" } });
});
