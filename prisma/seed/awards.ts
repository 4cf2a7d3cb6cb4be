// Transcription of the five articles in prisma/seed/articles/ (copied verbatim from the project's shared seeds).
// Every placing, every spelling of a name and every edition fact the articles give, each with its quote.
// Read a row against its article: the quote is the article's own words, found verbatim by the loader.
//
// Sources:
//   roolnews    000_78c0152282dd4b59.txt  ROOLNEWS.ID        ceremony of Monday 21 July 2025
//   nagekeokab  001_aa6ff92655f18a5d.txt  nagekeokab.go.id   ceremony of Thursday 25 July 2024
//   topnewsntt  002_ad703a0fd1a3c4ed.txt  TopNewsNTT.com     ceremony of Monday 21 July 2025 (the full list)
//   hn          003_7634423f0571aa4f.txt  HN                 ceremony of Thursday 25 July 2024
//   poskupang   004_dac119ac55c37053.txt  POS-KUPANG.COM     ceremony of Monday 21 July 2025
//
// Decisions on what the articles leave open are written next to the rows they touch (notes are shown on the
// site). No URL, publication date or name below is made up: where the text does not give one, it is null.
import type { ClaimSeed, EditionFactSeed, EditionSeed, OrganizationSeed, SourceSeed } from "./types";

const ROOLNEWS = "roolnews-2025-07-21";
const NAGEKEOKAB = "nagekeokab-2024-07-25";
const TOPNEWSNTT = "topnewsntt-2025-07-21";
const HN = "hn-2024-07-25";
const POSKUPANG = "pos-kupang-2025-07-21";

export const sources: SourceSeed[] = [
  {
    id: ROOLNEWS,
    file: "000_78c0152282dd4b59.txt",
    publisher: "ROOLNEWS.ID",
    title: null,
    author: null,
    publishedAt: null,
    eventDate: "2025-07-21",
    dateNote: "Tanggal acara tertulis “Senin (21/7/2025)”. Tanggal terbit tidak tercantum dalam teks.",
    url: null,
  },
  {
    id: NAGEKEOKAB,
    file: "001_aa6ff92655f18a5d.txt",
    publisher: "nagekeokab.go.id",
    title: null,
    author: "Sevrin",
    publishedAt: null,
    eventDate: "2024-07-25",
    dateNote:
      "Teks menulis “Kamis 25/7” tanpa tahun. Tahun 2024 disimpulkan: artikel menyebut “Tahun 2024”, dan 25 Juli 2024 jatuh pada hari Kamis (25 Juli 2025 hari Jumat). Tanggal terbit tidak tercantum.",
    url: null,
  },
  {
    id: TOPNEWSNTT,
    file: "002_ad703a0fd1a3c4ed.txt",
    publisher: "TopNewsNTT.com",
    title: "BPJS Ketenagakerjaan NTT Sukses Gelar Paritrana Award 2024 Tingkat Provinsi NTT, Ini Sektor Peraih Kategori Terbaik 1, 2 dan 3",
    author: "jbr",
    publishedAt: null,
    eventDate: "2025-07-21",
    dateNote: "Tanggal acara tertulis “(Senin, 21/7/2025)”. Tanggal terbit tidak tercantum dalam teks.",
    url: null,
  },
  {
    id: HN,
    file: "003_7634423f0571aa4f.txt",
    publisher: "HN",
    title: null,
    author: null,
    publishedAt: null,
    eventDate: "2024-07-25",
    dateNote: "Tanggal acara tertulis “Kamis 25 Juli 2024”. Tanggal terbit tidak tercantum dalam teks. Nama media hanya tertulis “HN”.",
    url: null,
  },
  {
    id: POSKUPANG,
    file: "004_dac119ac55c37053.txt",
    publisher: "POS-KUPANG.COM",
    title: "Dirut BPJS Ketenagakerjaan Apresiasi NTT atas Perlindungan 100.000 Pekerja Rentan",
    author: "Yuan Lulan (reporter), Oby Lewanmeru (editor)",
    publishedAt: null,
    eventDate: "2025-07-21",
    dateNote: "Tanggal acara tertulis “Senin (21/7/2025) pukul 15.30 WITA”. Tanggal terbit tidak tercantum dalam teks.",
    url: null,
  },
];

// Two ceremonies, two editions. Both are called "2024" by some source; they are kept apart by ceremony date.
const NTT_2024 = "nusa-tenggara-timur-2024-07-25";
const NTT_2025 = "nusa-tenggara-timur-2025-07-21";

export const editions: EditionSeed[] = [
  { id: NTT_2024, level: "province", provinceCode: "53", yearLabel: "2024", assessmentPeriod: null, ceremonyDate: "2024-07-25" },
  // "periode 2024" (ROOLNEWS.ID) is the assessment period; TopNewsNTT once calls it "Paritrana Award 2025".
  { id: NTT_2025, level: "province", provinceCode: "53", yearLabel: "2024", assessmentPeriod: "2024", ceremonyDate: "2025-07-21" },
];

const INFERRED_NTT = "Tidak disebut dalam sumber; disimpulkan dari keikutsertaannya dalam Paritrana Award tingkat Provinsi NTT.";
const KIND_FROM_CATEGORY = "Jenis tidak disebut; disimpulkan dari kategori tempat namanya tercantum.";

