import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { locateQuote, QuoteNotFoundError, type Span } from "../awards/quote";

// What every admin write answers, and the checks they share: the stale-version conflict and the verbatim quote.

export type LastChange = { by: string; at: string; reason: string };
/** The record as it is now, in a few plain lines, so the editor sees what changed since they opened the form. */
export type CurrentState = { version: number; lines: string[] };

export type Failure =
  | { ok: false; kind: "invalid"; field: string; message: string }
  | { ok: false; kind: "conflict"; message: string; current: CurrentState; lastChange: LastChange | null }
  | { ok: false; kind: "duplicate"; message: string; existingId: string }
  | { ok: false; kind: "missing"; message: string };

export type Result<T> = { ok: true; value: T } | Failure;

export const invalid = (field: string, message: string): Failure => ({ ok: false, kind: "invalid", field, message });
export const missing = (message: string): Failure => ({ ok: false, kind: "missing", message });

export const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/** The refusal of a save based on an old version: the record as it is now and the change that got there first. */
export async function conflict(
  tx: Prisma.TransactionClient,
  entityType: string,
  entityId: string,
  current: CurrentState,
): Promise<Failure> {
  const last = await tx.change.findFirst({
    where: { entityType, entityId },
    orderBy: { id: "desc" },
    select: { createdAt: true, reason: true, user: { select: { name: true } } },
  });
  return {
    ok: false,
    kind: "conflict",
    message: `Data ini sudah diubah orang lain (sekarang versi ${current.version}). Periksa perubahannya; isian Anda tetap tersimpan di formulir.`,
    current,
    lastChange: last && { by: last.user?.name ?? "impor baris perintah", at: last.createdAt.toISOString(), reason: last.reason },
  };
}

export const QUOTE_NOT_FOUND = "Kutipan ini tidak ditemukan persis (huruf demi huruf) dalam teks sumber yang dipilih.";

/**
 * Where `quote` sits in the stored text of `sourceId` (its first occurrence), or the field error to show. The
 * database trigger checks the same again on insert.
 */
export async function verbatimSpan(
  tx: Prisma.TransactionClient,
  sourceId: string,
  quote: string,
  fields: { source: string; quote: string },
): Promise<{ ok: true; span: Span } | Failure> {
  const source = await tx.source.findUnique({ where: { id: sourceId }, select: { text: true } });
  if (!source) return invalid(fields.source, "Sumber tidak ditemukan.");
  try {
    return { ok: true, span: locateQuote(source.text, quote, { occurrence: 1 }) };
  } catch (e) {
    if (e instanceof QuoteNotFoundError) return invalid(fields.quote, QUOTE_NOT_FOUND);
    throw e;
  }
}

class Refused extends Error {
  constructor(readonly failure: Failure) {
    super(failure.kind);
  }
}

/**
 * One write as one transaction. A refusal rolls back everything the write did before it was refused (a new
 * organisation, a citation), so a refused save changes nothing.
 */
export async function writeTransaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await db.$transaction(async (tx) => {
      const result = await fn(tx);
      if (!result.ok) throw new Refused(result);
      return result;
    });
  } catch (e) {
    if (e instanceof Refused) return e.failure;
    throw e;
  }
}
