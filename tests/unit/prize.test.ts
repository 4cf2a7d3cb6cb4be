import { describe, expect, it } from "vitest";
import { formatRupiah, rupiahAmount } from "@/lib/awards/prize";

describe("rupiahAmount", () => {
  it.each([
    ["uang pembinaan Rp 2.500.000", 2_500_000],
    ["uang pembinaan sebesar Rp2.500.000,-", 2_500_000],
    ["hadiah Rp 10 juta", 10_000_000],
    ["Rp2,5 juta dan piala", 2_500_000],
    ["Rp. 750 ribu", 750_000],
    ["total Rp 1,2 miliar", 1_200_000_000],
    ["Rp 5.000.000,00", 5_000_000],
  ])("reads %s", (text, amount) => expect(rupiahAmount(text)).toBe(amount));

  it.each(["satu unit mobil", "1 unit TV 50 inch", "trofi dan piagam", "sepeda motor dan tablet"])("gives none for goods: %s", (text) => {
    expect(rupiahAmount(text)).toBeNull();
  });

  it("formats in Indonesian notation", () => expect(formatRupiah(2_500_000)).toBe("Rp 2.500.000"));
});