export const organizations: OrganizationSeed[] = [
  // Regency governments (category Pemda). The display name is the official region name (idn-area-data).
  {
    id: "kabupaten-belu", name: "Kabupaten Belu", kind: "regency_government", regionCode: "53.04",
    aliases: [
      { spelling: "Kabupaten Belu", source: HN, match: "certain" },
      { spelling: "Belu", source: TOPNEWSNTT, within: "terbaik 3 Belu", match: "certain" },
    ],
  },
  {
    id: "kabupaten-sikka", name: "Kabupaten Sikka", kind: "regency_government", regionCode: "53.07",
    aliases: [{ spelling: "Kabupaten Sikka", source: HN, match: "certain" }],
  },
  {
    id: "kabupaten-nagekeo", name: "Kabupaten Nagekeo", kind: "regency_government", regionCode: "53.16",
    aliases: [
      { spelling: "Pemerintah Kabupaten Nagekeo", source: NAGEKEOKAB, within: "Mbay, nagekeokab.go.id— Pemerintah Kabupaten Nagekeo meraih", match: "certain" },
      { spelling: "Kabupaten Nagekeo", source: HN, match: "certain" },
      { spelling: "Nagekeo", source: TOPNEWSNTT, within: "Terbaik 1 Nagekeo", match: "certain" },
    ],
  },
  {
    id: "kabupaten-timor-tengah-utara", name: "Kabupaten Timor Tengah Utara", kind: "regency_government", regionCode: "53.03",
    aliases: [
      { spelling: "TTU", source: TOPNEWSNTT, within: "Terbaik 2 TTU", match: "certain", note: "TTU: singkatan lazim untuk Timor Tengah Utara." },
    ],
  },

  // Villages (category Pemdes/Kelurahan). Region codes from idn-area-data.
  {
    id: "desa-pukuafu", name: "Desa Pukuafu", kind: "village", regionCode: "53.14.10.2006",
    regionNote: "ROOLNEWS.ID: Desa Pukuafu, Kecamatan Landu Leko, Kabupaten Rote Ndao.",
    aliases: [
      { spelling: "Desa Pukuafu", source: ROOLNEWS, within: "Desa Pukuafu Kabupaten Rote Ndao berhasil", match: "certain" },
      { spelling: "Desa Pukuafu", source: TOPNEWSNTT, match: "certain" },
    ],
  },
  {
    id: "desa-dafala", name: "Desa Dafala", kind: "village", regionCode: "53.04.02.2007",
    regionNote: "TopNewsNTT menulis “Desa Dafala (Belu)”; kecamatan (Tasifeto Timur) dari kode wilayah idn-area-data.",
    aliases: [{ spelling: "Desa Dafala", source: TOPNEWSNTT, match: "certain" }],
  },
  {
    id: "marapokot", name: "Marapokot", kind: "village", regionCode: "53.16.01.2012",
    kindNote: "Sumber tidak menulis “Desa” atau “Kelurahan”. Kode Kemendagri 53.16.01.2012 (awalan 2 pada bagian terakhir) menandai desa.",
    regionNote: "TopNewsNTT menulis “Marapokot (Nagekeo)”; satu-satunya Marapokot di Kabupaten Nagekeo menurut idn-area-data (Kecamatan Aesesa).",
    aliases: [{ spelling: "Marapokot", source: TOPNEWSNTT, match: "certain" }],
  },

  // Small and micro businesses.
  {
    id: "ukm-ghaura", name: "UKM GHAURA", kind: "small_business", regionCode: "53", regionNote: INFERRED_NTT,
    aliases: [{ spelling: "UKM GHAURA", source: TOPNEWSNTT, match: "certain" }],
  },
  {
    id: "la-moringa", name: "La Moringa", kind: "small_business", kindNote: KIND_FROM_CATEGORY, regionCode: "53", regionNote: INFERRED_NTT,
    aliases: [{ spelling: "La Moringa", source: TOPNEWSNTT, match: "certain" }],
  },
  {
    id: "padu-padan-by-erwin-yuan", name: "Padu Padan by Erwin Yuan", kind: "small_business", kindNote: KIND_FROM_CATEGORY, regionCode: "53", regionNote: INFERRED_NTT,
    aliases: [{ spelling: "Padu Padan by Erwin Yuan", source: TOPNEWSNTT, match: "certain" }],
  },

  // Financial services. BPR TLM Kupang (a bank) and Kopdit TLM (a credit cooperative) are two organisations.
  {
    id: "bank-ntt", name: "Bank NTT", kind: "bank", regionCode: "53", regionNote: "Dari namanya (NTT).",
    aliases: [
      { spelling: "Bank NTT", source: HN, within: "juara satu diraih Bank NTT", match: "certain" },
      { spelling: "Bank NTT", source: TOPNEWSNTT, match: "certain" },
    ],
  },
  {
    id: "bpr-tlm-kupang", name: "BPR TLM Kupang", kind: "bank", regionCode: "53", regionNote: INFERRED_NTT,
    note: "Bank Perkreditan Rakyat; organisasi lain dari Kopdit TLM (koperasi kredit).",
    aliases: [{ spelling: "BPR TLM Kupang", source: HN, match: "certain" }],
  },
  {
    id: "kopdit-tlm", name: "Kopdit TLM", kind: "cooperative", regionCode: "53", regionNote: INFERRED_NTT,
    aliases: [
      { spelling: "Kopdit TLM", source: TOPNEWSNTT, match: "certain" },
      { spelling: "KOPDIR TLM", source: TOPNEWSNTT, match: "certain", note: "“KOPDIR” salah ketik untuk Kopdit (koperasi kredit)." },
    ],
  },
  {
    id: "kopdit-swasti-sari", name: "Kopdit Swasti Sari", kind: "cooperative", regionCode: "53", regionNote: INFERRED_NTT,
    aliases: [
      { spelling: "Kopdit Swasti Sari", source: HN, match: "certain" },
      { spelling: "Kopdit Swastisari", source: TOPNEWSNTT, match: "certain", note: "Ditulis tanpa spasi." },
    ],
  },

  // Health services.
  {
    id: "rsu-leona", name: "RSU Leona", kind: "hospital", regionCode: "53", regionNote: INFERRED_NTT,
    aliases: [{ spelling: "RSU Leona", source: TOPNEWSNTT, match: "certain" }],
  },
  {
    id: "pt-crisorus-mandiri", name: "PT Crisorus Mandiri", kind: "hospital", regionCode: "53", regionNote: INFERRED_NTT,
    kindNote: "TopNewsNTT menulis “PT Crisorus Mandiri (RSU Siloam)”: badan usaha sebuah rumah sakit umum.",
    note: "Dua ejaan di artikel yang sama mungkin menyebut dua badan berbeda; lihat catatan pada ejaan “Crisoris Jaya Mandiri”.",
    aliases: [
      { spelling: "PT Crisorus Mandiri", source: TOPNEWSNTT, match: "certain" },
      {
        spelling: "Crisoris Jaya Mandiri", source: TOPNEWSNTT, match: "probable",
        note: "Kemungkinan organisasi yang sama, tidak dipastikan sumber: ejaan mirip (Crisoris/Crisorus), sama-sama “… Mandiri”, keduanya di sektor rumah sakit dalam satu artikel; tetapi ada kata “Jaya” yang tidak ada di ejaan lain.",
      },
    ],
  },

  // Education. Names kept as written: no source expands SDH or UKSW.
  {
    id: "st-arnoldus", name: "St.Arnoldus", kind: "school_or_university", kindNote: KIND_FROM_CATEGORY, regionCode: "53", regionNote: INFERRED_NTT,
    aliases: [{ spelling: "St.Arnoldus", source: TOPNEWSNTT, match: "certain" }],
  },
  {
    id: "uksw-sumba", name: "UKSW Sumba", kind: "school_or_university", kindNote: KIND_FROM_CATEGORY, regionCode: "53", regionNote: INFERRED_NTT,
    aliases: [{ spelling: "UKSW Sumba", source: TOPNEWSNTT, match: "certain" }],
  },
  {
    id: "sdh", name: "SDH", kind: "school_or_university", kindNote: KIND_FROM_CATEGORY, regionCode: "53", regionNote: INFERRED_NTT,
    aliases: [{ spelling: "SDH", source: TOPNEWSNTT, match: "certain" }],
  },

  // Manufacturing, mining and construction.
  {
    id: "pt-nusa-terang-terus", name: "PT Nusa Terang Terus", kind: "company", regionCode: "53", regionNote: INFERRED_NTT,
    aliases: [{ spelling: "PT.Nusa Terang Terus", source: TOPNEWSNTT, match: "certain", note: "Ditulis “PT.” tanpa spasi." }],
  },
  {
    id: "pt-nanda-karya-putera-pratama", name: "PT Nanda Karya Putera Pratama", kind: "company", regionCode: "53", regionNote: INFERRED_NTT,
    aliases: [{ spelling: "PT Nanda Karya Putera Pratama", source: TOPNEWSNTT, match: "certain" }],
  },
  {
    id: "pt-sun-power-inti", name: "PT Sun Power Inti", kind: "company", regionCode: "53", regionNote: INFERRED_NTT,
    aliases: [{ spelling: "PT Sun Power Inti", source: TOPNEWSNTT, match: "certain" }],
  },

  // Plantations, agriculture, livestock and fisheries.
  {
    id: "pt-nataga-raihawu-industri", name: "PT Nataga Raihawu Industri", kind: "company", regionCode: "53", regionNote: INFERRED_NTT,
    aliases: [{ spelling: "PT Nataga Raihawu Industri", source: TOPNEWSNTT, match: "certain" }],
  },
  {
    id: "pt-muria-sumba-manis", name: "PT Muria Sumba Manis", kind: "company", regionCode: "53", regionNote: INFERRED_NTT,
    aliases: [{ spelling: "PT Muria Sumba Manis", source: TOPNEWSNTT, match: "certain" }],
  },
  {
    id: "pt-timor-otsukhi-mutiara", name: "PT Timor Otsukhi Mutiara", kind: "company", regionCode: "53", regionNote: INFERRED_NTT,
    aliases: [
      { spelling: "PT Timor Otsukhi Mutiara", source: TOPNEWSNTT, within: "Terbaik 1 PT Timor Otsukhi Mutiara", match: "certain" },
      { spelling: "PT Timor Otsukhi Mutiara", source: TOPNEWSNTT, within: "Terbaik 3 PT Timor Otsukhi Mutiara", match: "certain" },
      { spelling: "PT TOM", source: TOPNEWSNTT, match: "certain", note: "Singkatan yang diberikan sumber itu sendiri: “PT Timor Otsukhi Mutiara (PT TOM)”." },
    ],
  },
];

