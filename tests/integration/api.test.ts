import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as getClaims } from "@/app/api/v1/claims/route";
import { GET as getSource } from "@/app/api/v1/sources/[id]/route";

type ApiClaim = {
  id: string;
  url: string;
  rank: number;
  status: string;
  inference: string | null;
  edition: {
    id: string;
    level: string;
    province: { code: string; name: string } | null;
    yearLabel: string;
    ceremonyDate: string;
    url: string;
  };
  category: { key: string; name: { id: string; en: string } };
  recipient: { id: string; name: string; aliases: string[]; kind: string; url: string } | null;
  citations: {
    source: { id: string; publisher: string; title: string | null; publishedAt: string | null; url: string };
    quote: string;
    start: number;
    end: number;
  }[];
};

async function claims(query: string) {
  const response = await getClaims(new NextRequest(`http://localhost/api/v1/claims${query}`));
  return {
    status: response.status,
    body: (await response.json()) as { data: ApiClaim[]; error?: { message: string; parameter: string | null } },
  };
}

describe("GET /api/v1/claims", () => {
  it("returns every placing in the documented shape", async () => {
    const { status, body } = await claims("");
    expect(status).toBe(200);
    expect(body.data).toHaveLength(33);
    const tlm = body.data.find((c) => c.id === "nusa-tenggara-timur-2025-07-21-overall-1")!;
    expect(tlm).toMatchObject({
      url: "http://localhost:3000/klaim/nusa-tenggara-timur-2025-07-21-overall-1",
      rank: 1,
      status: "stated",
      inference: null,
      edition: {
        id: "nusa-tenggara-timur-2025-07-21",
        level: "province",
        province: { code: "53", name: "Nusa Tenggara Timur" },
        yearLabel: "2024",
        ceremonyDate: "2025-07-21",
        url: "http://localhost:3000/edisi/nusa-tenggara-timur-2025-07-21",
      },
      category: { key: "overall", name: { id: "Terbaik Keseluruhan", en: "Overall" } },
      recipient: {
        id: "kopdit-tlm",
        name: "Kopdit TLM",
        aliases: ["Kopdit TLM", "KOPDIR TLM"],
        kind: "cooperative",
        url: "http://localhost:3000/organisasi/kopdit-tlm",
      },
    });
    expect(tlm.citations).toHaveLength(1);
    expect(tlm.citations[0]).toMatchObject({
      source: {
        id: "topnewsntt-2025-07-21",
        publisher: "TopNewsNTT.com",
        publishedAt: null,
        url: "http://localhost:3000/sumber/topnewsntt-2025-07-21",
      },
    });
    expect(tlm.citations[0]!.quote).toContain("Terbaik 1 diraih oleh KOPDIR TLM");
  });

  it("gives a rank listed without a name a null recipient, and an inferred status with its reason", async () => {
    const { body } = await claims("?category=health&year=2025");
    const third = body.data.find((c) => c.rank === 3)!;
    expect(third.recipient).toBeNull();
    expect(third.status).toBe("inferred");
    expect(third.inference).toMatch(/Kategori Sektor Usaha Makro/);
  });

  it("filters by province code or slug, level, category and organisation", async () => {
    expect((await claims("?province=53")).body.data).toHaveLength(33);
    expect((await claims("?province=nusa-tenggara-timur")).body.data).toHaveLength(33);
    expect((await claims("?province=52")).body.data).toHaveLength(0); // a real province with no data yet
    expect((await claims("?level=province")).body.data).toHaveLength(33);
    expect((await claims("?level=national")).body.data).toHaveLength(0);
    const pemda = (await claims("?category=pemda")).body.data;
    expect(pemda.map((c) => `${c.edition.ceremonyDate} ${c.rank} ${c.recipient?.name}`)).toEqual([
      "2025-07-21 1 Kabupaten Nagekeo",
      "2025-07-21 2 Kabupaten Timor Tengah Utara",
      "2025-07-21 3 Kabupaten Belu",
      "2024-07-25 1 Kabupaten Belu",
      "2024-07-25 2 Kabupaten Sikka",
      "2024-07-25 3 Kabupaten Nagekeo",
    ]);
    const nagekeo = (await claims("?organization=kabupaten-nagekeo")).body.data;
    expect(nagekeo.map((c) => [c.edition.ceremonyDate, c.rank])).toEqual([
      ["2025-07-21", 1],
      ["2024-07-25", 3],
    ]);
  });

  it("matches a year against every label a source gives and the ceremony year, so 2024 finds both ceremonies", async () => {
    const editionsFor = async (year: string) =>
      [...new Set((await claims(`?year=${year}`)).body.data.map((c) => c.edition.ceremonyDate))].sort();
    expect(await editionsFor("2024")).toEqual(["2024-07-25", "2025-07-21"]);
    expect(await editionsFor("2025")).toEqual(["2025-07-21"]);
    expect(await editionsFor("2023")).toEqual([]);
  });

  it.each([
    ["?province=99", "province", /unknown province "99"/],
    ["?province=atlantis", "province", /unknown province "atlantis"/],
    ["?organization=kopdit-xyz", "organization", /unknown organization/],
    ["?category=kesehatan", "category", /unknown category "kesehatan"/],
    ["?year=2O24", "year", /four digits/],
    ["?level=kabupaten", "level", /level: one of/],
    ["?provinsi=53", "provinsi", /unknown parameter/],
  ])("answers %s with 400 and a JSON message", async (query, parameter, message) => {
    const { status, body } = await claims(query);
    expect(status).toBe(400);
    expect(body.error?.parameter).toBe(parameter);
    expect(body.error?.message).toMatch(message);
  });
});

