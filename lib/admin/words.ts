// The admin's Indonesian words for the record's vocabularies, from the same messages the public pages use
// (messages/id.json), so a kind of inference, an organisation's kind or a fact's kind is worded once.
import id from "@/messages/id.json";
import type { EditionFactKind, Inference, OrganizationKind } from "../generated/prisma/enums";

export const inferenceWords = (i: Inference | string): string => (id.status as Record<string, string>)[i] ?? i;
export const kindWords = (k: OrganizationKind | string): string => (id.kind as Record<string, string>)[k] ?? k;
export const factWords = (k: EditionFactKind | string): string => (id.facts as Record<string, string>)[k] ?? k;
