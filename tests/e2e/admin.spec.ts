import { expect, test } from "@playwright/test";
import { completeSecondFactor, email, password, signIn } from "./sign-in";

const CLAIM = "nusa-tenggara-timur-2025-07-21-manufacturing-3"; // no other test counts this placing's sources

test.describe.configure({ mode: "serial" });

test("signed out, the admin redirects to the sign-in page", async ({ page, request }) => {
  // A real HTTP redirect (so it works without JavaScript too), before anything of the page renders.
  const response = await request.get("/admin/organisasi", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/\/admin\/masuk$/);
  for (const path of ["/admin", `/admin/klaim/${CLAIM}`, "/admin/sumber/baru"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/admin\/masuk$/);
  }
});

test("an editor adds a source, corrects a claim with a quote from it, and the public page shows it with its history", async ({ page }) => {
  await signIn(page);
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Sumber baru" }).click();
  const article =
    "Kupang, Media Uji E2E — PT Nusa Terang Terus disebut peraih terbaik ketiga sektor manufaktur dalam Paritrana Award NTT. <script>window.__xss = 1</script> Selesai.";
  await page.getByLabel("Media").fill("Media Uji E2E");
  await page.getByLabel("Tanggal acara yang diberitakan (TTTT-BB-HH)").fill("2025-07-21");
  await page.getByLabel("Teks lengkap artikel, apa adanya").fill(article);
  await page.getByLabel("Alasan perubahan (tampil di riwayat publik)").fill("Artikel baru yang menguatkan peringkat");
  await page.getByRole("button", { name: "Simpan sumber" }).click();
  await expect(page).toHaveURL(/\/sumber\/media-uji-e2e-2025-07-21$/);
  // Stored text is shown as text: the script tag appears as characters and never runs.
  await expect(page.getByText("<script>window.__xss = 1</script>", { exact: false })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  await page.goto(`/admin/klaim/${CLAIM}`);
  await page.getByLabel("Sumber", { exact: true }).selectOption({ label: "Media Uji E2E (media-uji-e2e-2025-07-21)" });
  await page
    .getByLabel("Kutipan, persis seperti dalam teks sumber")
    .fill("PT Nusa Terang Terus disebut peraih terbaik ketiga sektor manufaktur!");
  await page.getByLabel("Alasan perubahan (tampil di riwayat publik)").fill("Tambah bukti dari Media Uji E2E");
  await page.getByRole("button", { name: "Simpan koreksi" }).click();
  // A quote that is not verbatim is refused, saying so next to the field, and the input is kept.
  await expect(page.getByText("Kutipan ini tidak ditemukan persis (huruf demi huruf) dalam teks sumber yang dipilih.")).toBeVisible();
  await expect(page.getByLabel("Alasan perubahan (tampil di riwayat publik)")).toHaveValue("Tambah bukti dari Media Uji E2E");

  await page
    .getByLabel("Kutipan, persis seperti dalam teks sumber")
    .fill("PT Nusa Terang Terus disebut peraih terbaik ketiga sektor manufaktur");
  await page.getByRole("button", { name: "Simpan koreksi" }).click();
  await expect(page).toHaveURL(new RegExp(`/klaim/${CLAIM}$`));
  await expect(page.getByText("Sumber (2): TopNewsNTT.com, Media Uji E2E")).toBeVisible();
  const history = page.getByRole("region", { name: "Riwayat perubahan" });
  await expect(history).toContainText("oleh Admin E2E");
  await expect(history).toContainText("Alasan: Tambah bukti dari Media Uji E2E");
  await expect(history).toContainText("Kutipan ditambahkan dari media-uji-e2e-2025-07-21");

  // The edition page shows it at once too.
  await page.goto("/edisi/nusa-tenggara-timur-2025-07-21");
  await expect(page.locator(`[data-claim="${CLAIM}"]`).getByText("Sumber (2): TopNewsNTT.com, Media Uji E2E")).toBeVisible();

  // Evidence that does not hold is withdrawn: it leaves the panel, and the history keeps it with the reason.
  await page.goto(`/admin/klaim/${CLAIM}`);
  await page.getByText("Tarik kutipan ini").last().click();
  await page.getByLabel(/^Alasan menarik “Media Uji E2E:/).fill("Artikel uji, bukan sumber yang sah");
  await page.getByRole("button", { name: "Tarik", exact: true }).last().click();
  await expect(page).toHaveURL(new RegExp(`/klaim/${CLAIM}$`));
  await expect(page.locator("summary").filter({ hasText: /^Sumber \(1\): TopNewsNTT\.com — / })).toBeVisible();
  await expect(history).toContainText("Kutipan dari media-uji-e2e-2025-07-21 tidak lagi dipakai sebagai bukti");
  await expect(history).toContainText("Alasan: Artikel uji, bukan sumber yang sah");
});

test("a stale edit in a second tab gets the conflict message, and keeps what was typed", async ({ browser }) => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await signIn(first);
  const second = await context.newPage();
  await first.goto(`/admin/klaim/${CLAIM}`);
  await second.goto(`/admin/klaim/${CLAIM}`);

  await first.getByLabel("Catatan simpulan").fill("Catatan dari tab pertama");
  await first.getByLabel("Alasan perubahan (tampil di riwayat publik)").fill("Tab pertama menyimpan dulu");
  await first.getByRole("button", { name: "Simpan koreksi" }).click();
  await expect(first).toHaveURL(new RegExp(`/klaim/${CLAIM}$`));

  await second.getByLabel("Peringkat", { exact: true }).fill("2");
  await second.getByLabel("Alasan perubahan (tampil di riwayat publik)").fill("Tab kedua dari versi lama");
  await second.getByRole("button", { name: "Simpan koreksi" }).click();
  await expect(second.locator("main").getByRole("alert")).toContainText("sudah diubah orang lain");
  await expect(second.locator("main").getByRole("alert")).toContainText("“Tab pertama menyimpan dulu”");
  await expect(second.getByLabel("Alasan perubahan (tampil di riwayat publik)")).toHaveValue("Tab kedua dari versi lama");
  await expect(second.getByLabel("Peringkat", { exact: true })).toHaveValue("2");
  // having seen the other change, the editor saves again: it goes through (the form now carries the current version)
  await second.getByRole("button", { name: "Simpan koreksi" }).click();
  await expect(second).toHaveURL(new RegExp(`/klaim/${CLAIM}$`));
  await expect(second.getByRole("region", { name: "Riwayat perubahan" })).toContainText("Tab kedua dari versi lama");
  await context.close();
});