describe("GET /api/v1/sources/:id", () => {
  it("returns the full stored text with the quotes taken from it", async () => {
    const response = await getSource(new Request("http://localhost/api/v1/sources/hn-2024-07-25"), {
      params: Promise.resolve({ id: "hn-2024-07-25" }),
    });
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as {
      data: {
        publisher: string;
        text: string;
        url: string;
        articleUrl: string | null;
        eventDate: string;
        quotes: { start: number; end: number; quote: string }[];
      };
    };
    expect(data.publisher).toBe("HN");
    expect(data.text.startsWith("KUPANG, HN – BPJS Ketenagakerjaan NTT")).toBe(true);
    expect(data.articleUrl).toBeNull();
    expect(data.eventDate).toBe("2024-07-25");
    expect(data.quotes.length).toBeGreaterThan(0);
    for (const q of data.quotes) expect(Array.from(data.text).slice(q.start, q.end).join("")).toBe(q.quote);
  });

  it("answers an unknown source with 404", async () => {
    const response = await getSource(new Request("http://localhost/api/v1/sources/nope"), { params: Promise.resolve({ id: "nope" }) });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { message: 'unknown source "nope"', parameter: null } });
  });
});

describe("GET /api/v1/claims: q, pagination, CSV", () => {
  it("q matches recipient spellings, regions and category names, with typos", async () => {
    const ids = async (q: string) => (await claims(`?q=${encodeURIComponent(q)}`)).body.data.map((c) => c.id).sort();
    expect(await ids("kopdir tlm")).toEqual([
      "nusa-tenggara-timur-2025-07-21-financial-services-1",
      "nusa-tenggara-timur-2025-07-21-overall-1",
    ]);
    expect(await ids("rote ndao")).toEqual(["nusa-tenggara-timur-2025-07-21-pemdes-kelurahan-3"]);
    expect(await ids("kesehatan")).toEqual([
      "nusa-tenggara-timur-2025-07-21-health-1",
      "nusa-tenggara-timur-2025-07-21-health-2",
      "nusa-tenggara-timur-2025-07-21-health-3",
    ]);
    expect(await ids("qqxxzz")).toEqual([]);
    expect((await claims("?q=x")).status).toBe(400);
  });

  it("pages through the results with totals and links", async () => {
    const first = await claims("?perPage=10");
    expect(first.body).toMatchObject({
      meta: { total: 33, page: 1, perPage: 10, totalPages: 4 },
      links: { prev: null, next: "/api/v1/claims?perPage=10&page=2" },
    });
    const last = await claims("?perPage=10&page=4");
    expect(last.body.data).toHaveLength(3);
    const all = new Set(
      [
        ...(await claims("?perPage=10&page=1")).body.data,
        ...(await claims("?perPage=10&page=2")).body.data,
        ...(await claims("?perPage=10&page=3")).body.data,
        ...last.body.data,
      ].map((c) => c.id),
    );
    expect(all.size).toBe(33);
    expect((await claims("?page=5&perPage=10")).status).toBe(400);
    expect((await claims("?perPage=0")).status).toBe(400);
  });

  it("gives CSV with one row per placing, quotes kept intact", async () => {
    const response = await getClaims(new NextRequest("http://localhost/api/v1/claims?edition=nusa-tenggara-timur-2024-07-25&format=csv"));
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const text = await response.text();
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^claim_id,claim_url,edition_id,ceremony_date,/);
    expect(lines).toHaveLength(7);
    expect(text).toContain(
      '"Sedangkan perusahaan sektor keuangan, juara satu diraih Bank NTT, juara dua BPR TLM Kupang, dan juara tiga Kopdit Swasti Sari."',
    );
  });
});

describe("while the database cannot be reached", () => {
  it("the API answers 503 with Retry-After and a JSON error, never a 500", async () => {
    const { createPrismaClient } = await import("@/lib/prisma-client");
    const { withApiErrors } = await import("@/lib/api-response");
    const down = createPrismaClient("postgresql://postgres:postgres@127.0.0.1:1/nothing");
    const response = await withApiErrors(async () => {
      await down.source.count(); // a real connection failure, as Prisma reports it
      return new Response("unreachable");
    });
    await down.$disconnect();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(await response.json()).toMatchObject({ error: { message: expect.stringMatching(/cannot be reached/) } });
  });
});
