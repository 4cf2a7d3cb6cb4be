import { expect, test } from "@playwright/test";
import { freePort, startServer, stopServer as stop } from "./servers";
import { signIn } from "./sign-in";

// A correction survives a restart: edit through one server process, stop it before anyone reads the page, start
// a new process on the same build, and every page of the record shows the correction (not the page rendered
// before it). The servers here are this test's own (the same build and database as the others).
const ORG = "kopdit-swasti-sari";
const NOTE = `Catatan uji restart ${Date.now()}`;

test("a correction made before a restart is on every page after it", async ({ page }) => {
  test.setTimeout(90_000);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let server = await startServer(port);
  try {
    await signIn(page, undefined, base);
    await page.goto(`${base}/admin/organisasi/${ORG}`);
    const form = page.locator("form", { has: page.getByRole("button", { name: "Simpan organisasi" }) });
    await form.getByLabel("Catatan", { exact: true }).fill(NOTE);
    await form.getByLabel("Alasan perubahan (tampil di riwayat publik)").fill("Uji: koreksi sebelum restart");
    await form.getByRole("button", { name: "Simpan organisasi" }).click();
    await expect(page).toHaveURL(new RegExp(`/organisasi/${ORG}$`));
  } finally {
    await stop(server);
  }
  server = await startServer(port);
  try {
    for (const path of [`/organisasi/${ORG}`, `/en/organisasi/${ORG}`]) {
      await page.goto(`${base}${path}`);
      await expect(page.locator("main")).toContainText(NOTE);
    }
    await page.goto(`${base}/organisasi/${ORG}`);
    await expect(page.getByRole("region", { name: "Riwayat perubahan" })).toContainText("Uji: koreksi sebelum restart");
  } finally {
    await stop(server);
  }
});
