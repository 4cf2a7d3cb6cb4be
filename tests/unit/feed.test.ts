import { describe, expect, it } from "vitest";
import { atomFeed, xmlEscape } from "@/lib/feed";

describe("the Atom feed", () => {
  it("stays well-formed XML whatever an editor typed: control characters and lone surrogates are dropped, markup escaped", () => {
    expect(xmlEscape("a\u0000b\u0007c\u001Fd\uFFFEe")).toBe("abcde");
    expect(xmlEscape("x\uD800y")).toBe("xy");
    expect(xmlEscape("emoji 😀 stays")).toBe("emoji 😀 stays");
    expect(xmlEscape("tab\tand\nnewline")).toBe("tab\tand\nnewline");
    const xml = atomFeed({
      id: "https://x/feed.xml",
      title: "T",
      selfUrl: "https://x/feed.xml",
      siteUrl: "https://x/",
      updated: "2026-01-01T00:00:00Z",
      lang: "id",
      entries: [
        {
          id: "https://x/1",
          title: "Koreksi <b>\u0008",
          link: "https://x/1",
          published: "2026-01-01T00:00:00Z",
          updated: "2026-01-01T00:00:00Z",
          summary: "Alasan: salah\u0001 ketik & lain",
          category: "corrected",
        },
      ],
    });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters the feed must not carry
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xml).toContain("<title>Koreksi &lt;b&gt;</title>");
    expect(xml).toContain("Alasan: salah ketik &amp; lain");
  });
});
