// The words the extractor knows, in one place: how the press writes ranks, award verbs, list openers, kinds of
// organisation, titles of people, venues and organisers. Lower case; each set is matched against single tokens.

/** Rank values: "1", "I", "satu", "pertama", "ke-2", "kedua". Roman numerals only in capitals (see rankValue). */
const RANK_WORDS: Readonly<Record<string, number>> = {
  satu: 1, pertama: 1, kesatu: 1, dua: 2, kedua: 2, tiga: 3, ketiga: 3, empat: 4, keempat: 4, lima: 5, kelima: 5, enam: 6, keenam: 6,
  tujuh: 7, ketujuh: 7, delapan: 8, kedelapan: 8, sembilan: 9, kesembilan: 9, sepuluh: 10, kesepuluh: 10,
};
const ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };

export function rankValue(token: string): number | null {
  if (/^\d{1,2}$/.test(token)) return Number(token) >= 1 ? Number(token) : null;
  if (ROMAN[token] !== undefined) return ROMAN[token]!;
  const t = token.toLowerCase().replace(/^ke-/, "ke");
  if (/^ke-?\d{1,2}$/.test(token.toLowerCase())) return Number(token.toLowerCase().replace(/^ke-?/, ""));
  return RANK_WORDS[t] ?? null;
}

/** Words that introduce a rank: "juara 1", "terbaik pertama", "peringkat II" ("iuara" is a typo seen in print). */
export const RANK_HEADS = new Set(["juara", "terbaik", "peringkat", "ranking", "rangking", "urutan", "posisi", "iuara", "jawara"]);
export const MENTION_HEAD = "harapan";

/** Between a rank and the name after it: "Juara 1: X", "terbaik pertama diraih oleh X". */
export const FORWARD_LINK = new Set(["kantor", "dijuarai", "diraih", "oleh", "dimenangkan", "adalah", "yaitu", "yakni", "jatuh", "kepada", "pada", "ditempati", "diberikan", "disabet", "diperoleh", "diraihkan", "dianugerahkan", "ialah", "untuk", "direbut", "disandang", "berhasil", "yang", "pemenangnya", "pemenang"]);
/** Between a name and its rank after it: "X sebagai juara 1", "X berhasil meraih peringkat II". */
export const BACKWARD_LINK = new Set([
  "sebagai", "meraih", "berhasil", "sukses", "kembali", "menyabet", "memperoleh", "mendapatkan", "mendapat", "menerima", "menduduki", "menempati",
  "menjadi", "keluar", "tampil", "dinobatkan", "yang", "juga", "gelar", "predikat", "posisi", "meraup", "merebut", "memenangkan", "penghargaan",
  "paritrana", "award", "anugerah", "dengan", "menorehkan", "prestasi", "raih", "jadi", "sabet", "di", "ajang", "tahun", "dalam", "mampu", "tampil",
  "memboyong", "membawa", "pulang", "berada", "masuk", "sebagai", "peraih", "penerima", "tingkat", "provinsi", "telah", "pun", "dianugerahi", "perusahaan", "daerah", "pemerintah", "desa", "kabupaten", "kota", "kabupaten/kota", "gemilang", "membanggakan", "bergengsi", "tertinggi", "kategori", "piagam", "piala", "jaminan", "sosial", "ketenagakerjaan", "pada",
]);
/** A list of winners begins: "kategori X yakni A, B dan C", "pemenangnya antara lain A". */
export const LIST_OPENERS = new Set(["yakni", "yaitu", "adalah", "ialah", "meliputi", "antara", "diantaranya", "di", "kepada", "oleh", "dimenangkan", "diraih", "diberikan", "dianugerahkan", "diserahkan", "jatuh", "pemenangnya", "untuk", "bagi", "berikut"]);
/** The order of a list gives the ranks: "dimenangkan A, disusul B dan C", "A, diikuti oleh B". */
export const ORDER_WORDS = new Set(["disusul", "diikuti", "kemudian", "selanjutnya", "menyusul"]);
/** Award verbs whose subject is a winner: "Kabupaten X meraih Paritrana Award", "PT Y menerima penghargaan". */
export const AWARD_VERBS = new Set(["terima", "boyong", "borong", "penerima", "peraih", "pemenang", "meraih", "menyabet", "memenangkan", "memenangi", "menerima", "mendapatkan", "mendapat", "memperoleh", "dianugerahi", "dinobatkan", "menggondol", "memboyong", "raih", "sabet", "juara", "menjuarai", "merebut", "meraup", "terpilih", "menorehkan", "menduduki", "menempati", "keluar", "menjadi", "mencatatkan", "mengukir", "menuai", "mendulang"]);
/** What an award verb's object says when the prize is the award: "meraih Paritrana Award", "menerima penghargaan". */
export const AWARD_OBJECTS = new Set(["paritrana", "penghargaan", "juara", "terbaik", "award", "anugerah", "peringkat", "gelar", "predikat", "piala", "piagam", "trofi", "harapan", "prestasi", "kemenangan", "pemenang", "urutan", "posisi", "apresiasi"]);
/** A name these words stand before did not win (or not yet): nominees, candidates, the beaten. */
export const NOT_WON = new Set(["nominasi", "nominator", "nomine", "kandidat", "calon", "mengungguli", "mengalahkan", "bersaing", "menyisihkan", "peserta", "finalis", "diusulkan", "diajukan", "dinilai", "verifikasi", "wawancara", "dihadiri", "menghadiri", "disaksikan", "pesaing", "pesaing-pesaing", "saingan", "lawan"]);

