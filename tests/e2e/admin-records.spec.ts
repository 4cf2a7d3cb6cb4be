import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./sign-in";

// Editors record a new ceremony, a placing with a new organisation, a spelling and a merge, in Chromium, as a
// person does; then the public pages show it all. Everything here is in its own province and year (Bali,
// 2026), away from the seeded NTT record the other tests read.
test.describe.configure({ mode: "serial" });

const ARTICLE =
  "Denpasar, Warta Uji Bali — Paritrana Award Provinsi Bali digelar di Denpasar pada 15 Agustus 2026. " +
  "Terbaik 1 kategori UMK: Koperasi Uji Bali Sejahtera. Terbaik 2 kategori UMK: Kopersi Uji Bali (sic).";
const SOURCE = "warta-uji-bali-2026-08-15";
const EDITION = "bali-2026-08-15";
const reason = (page: Page) => page.getByLabel("Alasan perubahan (tampil di riwayat publik)");

test("an editor records a new ceremony with a cited fact; the public edition page shows it", async ({ page }) => {
  await signIn(page);
  await page.goto("/admin/sumber/baru");
  await page.getByLabel("Media").fill("Warta Uji Bali");
  await page.getByLabel("Tanggal acara yang diberitakan (TTTT-BB-HH)").fill("2026-08-15");
  await page.getByLabel("Teks lengkap artikel, apa adanya").fill(ARTICLE);
  await reason(page).fill("Artikel tentang upacara Bali");
  await page.getByRole("button", { name: "Simpan sumber" }).click();
  await expect(page).toHaveURL(new RegExp(`/sumber/${SOURCE}$`));

  await page.goto("/admin/edisi");
  await page.getByLabel("Provinsi", { exact: true }).selectOption({ label: "Bali" });
  await page.getByLabel("Tanggal upacara").fill("2026-08-15");
  await page.getByLabel("Sebutan tahun (mis. 2024)").fill("2026");
  await page.getByLabel("Jenis fakta").selectOption({ label: "Tanggal upacara" });
  await page.getByLabel(/^Fakta, dengan kata-kata Anda/).fill("2026-08-15");
  await page.getByLabel("Sumber", { exact: true }).selectOption(SOURCE);
  const quote = page.getByLabel("Kutipan yang menyatakannya, persis");
  // The form checks the quote against the stored text as it is typed, and says where it stops matching.
  await quote.fill("digelar di Denpasar pada 16 Agustus 2026");
  await expect(page.locator("[data-quote-check]")).toContainText(
    "Tidak ditemukan persis di sumber ini. Cocok sampai “digelar di Denpasar pada 1”; sesudahnya sumber menulis “5 Agustus 2026. Terb”",
  );
  await quote.fill("digelar di Denpasar pada 15 Agustus 2026");
  await expect(page.locator("[data-quote-check]").locator("mark")).toHaveText("digelar di Denpasar pada 15 Agustus 2026");
  await reason(page).fill("Upacara Bali dari Warta Uji Bali");
  await page.getByRole("button", { name: "Buat edisi" }).click();
  await expect(page).toHaveURL(new RegExp(`/edisi/${EDITION}$`));
  await expect(page.getByText("Upacara Sabtu, 15 Agustus 2026").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Riwayat perubahan" })).toContainText("Dicatat");
});

test("an editor adds a cited fact to the ceremony, then withdraws it; the public page and its history follow", async ({ page }) => {
  await signIn(page);
  await page.goto(`/admin/edisi/${EDITION}`);
  const add = page.getByRole("region", { name: "Tambah fakta dengan kutipannya" });
  await add.getByLabel("Jenis fakta").selectOption({ label: "Tempat" });
  await add.getByLabel(/^Fakta, dengan kata-kata Anda/).fill("Denpasar");
  await add.getByLabel("Sumber", { exact: true }).selectOption(SOURCE);
  await add.getByLabel("Kutipan yang menyatakannya, persis").fill("digelar di Denpasar");
  await add.getByLabel("Alasan perubahan (tampil di riwayat publik)").fill("Tempat dari Warta Uji Bali");
  await add.getByRole("button", { name: "Tambah fakta" }).click();
  await expect(page).toHaveURL(new RegExp(`/edisi/${EDITION}$`));
  const facts = page.getByRole("region", { name: "Tentang upacara ini" });
  await expect(facts.locator("dt", { hasText: "Tempat" })).toBeVisible();

  await page.goto(`/admin/edisi/${EDITION}`);
  await page.getByText("Tarik fakta ini").last().click();
  await page.getByLabel("Alasan menarik “Tempat: Denpasar”").fill("Denpasar adalah kota, bukan gedungnya");
  await page.getByRole("button", { name: "Tarik", exact: true }).last().click();
  await expect(page).toHaveURL(new RegExp(`/edisi/${EDITION}$`));
  await expect(facts.locator("dt", { hasText: "Tempat" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Riwayat perubahan" })).toContainText("Fakta ditarik (Tempat: Denpasar)");
  await expect(page.getByRole("region", { name: "Riwayat perubahan" })).toContainText("Alasan: Denpasar adalah kota, bukan gedungnya");
});

test("an editor adds the edition's category in the source's words, with its quote", async ({ page }) => {
  await signIn(page);
  await page.goto(`/admin/edisi/${EDITION}`);
  const add = page.getByRole("region", { name: "Tambah kategori dengan kutipannya" });
  await add.getByLabel(/^Nama kategori, persis seperti di sumber/).fill("kategori UMK");
  await add.getByLabel("Kelompok untuk penelusuran").selectOption({ label: "Usaha Kecil dan Mikro" });
  await add.getByLabel("Sumber", { exact: true }).selectOption(SOURCE);
  await add.getByLabel("Kutipan yang menyebut kategori ini, persis").fill("Terbaik 1 kategori UMK");
  await add.getByLabel("Alasan perubahan (tampil di riwayat publik)").fill("Kategori dari Warta Uji Bali");
  await add.getByRole("button", { name: "Tambah kategori" }).click();
  await expect(page).toHaveURL(new RegExp(`/edisi/${EDITION}$`));
  await expect(page.getByRole("region", { name: "Riwayat perubahan" })).toContainText(
    "Kutipan ditambahkan dari warta-uji-bali-2026-08-15: “Terbaik 1 kategori UMK”Alasan: Kategori dari Warta Uji Bali",
  );
});

test("an editor records a placing for a new organisation named in the quote, picked after a typo-tolerant search", async ({ page }) => {
  // The public search (a cached page per query) knows nothing of it yet…
  await page.goto("/cari?q=koperasi%20uji%20bali");
  await expect(page.getByRole("heading", { name: "Hasil untuk “koperasi uji bali”" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Koperasi Uji Bali Sejahtera" })).toHaveCount(0);
  await signIn(page);
  await page.goto(`/admin/klaim/baru?edisi=${EDITION}`);
  const category = page.getByLabel("Edisi dan kategori");
  // the edition's own categories come first
  await category.selectOption({ label: "Bali · upacara 2026-08-15 (sebutan 2026) — kategori UMK [Usaha Kecil dan Mikro]" });
  // Nothing is chosen for the editor: saving now names every missing field, next to it.
  await page.getByRole("button", { name: "Simpan klaim" }).click();
  await expect(page.getByText("Pilih penerima: organisasi yang ada, “tanpa nama”, atau organisasi baru.")).toBeVisible();
  await expect(page.getByText("Pilih sumber kutipannya.")).toBeVisible();
  await expect(page.getByText("Tulis alasan perubahan (sedikitnya 5 huruf).")).toBeVisible();
  await expect(category).toHaveValue(`${EDITION}-umk`);
  // The search finds seeded records by a misspelling…
  const search = page.getByLabel("Cari dengan ejaan apa pun (salah ketik boleh)");
  await search.fill("crisoris");
  await expect(page.getByRole("radio", { name: /PT Crisorus Mandiri \(ejaan “Crisoris Jaya Mandiri”\)/ })).toBeVisible();
  // …and this one is new.
  await search.fill("koperasi uji bali");
  await expect(page.getByText("Tidak ada yang cocok.")).toBeVisible();
  await page.getByRole("radio", { name: "Organisasi baru…" }).check();
  await page.getByLabel("Nama organisasi baru").fill("Koperasi Uji Bali Sejahtera");
  await page.getByLabel("Jenis", { exact: true }).selectOption({ label: "Koperasi" });
  await page.getByLabel("Sumber", { exact: true }).selectOption(SOURCE);
  await page.getByLabel("Kutipan, persis seperti dalam teks sumber").fill("Terbaik 1 kategori UMK: Koperasi Uji Bali Sejahtera");
  await expect(page.locator("[data-quote-check]")).toHaveAttribute("data-quote-check", "found");
  await page.getByLabel("Nama penerima seperti tertulis di kutipan (bila disebut)").fill("Koperasi Uji Bali Sejahtera");
  await reason(page).fill("Peringkat dari Warta Uji Bali");
  await page.getByRole("button", { name: "Simpan klaim" }).click();

  await expect(page).toHaveURL(new RegExp(`/klaim/${EDITION}-umk-1$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Koperasi Uji Bali Sejahtera");
  await expect(page.getByText("Sumber (1): Warta Uji Bali")).toBeVisible();
  await page.goto(`/edisi/${EDITION}`);
  await expect(page.locator(`[data-claim="${EDITION}-umk-1"]`)).toContainText("Koperasi Uji Bali Sejahtera");
  // …and the same search finds it at once after the edit (its cached results expired with the record's tags).
  await page.goto("/cari?q=koperasi%20uji%20bali");
  await expect(page.getByRole("link", { name: "Koperasi Uji Bali Sejahtera" })).toBeVisible();
});

test("a duplicate organisation is merged: the old permalink redirects and both histories say so", async ({ page }) => {
  await signIn(page);
  // A second placing, recorded (wrongly) as a new organisation from a misspelt name.
  await page.goto(`/admin/klaim/baru?edisi=${EDITION}&kategori=${EDITION}-umk`);
  await page.getByLabel("Peringkat", { exact: true }).fill("2");
  await page.getByRole("radio", { name: "Organisasi baru…" }).check();
  await page.getByLabel("Nama organisasi baru").fill("Kopersi Uji Bali");
  await page.getByLabel("Jenis", { exact: true }).selectOption({ label: "Koperasi" });
  await page.getByLabel("Sumber", { exact: true }).selectOption(SOURCE);
  await page.getByLabel("Kutipan, persis seperti dalam teks sumber").fill("Terbaik 2 kategori UMK: Kopersi Uji Bali");
  await page.getByLabel("Nama penerima seperti tertulis di kutipan (bila disebut)").fill("Kopersi Uji Bali");
  await reason(page).fill("Peringkat 2 dari Warta Uji Bali");
  await page.getByRole("button", { name: "Simpan klaim" }).click();
  await expect(page).toHaveURL(new RegExp(`/klaim/${EDITION}-umk-2$`));

  await page.goto("/admin/organisasi/kopersi-uji-bali");
  const merge = page.getByRole("region", { name: "Gabungkan dengan organisasi lain" });
  await merge.getByLabel("Cari dengan ejaan apa pun (salah ketik boleh)").fill("koperasi uji bali sejahtra");
  await merge.getByRole("radio", { name: /^Koperasi Uji Bali Sejahtera/ }).check();
  await merge.getByLabel("Alasan perubahan (tampil di riwayat publik)").fill("Salah ketik di artikel; organisasi yang sama");
  await merge.getByRole("button", { name: "Gabungkan" }).click();
  await expect(page).toHaveURL(/\/organisasi\/koperasi-uji-bali-sejahtera$/);
  await expect(page.getByRole("row", { name: /“Kopersi Uji Bali”/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Riwayat perubahan" })).toContainText("Catatan ganda “Kopersi Uji Bali” digabung ke sini");
  await expect(page.getByRole("region", { name: "Riwayat perubahan" })).toContainText(
    "Alasan: Salah ketik di artikel; organisasi yang sama",
  );

  // The old permalink leads to the merged record, in either language.
  await page.goto("/organisasi/kopersi-uji-bali");
  await expect(page).toHaveURL(/\/organisasi\/koperasi-uji-bali-sejahtera$/);
  await page.goto("/en/organisasi/kopersi-uji-bali");
  await expect(page).toHaveURL(/\/en\/organisasi\/koperasi-uji-bali-sejahtera$/);
  // The moved placing's own history records the move.
  await page.goto(`/klaim/${EDITION}-umk-2`);
  await expect(page.getByRole("region", { name: "Riwayat perubahan" })).toContainText(
    "Penerima: Kopersi Uji Bali → Koperasi Uji Bali Sejahtera",
  );
  // The feed carries the correction, linked to its entry in the organisation's history.
  const feed = await (await page.request.get("/feed.xml")).text();
  expect(feed).toMatch(
    /<title>Dikoreksi: Kopersi Uji Bali<\/title>\s*<link rel="alternate" type="text\/html" href="[^"]*\/organisasi\/kopersi-uji-bali#change-\d+"\/>/,
  );
  expect(feed).toContain("Alasan: Salah ketik di artikel; organisasi yang sama");
});

test("a spelling is split off to a new organisation, taking the placing that cites it", async ({ page }) => {
  await signIn(page);
  await page.goto("/admin/organisasi/koperasi-uji-bali-sejahtera");
  const split = page.getByRole("region", { name: "Pisahkan ejaan" });
  await split.getByLabel("Ejaan yang dipindah").selectOption({ label: "“Kopersi Uji Bali” — Warta Uji Bali" });
  await split.getByRole("radio", { name: "Organisasi baru…" }).check();
  await split.getByLabel("Nama organisasi baru").fill("Koperasi Uji Bali Lain");
  await split.getByLabel("Jenis", { exact: true }).selectOption({ label: "Koperasi" });
  await split.getByLabel("Alasan perubahan (tampil di riwayat publik)").fill("Sumber kedua memastikan: koperasi lain");
  await split.getByRole("button", { name: "Pindahkan ejaan" }).click();
  await expect(page).toHaveURL(/\/organisasi\/koperasi-uji-bali-lain$/);
  await expect(page.getByRole("row", { name: /“Kopersi Uji Bali”/ })).toBeVisible();
  await expect(page.locator(`a[href="/klaim/${EDITION}-umk-2"]`)).toBeVisible();
  await page.goto("/organisasi/koperasi-uji-bali-sejahtera");
  await expect(page.getByRole("region", { name: "Riwayat perubahan" })).toContainText("Ejaan “Kopersi Uji Bali” dipindah ke catatan lain");
  await expect(page.locator(`a[href="/klaim/${EDITION}-umk-2"]`)).toHaveCount(0);
});

test("accounts: an admin creates an editor; the editor is refused the account page", async ({ page, browser }) => {
  await signIn(page);
  await page.goto("/admin/akun");
  await page.getByLabel("Email").fill("editor-e2e@example.org");
  await page.getByLabel("Nama (tampil di riwayat publik)").fill("Editor E2E");
  await page.getByLabel("Kata sandi awal").fill("pendek");
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByText(/Kata sandi terlalu lemah; perlu: sedikitnya 12 karakter/)).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("editor-e2e@example.org");
  const editorPassword = "Sumba-Flores-Timor-2026";
  await page.getByLabel("Kata sandi awal").fill(editorPassword);
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByRole("status")).toContainText("Akun editor-e2e@example.org (editor) dibuat.");

  const context = await browser.newContext();
  const editorPage = await context.newPage();
  // the initial password is the admin's: the editor must choose their own before anything else
  await editorPage.goto("/admin/masuk");
  await editorPage.getByLabel("Email").fill("editor-e2e@example.org");
  await editorPage.getByLabel("Kata sandi").fill(editorPassword);
  await editorPage.getByRole("button", { name: "Masuk" }).click();
  await expect(editorPage).toHaveURL(/\/admin\/akun\/sandi$/);
  await editorPage.goto("/admin/klaim/baru");
  await expect(editorPage).toHaveURL(/\/admin\/akun\/sandi$/);
  const ownPassword = "Lembata-Alor-Rote-2027";
  await editorPage.getByLabel("Kata sandi sekarang").fill(editorPassword);
  await editorPage.getByLabel("Kata sandi baru", { exact: true }).fill(ownPassword);
  await editorPage.getByLabel("Kata sandi baru sekali lagi").fill(ownPassword);
  await editorPage.getByRole("button", { name: "Ganti kata sandi" }).click();
  await expect(editorPage.getByRole("heading", { name: /^Halo, / })).toBeVisible();
  await editorPage.goto("/admin/akun");
  await expect(editorPage.locator("main").getByRole("alert")).toHaveText("Hanya admin yang dapat mengelola akun.");
  await expect(editorPage.getByRole("button", { name: "Buat akun" })).toHaveCount(0);

  // the admin disables the account: the editor's session ends at once, and signing in again is refused
  await page.goto("/admin/akun");
  await page.getByRole("button", { name: "Nonaktifkan editor-e2e@example.org" }).click();
  await expect(page.locator("li", { hasText: "editor-e2e@example.org" }).getByText("nonaktif", { exact: true })).toBeVisible();
  await editorPage.goto("/admin/klaim/baru");
  await expect(editorPage).toHaveURL(/\/admin\/masuk$/);
  await editorPage.getByLabel("Email").fill("editor-e2e@example.org");
  await editorPage.getByLabel("Kata sandi").fill(ownPassword);
  await editorPage.getByRole("button", { name: "Masuk" }).click();
  await expect(editorPage.locator("main").getByRole("alert")).toHaveText("Email atau kata sandi salah.");
  // enabled again with a password the admin sets: it works once, then must be changed
  await page.getByRole("button", { name: "Aktifkan editor-e2e@example.org" }).click();
  await expect(page.locator("li", { hasText: "editor-e2e@example.org" }).getByText("nonaktif", { exact: true })).toHaveCount(0);
  await page.getByLabel("Kata sandi baru untuk editor-e2e@example.org").fill("Kupang-Ende-Maumere-2028");
  await page
    .locator("form", { has: page.getByLabel("Kata sandi baru untuk editor-e2e@example.org") })
    .getByRole("button", { name: "Atur ulang kata sandi" })
    .click();
  await expect(page.getByText("Kata sandi diatur ulang.")).toBeVisible();
  await editorPage.getByLabel("Kata sandi").fill("Kupang-Ende-Maumere-2028");
  await editorPage.getByRole("button", { name: "Masuk" }).click();
  await expect(editorPage).toHaveURL(/\/admin\/akun\/sandi$/);
  await context.close();
});

/** The hidden fields React renders into a form for its server action (what a browser without JavaScript posts). */
function actionFields(html: string, formIndex = 0): Record<string, string> {
  const form = html.split("<form").slice(1)[formIndex]?.split("</form>")[0] ?? "";
  const unescaped = (v: string) =>
    v.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
  const fields: Record<string, string> = {};
  for (const m of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)) fields[m[1]!] = unescaped(m[2] ?? "");
  return fields;
}

test("posts to a server action from another site, or without a session, are refused and change nothing", async ({
  page,
  playwright,
  baseURL,
}) => {
  await signIn(page);
  // Cross-origin: the signed-in browser's cookie goes along, but the Origin is another site's.
  const signOut = actionFields(await (await page.request.get("/admin")).text());
  expect(Object.keys(signOut).some((k) => k.startsWith("$ACTION_ID_"))).toBe(true);
  const crossSite = await page.request.post("/admin", { headers: { Origin: "https://evil.example" }, multipart: signOut, maxRedirects: 0 });
  expect(crossSite.status()).toBeGreaterThanOrEqual(400);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: /^Halo, / })).toBeVisible(); // still signed in: the sign-out never ran
  const sameSite = await page.request.post("/admin", {
    headers: { Origin: new URL(baseURL!).origin },
    multipart: signOut,
    maxRedirects: 0,
  });
  expect(sameSite.status()).toBe(303); // the same post from this site does sign out: the refusal above was the origin check

  // No session: the claim form's own action, posted as a browser would, redirects to sign-in and saves nothing.
  await signIn(page);
  const claim = `${EDITION}-umk-1`;
  const fields = {
    ...actionFields(await (await page.request.get(`/admin/klaim/${claim}`)).text()),
    rank: "3",
    organizationId: "",
    newOrganizationName: "",
    newOrganizationKind: "",
    inferenceNote: "",
    citationSourceId: "",
    citationQuote: "",
    citationRecipientName: "",
    reason: "Tanpa sesi",
  };
  const anonymous = await playwright.request.newContext({ baseURL });
  const refused = await anonymous.post(`/admin/klaim/${claim}`, {
    headers: { Origin: new URL(baseURL!).origin },
    multipart: fields,
    maxRedirects: 0,
  });
  expect(refused.status()).toBe(303);
  expect(refused.headers().location).toMatch(/\/admin\/masuk$/);
  await anonymous.dispose();
  // The same post with the session reaches the form's validation (so the refusal above was the session check).
  const signedIn = await page.request.post(`/admin/klaim/${claim}`, {
    headers: { Origin: new URL(baseURL!).origin },
    multipart: { ...fields, reason: "" },
    maxRedirects: 0,
  });
  expect(await signedIn.text()).toContain("Tulis alasan perubahan (sedikitnya 5 huruf).");
  await page.goto(`/klaim/${claim}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Terbaik 1");
  await expect(page.getByRole("region", { name: "Riwayat perubahan" })).not.toContainText("Tanpa sesi");
});
