// Each stage of the extractor on its own: normalise, segment, tokens, ranks, categories, names, assemble,
// confidence, and the recipient key the score and the merge compare by.
import { beforeAll, describe, expect, it } from "vitest";
import { assemble } from "@/lib/extract/assemble";
import { categoryWord, findCategories, headingCategory, listedCategoryGroups } from "@/lib/extract/categories";
import { confidenceOf } from "@/lib/extract/confidence";
import { readEdition } from "@/lib/extract/edition";
import { extractDraft, type Gazetteer } from "@/lib/extract/extract-draft";
import { gazetteerFromPackage } from "@/lib/extract/gazetteer";
import { findNames, nameIndex, type NameIndex } from "@/lib/extract/names";
import { normalise, originalRange } from "@/lib/extract/normalise";
import { findRanks } from "@/lib/extract/ranks";
import { recipientKey } from "@/lib/extract/recipient-key";
import { MAX_PIECE, segments } from "@/lib/extract/segment";
import { tokenize } from "@/lib/extract/tokens";

let index: NameIndex;
beforeAll(async () => {
  index = nameIndex(await gazetteerFromPackage());
});

/** Every stage on one piece, as the pipeline runs them. */
function read(text: string, heading = null) {
  const tokens = tokenize(text);
  const ranks = findRanks(tokens);
  const cats = findCategories(tokens, text).filter((c) => c.group || c.anaphora);
  const blocked = new Set(
    [...ranks.filter((r) => !r.weak || r.rank !== null), ...cats].flatMap((r) =>
      Array.from({ length: r.to - r.from }, (_, k) => r.from + k),
    ),
  );
  const names = findNames(tokens, text, index, blocked);
  const found = assemble(tokens, names, ranks, cats, { heading, last: null, item: false, itemNumber: null });
  return found.map((f) => ({
    name: f.name ? text.slice(f.name.start, f.name.end) : null,
    rank: f.rank,
    group: f.category?.group ?? null,
    evidence: f.evidence,
  }));
}

describe("normalise", () => {
  it("collapses whitespace runs and line-break styles, and maps every position back to the text as given", () => {
    const original = "Juara  1\r\n\r\n  Kabupaten\u00a0\u00a0Belu ,\tdan";
    const n = normalise(original);
    expect(n.text).toBe("Juara 1\nKabupaten Belu , dan");
    const at = n.text.indexOf("Kabupaten Belu");
    const r = originalRange(n, at, at + "Kabupaten Belu".length);
    expect(original.slice(r.start, r.end)).toBe("Kabupaten\u00a0\u00a0Belu");
  });
});

describe("segment", () => {
  it("cuts sentences but not after an abbreviation, an initial or a list number", () => {
    const s = segments("Juara II oleh Pemkab. Maluku Tenggara. Kata E. Ilyas hari ini. 1. Kabupaten Belu juara.");
    expect(s.map((x) => x.text)).toEqual(["Juara II oleh Pemkab. Maluku Tenggara.", "Kata E. Ilyas hari ini.", "1. Kabupaten Belu juara."]);
  });

  it("marks headings and list items, and keeps every piece within the bound", () => {
    const s = segments(`Kategori Usaha Kecil Mikro\n1. Sibu Contoh meraih juara pertama.\n${"Kabupaten Contoh, ".repeat(200)}`);
    expect(s[0]).toMatchObject({ kind: "heading" });
    expect(s[1]).toMatchObject({ kind: "item", itemNumber: 1 });
    expect(Math.max(...s.map((x) => x.end - x.start))).toBeLessThanOrEqual(MAX_PIECE);
  });
});

describe("ranks", () => {
  const ranks = (text: string) => findRanks(tokenize(text)).map((r) => [r.rank, r.mention, r.bare]);
  it("reads the press's rank markers", () => {
    expect(ranks("Juara 1, terbaik pertama, peringkat II, juara ke-3, peringkat terbaik kedua, Terbaik III")).toEqual([
      [1, null, false],
      [1, null, false],
      [2, null, false],
      [3, null, false],
      [2, null, false],
      [3, null, false],
    ]);
    expect(ranks("meraih Harapan I dan juara harapan 2")).toEqual([
      [null, "harapan 1", false],
      [null, "harapan 2", false],
    ]);
  });

  it("does not read listed ranks or a coverage ranking as a placing", () => {
    expect(ranks("Peraih Kategori Terbaik 1, 2 dan 3")).toEqual([]);
    expect(ranks("menempatkan provinsi ini di peringkat ke-7 nasional dari 38 provinsi")).toEqual([]);
  });
});

