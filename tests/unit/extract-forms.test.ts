// The extractor against reports written in our own words in the forms real reports use (tests/fixtures/forms):
// every placing read, nothing proposed that the report does not say, the edition right.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { corpusReport, scoreCorpusReport } from "@/lib/extract/corpus-score";
import type { Gazetteer } from "@/lib/extract/extract-draft";
import { gazetteerFromPackage } from "@/lib/extract/gazetteer";

const DIR = "tests/fixtures/forms";
const files = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort();

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await gazetteerFromPackage();
});

describe("the forms of real reports", () => {
  it("has a fixture for each form", () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
  });

  for (const file of files) {
    it(`reads ${file.replace(/\.json$/, "")} whole and proposes nothing else`, () => {
      const key = corpusReport.parse(JSON.parse(fs.readFileSync(path.join(DIR, file), "utf8")));
      const row = scoreCorpusReport(key, fs.readFileSync(path.join(DIR, file.replace(/\.json$/, ".txt")), "utf8"), gazetteer);
      expect(row.missed).toEqual([]);
      expect(row.wrong).toEqual([]);
      expect(row.edition).toEqual({ level: true, province: true, date: true });
    });
  }
});
