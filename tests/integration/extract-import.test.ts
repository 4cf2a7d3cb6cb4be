// The extractor's draft goes through the same importer as a hand transcription: every fixture article's draft
// passes the import's checks (quotes verbatim, references resolved) in a dry run, on the real database.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDraft } from "@/lib/extract/extract-draft";
import { gazetteerFromPackage } from "@/lib/extract/gazetteer";
import { importTranscription } from "@/lib/import/import-transcription";
import { db } from "./db";

// the invented articles of the rules' first forms, and those of the forms learned from real reports
const dirs = ["tests/fixtures/articles", "tests/fixtures/forms"];

describe("an extractor draft, imported", () => {
  it("passes the import's checks for every fixture article, and a dry run writes nothing", async () => {
    const gazetteer = await gazetteerFromPackage();
    const organizations = (
      await db.organization.findMany({
        select: { id: true, name: true, kind: true, regionCode: true, aliases: { select: { spelling: true } } },
      })
    ).map((o) => ({ ...o, spellings: o.aliases.map((a) => a.spelling) }));
    const before = await db.claim.count();
    for (const [dir, file] of dirs.flatMap((d) =>
      fs
        .readdirSync(d)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => [d, f] as const),
    )) {
      const text = fs.readFileSync(path.join(dir, file), "utf8");
      const draft = extractDraft(text, { publisher: `Uji ${file}` }, { gazetteer, organizations });
      expect(draft.proposals.length, file).toBeGreaterThan(0);
      const result = await importTranscription(db, draft.transcription, { dryRun: true });
      expect(result, file).toMatchObject({ ok: true, dryRun: true, created: { placings: draft.proposals.length } });
    }
    expect(await db.claim.count()).toBe(before);
  });
});