describe("categories", () => {
  it("reads the categories a sentence lists by name", () => {
    const text = "penghargaan juga diberikan pada tiga kategori lain: pemerintah desa/kelurahan, UKM, dan perusahaan skala besar.";
    expect(listedCategoryGroups(tokenize(text), text)).toEqual([
      { group: "pemdes-kelurahan", wording: "pemerintah desa/kelurahan" },
      { group: "umk", wording: "UKM" },
      { group: "large-business", wording: "perusahaan skala besar" },
    ]);
    expect(listedCategoryGroups(tokenize("kategori lain: Bank Contoh"), "kategori lain: Bank Contoh")).toEqual([]);
  });

  it("is less sure of a wording that joins sectors of two groups", () => {
    const sure = (text: string) => findCategories(tokenize(text), text)[0]!.confidence;
    expect(sure("Kategori Perusahaan Skala Besar Sektor Keuangan, Perdagangan, dan Jasa")).toBeLessThan(0.85);
    expect(sure("Kategori Badan Usaha Sektor Pertanian, Peternakan, Perkebunan dan Perikanan")).toBeGreaterThanOrEqual(0.9);
  });

  it("reads wordings with sectors, zones and the press's slips, each to its group", () => {
    const cats = (text: string) => findCategories(tokenize(text), text).map((c) => [c.wording, c.group]);
    expect(cats("Kategori Perusahaan Skala Besar Sektor Keuangan, Perdagangan, dan Jasa, Juara 1 PT A")).toEqual([
      ["Kategori Perusahaan Skala Besar Sektor Keuangan, Perdagangan, dan Jasa", "financial-services"],
    ]);
    expect(cats("kategori Pemerintah Kabupate/Kota yang")).toEqual([["kategori Pemerintah Kabupate/Kota", "regency-city-government"]]);
    expect(cats("Penghargaan Provinsi Terbaik Inovasi di Zona Sumatera diberikan")).toEqual([
      ["Penghargaan Provinsi Terbaik Inovasi di Zona Sumatera", "special-award"],
    ]);
    expect(cats("kategori Perusahaan Menegah dimenangkan")).toEqual([["kategori Perusahaan Menegah", "medium-business"]]);
    expect(categoryWord("perusahan")).toBe("perusahaan");
    expect(categoryWord("kabupatn")).toBe("kabupaten");
  });

  it("knows 'kategori ini' points back, and 'di luar kategori tersebut' does not", () => {
    expect(findCategories(tokenize("Untuk Kategori ini juara"), "Untuk Kategori ini juara")[0]).toMatchObject({ anaphora: true });
    expect(findCategories(tokenize("Di luar kategori tersebut, PT A"), "Di luar kategori tersebut, PT A")).toEqual([]);
  });

  it("takes a line of category words as the heading of the list below it", () => {
    const line = "Kategori Badan Usaha dibagi berdasarkan sektor";
    expect(headingCategory(tokenize(line), line)).toBeNull(); // "Badan Usaha" names no group
    expect(headingCategory(tokenize("Perusahaan Besar Terbaik"), "Perusahaan Besar Terbaik")).toMatchObject({ group: "large-business" });
  });
});

describe("names", () => {
  const names = (text: string) => findNames(tokenize(text), text, index).map((n) => [text.slice(n.start, n.end), n.role, n.kind]);
  it("finds organisations by their kind words and tells people, venues and regions apart", () => {
    expect(names("Bupati Contoh Nama menerima penghargaan di Hotel Uji Ambon")).toEqual([
      ["Bupati Contoh Nama", "person", null],
      ["Hotel Uji Ambon", "venue", null],
    ]);
    expect(names("Desa Ranggeh, Kabupaten Pasuruan, meraih")).toEqual([
      ["Desa Ranggeh", "candidate", "village"],
      ["Kabupaten Pasuruan", "district", "regency_government"],
    ]);
    expect(names("Gampong Lamreh, Kecamatan Mesjid Raya, Aceh Besar, Geuchik Gampong Ulee")).toEqual([
      ["Gampong Lamreh", "candidate", "village"],
      ["Kecamatan Mesjid Raya", "district", null],
      ["Aceh Besar", "district", "regency_government"],
      ["Gampong Ulee", "candidate", "village"],
    ]);
  });

  it("keeps a company's other name with it and reads an abbreviation the text defines", () => {
    const text = "PT Contoh Mandiri (RSU Uji) dan Pemerintah Kabupaten Maluku Barat Daya (MBD)";
    const found = findNames(tokenize(text), text, index).filter((n) => n.role === "candidate");
    expect(found.map((n) => text.slice(n.start, n.end))).toEqual(["PT Contoh Mandiri (RSU Uji)", "Pemerintah Kabupaten Maluku Barat Daya"]);
    expect(found[1]!.alias).toBe("MBD");
  });
});

