import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "@/lib/awards/csv";

describe("csv", () => {
  it("quotes fields with commas, quotes and line breaks, and leaves plain ones alone", () => {
    expect(csvField("Kopdit TLM")).toBe("Kopdit TLM");
    expect(csvField("Perdagangan, Jasa Pendidkan")).toBe('"Perdagangan, Jasa Pendidkan"');
    expect(csvField('“Terbaik 1” "SDH"')).toBe('"“Terbaik 1” ""SDH"""');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField(null)).toBe("");
    expect(csvField(3)).toBe("3");
  });

  it("keeps a spreadsheet from running a formula in a field", () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("-1")).toBe("'-1");
  });

  it("writes CRLF rows under a header", () => {
    expect(toCsv(["a", "b"], [[1, "x,y"]])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});
