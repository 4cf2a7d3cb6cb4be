import { expect, test } from "@playwright/test";

test("the province page shows a coverage grid and leads to a year that holds two ceremonies", async ({ page }) => {
  await page.goto("/");
  await page
    .getByRole("link", { name: /Nusa Tenggara Timur/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/provinsi\/nusa-tenggara-timur$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Paritrana Award di Nusa Tenggara Timur");

  const grid = page.getByRole("table", { name: "Cakupan data per upacara dan kategori" });
  const row2024 = grid.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /25 Juli 2024/ }) });
  const cells = row2024.getByRole("cell");
  await expect(cells).toHaveCount(9); // one per category
  await expect(cells.nth(0)).toHaveText(/2 sumber/); // Pemda: HN and nagekeokab.go.id
  await expect(cells.nth(3)).toHaveText(/satu sumber/); // financial services: HN only
  await expect(cells.nth(7)).toHaveText(/tidak ada data/); // health
  await expect(grid.getByRole("columnheader", { name: "Pelayanan Kesehatan" })).toBeVisible();

  await page.getByRole("link", { name: "2024", exact: true }).click();
  await expect(page).toHaveURL(/\/provinsi\/nusa-tenggara-timur\/2024$/);
  await expect(page.getByRole("note")).toHaveText(
    /2 upacara berbeda disebut “Paritrana Award 2024” oleh sumbernya: 21 Juli 2025, 25 Juli 2024/,
  );
  await expect(page.getByRole("heading", { level: 2, name: "Upacara Kamis, 25 Juli 2024" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Upacara Senin, 21 Juli 2025" })).toBeVisible();
});

test("an organisation page lists every placing and every spelling with its source", async ({ page }) => {
  await page.goto("/organisasi/kopdit-tlm");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kopdit TLM");
  // each placing in its round's own words for the category
  await expect(page.getByRole("link", { name: "Terbaik 1 Usaha Makro Jasa Keuangan" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Terbaik 1 Paritrana Award NTT" })).toBeVisible();
  const spellings = page.getByRole("table");
  await expect(spellings.getByRole("rowheader")).toHaveText(["“Kopdit TLM”", "“KOPDIR TLM”"]);
  await expect(spellings.getByRole("row").filter({ hasText: "KOPDIR TLM" })).toContainText("salah ketik");
});

test("a claim page gives a permalink and a citation to paste", async ({ page }) => {
  await page.goto("/klaim/nusa-tenggara-timur-2025-07-21-education-2");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Terbaik 2 Perdagangan, Jasa Pendidkan: UKSW Sumba");
  await expect(page.getByText("Disimpulkan: peringkat dari urutan daftar")).toBeVisible();
  const cite = page.getByRole("textbox", { name: "Kutip ini" });
  await expect(cite).toHaveValue(
    /Terbaik 2 Perdagangan, Jasa Pendidkan: UKSW Sumba, Paritrana Award Tingkat Provinsi Nusa Tenggara Timur, Upacara 21 Juli 2025\. Sumber: TopNewsNTT\.com, .*\/klaim\/nusa-tenggara-timur-2025-07-21-education-2$/,
  );
});

test("a search finds a misspelled name, from the home page's search box", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Cari" }).fill("crisoris");
  await page.getByRole("button", { name: "Cari" }).click();
  await expect(page).toHaveURL(/\/cari\?q=crisoris$/);
  const result = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "PT Crisorus Mandiri" }) });
  await expect(result).toContainText("cocok dengan “Crisoris Jaya Mandiri”");
  await page.getByRole("searchbox", { name: "Cari" }).fill("rote ndao");
  await page.getByRole("button", { name: "Cari" }).click();
  await expect(page.getByRole("link", { name: "Kabupaten Rote Ndao" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Desa Pukuafu" })).toBeVisible();
  // switching language keeps the search
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/cari\?q=rote(\+|%20)ndao$/);
  await expect(page.getByRole("heading", { name: "Results for “rote ndao”" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Desa Pukuafu" })).toBeVisible();
});

test("switching language keeps the page, with English text and dates", async ({ page }) => {
  await page.goto("/edisi/nusa-tenggara-timur-2025-07-21");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/edisi\/nusa-tenggara-timur-2025-07-21$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByText("Ceremony of Monday, 21 July 2025")).toBeVisible();
  // the category in its round's own (Indonesian) words, with its group in English
  const health = page.getByRole("region", { name: "Kategori Sektor Usaha Makro" });
  await expect(health.getByText("Not named in the source", { exact: true })).toBeVisible();
  await expect(health.getByRole("link", { name: "group Health services" })).toBeVisible();
  // Quotes stay in their own language, and say so.
  await expect(page.locator('blockquote[lang="id"]').first()).toBeAttached();
  await page.getByRole("link", { name: "Bahasa Indonesia" }).click();
  await expect(page).toHaveURL(/\/edisi\/nusa-tenggara-timur-2025-07-21$/);
  await expect(page.getByText("Upacara Senin, 21 Juli 2025")).toBeVisible();
});

test("the CSV download holds exactly the placings the edition page shows", async ({ page }) => {
  await page.goto("/edisi/nusa-tenggara-timur-2024-07-25");
  const shown = await page.locator("[data-claim]").evaluateAll((items) => items.map((li) => li.getAttribute("data-claim")).sort());
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  const rows = csv
    .trimEnd()
    .split("\r\n")
    .slice(1)
    .map((line) => line.split(",")[0]);
  expect(rows.sort()).toEqual(shown);
  expect(rows).toHaveLength(6);
});

test("at 360 px wide nothing scrolls sideways but the wide grid itself", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of [
    "/",
    "/edisi/nusa-tenggara-timur-2025-07-21",
    "/provinsi/nusa-tenggara-timur",
    "/sumber/topnewsntt-2025-07-21",
    "/organisasi/pt-crisorus-mandiri",
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("the feed, sitemap and robots.txt are served", async ({ page, request }) => {
  // feed readers find it from any page
  await page.goto("/");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/feed\.xml$/);
  const feed = await request.get("/feed.xml");
  expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await feed.text();
  // Every published placing has its entry, with its permalink (admin tests may have added more by now).
  const claims = (await (await request.get("/api/v1/claims?perPage=100")).json()) as { data: { url: string }[] };
  expect(claims.data.length).toBeGreaterThanOrEqual(33);
  // (compared by path: the e2e run's other servers share this build's disk cache under addresses of their own,
  // while the instances of a real deployment share one SITE_URL)
  const linked = [...xml.matchAll(/<link rel="alternate" type="text\/html" href="([^"]+)"\/>/g)].map((m) => new URL(m[1]!).pathname);
  for (const c of claims.data) expect(linked).toContain(new URL(c.url).pathname);
  expect(xml).toContain("Terbaik 1 Usaha Makro Jasa Keuangan: Kopdit TLM");
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/organisasi/kopdit-tlm</loc>");
  expect(sitemap).toContain('hreflang="en"');
  expect(await (await request.get("/robots.txt")).text()).toContain("Sitemap:");
});

test("a CDN may keep a public page (or a 404) a minute at most, and never an admin page", async ({ request }) => {
  for (const path of [
    "/",
    "/en",
    "/edisi/nusa-tenggara-timur-2025-07-21",
    "/organisasi/kopdit-tlm",
    "/kategori/pemda",
    "/feed.xml",
    "/cari?q=tlm",
    "/edisi/belum-ada-2099-01-01",
  ]) {
    const cacheControl = (await request.get(path)).headers()["cache-control"] ?? "";
    const seconds = (name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(cacheControl)?.[1] ?? Infinity);
    expect(seconds("s-maxage") + seconds("stale-while-revalidate"), `${path}: ${cacheControl}`).toBeLessThanOrEqual(60);
  }
  const admin = (await request.get("/admin/masuk")).headers()["cache-control"] ?? "";
  expect(admin).toContain("no-store");
  expect(admin).not.toContain("public");
});
