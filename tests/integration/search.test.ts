import { describe, expect, it } from "vitest";
import { search, searchOrganizations } from "@/lib/search/queries";

const topOrganization = async (q: string) => (await searchOrganizations(q))[0]?.id;

describe("search (PostgreSQL pg_trgm + unaccent)", () => {
  it.each([
    ["crisoris", "pt-crisorus-mandiri"], // a spelling from one source, a typo of the other
    ["crisorus", "pt-crisorus-mandiri"],
    ["swasti sari", "kopdit-swasti-sari"],
    ["swastisari", "kopdit-swasti-sari"], // missing space
    ["kopdir tlm", "kopdit-tlm"], // the source's own typo
    ["KOPDIT   TLM", "kopdit-tlm"], // case, extra spaces
    ["Kopdít TLM", "kopdit-tlm"], // accent
    ["PT TOM", "pt-timor-otsukhi-mutiara"], // an abbreviation the source gives
    ["otsuki mutiara", "pt-timor-otsukhi-mutiara"], // a typo
    ["Nagekeo", "kabupaten-nagekeo"],
    ["pukuafu", "desa-pukuafu"],
  ])("%s finds %s first", async (q, id) => {
    expect(await topOrganization(q)).toBe(id);
  });

  it("tells which spelling matched", async () => {
    const [hit] = await searchOrganizations("crisoris");
    expect(hit).toMatchObject({ name: "PT Crisorus Mandiri", matched: "Crisoris Jaya Mandiri" });
  });

  it("does not confuse the bank BPR TLM Kupang with a search for the cooperative's typo", async () => {
    expect((await searchOrganizations("kopdir tlm")).map((o) => o.id)).toEqual(["kopdit-tlm"]);
  });

  it("finds regions with or without “Kabupaten”, and the organisations in them", async () => {
    const rote = await search("rote ndao");
    expect(rote.regions[0]).toMatchObject({ code: "53.14", name: "Kabupaten Rote Ndao", provinceSlug: "nusa-tenggara-timur" });
    expect(rote.regions[0]!.organizations.map((o) => o.id)).toEqual(["desa-pukuafu"]);
    const nagekeo = await search("nagekeo");
    expect(nagekeo.regions[0]!.code).toBe("53.16");
    expect(nagekeo.regions[0]!.organizations.map((o) => o.id).sort()).toEqual(["kabupaten-nagekeo", "marapokot"]);
    expect((await search("ROTENDAO")).regions[0]?.code).toBe("53.14");
  });

  it("finds sources by publisher", async () => {
    expect((await search("pos kupang")).sources.map((s) => s.id)).toContain("pos-kupang-2025-07-21");
    expect((await search("topnews")).sources.map((s) => s.id)).toEqual(["topnewsntt-2025-07-21"]);
  });

  it("returns nothing for nonsense", async () => {
    expect(await search("qqxxzz")).toEqual({ organizations: [], regions: [], sources: [], categories: [] });
  });
});
