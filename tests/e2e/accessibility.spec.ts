import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./sign-in";

// WCAG 2.2 AA, as axe-core checks it, on every page type, in both languages where the page has text of its own.
const PAGES = [
  "/",
  "/en",
  "/edisi/nusa-tenggara-timur-2025-07-21",
  "/en/edisi/nusa-tenggara-timur-2024-07-25",
  "/provinsi/nusa-tenggara-timur",
  "/provinsi/nusa-tenggara-timur/2024",
  "/kategori",
  "/kategori/health",
  "/nasional",
  "/organisasi/pt-crisorus-mandiri",
  "/klaim/nusa-tenggara-timur-2025-07-21-health-3",
  "/sumber/topnewsntt-2025-07-21",
  "/cari?q=crisoris",
  "/en/cari?q=x",
  "/api",
  "/halaman-yang-tidak-ada",
];

// The admin's forms, signed in, with their error states shown (an empty submit) and the live checks in use.
const ADMIN_PAGES = [
  "/admin",
  "/admin/klaim/baru",
  "/admin/klaim/nusa-tenggara-timur-2025-07-21-health-3",
  "/admin/organisasi",
  "/admin/organisasi/kopdit-tlm",
  "/admin/edisi",
  "/admin/edisi/nusa-tenggara-timur-2024-07-25",
  "/admin/akun",
  "/admin/sumber/baru",
];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target.join(" ")})`);
}

for (const path of PAGES) {
  test(`no axe violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    // open every citation panel so that their contents are checked too
    await page.locator("details").evaluateAll((all) => {
      for (const d of all) (d as HTMLDetailsElement).open = true;
    });
    expect(await violations(page)).toEqual([]);
  });
}

test("no axe violations on the admin pages, with their errors and live checks showing", async ({ page }) => {
  test.setTimeout(120_000); // a dozen pages, each submitted and scanned: minutes on a loaded machine
  await signIn(page);
  for (const path of ADMIN_PAGES) {
    await page.goto(path);
    const search = page.getByLabel("Cari dengan ejaan apa pun (salah ketik boleh)").first();
    if (await search.count()) {
      await search.fill("crisoris");
      await expect(page.getByText(/organisasi ditemukan/).first()).toBeVisible();
    }
    await expect(page).toHaveURL(new RegExp(`${path.replaceAll("/", "\\/")}$`)); // still signed in, on the page itself
    const submit = page.locator("main form button[type=submit]").filter({ hasNotText: "Keluar" }).last();
    if (await submit.count()) {
      await submit.click();
      await page.waitForLoadState("networkidle");
    }
    expect(await violations(page), path).toEqual([]);
  }
});

test("keyboard: a citation panel opens with Enter and shows a visible focus ring", async ({ page }) => {
  await page.goto("/edisi/nusa-tenggara-timur-2024-07-25");
  const summary = page.locator("summary").first();
  await summary.focus();
  const outline = await summary.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(page.locator("details").first()).toHaveAttribute("open", "");
});
