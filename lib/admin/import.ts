import "server-only";
import { authorize, type Actor } from "../auth/authorize";
import { db } from "../db";
import { importTranscription, type ImportResult } from "../import/import-transcription";
import { invalid, type Result } from "./result";
import type { ImportInput } from "./schema";

/**
 * The admin's import: the same importer as `npm run import` (all or nothing, every quote verbatim), recorded in the
 * public history under the admin's name with their reason. A dry run does it all and rolls back.
 */
export async function importFile(actorInput: Actor | null, input: ImportInput): Promise<Result<Extract<ImportResult, { ok: true }>>> {
  const actor = await authorize(actorInput, "admin");
  let json: unknown;
  try {
    json = JSON.parse(input.json);
  } catch (e) {
    return invalid("json", `Bukan JSON yang sah: ${(e as Error).message}`);
  }
  const result = await importTranscription(db, json, { dryRun: input.dryRun === "1", author: { userId: actor.id, reason: input.reason } });
  if (!result.ok) return invalid("json", `Berkas ditolak, tidak ada yang disimpan:\n${result.problems.map((p) => `• ${p}`).join("\n")}`);
  return { ok: true, value: result };
}