describe("assemble", () => {
  it("reads a list a clause opens with 'untuk …, ada', and not a district as a winner", () => {
    expect(read("Sedangkan untuk Zona Jawa Bali, ada Provinsi Jawa Timur dan Provinsi Bali.")).toMatchObject([
      { name: "Provinsi Jawa Timur" },
      { name: "Provinsi Bali" },
    ]);
    expect(read("Pemerintah desa terbaik diraih Kampung Uji Makmur, Distrik Contoh.").map((f) => f.name)).toEqual(["Kampung Uji Makmur"]);
  });

  it("ranks a name listed between two ranked ones, and a winner whose beaten rivals follow it", () => {
    expect(read("Kabupaten Uji Satu juara ketiga, Kabupaten Uji Dua dan juara satu Kabupaten Uji Tiga")).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "Kabupaten Uji Satu", rank: 3 }),
        expect.objectContaining({ name: "Kabupaten Uji Dua", rank: 2 }),
        expect.objectContaining({ name: "Kabupaten Uji Tiga", rank: 1 }),
      ]),
    );
    expect(
      read("Pemkot Uji berhasil menjadi juara mengalahkan 20 kabupaten lain, disusul peringkat kedua diraih Kabupaten Contoh"),
    ).toMatchObject([
      { name: "Pemkot Uji", rank: 1 },
      { name: "Kabupaten Contoh", rank: 2 },
    ]);
  });

  it("links a rank to the name on the side the words point to", () => {
    expect(read("Juara 1 Pemerintah Kabupaten Jember, Juara 2 Pemerintah Kota Batu")).toMatchObject([
      { name: "Pemerintah Kabupaten Jember", rank: 1 },
      { name: "Pemerintah Kota Batu", rank: 2 },
    ]);
    expect(read("Pemkab Sragen sebagai Terbaik II dan Pemkab Cilacap sebagai Terbaik III")).toMatchObject([
      { name: "Pemkab Sragen", rank: 2 },
      { name: "Pemkab Cilacap", rank: 3 },
    ]);
    expect(read("Terbaik 1 diraih oleh KOPDIT UJI, Terbaik 2 PT Contoh")).toMatchObject([
      { name: "KOPDIT UJI", rank: 1 },
      { name: "PT Contoh", rank: 2 },
    ]);
  });

  it("ranks a list by order only where the text says so, and leaves out the beaten", () => {
    expect(read("Kategori Pemda dimenangkan oleh Kabupaten Gowa, disusul Kota Parepare dan Kabupaten Bone.")).toMatchObject([
      { rank: 1, evidence: "list" },
      { rank: 2, evidence: "order" },
      { rank: 3, evidence: "order" },
    ]);
    expect(read("kategori pemerintah daerah, Kota Langsa, Banda Aceh, dan Lhokseumawe.").map((f) => [f.name, f.rank])).toEqual([
      ["Kota Langsa", null],
      ["Banda Aceh", null],
      ["Lhokseumawe", null],
    ]);
    expect(
      read("Kota Bontang meraih Juara 1, mengungguli enam kabupaten/kota lainnya, yakni Kabupaten Berau dan Kota Samarinda.").map(
        (f) => f.name,
      ),
    ).toEqual(["Kota Bontang"]);
  });

  it("reads a category written after its winners, and a rank listed with no name", () => {
    expect(
      read(
        "Kabupaten Jembrana berhasil menduduki peringkat kedua untuk kategori Pemerintah Kabupaten/Kota, sementara Desa Berangbang yang menyabet peringkat pertama untuk kategori Pemerintah Desa.",
      ),
    ).toMatchObject([
      { name: "Kabupaten Jembrana", rank: 2, group: "regency-city-government" },
      { name: "Desa Berangbang", rank: 1, group: "pemdes-kelurahan" },
    ]);
    expect(read("Kategori Pemda (Terbaik 3 Terbaik 2 Kabupaten Uji dan Terbaik 1 Kota Contoh).")).toMatchObject([
      { name: null, rank: 3 },
      { name: "Kabupaten Uji", rank: 2 },
      { name: "Kota Contoh", rank: 1 },
    ]);
  });
});

