import { expect, test } from "@playwright/test";
import { freePort, startServer, stopServer } from "./servers";
import { signIn } from "./sign-in";

// Two instances behind one load balancer share a Redis (REDIS_URL; scripts/test.mjs starts a redis-server for the
// run). A correction made through instance A is on instance B's pages within a second, though B had the page
// cached from before the correction.
const ORG = "kopdit-tlm";
const NOTE = `Catatan uji dua instans ${Date.now()}`;
const PAGES = [`/organisasi/${ORG}`, `/en/organisasi/${ORG}`];

test("a correction made on one instance is on the other instance's pages within a second", async ({ page, context, request }) => {
  test.setTimeout(120_000);
  const redisUrl = process.env.REDIS_TEST_URL;
  expect(redisUrl, "scripts/test.mjs starts a redis-server and passes REDIS_TEST_URL").toBeTruthy();
  const env = { REDIS_URL: redisUrl!, REDIS_KEY_PREFIX: `e2e-${Date.now()}:` };
  const [portA, portB] = [await freePort(), await freePort()];
  const [a, b] = [`http://127.0.0.1:${portA}`, `http://127.0.0.1:${portB}`];
  const servers = await Promise.all([startServer(portA, env), startServer(portB, env)]);
  try {
    // B has the pages cached, as it would after serving readers
    for (const path of PAGES) {
      for (let i = 0; i < 2; i++) {
        const res = await request.get(b + path);
        expect(res.status()).toBe(200);
        expect(await res.text()).not.toContain(NOTE);
      }
    }

    await signIn(page, undefined, a);
    await page.goto(`${a}/admin/organisasi/${ORG}`);
    const form = page.locator("form", { has: page.getByRole("button", { name: "Simpan organisasi" }) });
    await form.getByLabel("Catatan", { exact: true }).fill(NOTE);
    await form.getByLabel("Alasan perubahan (tampil di riwayat publik)").fill("Uji: koreksi di instans A");
    await form.getByRole("button", { name: "Simpan organisasi" }).click();
    await expect(page).toHaveURL(new RegExp(`/organisasi/${ORG}$`));
    const saved = Date.now();
    await page.waitForLoadState("load");

    // B, polled as a reader would reload: the correction must show within a second of the save
    for (const path of PAGES) {
      let shown = false;
      while (!shown && Date.now() - saved < 1000) {
        shown = (await (await request.get(b + path)).text()).includes(NOTE);
        if (!shown) await new Promise((r) => setTimeout(r, 50));
      }
      expect(shown, `${path} on instance B shows the correction within 1 s (after ${Date.now() - saved} ms)`).toBe(true);
    }
    test.info().annotations.push({ type: "B shows the correction", description: `${Date.now() - saved} ms after A saved it` });

    // and in a reader's own browser tab on B, with the public history of the change
    const reader = await context.newPage();
    await reader.goto(b + PAGES[0]);
    await expect(reader.locator("main")).toContainText(NOTE);
    await expect(reader.getByRole("region", { name: "Riwayat perubahan" })).toContainText("Uji: koreksi di instans A");
  } finally {
    await Promise.all(servers.map(stopServer));
  }
});
