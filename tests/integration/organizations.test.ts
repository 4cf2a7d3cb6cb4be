import { describe, expect, it } from "vitest";
import { db } from "./db";

async function organizationsSpelled(spelling: string) {
  const rows = await db.organizationAlias.findMany({ where: { spelling }, select: { organizationId: true } });
  return [...new Set(rows.map((r) => r.organizationId))];
}

describe("organisations", () => {
  it.each([
    [["Kopdit TLM", "KOPDIR TLM"]],
    [["PT Timor Otsukhi Mutiara", "PT TOM"]],
    [["Kopdit Swasti Sari", "Kopdit Swastisari"]],
    [["Pemerintah Kabupaten Nagekeo", "Kabupaten Nagekeo", "Nagekeo"]],
    [["Kabupaten Belu", "Belu"]],
    [["PT Crisorus Mandiri", "Crisoris Jaya Mandiri"]],
  ])("%j name one organisation, stored once", async (spellings) => {
    const ids = new Set<string>();
    for (const s of spellings) {
      const found = await organizationsSpelled(s);
      expect(found, s).toHaveLength(1);
      ids.add(found[0]!);
    }
    expect(ids.size).toBe(1);
  });

  it("keeps the bank BPR TLM Kupang apart from the cooperative Kopdit TLM", async () => {
    const [bpr] = await organizationsSpelled("BPR TLM Kupang");
    const [kopdit] = await organizationsSpelled("Kopdit TLM");
    expect(bpr).not.toBe(kopdit);
    const kinds = await db.organization.findMany({ where: { id: { in: [bpr!, kopdit!] } }, select: { id: true, kind: true } });
    expect(Object.fromEntries(kinds.map((k) => [k.id, k.kind]))).toEqual({ [bpr!]: "bank", [kopdit!]: "cooperative" });
  });

  it("marks the uncertain Crisoris/Crisorus match as probable, with a reason", async () => {
    const alias = await db.organizationAlias.findFirstOrThrow({
      where: { spelling: "Crisoris Jaya Mandiri" },
      select: { match: true, note: true },
    });
    expect(alias.match).toBe("probable");
    expect(alias.note).toMatch(/tidak dipastikan/);
  });

  it("has no two organisations whose names differ only in case, spacing or punctuation", async () => {
    const rows = await db.organizationAlias.findMany({ select: { organizationId: true, spelling: true } });
    const owner = new Map<string, string>();
    const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
    for (const r of rows) {
      const key = squash(r.spelling);
      expect(owner.get(key) ?? r.organizationId, r.spelling).toBe(r.organizationId);
      owner.set(key, r.organizationId);
    }
  });

  it("gives each organisation at least one cited spelling and an official region where one is known", async () => {
    const orgs = await db.organization.findMany({
      select: { id: true, _count: { select: { aliases: true } }, region: { select: { code: true, name: true } } },
    });
    expect(orgs).toHaveLength(25);
    for (const o of orgs) expect(o._count.aliases, o.id).toBeGreaterThan(0);
    const byId = Object.fromEntries(orgs.map((o) => [o.id, o.region]));
    expect(byId["desa-pukuafu"]).toEqual({ code: "53.14.10.2006", name: "Pukuafu" });
    expect(byId.marapokot).toEqual({ code: "53.16.01.2012", name: "Marapokot" });
    expect(byId["kabupaten-timor-tengah-utara"]).toEqual({ code: "53.03", name: "Kabupaten Timor Tengah Utara" });
  });
});

describe("regions", () => {
  it("holds every province and regency with its official code, from idn-area-data", async () => {
    expect(await db.region.count({ where: { level: "province" } })).toBe(38);
    expect(await db.region.count({ where: { level: "regency" } })).toBe(514);
    expect(await db.region.count({ where: { level: "regency", parentCode: "53" } })).toBe(22);
    expect(await db.region.findUnique({ where: { code: "53" }, select: { name: true, slug: true } })).toEqual({
      name: "Nusa Tenggara Timur",
      slug: "nusa-tenggara-timur",
    });
  });
});
