import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

// The e2e admin that scripts/test.mjs creates with a random password for each run. Admins must use a second
// factor: the first sign-in on a server sets it up through the page, as a person does, and keeps the key (in
// .test-data/, for this run) to compute the codes of later sign-ins.
export const email = process.env.E2E_ADMIN_EMAIL ?? "";
export const password = process.env.E2E_ADMIN_PASSWORD ?? "";

function keyFile(page: Page, account: string): string {
  // the two servers of a run have two databases: the empty record's, and the seeded one (also the restart test's)
  const port = new URL(page.url()).port;
  const record = port === process.env.E2E_EMPTY_PORT ? "empty" : "seeded";
  return path.join(".test-data", `e2e-totp-${record}-${crypto.createHash("sha256").update(account).digest("hex").slice(0, 12)}.txt`);
}

function base32Decode(text: string): Buffer {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const ch of text.replace(/=+$/, "").toUpperCase()) bits += alphabet.indexOf(ch).toString(2).padStart(5, "0");
  return Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
}

/** The current TOTP code (RFC 6238: HMAC-SHA1, 30 s, 6 digits) for a Base32 key, as an authenticator app computes it. */
export function totpCode(secret: string, now = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(now / 30_000)));
  const mac = crypto.createHmac("sha1", base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 15;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

/** After a right password: the second factor's code, or its first setup; then the admin home. */
export async function completeSecondFactor(page: Page, as: { email: string; password: string }) {
  // wait for where the sign-in lands (the redirects settle on one of these pages)
  const landed = page.getByRole("heading", { level: 1, name: /^(Halo, |Kode masuk|Verifikasi dua langkah|Ganti kata sandi)/ });
  await expect(landed).toBeVisible();
  const heading = (await landed.textContent()) ?? "";
  const file = keyFile(page, as.email);
  if (heading.startsWith("Kode masuk")) {
    await page.getByLabel("Kode dari aplikasi autentikator").fill(totpCode(fs.readFileSync(file, "utf8").trim()));
    await page.getByRole("button", { name: "Lanjut" }).click();
  } else if (heading.startsWith("Verifikasi dua langkah")) {
    await page.getByLabel("Kata sandi Anda").fill(as.password);
    await page.getByRole("button", { name: "Siapkan" }).click();
    const secret = (await page.locator("[data-totp-secret]").textContent())!.trim();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, secret);
    await page.getByLabel("Kode dari aplikasi autentikator").fill(totpCode(secret));
    await page.getByRole("button", { name: "Aktifkan" }).click();
    await expect(page.getByRole("status")).toContainText("Verifikasi dua langkah aktif");
    await page.getByRole("link", { name: "Lanjut ke beranda admin" }).click();
  }
}

export async function signIn(page: Page, as: { email: string; password: string } = { email, password }, base = "") {
  await page.goto(`${base}/admin/masuk`);
  await page.getByLabel("Email").fill(as.email);
  await page.getByLabel("Kata sandi").fill(as.password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await completeSecondFactor(page, as);
  await expect(page.getByRole("heading", { name: /^Halo, / })).toBeVisible();
}