test("signing in by pasting (as a password manager does); an httpOnly SameSite session cookie; signing out ends it", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/admin/masuk");
  await expect(page.getByLabel("Kata sandi")).toHaveAttribute("autocomplete", "current-password");
  await expect(page.getByLabel("Email")).toHaveAttribute("autocomplete", "username");
  await page.getByLabel("Email").fill(email);
  await page.evaluate((text) => navigator.clipboard.writeText(text), password);
  await page.getByLabel("Kata sandi").focus();
  await page.keyboard.press("ControlOrMeta+V");
  await expect(page.getByLabel("Kata sandi")).toHaveValue(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  // an admin then gives the code of their second factor (set up at their first sign-in)
  await completeSecondFactor(page, { email, password });
  await expect(page.getByRole("heading", { name: /^Halo, / })).toBeVisible();
  const session = (await context.cookies()).find((c) => c.name.endsWith("session_token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });

  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/admin\/masuk$/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/masuk$/);
});

test("repeated wrong passwords are slowed, then refused for a while, with a clear message", async ({ page }) => {
  await page.goto("/admin/masuk");
  // Each attempt waits for the server's answer: failures are deliberately slowed (250 ms, 500 ms, 1 s, 2 s…).
  const attempt = async (i: number) => {
    await page.getByLabel("Email").fill("someone-else@example.org");
    await page.getByLabel("Kata sandi").fill(`wrong-password-${i}`);
    const started = Date.now();
    await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Masuk" }).click()]);
    await expect(page.getByRole("button", { name: "Masuk" })).toBeEnabled();
    return Date.now() - started;
  };
  const times = [];
  for (let i = 0; i < 5; i++) {
    times.push(await attempt(i));
    await expect(page.locator("main").getByRole("alert")).toHaveText("Email atau kata sandi salah.");
  }
  expect(times[4]).toBeGreaterThan(1500); // the fifth attempt waited about 2 s
  await attempt(5);
  await expect(page.locator("main").getByRole("alert")).toHaveText(/Terlalu banyak percobaan\. Coba lagi dalam \d+ detik\./);
});

test("responses carry the security headers", async ({ request }) => {
  const headers = (await request.get("/")).headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
});

test("an admin's second factor: a wrong code is refused, the right one signs in; a password alone never does", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page); // sets the second factor up on first use, as the admin would
  await context.clearCookies();
  await page.goto("/admin/masuk");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/admin\/masuk\/kode$/);
  // with the password only, the admin pages stay closed
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/masuk$/);
  await page.goBack();
  await page.goto("/admin/masuk/kode");
  await page.getByLabel("Kode dari aplikasi autentikator").fill("000000");
  await page.getByRole("button", { name: "Lanjut" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("Kode salah");
  await completeSecondFactor(page, { email, password });
  await expect(page.getByRole("heading", { name: /^Halo, / })).toBeVisible();
  await context.close();
});