/** A village head's title before the village: "Geuchik Gampong Peukan Langsa" names the village. */
export const VILLAGE_HEADS = new Set(["geuchik", "keuchik", "kades", "lurah", "datuk", "wali"]);

/** Titles before a person's name: the person is never the winner. */
export const PERSON_TITLES = new Set([
  "bupati", "wakil", "gubernur", "wagub", "wali", "walikota", "wabup", "wawali", "kepala", "kadis", "kadisnaker", "direktur", "dirut", "sekda", "sekdaprov", "sekretaris",
  "pj", "plt", "plh", "penjabat", "menteri", "menko", "mendagri", "menaker", "wapres", "presiden", "ketua", "deputi", "asisten", "staf", "camat", "kades", "lurah", "geuchik",
  "prof", "dr", "drs", "ir", "h", "hj", "ibu", "bapak", "pak", "bu", "sdr", "kakanwil", "kacab", "pimpinan", "manajer", "manager", "owner", "pemilik", "ceo",
  "dirjen", "kabid", "kasi", "kasubag", "anggota", "tokoh", "penulis", "editor", "reporter", "wartawan", "laporan", "founder", "pendiri", "perwakilan", "kajati", "kapolda", "pangdam", "danrem", "dandim", "kapolres",
]);
/** Given names that open many people's names and no organisation's: "Muhammad Toha", "Siti Aminah". */
export const GIVEN_NAMES = new Set([
  "muhammad", "mohammad", "mohamad", "muhamad", "moh", "muh", "ahmad", "achmad", "abdul", "siti", "agus", "andi", "rahmat", "dedi", "yusuf", "hendra", "rudi",
]);
/** Words of a title-cased phrase that is a distinction's or a programme's name, never an organisation's. */
export const NOT_IN_A_NAME = new Set(["jaminan", "perlindungan", "pekerja", "rentan", "komitmen", "penganggaran", "coverage", "share", "persen", "terbesar", "cakupan", "kepesertaan", "penghargaan", "universal"]);
/** The organiser and its offices are never a winner. */
export const ORGANISER_WORDS = new Set(["bpjs", "bpjamsostek", "bp", "jamsostek", "kemenko", "kemnaker", "kemendagri", "kementerian", "disnaker", "disnakertrans", "dinas", "dinakertrans", "apindo", "spsi", "kanwil", "panitia", "dewan", "tim", "biro", "badan", "bank indonesia", "dprd", "kejaksaan", "polda", "sekretariat", "kantor", "kemenaker", "kemensos", "wapres"]);
/** A place, not a winner: "di Hotel Santika", "Gedung Wiswa Sabha". */
export const VENUE_WORDS = new Set(["hotel", "gedung", "aula", "ballroom", "balai", "auditorium", "graha", "istana", "ruang", "pendopo", "wisma", "lantai", "jalan", "jl", "convention", "convetion", "plaza", "rumah", "room", "hall", "kompleks", "lapangan", "alun-alun"]);

