// `npm run extract -- FILE.txt [--json] [--publisher NAME] [--title T] [--url U]`
// Reads a news report and prints the draft the extractor proposes: the edition, every proposed placing with its
// quote, confidence and what it inferred; with --json, the draft transcription in the import format (ready for
// `npm run import -- FILE --dry-run` after a person has checked it). Needs no database.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { extractDraft } from "../lib/extract/extract-draft";
import { gazetteerFromPackage } from "../lib/extract/gazetteer";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: "boolean", default: false }, publisher: { type: "string" }, title: { type: "string" }, url: { type: "string" } },
});
const file = positionals[0];
if (!file) {
  console.error("Usage: npm run extract -- FILE.txt [--json] [--publisher NAME] [--title TITLE] [--url URL]");
  process.exit(1);
}
const text = fs.readFileSync(file, "utf8");
const draft = extractDraft(
  text,
  { publisher: values.publisher ?? path.basename(file).replace(/\.[^.]+$/, ""), title: values.title ?? null, url: values.url ?? null },
  { gazetteer: await gazetteerFromPackage(), organizations: [] },
);
if (values.json) {
  console.log(JSON.stringify(draft.transcription, null, 2));
} else {
  for (const e of draft.editions) {
    console.log(
      `edition ${e.id}: ${e.level}${e.provinceName ? ` ${e.provinceName}` : ""}, ceremony ${e.ceremonyDate ?? "(no date in the text)"}, year label ${e.yearLabel ?? "-"}${e.venue ? `, at ${e.venue}` : ""}${e.sharedCeremony ? `, joint ceremony ${e.sharedCeremony}` : ""}`,
    );
    for (const r of e.reasons) console.log(`  - ${r}`);
  }
  for (const p of draft.proposals) {
    const rank = p.rank === null ? "no rank" : `rank ${p.rank}`;
    console.log(
      `\n${p.certain ? "certain " : "check   "} ${(p.confidence * 100).toFixed(0)}%  ${p.category.label}${p.category.qualifier ? ` (${p.category.qualifier})` : ""} [${p.category.group}] · ${rank} · ${p.recipientName ?? "(no name)"}${p.prize ? ` · prize “${p.prize.text}”` : ""}`,
    );
    console.log(`  “${p.quote}” [${p.span.start}, ${p.span.end})`);
    for (const r of p.reasons) console.log(`  - ${r}`);
    if (p.inferenceNote) console.log(`  inferred: ${p.inferenceNote}`);
  }
  console.log(
    `\n${draft.proposals.length} placings proposed (${draft.proposals.filter((p) => p.certain).length} certain) in ${draft.ms.toFixed(1)} ms`,
  );
}
