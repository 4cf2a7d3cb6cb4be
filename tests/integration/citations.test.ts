// Every quote shown on the site is the stored article text at its offsets.
import { describe, expect, it } from "vitest";
import { quoteMatches, sliceCodePoints } from "@/lib/awards/quote";
import fs from "node:fs";
import path from "node:path";
import { readSeedTranscription, SEED_TRANSCRIPTION } from "@/prisma/seed/load";
import { db } from "./db";

const ARTICLES = path.join(path.dirname(SEED_TRANSCRIPTION), "articles");
const articleFiles = () =>
  fs
    .readdirSync(ARTICLES)
    .sort()
    .map((f) => fs.readFileSync(path.join(ARTICLES, f), "utf8"));
const seedSources = () => (readSeedTranscription() as { sources: { id: string; text: string }[] }).sources;

describe("citations", () => {
  it("every citation's quote is its source's text at its offsets", async () => {
    const citations = await db.citation.findMany({
      select: {
        id: true,
        quote: true,
        start: true,
        end: true,
        recipientName: true,
        categoryWording: true,
        source: { select: { text: true } },
      },
    });
    expect(citations.length).toBe(66);
    for (const c of citations) {
      expect(quoteMatches(c.source.text, c.quote, c), `citation ${c.id}`).toBe(true);
      if (c.recipientName) expect(c.quote).toContain(c.recipientName);
      if (c.categoryWording) expect(c.quote).toContain(c.categoryWording);
    }
  });

  it("every spelling of an organisation is its source's text at its offsets", async () => {
    const aliases = await db.organizationAlias.findMany({
      select: { spelling: true, start: true, end: true, source: { select: { text: true } } },
    });
    expect(aliases.length).toBeGreaterThan(0);
    for (const a of aliases) expect(sliceCodePoints(a.source.text, a.start, a.end)).toBe(a.spelling);
  });

  it("every recipient name in a citation is a recorded spelling of that claim's organisation", async () => {
    const claims = await db.claim.findMany({
      where: { organizationId: { not: null } },
      select: {
        id: true,
        organization: { select: { aliases: { select: { spelling: true } } } },
        citations: { select: { recipientName: true } },
      },
    });
    for (const c of claims) {
      const spellings = c.organization!.aliases.map((a) => a.spelling);
      for (const x of c.citations)
        expect(
          spellings.some((s) => x.recipientName?.includes(s)),
          `${c.id}: ${x.recipientName}`,
        ).toBe(true);
    }
  });

  it("stores each article verbatim, byte for byte (the seed file's texts are the five articles as copied)", async () => {
    const files = articleFiles();
    expect(seedSources()).toHaveLength(5);
    for (const s of seedSources()) {
      const stored = await db.source.findUniqueOrThrow({ where: { id: s.id }, select: { text: true, url: true, title: true } });
      expect(stored.text).toBe(s.text);
      expect(
        files.filter((f) => f === s.text),
        s.id,
      ).toHaveLength(1);
      expect(stored.url).toBeNull(); // no article gives its own address: none is invented
      if (stored.title) expect(stored.text).toContain(stored.title);
    }
  });

  it("the database refuses a quote that is not in the source, and a change to a cited text", async () => {
    const claim = await db.claim.findFirstOrThrow({ select: { id: true } });
    const before = await db.citation.count();
    await expect(
      db.citation.create({
        data: { claimId: claim.id, sourceId: "hn-2024-07-25", quote: "juara satu diraih Kabupaten Sikka", start: 0, end: 33 },
      }),
    ).rejects.toThrow(/not the text of source/);
    await expect(
      db.citation.create({
        data: { claimId: claim.id, sourceId: "hn-2024-07-25", quote: "KUPANG, HN", start: 0, end: 10, recipientName: "Kabupaten Belu" },
      }),
    ).rejects.toThrow(/recipient name/);
    await expect(db.source.update({ where: { id: "hn-2024-07-25" }, data: { text: "edited" } })).rejects.toThrow(/cannot be changed/);
    expect(await db.citation.count()).toBe(before);
  });
});