describe("confidence", () => {
  const base = { categoryInferred: false, categoryConfidence: 0.9, categoryFromHeading: false, organization: null, dated: true, names: [] };
  const found = (over: object) => ({
    name: { prefixed: true, gazetteer: null } as never,
    rank: 1,
    mention: null,
    marker: { weak: false } as never,
    rankInferred: false,
    orderNote: null,
    category: null,
    categoryFrom: "text" as const,
    evidence: "rank" as const,
    linkLength: 0,
    ...over,
  });
  it("is certain only for a written rank next to a name with a kind word, under a written category", () => {
    expect(confidenceOf({ ...base, found: found({}) }).certain).toBe(true);
    expect(confidenceOf({ ...base, found: found({ evidence: "order", rankInferred: true }) }).certain).toBe(false);
    expect(confidenceOf({ ...base, found: found({ evidence: "subject", rank: null, marker: null }) }).certain).toBe(false);
    expect(confidenceOf({ ...base, categoryInferred: true, found: found({}) }).certain).toBe(false);
    expect(confidenceOf({ ...base, found: found({ name: { prefixed: false, gazetteer: null } }) }).certain).toBe(false);
  });
});

describe("recipient key", () => {
  it("compares one organisation's spellings as one, and two organisations as two", () => {
    expect(recipientKey("Pemerintah Kabupaten Demak")).toBe(recipientKey("Pemkab Demak"));
    expect(recipientKey("Kabupaten Demak")).toBe(recipientKey("Kab. Demak"));
    expect(recipientKey("Provinsi Jawa Tengah")).toBe(recipientKey("Jawa Tengah"));
    expect(recipientKey("Pemerintah Kota (Pemkot) Semarang")).toBe(recipientKey("Kota Semarang"));
    expect(recipientKey("Pemerintah Sulawesi Selatan")).toBe(recipientKey("Provinsi Sulawesi Selatan"));
    expect(recipientKey("Kota Pasuruan")).not.toBe(recipientKey("Kabupaten Pasuruan"));
  });
});

describe("a rank written in another sentence (lone ranks)", () => {
  let gazetteer: Gazetteer;
  beforeAll(async () => {
    gazetteer = await gazetteerFromPackage();
  });
  const read = (text: string) =>
    extractDraft(text, { publisher: "Uji" }, { gazetteer, organizations: [] }).proposals.map((p) => ({
      who: p.recipientName,
      rank: p.rank,
      group: p.category.group,
      certain: p.certain,
      quote: p.quote,
      more: p.extraQuotes.map((q) => q.quote),
    }));
  const winner = "Pemerintah Kabupaten Contoh Jaya meraih Paritrana Award 2031 tingkat Provinsi Jawa Timur.";

  it("gives the report's only winner the rank it writes without a name, quoting both sentences, never certain", () => {
    const [p, ...rest] = read(
      `${winner}\nAcara itu berlangsung meriah.\nDaerah itu dinobatkan sebagai terbaik kedua untuk kategori pemerintah kabupaten/kota.`,
    );
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ who: "Pemerintah Kabupaten Contoh Jaya", rank: 2, group: "regency-city-government", certain: false });
    expect(p!.quote).toContain("terbaik kedua");
    expect(p!.more).toEqual([winner]);
  });

  it("gives no rank where the lone ranks disagree, or a rank stands beside another named organisation", () => {
    expect(
      read(`${winner}\nAcara itu berlangsung meriah.\nDi ajang itu ada yang disebut juara 2, ada yang disebut juara 1.`)[0],
    ).toMatchObject({ rank: null });
    expect(
      read(`${winner}\nSementara itu juara 3 disabet, menurut panitia, oleh PT Uji Lain yang tidak hadir.`).find(
        (p) => p.who === "Pemerintah Kabupaten Contoh Jaya",
      ),
    ).toMatchObject({ rank: null });
  });

  it("gives no rank where the report names two winners", () => {
    const rows = read(`${winner}\nDesa Uji Makmur juga meraih Paritrana Award 2031.\nKeduanya disebut juara 1.`);
    expect(rows.length).toBe(2);
    expect(rows.every((r) => r.rank === null)).toBe(true);
  });

  it("does not take a rank from a sentence about an earlier round", () => {
    expect(read(`${winner}\nTahun lalu daerah itu meraih juara 3.`)[0]).toMatchObject({ rank: null });
  });
});