// Quotes shared by the placings of one list.
const HN_PEMDA = "Christian menjelaskan, peraih paritrana award 2024 tingkat Kabupaten juara satu diraih Kabupaten Belu, juara dua Kabupaten Sikka, dan juara tiga Kabupaten Nagekeo.";
const HN_KEUANGAN = "Sedangkan perusahaan sektor keuangan, juara satu diraih Bank NTT, juara dua BPR TLM Kupang, dan juara tiga Kopdit Swasti Sari.";
const TOP_PEMDA = "Kategori Pemda (terbaik 3 Belu, Terbaik 2 TTU, Terbaik 1 Nagekeo)";
const TOP_PEMDES = "Kategori Pemdes Kelurahan kategori 3 Desa Pukuafu (Ronda), Terbaik Marapokot (Nagekeo) dan Terbaik 1 Desa Dafala (Belu).";
const TOP_UMK = "Kategori sektor Usaha Kecil Mikro kategori Terbaik 3 UKM GHAURA, Terbaik 2 La Moringa san Terbaik 1 Padu Padan by Erwin Yuan).";
const TOP_KEUANGAN = "Kategori Usaha Makro Jasa Keuangan (Terbaik 3 Kopdit Swastisari, Terbaik 2 Bank NTT dan Terbaik 1 Kopdit TLM).";
const TOP_KESEHATAN = "Kategori Sektor Usaha Makro (Terbaik 3 Terbaik 2 RSU Leona dan Terbaik 1 Crisoris Jaya Mandiri).";
const TOP_PENDIDIKAN = "Perdagangan, Jasa Pendidkan (Terbaik 3 St.Arnoldus, UKSW Sumba dan terbaik 1 SDH)";
const TOP_MANUFAKTUR = "Usaha Besar Menengah sektor Manufaktur, Pertambangan dan Konstruksi (Terbaik 3 PT.Nusa Terang Terus, Terbaik 2 PT Nanda Karya Putera Pratama dan Terbaik 1 PT Sun Power Inti).";
const TOP_PERTANIAN = "Usaha Besar dan Menengah sektor Perkebunan, pertanian, perternakan dan perikanan (Terbaik 3 PT Nataga Raihawu Industri, Terbaik 2 PT Muria Sumba Manis dan Terbaik 1 PT Timor Otsukhi Mutiara).";
const TOP_UTAMA = "Paritrana Award NTT Terbaik 1 diraih oleh KOPDIR TLM, Terbaik 2 PT Crisorus Mandiri (RSU Siloam), dan Terbaik 3 PT Timor Otsukhi Mutiara (PT TOM).";

