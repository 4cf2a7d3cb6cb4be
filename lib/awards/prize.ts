// A prize as the press writes it: "uang pembinaan Rp 2.500.000", "Rp2,5 juta", "hadiah Rp 10 juta", "satu unit
// mobil". The amount in rupiah is read from the text where it gives one; goods and trophies have none.

const SCALES: Record<string, number> = { ribu: 1e3, rb: 1e3, juta: 1e6, jt: 1e6, miliar: 1e9, milyar: 1e9, m: 1e9, triliun: 1e12 };

/** The first rupiah amount the text gives, or null. Indonesian numbers: "." groups thousands, "," is the decimal mark. */
export function rupiahAmount(text: string): number | null {
  const match = /\bRp\.?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s*(ribu|rb|juta|jt|miliar|milyar|triliun)\b)?/i.exec(text);
  if (!match) return null;
  const whole = Number(match[1]!.replaceAll(".", ""));
  const fraction = match[2] ? Number(`0.${match[2]}`) : 0;
  const scale = match[3] ? SCALES[match[3].toLowerCase()]! : 1;
  // ",-" or ",00" after a full amount is cents notation, not a decimal of a scaled amount
  const amount = scale === 1 ? whole : (whole + fraction) * scale;
  return Number.isSafeInteger(Math.round(amount)) ? Math.round(amount) : null;
}

/** "Rp 2.500.000" */
export function formatRupiah(amount: number): string {
  return `Rp ${amount.toLocaleString("id-ID")}`;
}
