// One organisation written several ways ("Pemerintah Kabupaten X", "Pemkab X", "Kabupaten X", "Kab. X"; a
// province with or without "Provinsi"; a trailing abbreviation in parentheses) compares as one name. The
// extractor merges restatements by it and the corpus score compares recipients by it. Any other difference (a
// different word, a missing word) is a different name.
import { normalizeName } from "./similarity";

export function recipientKey(name: string): string {
  let n = normalizeName(name.replace(/\s*\((?:pemkab|pemkot|pemda|pemprov|pemdes)\)/giu, "").replace(/\s*\([^()]{1,40}\)\s*$/u, ""));
  n = n.replace(/^pemerintah\s+(?=(?:provinsi|kabupaten|kota|desa|kelurahan|gampong|nagari|kampung)\b)/u, "");
  n = n
    .replace(/^pemkab\b/u, "kabupaten")
    .replace(/^pemkot\b/u, "kota")
    .replace(/^pemprov\b/u, "provinsi")
    .replace(/^pemdes\b/u, "desa")
    .replace(/^kab\b/u, "kabupaten")
    .replace(/^prov\b/u, "provinsi");
  n = n.replace(/^pemerintah\s+daerah\s+/u, "").replace(/^pemda\s+/u, "");
  // "Pemerintah Sulawesi Selatan": the government of the region named
  n = n.replace(/^pemerintah\s+(?!daerah\b)/u, "");
  // a government written by its head's title: "Bupati X" is Kabupaten X, "Wali Kota X" Kota X, "Gubernur X" the province
  n = n
    .replace(/^(?:wakil\s+)?bupati\s+(?!kabupaten\b)/u, "kabupaten ")
    .replace(/^(?:wakil\s+)?(?:wali\s*kota|walikota)\s+(?!kota\b)/u, "kota ")
    .replace(/^(?:wakil\s+)?(?:wali\s*kota|walikota|bupati)\s+/u, "")
    .replace(/^(?:wakil\s+)?gubernur\s+/u, "");
  n = n.replace(/^provinsi\s+/u, "").replace(/\s+tbk$/u, "");
  return n.replace(/\s+/gu, " ").trim();
}