const HEALTH_FROM_CONTEXT =
  "Sumber menulis “Kategori Sektor Usaha Makro” tanpa menyebut sektornya. Kategori Pelayanan Kesehatan disimpulkan dari penerimanya (rumah sakit) dan dari “Sektor Usaha Pelayanan Kesehatan” dalam daftar kategori di artikel yang sama.";

export const claims: ClaimSeed[] = [
  // ── Ceremony of Thursday 25 July 2024 (HN; nagekeokab.go.id) ──────────────────────────────────────────
  {
    id: `${NTT_2024}-pemda-1`, edition: NTT_2024, category: "pemda", rank: 1, organization: "kabupaten-belu",
    citations: [{ source: HN, quote: HN_PEMDA, recipientName: "Kabupaten Belu", categoryWording: "tingkat Kabupaten" }],
  },
  {
    id: `${NTT_2024}-pemda-2`, edition: NTT_2024, category: "pemda", rank: 2, organization: "kabupaten-sikka",
    citations: [{ source: HN, quote: HN_PEMDA, recipientName: "Kabupaten Sikka", categoryWording: "tingkat Kabupaten" }],
  },
  {
    id: `${NTT_2024}-pemda-3`, edition: NTT_2024, category: "pemda", rank: 3, organization: "kabupaten-nagekeo",
    citations: [
      { source: HN, quote: HN_PEMDA, recipientName: "Kabupaten Nagekeo", categoryWording: "tingkat Kabupaten" },
      {
        source: NAGEKEOKAB,
        quote: "Pemerintah Kabupaten Nagekeo meraih juara 3 Paritrana Award tingkat Provinsi Nusa Tenggara Timur (NTT) Tahun 2024",
        recipientName: "Pemerintah Kabupaten Nagekeo",
        note: "Sumber ini menyebut peringkat tanpa kategori; penerimanya pemerintah kabupaten, dan HN menyebut kategori kabupaten.",
      },
    ],
  },
  {
    id: `${NTT_2024}-financial-services-1`, edition: NTT_2024, category: "financial-services", rank: 1, organization: "bank-ntt",
    citations: [{ source: HN, quote: HN_KEUANGAN, recipientName: "Bank NTT", categoryWording: "perusahaan sektor keuangan" }],
  },
  {
    id: `${NTT_2024}-financial-services-2`, edition: NTT_2024, category: "financial-services", rank: 2, organization: "bpr-tlm-kupang",
    citations: [{ source: HN, quote: HN_KEUANGAN, recipientName: "BPR TLM Kupang", categoryWording: "perusahaan sektor keuangan" }],
  },
  {
    id: `${NTT_2024}-financial-services-3`, edition: NTT_2024, category: "financial-services", rank: 3, organization: "kopdit-swasti-sari",
    citations: [{ source: HN, quote: HN_KEUANGAN, recipientName: "Kopdit Swasti Sari", categoryWording: "perusahaan sektor keuangan" }],
  },

  // ── Ceremony of Monday 21 July 2025 (TopNewsNTT's full list; ROOLNEWS.ID) ─────────────────────────────
  // Pemda: TopNewsNTT lists the ranks 3, 2, 1 by regency name only.
  {
    id: `${NTT_2025}-pemda-3`, edition: NTT_2025, category: "pemda", rank: 3, organization: "kabupaten-belu",
    citations: [{ source: TOPNEWSNTT, quote: TOP_PEMDA, recipientName: "Belu", categoryWording: "Kategori Pemda" }],
  },
  {
    id: `${NTT_2025}-pemda-2`, edition: NTT_2025, category: "pemda", rank: 2, organization: "kabupaten-timor-tengah-utara",
    citations: [{ source: TOPNEWSNTT, quote: TOP_PEMDA, recipientName: "TTU", categoryWording: "Kategori Pemda" }],
  },
  {
    id: `${NTT_2025}-pemda-1`, edition: NTT_2025, category: "pemda", rank: 1, organization: "kabupaten-nagekeo",
    citations: [{ source: TOPNEWSNTT, quote: TOP_PEMDA, recipientName: "Nagekeo", categoryWording: "Kategori Pemda" }],
  },

  // Pemdes/Kelurahan.
  {
    id: `${NTT_2025}-pemdes-kelurahan-3`, edition: NTT_2025, category: "pemdes-kelurahan", rank: 3, organization: "desa-pukuafu",
    citations: [
      {
        source: ROOLNEWS,
        quote: "Desa Pukuafu Kabupaten Rote Ndao berhasil meraih penghargaan terbaik ketiga kategori pemdes/kelurahan dalam ajang Penganugerahan Jaminan Sosial Ketenagakerjaan (Paritrana Award) Tingkat Provinsi Nusa Tenggara Timur untuk periode 2024.",
        recipientName: "Desa Pukuafu",
        categoryWording: "kategori pemdes/kelurahan",
      },
      {
        source: TOPNEWSNTT, quote: TOP_PEMDES, recipientName: "Desa Pukuafu", categoryWording: "Kategori Pemdes Kelurahan",
        note: "Menulis “kategori 3” untuk peringkat ketiga; “(Ronda)” salah ketik untuk Rote Ndao.",
      },
    ],
  },
  {
    id: `${NTT_2025}-pemdes-kelurahan-2`, edition: NTT_2025, category: "pemdes-kelurahan", rank: 2, organization: "marapokot",
    inferences: ["rank_from_order"],
    inferenceNote: "Sumber menulis “Terbaik” tanpa angka, di antara “kategori 3” dan “Terbaik 1”: peringkat 2 dari urutan daftar.",
    citations: [{ source: TOPNEWSNTT, quote: TOP_PEMDES, recipientName: "Marapokot", categoryWording: "Kategori Pemdes Kelurahan" }],
  },
  {
    id: `${NTT_2025}-pemdes-kelurahan-1`, edition: NTT_2025, category: "pemdes-kelurahan", rank: 1, organization: "desa-dafala",
    citations: [{ source: TOPNEWSNTT, quote: TOP_PEMDES, recipientName: "Desa Dafala", categoryWording: "Kategori Pemdes Kelurahan" }],
  },

  // Small and micro businesses ("san" in the quote is the article's typo for "dan").
  {
    id: `${NTT_2025}-umk-3`, edition: NTT_2025, category: "umk", rank: 3, organization: "ukm-ghaura",
    citations: [{ source: TOPNEWSNTT, quote: TOP_UMK, recipientName: "UKM GHAURA", categoryWording: "Usaha Kecil Mikro" }],
  },
  {
    id: `${NTT_2025}-umk-2`, edition: NTT_2025, category: "umk", rank: 2, organization: "la-moringa",
    citations: [{ source: TOPNEWSNTT, quote: TOP_UMK, recipientName: "La Moringa", categoryWording: "Usaha Kecil Mikro" }],
  },
  {
    id: `${NTT_2025}-umk-1`, edition: NTT_2025, category: "umk", rank: 1, organization: "padu-padan-by-erwin-yuan",
    citations: [{ source: TOPNEWSNTT, quote: TOP_UMK, recipientName: "Padu Padan by Erwin Yuan", categoryWording: "Usaha Kecil Mikro" }],
  },

  // Financial services.
  {
    id: `${NTT_2025}-financial-services-3`, edition: NTT_2025, category: "financial-services", rank: 3, organization: "kopdit-swasti-sari",
    citations: [{ source: TOPNEWSNTT, quote: TOP_KEUANGAN, recipientName: "Kopdit Swastisari", categoryWording: "Usaha Makro Jasa Keuangan" }],
  },
  {
    id: `${NTT_2025}-financial-services-2`, edition: NTT_2025, category: "financial-services", rank: 2, organization: "bank-ntt",
    citations: [{ source: TOPNEWSNTT, quote: TOP_KEUANGAN, recipientName: "Bank NTT", categoryWording: "Usaha Makro Jasa Keuangan" }],
  },
  {
    id: `${NTT_2025}-financial-services-1`, edition: NTT_2025, category: "financial-services", rank: 1, organization: "kopdit-tlm",
    citations: [{ source: TOPNEWSNTT, quote: TOP_KEUANGAN, recipientName: "Kopdit TLM", categoryWording: "Usaha Makro Jasa Keuangan" }],
  },

  // Health services: the category is named only as "Sektor Usaha Makro"; rank 3 is listed with no name.
  {
    id: `${NTT_2025}-health-3`, edition: NTT_2025, category: "health", rank: 3, organization: null,
    inferences: ["category_from_context"],
    inferenceNote: `${HEALTH_FROM_CONTEXT} “Terbaik 3” ditulis tanpa nama penerima.`,
    citations: [{ source: TOPNEWSNTT, quote: TOP_KESEHATAN, categoryWording: "Kategori Sektor Usaha Makro" }],
  },
  {
    id: `${NTT_2025}-health-2`, edition: NTT_2025, category: "health", rank: 2, organization: "rsu-leona",
    inferences: ["category_from_context"], inferenceNote: HEALTH_FROM_CONTEXT,
    citations: [{ source: TOPNEWSNTT, quote: TOP_KESEHATAN, recipientName: "RSU Leona", categoryWording: "Kategori Sektor Usaha Makro" }],
  },
  {
    id: `${NTT_2025}-health-1`, edition: NTT_2025, category: "health", rank: 1, organization: "pt-crisorus-mandiri",
    inferences: ["category_from_context"], inferenceNote: HEALTH_FROM_CONTEXT,
    citations: [{
      source: TOPNEWSNTT, quote: TOP_KESEHATAN, recipientName: "Crisoris Jaya Mandiri", categoryWording: "Kategori Sektor Usaha Makro",
      note: "Ejaan “Crisoris Jaya Mandiri” dicocokkan dengan PT Crisorus Mandiri sebagai kemungkinan, bukan kepastian.",
    }],
  },

  // Education ("Pendidkan" is the article's typo). UKSW Sumba is listed between rank 3 and rank 1 with no number.
  {
    id: `${NTT_2025}-education-3`, edition: NTT_2025, category: "education", rank: 3, organization: "st-arnoldus",
    citations: [{ source: TOPNEWSNTT, quote: TOP_PENDIDIKAN, recipientName: "St.Arnoldus", categoryWording: "Perdagangan, Jasa Pendidkan" }],
  },
  {
    id: `${NTT_2025}-education-2`, edition: NTT_2025, category: "education", rank: 2, organization: "uksw-sumba",
    inferences: ["rank_from_order"],
    inferenceNote: "Ditulis tanpa “Terbaik 2”, di antara “Terbaik 3 St.Arnoldus” dan “terbaik 1 SDH”: peringkat 2 dari urutan daftar.",
    citations: [{ source: TOPNEWSNTT, quote: TOP_PENDIDIKAN, recipientName: "UKSW Sumba", categoryWording: "Perdagangan, Jasa Pendidkan" }],
  },
  {
    id: `${NTT_2025}-education-1`, edition: NTT_2025, category: "education", rank: 1, organization: "sdh",
    citations: [{ source: TOPNEWSNTT, quote: TOP_PENDIDIKAN, recipientName: "SDH", categoryWording: "Perdagangan, Jasa Pendidkan" }],
  },

  // Manufacturing, mining and construction.
  {
    id: `${NTT_2025}-manufacturing-3`, edition: NTT_2025, category: "manufacturing", rank: 3, organization: "pt-nusa-terang-terus",
    citations: [{ source: TOPNEWSNTT, quote: TOP_MANUFAKTUR, recipientName: "PT.Nusa Terang Terus", categoryWording: "sektor Manufaktur, Pertambangan dan Konstruksi" }],
  },
  {
    id: `${NTT_2025}-manufacturing-2`, edition: NTT_2025, category: "manufacturing", rank: 2, organization: "pt-nanda-karya-putera-pratama",
    citations: [{ source: TOPNEWSNTT, quote: TOP_MANUFAKTUR, recipientName: "PT Nanda Karya Putera Pratama", categoryWording: "sektor Manufaktur, Pertambangan dan Konstruksi" }],
  },
  {
    id: `${NTT_2025}-manufacturing-1`, edition: NTT_2025, category: "manufacturing", rank: 1, organization: "pt-sun-power-inti",
    citations: [{ source: TOPNEWSNTT, quote: TOP_MANUFAKTUR, recipientName: "PT Sun Power Inti", categoryWording: "sektor Manufaktur, Pertambangan dan Konstruksi" }],
  },

  // Plantations, agriculture, livestock and fisheries.
  {
    id: `${NTT_2025}-agriculture-3`, edition: NTT_2025, category: "agriculture", rank: 3, organization: "pt-nataga-raihawu-industri",
    citations: [{ source: TOPNEWSNTT, quote: TOP_PERTANIAN, recipientName: "PT Nataga Raihawu Industri", categoryWording: "sektor Perkebunan, pertanian, perternakan dan perikanan" }],
  },
  {
    id: `${NTT_2025}-agriculture-2`, edition: NTT_2025, category: "agriculture", rank: 2, organization: "pt-muria-sumba-manis",
    citations: [{ source: TOPNEWSNTT, quote: TOP_PERTANIAN, recipientName: "PT Muria Sumba Manis", categoryWording: "sektor Perkebunan, pertanian, perternakan dan perikanan" }],
  },
  {
    id: `${NTT_2025}-agriculture-1`, edition: NTT_2025, category: "agriculture", rank: 1, organization: "pt-timor-otsukhi-mutiara",
    citations: [{ source: TOPNEWSNTT, quote: TOP_PERTANIAN, recipientName: "PT Timor Otsukhi Mutiara", categoryWording: "sektor Perkebunan, pertanian, perternakan dan perikanan" }],
  },

  // Overall ("Paritrana Award NTT Terbaik 1..3").
  {
    id: `${NTT_2025}-overall-1`, edition: NTT_2025, category: "overall", rank: 1, organization: "kopdit-tlm",
    citations: [{ source: TOPNEWSNTT, quote: TOP_UTAMA, recipientName: "KOPDIR TLM", categoryWording: "Paritrana Award NTT" }],
  },
  {
    id: `${NTT_2025}-overall-2`, edition: NTT_2025, category: "overall", rank: 2, organization: "pt-crisorus-mandiri",
    citations: [{ source: TOPNEWSNTT, quote: TOP_UTAMA, recipientName: "PT Crisorus Mandiri (RSU Siloam)", categoryWording: "Paritrana Award NTT" }],
  },
  {
    id: `${NTT_2025}-overall-3`, edition: NTT_2025, category: "overall", rank: 3, organization: "pt-timor-otsukhi-mutiara",
    citations: [{ source: TOPNEWSNTT, quote: TOP_UTAMA, recipientName: "PT Timor Otsukhi Mutiara (PT TOM)", categoryWording: "Paritrana Award NTT" }],
  },
];

