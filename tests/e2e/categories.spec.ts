import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./sign-in";

// A round with its own category words, winners named without a rank, and prizes, recorded through the admin
// forms as an editor does, then read on the public pages. Its own province and year (Gorontalo, "2026", no
// ceremony date known), away from the seeded NTT record. The article below is a test fixture, not reporting.
test.describe.configure({ mode: "serial" });

const ARTICLE =
  "Gorontalo, Kabar Uji Gorontalo — Paritrana Award Provinsi Gorontalo tahun 2026 telah diserahkan. " +
  "Kategori Badan Usaha sektor keuangan dimenangkan Kopdit Uji Limboto yang menerima uang pembinaan Rp 2.500.000, " +
  "serta Bank Uji Hulonthalo yang menerima satu unit sepeda motor.";
const SOURCE = "kabar-uji-gorontalo-tanpa-tanggal";
const EDITION = "gorontalo-2026";
const CATEGORY = `${EDITION}-financial-services-sektor-keuangan`;
const reason = (page: Page) => page.getByLabel("Alasan perubahan (tampil di riwayat publik)");

test("an editor records a round whose date no source gives, and adds its category in the source's words", async ({ page }) => {
  await signIn(page);
  await page.goto("/admin/sumber/baru");
  await page.getByLabel("Media").fill("Kabar Uji Gorontalo");
  await page.getByLabel("Teks lengkap artikel, apa adanya").fill(ARTICLE);
  await reason(page).fill("Artikel tentang putaran Gorontalo");
  await page.getByRole("button", { name: "Simpan sumber" }).click();
  await expect(page).toHaveURL(new RegExp(`/sumber/${SOURCE}$`));

  await page.goto("/admin/edisi");
  await page.getByLabel("Provinsi", { exact: true }).selectOption({ label: "Gorontalo" });
  await page.getByLabel("Sebutan tahun (mis. 2024)").fill("2026");
  await page.getByLabel("Jenis fakta").selectOption({ label: "Disebut sebagai" });
  await page.getByLabel(/^Fakta, dengan kata-kata Anda/).fill("2026");
  await page.getByLabel("Sumber", { exact: true }).selectOption(SOURCE);
  await page.getByLabel("Kutipan yang menyatakannya, persis").fill("Paritrana Award Provinsi Gorontalo tahun 2026");
  await reason(page).fill("Putaran Gorontalo dari Kabar Uji Gorontalo");
  await page.getByRole("button", { name: "Buat edisi" }).click();
  // no date: the edition is named by its year label, and says the date is unknown
  await expect(page).toHaveURL(new RegExp(`/edisi/${EDITION}$`));
  await expect(page.getByText("“2026”, tanggal upacara belum diketahui").first()).toBeVisible();

  await page.goto(`/admin/edisi/${EDITION}`);
  const add = page.getByRole("region", { name: "Tambah kategori dengan kutipannya" });
  await add.getByLabel(/^Nama kategori, persis seperti di sumber/).fill("Badan Usaha");
  await add.getByLabel(/^Zona atau sektor/).fill("sektor keuangan");
  await add.getByLabel("Kelompok untuk penelusuran").selectOption({ label: "Jasa Keuangan" });
  await add.getByLabel("Sumber", { exact: true }).selectOption(SOURCE);
  // the category's name must be inside the quote
  await add.getByLabel("Kutipan yang menyebut kategori ini, persis").fill("sektor keuangan dimenangkan");
  await add.getByLabel("Alasan perubahan (tampil di riwayat publik)").fill("Kategori dari Kabar Uji Gorontalo");
  await add.getByRole("button", { name: "Tambah kategori" }).click();
  await expect(add.getByText("Nama kategori ini tidak ada persis di dalam kutipan.")).toBeVisible();
  await add.getByLabel("Kutipan yang menyebut kategori ini, persis").fill("Kategori Badan Usaha sektor keuangan");
  await add.getByRole("button", { name: "Tambah kategori" }).click();
  await expect(page).toHaveURL(new RegExp(`/edisi/${EDITION}$`));
});

