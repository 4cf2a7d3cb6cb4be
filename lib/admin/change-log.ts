import "server-only";
// The one way a write records itself in the public change history: a typed entity and action (the table in
// lib/history/change-kinds.ts), the record before and after as JSON, the reason and who. Called inside the write's
// transaction, so a refused or failed write leaves no history either.
import type { Prisma } from "../generated/prisma/client";
import type { ChangeAction, ChangeEntity } from "../history/change-kinds";
import { asJson } from "./result";

export type ChangeEntry = {
  entity: ChangeEntity;
  id: string;
  action: ChangeAction;
  before?: unknown;
  after?: unknown;
  reason: string;
  /** null for the command-line import */
  userId: string | null;
};

export async function logChange(tx: Prisma.TransactionClient, c: ChangeEntry): Promise<void> {
  await tx.change.create({
    data: {
      entityType: c.entity,
      entityId: c.id,
      action: c.action,
      before: c.before === undefined ? undefined : asJson(c.before),
      after: c.after === undefined ? undefined : asJson(c.after),
      reason: c.reason,
      userId: c.userId,
    },
  });
}
