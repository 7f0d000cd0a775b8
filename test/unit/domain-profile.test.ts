import { describe, expect, it } from "vitest";
import { normalisePhone } from "../../shared/domain/profile.js";

describe("mobile numbers", () => {
  it("accept the national 0 prefix whatever the number ends in", () => {
    expect(normalisePhone("0812 3456 789")).toBe("+628123456789");
    expect(normalisePhone("(0812) 3456.7891")).toBe("+6281234567891");
  });

  it("refuse a number without 0, 62 or +62 in front, and the 00 international prefix", () => {
    expect(normalisePhone("98123456789")).toBeUndefined();
    expect(normalisePhone("8123456789")).toBeUndefined();
    expect(normalisePhone("0081234567890")).toBeUndefined();
  });

  it("take 8 to 11 digits after the 8", () => {
    expect(normalisePhone("0812345678")).toBe("+62812345678");
    expect(normalisePhone("081234567")).toBeUndefined();
    expect(normalisePhone("0812345678901")).toBe("+62812345678901");
    expect(normalisePhone("08123456789012")).toBeUndefined();
  });
});
