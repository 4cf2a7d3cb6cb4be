// CSV (RFC 4180) of the API's claims: one row per placing, the evidence flattened into columns.
type CsvValue = string | number | null | undefined;

/** Quotes a field when it holds a comma, quote or line break; neutralises spreadsheet formulas (=, +, -, @). */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly CsvValue[][]): string {
  return `${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

export const CLAIM_CSV_HEADER = [
  "claim_id",
  "claim_url",
  "edition_id",
  "ceremony_date",
  "level",
  "province_code",
  "province",
  "year_label",
  "category_key",
  "category_id",
  "category_en",
  "rank",
  "recipient_id",
  "recipient",
  "recipient_aliases",
  "recipient_kind",
  "status",
  "inference",
  "sources",
  "quotes",
  // added with categories as data (kept last so existing column positions hold)
  "category_label",
  "category_qualifier",
  "prize",
  "prize_amount_rupiah",
] as const;
