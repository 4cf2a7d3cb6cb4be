// The keys of the real-report corpus (tests/extract-corpus*/): each parses, names its report once, and the blind
// part is the one the url's hash fixed. The texts are not in git, so this holds the keys, not the scores.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { corpusPart, corpusReport } from "@/lib/extract/corpus-score";

const dirs = fs
  .readdirSync("tests")
  .filter((d) => d.startsWith("extract-corpus"))
  .map((d) => path.join("tests", d));
const keys = dirs.flatMap((dir) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({ file: path.join(dir, f), key: JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as unknown })),
);

describe("the corpus keys", () => {
  it("parse, each named as its file, each url once", () => {
    expect(keys.length).toBeGreaterThanOrEqual(100);
    const urls = new Set<string>();
    for (const { file, key } of keys) {
      const report = corpusReport.parse(key);
      expect(`${report.id}.json`, file).toBe(path.basename(file));
      expect(urls.has(report.url), report.url).toBe(false);
      urls.add(report.url);
    }
  });

  it("keep the first blind part a third of the first corpus, fixed by the url alone", () => {
    const first = keys
      .filter((k) => k.file.startsWith(path.join("tests", "extract-corpus") + path.sep))
      .map((k) => corpusReport.parse(k.key));
    const blind = first.filter((r) => corpusPart(r.url) === "blind");
    expect(first).toHaveLength(52);
    expect(blind).toHaveLength(17);
    // the split the development worked with: these two stayed on their sides
    expect(blind.map((r) => r.id)).toContain("antarakalbar-2025-09-24");
    expect(blind.map((r) => r.id)).not.toContain("antarajateng-2025-07-30");
  });
});
