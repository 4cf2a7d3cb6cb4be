import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { slugify } from "../slug";

// Readable ids for new records (they are the permalinks), made unique by a numeric suffix.

/** `base`, or `base-2`, `base-3`, … : the first id not taken. */
export async function freeId(base: string, taken: (id: string) => Promise<boolean>): Promise<string> {
  let id = base;
  for (let n = 2; await taken(id); n++) id = `${base}-${n}`;
  return id;
}

/** An organisation's id from its name: "PT Sun Power Inti" -> "pt-sun-power-inti". */
export function organizationId(tx: Prisma.TransactionClient, name: string): Promise<string> {
  return freeId(slugify(name).slice(0, 80) || "organisasi", async (id) =>
    Boolean(await tx.organization.findUnique({ where: { id }, select: { id: true } })),
  );
}
