/** "Nusa Tenggara Timur" -> "nusa-tenggara-timur"; accents dropped, anything else non-alphanumeric -> "-". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
