import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { sourceCreateSchema } from "@/lib/admin/schema";
import { transcriptionFormat } from "@/lib/import/transcription-format";
import { INITIAL_CATEGORY_GROUPS } from "@/lib/awards/category-groups";
import { createTranslator } from "next-intl";
import { editionYears, editionsSharingALabel, yearMatch } from "@/lib/awards/edition-names";
import { editionName, type Translate } from "@/i18n/format";
import id from "@/messages/id.json";
import en from "@/messages/en.json";
import { dayFromIso, formatDay, isIsoDay, toIsoDay } from "@/lib/dates";
import { slugify } from "@/lib/slug";

describe("dates", () => {
  it("formats a calendar day in Indonesian and in English", () => {
    expect(formatDay("2025-07-21")).toBe("21 Juli 2025");
    expect(formatDay("2025-07-21", "en")).toBe("21 July 2025");
    expect(formatDay("2024-07-25", "id", true)).toBe("Kamis, 25 Juli 2024");
    expect(formatDay("2025-07-21", "en", true)).toBe("Monday, 21 July 2025");
  });

  it("keeps a PostgreSQL DATE on its day", () => {
    expect(toIsoDay(new Date("2025-07-21T00:00:00Z"))).toBe("2025-07-21");
  });
});

describe("category groups", () => {
  it("keep every key the public API had, and add the groups other rounds need", () => {
    const keys = INITIAL_CATEGORY_GROUPS.map((g) => g.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const old of [
      "pemda",
      "pemdes-kelurahan",
      "umk",
      "financial-services",
      "education",
      "manufacturing",
      "agriculture",
      "health",
      "overall",
    ])
      expect(keys).toContain(old);
    for (const added of [
      "province-government",
      "regency-city-government",
      "large-business",
      "medium-business",
      "public-service",
      "trade-services",
      "special-award",
    ])
      expect(keys).toContain(added);
    for (const g of INITIAL_CATEGORY_GROUPS) expect(g.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe("editions", () => {
  const ntt = { code: "53", name: "Nusa Tenggara Timur" };
  const a = { id: "a", level: "province", province: ntt, ceremonyDate: "2024-07-25", yearLabels: ["2024"] };
  const b = { id: "b", level: "province", province: ntt, ceremonyDate: "2025-07-21", yearLabels: ["2024", "2025"] };
  const other = {
    id: "c",
    level: "province",
    province: { code: "52", name: "Nusa Tenggara Barat" },
    ceremonyDate: "2025-07-01",
    yearLabels: ["2024"],
  };

  it("names an edition by its ceremony, never by a year label alone, in both languages", () => {
    const edition = {
      level: "province" as const,
      province: { ...ntt, slug: "nusa-tenggara-timur" },
      ceremonyDate: "2025-07-21" as string | null,
      yearLabel: "2024",
    };
    const tId = createTranslator({ locale: "id", messages: id }) as unknown as Translate;
    const tEn = createTranslator({ locale: "en", messages: en }) as unknown as Translate;
    expect(editionName(tId, edition, "id")).toBe("Paritrana Award Tingkat Provinsi Nusa Tenggara Timur, Upacara 21 Juli 2025");
    expect(editionName(tEn, edition, "en")).toBe("Paritrana Award Nusa Tenggara Timur province, Ceremony of 21 July 2025");
    expect(editionName(tId, { ...edition, level: "national", province: null }, "id")).toBe(
      "Paritrana Award Tingkat Nasional, Upacara 21 Juli 2025",
    );
    // a round whose ceremony date no source gives: named by its year label, saying the date is unknown
    expect(editionName(tId, { ...edition, level: "national", province: null, ceremonyDate: null, yearLabel: "2020" }, "id")).toBe(
      "Paritrana Award Tingkat Nasional, “2020”, tanggal upacara belum diketahui",
    );
    expect(editionName(tEn, { ...edition, level: "national", province: null, ceremonyDate: null, yearLabel: "2020" }, "en")).toBe(
      "Paritrana Award National level, “2020”, ceremony date not yet known",
    );
  });

  it("warns about another ceremony of the same province with a shared year label", () => {
    expect(editionsSharingALabel(b, [a, b, other])).toEqual([{ edition: a, labels: ["2024"] }]);
    expect(editionsSharingALabel(a, [a, b, other])).toEqual([{ edition: b, labels: ["2024"] }]);
  });
});

describe("slugify", () => {
  it("makes readable ascii slugs", () => {
    expect(slugify("Nusa Tenggara Timur")).toBe("nusa-tenggara-timur");
    expect(slugify("Daerah Istimewa Yogyakarta ")).toBe("daerah-istimewa-yogyakarta");
    expect(slugify("Bekeŕja / PT.Nusa")).toBe("bekerja-pt-nusa");
  });
});

describe("years", () => {
  const e2024 = { ceremonyDate: "2024-07-25" as string | null, yearLabel: "2024", yearLabels: ["2024"] };
  const e2025 = { ceremonyDate: "2025-07-21" as string | null, yearLabel: "2024", yearLabels: ["2024", "2025"] };
  const undated = { ceremonyDate: null, yearLabel: "2020", yearLabels: [] };

  it("puts both NTT ceremonies under 2024, and says why", () => {
    expect(yearMatch(e2024, "2024")).toEqual({ labels: ["2024"], ceremony: true });
    expect(yearMatch(e2025, "2024")).toEqual({ labels: ["2024"], ceremony: false });
    expect(yearMatch(e2025, "2025")).toEqual({ labels: ["2025"], ceremony: true });
    expect(yearMatch(e2024, "2025")).toBeNull();
  });

  it("lists every year an edition can be found by, newest first", () => {
    expect(editionYears([e2024, e2025])).toEqual(["2025", "2024"]);
    expect(editionYears([e2024, undated])).toEqual(["2024", "2020"]);
  });

  it("finds a round with no known ceremony date by its year label", () => {
    expect(yearMatch(undated, "2020")).toEqual({ labels: ["2020"], ceremony: false });
    expect(yearMatch(undated, "2021")).toBeNull();
  });
});

describe("a day as written", () => {
  it("is one rule everywhere: YYYY-MM-DD and a day that exists, in the forms and in the import format", () => {
    expect(["2025-02-28", "2024-02-29"].map(isIsoDay)).toEqual([true, true]);
    expect(["2025-02-31", "2023-02-29", "2025-13-01", "2025-7-21", "21/07/2025", ""].map(isIsoDay)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    const source = (eventDate: string) =>
      sourceCreateSchema.safeParse({ publisher: "Warta Uji", eventDate, text: "x".repeat(60), reason: "Sumber uji" }).success;
    expect([source("2025-02-28"), source("2025-02-31")]).toEqual([true, false]);
    const file = (publishedAt: string) => {
      const t = JSON.parse(fs.readFileSync("tests/fixtures/transcriptions/other-rounds.json", "utf8"));
      t.sources[0].publishedAt = publishedAt;
      return transcriptionFormat.safeParse(t).success;
    };
    expect([file("2025-02-28"), file("2025-02-31")]).toEqual([true, false]);
    expect(dayFromIso("2025-07-21").toISOString()).toBe("2025-07-21T00:00:00.000Z");
  });
});