describe("hard line breaks and people's names", () => {
  it("joins the lines of a text typed with hard line breaks, so a name is not cut in two", () => {
    const wrapped = [
      "Sekretaris daerah menyampaikan apresiasi kepada Rumah Sakit Umum",
      "Contoh Sehat Sentosa yang telah menerima Paritrana Award 2031. Ajang",
      "tersebut merupakan ajang bergengsi yang diselenggarakan bersama",
      "kementerian dan BPJS Ketenagakerjaan di tingkat nasional secara",
      "virtual, dan penghargaan diberikan langsung oleh pejabat negara.",
    ].join("\n");
    const pieces = segments(wrapped);
    expect(pieces[0]!.text).toContain("Rumah Sakit Umum\nContoh Sehat Sentosa");
    expect(pieces.every((p) => wrapped.slice(p.start, p.end) === p.text)).toBe(true);
    // an ordinary article's short lines stay lines
    expect(segments("Juara 1 Kabupaten A\nJuara 2 Kabupaten B").map((p) => p.text)).toEqual(["Juara 1 Kabupaten A", "Juara 2 Kabupaten B"]);
  });

  it("reads a two-word abbreviation in parentheses, and no distinction's title as a winner", () => {
    const text =
      "Pemerintah Kabupaten Contoh Raya (Pemkab Cora) meraih penghargaan sebagai Kabupaten dengan Coverage Share Jaminan Sosial Ketenagakerjaan 100 Persen";
    const names = findNames(tokenize(text), text, index, new Set());
    expect(names.find((n) => n.alias)?.alias).toBe("Cora");
    expect(names.filter((n) => n.role === "candidate").map((n) => text.slice(n.start, n.end))).toEqual([
      "Pemerintah Kabupaten Contoh Raya",
    ]);
  });

  it("takes a name that opens with a person's given name for a person", () => {
    const tokens = tokenize("diberikan kepada Muhammad Contoh kategori pertambangan");
    expect(
      findNames(tokens, "diberikan kepada Muhammad Contoh kategori pertambangan", index, new Set()).filter((n) => n.role === "candidate"),
    ).toEqual([]);
  });
});

describe("edition", () => {
  let gazetteer: Gazetteer;
  beforeAll(async () => {
    gazetteer = await gazetteerFromPackage();
  });
  const edition = (text: string) => readEdition(text, { gazetteer, organizations: [] });

  it("dates the event by the weekday with its date in parentheses, not the page's own date above the story", () => {
    expect(edition("Sabtu, 22 Juni 2030\nPemkab Uji meraih Paritrana Award di Hotel Uji, Jumat, (21/06/2030).").date?.iso).toBe(
      "2030-06-21",
    );
  });

  it("settles a date written without its year by the award's years, never by a law's year", () => {
    // 29 November was a Monday in 2004 and in 2027: the law of 2004 is not the ceremony's year
    expect(edition("Sesuai UU Nomor 40 Tahun 2004, Paritrana Award 2027 diserahkan Senin (29/11) di Kupang.").date?.iso).toBe("2027-11-29");
    expect(edition("Sesuai UU Nomor 40 Tahun 2004, penghargaan diserahkan Senin (29/11) di Kupang.").date?.iso ?? null).toBeNull();
  });

  it("takes a province's government placed 'nasional' as the national round", () => {
    const draft = extractDraft(
      "Provinsi Sulawesi Utara meraih Paritrana Award 2030 di posisi peringkat tiga nasional untuk kategori pemerintah provinsi.",
      { publisher: "Uji" },
      { gazetteer, organizations: [] },
    );
    expect(draft.editions[0]).toMatchObject({ level: "national", provinceCode: null });
  });
});