export const editionFacts: EditionFactSeed[] = [
  // ── 25 July 2024 ──
  {
    id: `${NTT_2024}-year-label-2024`, edition: NTT_2024, kind: "year_label", value: "2024",
    citations: [
      { source: HN, quote: "tingkat Provinsi Nusa Tenggara Timur (NTT) tahun 2024" },
      { source: NAGEKEOKAB, quote: "Paritrana Award tingkat Provinsi Nusa Tenggara Timur (NTT) Tahun 2024" },
    ],
  },
  {
    id: `${NTT_2024}-ceremony-date`, edition: NTT_2024, kind: "ceremony_date", value: "2024-07-25",
    citations: [
      { source: HN, quote: "Penyerahan penghargaan paritrana award tingkat Provinsi NTT ini berlangsung di Hotel Harper Kupang, Kamis 25 Juli 2024 pagi." },
      { source: NAGEKEOKAB, quote: "Kupang, Kamis 25/7", note: "Tanpa tahun; lihat catatan tanggal pada sumber ini." },
    ],
  },
  {
    id: `${NTT_2024}-venue`, edition: NTT_2024, kind: "venue", value: "Hotel Harper, Kupang",
    citations: [
      { source: HN, quote: "berlangsung di Hotel Harper Kupang" },
      { source: NAGEKEOKAB, quote: "Aula Hotel Herper, Kupang", note: "“Herper” salah ketik untuk Harper." },
    ],
  },
  {
    id: `${NTT_2024}-organizer`, edition: NTT_2024, kind: "organizer", value: "BPJS Ketenagakerjaan NTT",
    citations: [{ source: HN, quote: "BPJS Ketenagakerjaan NTT, menggelar penganugerahan paritrana award penghargaan jaminan sosial ketenagakerjaan tingkat Provinsi Nusa Tenggara Timur (NTT) tahun 2024." }],
  },
  {
    id: `${NTT_2024}-presenter`, edition: NTT_2024, kind: "presenter", value: "Ayodhia Kalake, Penjabat Gubernur NTT",
    citations: [{ source: NAGEKEOKAB, quote: "Penghargaan ini diserahkan langsung oleh Penjabat Gubernur NTT Ayodhia Kalake" }],
  },
  {
    id: `${NTT_2024}-attendee-christian-sianturi`, edition: NTT_2024, kind: "attendee", value: "Christian Natanael Sianturi, Kepala BPJS Ketenagakerjaan NTT",
    citations: [{ source: HN, quote: "Kepala BPJS Naker NTT, Christian Natanael Sianturi" }],
  },

  // ── 21 July 2025 ──
  {
    id: `${NTT_2025}-year-label-2024`, edition: NTT_2025, kind: "year_label", value: "2024",
    citations: [
      { source: TOPNEWSNTT, quote: "BPJS Ketenagakerjaan NTT Sukses Gelar Paritrana Award 2024 Tingkat Provinsi NTT" },
      { source: POSKUPANG, quote: "menghadiri Paritrana Award 2024 sekaligus peluncuran program perlindungan jaminan sosial bagi 100.000 pekerja rentan", occurrence: 2, note: "Dari badan berita; keterangan foto di atasnya memakai kalimat yang sama." },
      { source: ROOLNEWS, quote: "Tingkat Provinsi Nusa Tenggara Timur untuk periode 2024", note: "Menyebut “periode 2024”: periode penilaian." },
    ],
  },
  {
    id: `${NTT_2025}-year-label-2025`, edition: NTT_2025, kind: "year_label", value: "2025",
    citations: [{ source: TOPNEWSNTT, quote: "Ajang Paritrana Award 2025 sudah melalui proses seleksi dan wawancara ketat", note: "Artikel yang sama menyebut acara ini “Paritrana Award 2024” di judul dan paragraf pertama." }],
  },
  {
    id: `${NTT_2025}-assessment-period`, edition: NTT_2025, kind: "assessment_period", value: "2024",
    citations: [{ source: ROOLNEWS, quote: "Tingkat Provinsi Nusa Tenggara Timur untuk periode 2024" }],
  },
  {
    id: `${NTT_2025}-ceremony-date`, edition: NTT_2025, kind: "ceremony_date", value: "2025-07-21",
    citations: [
      { source: ROOLNEWS, quote: "berlangsung di Ballroom Harper Hotel, Kota Kupang, pada Senin (21/7/2025)" },
      { source: TOPNEWSNTT, quote: "Kegiatan berlangsung di Hotel Harper Kupang (Senin, 21/7/2025)" },
      { source: POSKUPANG, quote: "di Aula Rote, Hotel Harper Kupang, pada Senin (21/7/2025) pukul 15.30 WITA", occurrence: 2 },
    ],
  },
  {
    id: `${NTT_2025}-venue`, edition: NTT_2025, kind: "venue", value: "Hotel Harper, Kupang",
    citations: [
      { source: ROOLNEWS, quote: "Ballroom Harper Hotel, Kota Kupang" },
      { source: TOPNEWSNTT, quote: "Kegiatan berlangsung di Hotel Harper Kupang" },
      { source: POSKUPANG, quote: "Aula Rote, Hotel Harper Kupang", occurrence: 2 },
    ],
  },
  {
    id: `${NTT_2025}-organizer`, edition: NTT_2025, kind: "organizer", value: "BPJS Ketenagakerjaan Provinsi NTT",
    citations: [
      { source: ROOLNEWS, quote: "Kegiatan yang diselenggarakan oleh Badan Penyelenggara Jaminan Sosial (BPJS) Ketenagakerjaan Provinsi NTT" },
      { source: TOPNEWSNTT, quote: "BPJS Ketenagakerjaan Provinsi NTT sukses menyelenggarakan Penganugerahan Paritrana Award 2024" },
    ],
  },
  {
    id: `${NTT_2025}-organizer-wawan-burhanuddin`, edition: NTT_2025, kind: "organizer", value: "Wawan Burhanuddin, Kepala BPJS Ketenagakerjaan NTT, sekretaris panitia",
    citations: [{ source: TOPNEWSNTT, quote: "Kepala BPJS K NTT Wawan Burhanuddin sebagai sektetaris panitia Paritrana Award Provinsi NTT" }],
  },
  {
    id: `${NTT_2025}-attendee-governor`, edition: NTT_2025, kind: "attendee", value: "Emanuel Melkiades Laka Lena, Gubernur NTT",
    citations: [
      { source: ROOLNEWS, quote: "Gubernur NTT, Emanuel Melkiades Laka Lena, dalam kesempatan tersebut" },
      { source: TOPNEWSNTT, quote: "Hadir Gubernur NTT Melkiedes Laka Lena", note: "Ejaan “Melkiedes”." },
    ],
  },
  {
    id: `${NTT_2025}-attendee-bpjs-director`, edition: NTT_2025, kind: "attendee", value: "Pramudya Iriawan Buntoro, Direktur Utama BPJS Ketenagakerjaan",
    citations: [
      { source: ROOLNEWS, quote: "Turut hadir dalam kegiatan ini Direktur Utama BPJS Ketenagakerjaan, Pramudya Iriawan Buntoro" },
      { source: POSKUPANG, quote: "Direktur Utama BPJS Ketenagakerjaan, Pramudya Iriawan Buntoro, menghadiri Paritrana Award 2024", occurrence: 2 },
    ],
  },
  {
    id: `${NTT_2025}-attendee-regent-rote-ndao`, edition: NTT_2025, kind: "attendee", value: "Paulus Henuk, Bupati Rote Ndao",
    citations: [{ source: ROOLNEWS, quote: "Bupati Rote Ndao, Paulus Henuk, yang turut hadir dalam acara tersebut" }],
  },
  {
    id: `${NTT_2025}-assessment-panel`, edition: NTT_2025, kind: "assessment_panel", value: "Tim penilai diketuai Sekda NTT, dengan Kepala BPJS Ketenagakerjaan NTT sebagai sekretaris",
    citations: [{ source: TOPNEWSNTT, quote: "Tim penilai (Ketua: Sekda NTT), Sekretaris Kepala BPJS K NTT, anggota : kadisnaker NTT ketua Apindo, ketua Konsiderasi SPSI NTT, Waket Dewan Pengupahan Provinsi NTT, Ahli ekokomi Muhammad Ansor, Ahli Kebijakan Publik DR.Rudy Rohi dan Ahli Hukum Maria." }],
  },
  {
    id: `${NTT_2025}-coverage`, edition: NTT_2025, kind: "coverage", value: "Cakupan jaminan sosial ketenagakerjaan di NTT 34,90%; pekerja formal 77,3%, informal 14,12%",
    citations: [
      { source: TOPNEWSNTT, quote: "coverage perlindungan jaminan sosial ketenagakerjaan di NTT telah mencapai 34,90%, dengan cakupan pekerja formal sebesar 77,3% dan informal 14,12%" },
      { source: POSKUPANG, quote: "cakupan pekerja formal mencapai 77,3 persen dan pekerja informal 14,12 %" },
    ],
  },
];
