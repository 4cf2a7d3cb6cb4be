// What kind of organisation a name is, read from its words ("Kabupaten", "PT", "Kopdit", "RSU"...), with the reason.
export type KindGuess = { kind: string; reason: string };

const RULES: readonly [RegExp, string, string][] = [
  [/^(pemerintah\s+)?provinsi\b|^pemprov\b/i, "province_government", "“Provinsi”/“Pemprov” in the name"],
  [/^(pemerintah\s+)?kabupaten\b|^pemkab\b|^kab\.\s/i, "regency_government", "“Kabupaten”/“Pemkab” in the name"],
  [/^(pemerintah\s+)?kota\b|^pemkot\b/i, "city_government", "“Kota”/“Pemkot” in the name"],
  [/^(desa|nagari|gampong|kampung)\b/i, "village", "“Desa” (or Nagari, Gampong, Kampung) in the name"],
  [/^kelurahan\b/i, "kelurahan", "“Kelurahan” in the name"],
  [/^(rsu|rsud|rs|rumah\s+sakit|klinik)\b/i, "hospital", "“RSU”/“Rumah Sakit”/“Klinik” in the name"],
  [/^(kopdit|kopdir|koperasi|ksp|kud)\b/i, "cooperative", "“Kopdit”/“Koperasi” in the name"],
  [/\bbank\b|^bpr\b|^bprs\b/i, "bank", "“Bank”/“BPR” in the name"],
  [
    /^(universitas|institut|politeknik|sekolah|sma|smk|smp|sd|stikes|akademi|uksw)\b/i,
    "school_or_university",
    "a school's or university's name",
  ],
  [/^(ukm|umkm|umk)\b/i, "small_business", "“UKM” in the name"],
  [/^(pt|cv|pd|perumda|pdam|bumd|bumn)\b\.?/i, "company", "“PT”/“CV”/“PDAM” in the name"],
  [/^yayasan\b/i, "other", "a foundation (“Yayasan”)"],
];

export function guessKind(name: string): KindGuess | null {
  for (const [pattern, kind, reason] of RULES) if (pattern.test(name.trim())) return { kind, reason };
  return null;
}
