// Every vocabulary the schema defines (Prisma's enums) has its words in both languages, in the messages both the
// public pages and the admin read: a new value cannot reach a page without a label.
import { describe, expect, it } from "vitest";
import { EditionFactKind, Inference, Level, OrganizationKind } from "@/lib/generated/prisma/enums";
import { INFERENCE_VALUES } from "@/lib/import/transcription-format";
import en from "@/messages/en.json";
import id from "@/messages/id.json";

const vocabularies = [
  ["status", Inference],
  ["kind", OrganizationKind],
  ["facts", EditionFactKind],
  ["level", Level],
] as const;

describe("vocabularies", () => {
  for (const [namespace, values] of vocabularies) {
    it(`words every value of ${namespace} in Indonesian and English`, () => {
      for (const messages of [id, en]) {
        const words = messages[namespace] as Record<string, string>;
        for (const v of Object.values(values)) expect(words[v], `${namespace}.${v}`).toMatch(/\S/u);
      }
    });
  }

  it("takes the import format's inferences from the schema", () => {
    expect([...INFERENCE_VALUES].sort()).toEqual(Object.values(Inference).sort());
  });
});
