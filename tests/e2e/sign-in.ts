import { expect, type Page } from "@playwright/test";

// The e2e admin that scripts/test.mjs creates with a random password for each run.
export const email = process.env.E2E_ADMIN_EMAIL ?? "";
export const password = process.env.E2E_ADMIN_PASSWORD ?? "";

export async function signIn(page: Page, as: { email: string; password: string } = { email, password }, base = "") {
  await page.goto(`${base}/admin/masuk`);
  await page.getByLabel("Email").fill(as.email);
  await page.getByLabel("Kata sandi").fill(as.password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByRole("heading", { name: /^Halo, / })).toBeVisible();
}