async function recordUnrankedWinner(page: Page, name: string, kind: string, quote: string, prize: string) {
  await page.goto(`/admin/klaim/baru?edisi=${EDITION}&kategori=${CATEGORY}`);
  await expect(page.getByLabel("Edisi dan kategori")).toHaveValue(CATEGORY);
  await page.getByLabel("Peringkat", { exact: true }).fill(""); // the source names winners, no ranks
  await page.getByRole("radio", { name: "Organisasi baru…" }).check();
  await page.getByLabel("Nama organisasi baru").fill(name);
  await page.getByLabel("Jenis", { exact: true }).selectOption({ label: kind });
  await page.getByLabel("Sumber", { exact: true }).selectOption(SOURCE);
  await page.getByLabel("Kutipan, persis seperti dalam teks sumber").fill(quote);
  await page.getByLabel("Nama penerima seperti tertulis di kutipan (bila disebut)").fill(name);
  await page.getByLabel(/^Hadiah, persis seperti tertulis/).fill(prize);
  await reason(page).fill("Pemenang sektor dari Kabar Uji Gorontalo");
  await page.getByRole("button", { name: "Simpan klaim" }).click();
}

test("an editor records two winners of one sector, without ranks, each with the prize the source names", async ({ page }) => {
  await signIn(page);
  await recordUnrankedWinner(
    page,
    "Kopdit Uji Limboto",
    "Koperasi",
    "Kopdit Uji Limboto yang menerima uang pembinaan Rp 2.500.000",
    "uang pembinaan Rp 2.500.000",
  );
  await expect(page).toHaveURL(new RegExp(`/klaim/${CATEGORY}-kopdit-uji-limboto$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pemenang Badan Usaha (sektor keuangan): Kopdit Uji Limboto");
  await recordUnrankedWinner(
    page,
    "Bank Uji Hulonthalo",
    "Bank",
    "Bank Uji Hulonthalo yang menerima satu unit sepeda motor",
    "satu unit sepeda motor",
  );
  await expect(page).toHaveURL(new RegExp(`/klaim/${CATEGORY}-bank-uji-hulonthalo$`));
});

test("the public edition, group and organisation pages show them as the source words them, with no disagreement", async ({ page }) => {
  await page.goto(`/edisi/${EDITION}`);
  const category = page.getByRole("region", { name: "Badan Usaha (sektor keuangan)" });
  await expect(category.getByRole("link", { name: "kelompok Jasa Keuangan" })).toBeVisible();
  const winners = category.locator("[data-claim]");
  await expect(winners).toHaveCount(2);
  await expect(winners.getByText("Pemenang", { exact: true })).toHaveCount(2);
  await expect(category.getByText("Hadiah: “uang pembinaan Rp 2.500.000”")).toBeVisible();
  await expect(category.getByText("Hadiah: “satu unit sepeda motor”")).toBeVisible();
  await expect(page.locator(".badge-disagree")).toHaveCount(0); // no "Sumber berbeda" on any placing

  await page.goto("/kategori/financial-services");
  const section = page.locator(`[data-category="${CATEGORY}"]`);
  await expect(section).toContainText("Disebut di edisi ini: “Badan Usaha (sektor keuangan)”");
  await expect(section.getByRole("link", { name: "Kopdit Uji Limboto", exact: true })).toBeVisible();
  await expect(section.getByRole("link", { name: "Bank Uji Hulonthalo", exact: true })).toBeVisible();
  await expect(section.locator(".badge-disagree")).toHaveCount(0);

  // search finds the category as this round words it, under its group
  await page.goto("/cari?q=badan%20usaha");
  const found = page.getByRole("region", { name: "Kategori" });
  await expect(found.getByRole("link", { name: "Jasa Keuangan" })).toBeVisible();
  await expect(found).toContainText("“Badan Usaha (sektor keuangan)”");

  await page.goto("/organisasi/kopdit-uji-limboto");
  await expect(page.getByRole("link", { name: "Pemenang Badan Usaha (sektor keuangan)" })).toBeVisible();
  await expect(page.getByText("Hadiah: “uang pembinaan Rp 2.500.000”")).toBeVisible();

  // the API says the same: no rank, the round's words, the group, the prize with its amount
  const api = await page.request.get(`/api/v1/claims?edition=${EDITION}`);
  const { data } = (await api.json()) as {
    data: {
      rank: number | null;
      category: { key: string; label: string; qualifier: string };
      prize: { text: string; amountRupiah: number | null };
    }[];
  };
  expect(data.map((c) => [c.rank, c.category.key, c.category.label, c.category.qualifier, c.prize]).sort()).toEqual([
    [null, "financial-services", "Badan Usaha", "sektor keuangan", { text: "satu unit sepeda motor", amountRupiah: null }],
    [null, "financial-services", "Badan Usaha", "sektor keuangan", { text: "uang pembinaan Rp 2.500.000", amountRupiah: 2_500_000 }],
  ]);
});
