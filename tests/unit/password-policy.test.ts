import { describe, expect, it } from "vitest";
import { passwordProblems } from "@/lib/auth/password-policy";

describe("passwordProblems", () => {
  it("accepts a long mixed password, or a long passphrase", () => {
    expect(passwordProblems("Kupang-Harper-2025!", "ed@example.org")).toEqual([]);
    expect(passwordProblems("empat kata acak yang panjang", "ed@example.org")).toEqual([]);
  });
  it("refuses short, single-class, common or personal passwords", () => {
    expect(passwordProblems("Ab1!", "ed@example.org")).toContain("at least 12 characters");
    expect(passwordProblems("abcdefghijkl", "ed@example.org").length).toBeGreaterThan(0);
    expect(passwordProblems("Paritrana2025!", "ed@example.org")).toContain("not a common or repeated word");
    expect(passwordProblems("Editor-Kupang-1", "editor@example.org")).toContain("not containing the email's name");
  });
});
