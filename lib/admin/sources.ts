import "server-only";
import { logChange } from "./change-log";
import { dayFromIso } from "../dates";
import { sourceBaseId } from "../awards/identity";
import { authorize, type Actor } from "../auth/authorize";
import { freeId } from "./ids";
import { writeTransaction, type Result } from "./result";
import type { SourceCreateInput } from "./schema";

/** Stores a new article verbatim. The same URL or the same text already stored is refused, naming the existing one. */
export async function createSource(actorInput: Actor | null, input: SourceCreateInput): Promise<Result<{ id: string }>> {
  const actor = await authorize(actorInput);
  return writeTransaction(async (tx) => {
    const duplicate = await tx.source.findFirst({
      where: { OR: [...(input.url ? [{ url: input.url }] : []), { text: input.text }] },
      select: { id: true, url: true },
    });
    if (duplicate) {
      const byUrl = input.url && duplicate.url === input.url;
      return {
        ok: false,
        kind: "duplicate",
        existingId: duplicate.id,
        message: byUrl ? "Sumber dengan alamat web ini sudah tersimpan." : "Teks artikel yang sama sudah tersimpan.",
      } as const;
    }
    const base = sourceBaseId(input);
    const id = await freeId(base, async (id) => Boolean(await tx.source.findUnique({ where: { id }, select: { id: true } })));
    const day = (d?: string) => (d ? dayFromIso(d) : null);
    const source = await tx.source.create({
      data: {
        id,
        publisher: input.publisher,
        title: input.title ?? null,
        url: input.url ?? null,
        text: input.text,
        publishedAt: day(input.publishedAt),
        eventDate: day(input.eventDate),
        language: "id",
      },
      select: { id: true, publisher: true, title: true, url: true, publishedAt: true, eventDate: true },
    });
    await logChange(tx, { entity: "source", id: id, action: "create", after: source, reason: input.reason, userId: actor.id });
    return { ok: true, value: { id } } as const;
  });
}