/** Government and village prefixes of a name, lower case; the kind they say. */
export const GOVERNMENT_PREFIXES: Readonly<Record<string, string>> = {
  provinsi: "province_government", prov: "province_government", pemprov: "province_government",
  kabupaten: "regency_government", kab: "regency_government", pemkab: "regency_government",
  kota: "city_government", pemkot: "city_government",
  pemda: "regency_government",
  desa: "village", gampong: "village", nagari: "village", kampung: "village", tiyuh: "village", pekon: "village", negeri: "village", kalurahan: "village", pemdes: "village",
  kelurahan: "kelurahan",
};
/** Business and institution prefixes (as the press capitalises them); the kind they say. */
export const BUSINESS_PREFIXES: Readonly<Record<string, string>> = {
  pt: "company", cv: "company", ud: "company", pd: "company", perumda: "company", perusda: "company", pdam: "company", pg: "company", ptpn: "company", pabrik: "small_business", toko: "small_business", usana: "small_business", warung: "small_business", katering: "small_business", catering: "small_business",
  kud: "cooperative", koperasi: "cooperative", kopdit: "cooperative", kopdir: "cooperative", ksp: "cooperative", cu: "cooperative",
  bank: "bank", bpr: "bank", bprs: "bank", bpd: "bank",
  rs: "hospital", rsu: "hospital", rsud: "hospital", rsia: "hospital", klinik: "hospital", puskesmas: "hospital",
  universitas: "school_or_university", universita: "school_or_university", institut: "school_or_university", politeknik: "school_or_university", sekolah: "school_or_university", sma: "school_or_university", smk: "school_or_university", smp: "school_or_university", sd: "school_or_university", sdn: "school_or_university", stikes: "school_or_university", akademi: "school_or_university", yayasan: "other", sinode: "other",
  ukm: "small_business", umkm: "small_business", umk: "small_business",
};

/** Capitalised words that open a sentence or a phrase but never a name. */
export const NOT_A_NAME_START = new Set([
  "dalam", "untuk", "kategori", "selain", "sementara", "sedangkan", "pada", "di", "dari", "ke", "dan", "atau", "yang", "ini", "itu", "para", "setelah", "sebelumnya", "selanjutnya", "kemudian", "adapun",
  "penghargaan", "paritrana", "award", "anugerah", "juara", "terbaik", "peringkat", "harapan", "tahun", "tingkat", "berikut", "masing-masing", "hal", "acara", "kegiatan", "penganugerahan", "penyerahan", "ajang",
  "sektor", "usaha", "perusahaan", "badan", "pemerintah", "pelaku", "sebanyak", "tiga", "dua", "empat", "lima", "sejumlah", "beberapa", "semua", "seluruh", "baca", "ikuti", "foto", "editor", "penulis", "laporan",
  "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember",
  "ia", "dia", "kami", "kita", "mereka", "beliau", "saya", "menurut", "namun", "tak", "tidak", "bahkan", "terpisah", "sebagai", "dengan", "oleh", "jakarta", "lebih", "semoga", "diketahui", "dimana", "tentu", "alhamdulillah", "selamat", "terima", "hadir", "tujuannya", "apresiasi", "program",
  "piagam", "piala", "trofi", "plakat", "sertifikat", "prestasi", "rp", "rp.", "nasional", "provinsi", "kabupaten/kota", "kota/kabupaten", "pemda", "pemdes", "pemkab/kota", "se", "ist", "istimewa", "ilustrasi", "jaminan", "sosial", "ketenagakerjaan", "pekerja",
  "syukur", "capaian", "keberhasilan", "kemenangan", "pihaknya", "raihan", "predikat", "gelar", "status",
]);
