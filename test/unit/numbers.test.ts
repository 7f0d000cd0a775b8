import { describe, expect, it } from "vitest";
import { decimal, percent, rupiah } from "../../shared/i18n/numbers.js";

describe("numbers as people read them", () => {
  it("writes rupiah the Indonesian way in Bahasa Indonesia and as IDR in English, with no minor unit", () => {
    expect(rupiah("id", 25_000_000)).toBe("Rp 25.000.000");
    expect(rupiah("en", 25_000_000)).toBe("IDR 25,000,000");
    expect(rupiah("id", 0)).toBe("Rp 0");
  });

  it("writes a score with one decimal and a share as a whole percentage, each language its own way", () => {
    expect(decimal("id", 7.44)).toBe("7,4");
    expect(decimal("en", 7)).toBe("7.0");
    expect(percent("id", 0.426)).toBe("43%");
    expect(percent("en", 1)).toBe("100%");
  });
});
