// Indonesian display labels for the data's enums, defined once.
export const ORGANIZATION_KIND_LABELS: Record<string, string> = {
  province_government: "Pemerintah provinsi",
  regency_government: "Pemerintah kabupaten",
  city_government: "Pemerintah kota",
  village: "Desa",
  kelurahan: "Kelurahan",
  company: "Perusahaan",
  bank: "Bank",
  cooperative: "Koperasi",
  school_or_university: "Sekolah atau perguruan tinggi",
  hospital: "Rumah sakit",
  small_business: "Usaha kecil dan mikro",
  other: "Lainnya",
};

export const EDITION_FACT_LABELS: Record<string, string> = {
  year_label: "Disebut sebagai",
  assessment_period: "Periode penilaian",
  ceremony_date: "Tanggal upacara",
  venue: "Tempat",
  organizer: "Penyelenggara",
  presenter: "Penyerah penghargaan",
  attendee: "Hadir",
  assessment_panel: "Tim penilai",
  coverage: "Cakupan kepesertaan",
};

export const INFERENCE_LABELS: Record<string, string> = {
  rank_from_order: "peringkat dari urutan daftar",
  category_from_context: "kategori dari konteks",
};

export const STATUS_LABELS = {
  stated: "Tertulis di sumber",
  inferred: "Disimpulkan",
} as const;

export const RANK_LABELS: Record<number, string> = { 1: "Terbaik 1", 2: "Terbaik 2", 3: "Terbaik 3" };
