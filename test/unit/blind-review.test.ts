import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PitchBusiness } from "../../shared/data/pitches.js";
import { identifyingTexts, namePartsOf, redact, REDACTED } from "../../shared/views/pitches.js";

const business: PitchBusiness = {
  ownerName: "Rambu Anarara",
  businessName: "Tenun Ikat Rambu Anarara",
  nib: "9120001234567",
  phone: "+6281234567890",
  email: "rambu.tenun@example.org",
  sector: "kriya",
  regencyCode: "53.12",
};
const applicantId = "3f1c2a9e-7b4d-4e21-9c55-0d6a8b1e4f70";
const secrets = identifyingTexts(business, applicantId);

describe("what identifies a pitch's business and owner", () => {
  it("is the owner, the business, its NIB, its e-mail, the applicant id, and the phone in every form it is written", () => {
    expect([...secrets].sort()).toEqual([
      "+6281234567890", "081234567890", "6281234567890", "9120001234567",
      "Rambu Anarara", "Tenun Ikat Rambu Anarara", applicantId, "rambu.tenun@example.org",
    ].sort());
  });

  it("leaves out what is too short to mask without masking ordinary words, and an e-mail that is not there", () => {
    const short = identifyingTexts({ ...business, ownerName: "Ed", businessName: "  Jo ", email: undefined }, applicantId);
    expect(short).not.toContain("Ed");
    expect(short).not.toContain("  Jo ");
    expect(short).toHaveLength(5); // the NIB, the phone's three forms and the applicant id
    // three characters are enough to be a name
    expect(identifyingTexts({ ...business, ownerName: "Ani" }, applicantId)).toContain("Ani");
  });

  it("keeps a phone outside Indonesia as it is, with and without its plus", () => {
    const foreign = identifyingTexts({ ...business, phone: "+6591234567" }, applicantId);
    expect(foreign).toContain("+6591234567");
    expect(foreign).toContain("6591234567");
    expect(foreign.filter((text) => text.startsWith("0"))).toEqual([]);
  });
});

describe("blind review masks", () => {
  it("the owner's and the business's names in any letter case", () => {
    expect(redact("Kami, TENUN IKAT RAMBU ANARARA, dipimpin oleh rambu anarara sejak 2015.", secrets))
      .toBe(`Kami, ${REDACTED}, dipimpin oleh ${REDACTED} sejak 2015.`);
  });

  it("the phone written internationally, without its plus, or locally", () => {
    expect(redact("WA +6281234567890, 6281234567890 atau 081234567890.", secrets)).toBe(`WA ${REDACTED}, ${REDACTED} atau ${REDACTED}.`);
  });

  it("the phone and the NIB however they are spaced, and a name however many spaces it takes", () => {
    expect(redact("Telp 0812-3456-7890, +62 812 3456 7890, 0812 3456 7890 atau (0812) 3456.7890.", secrets))
      .toBe(`Telp ${REDACTED}, ${REDACTED}, ${REDACTED} atau (${REDACTED}.`);
    expect(redact("NIB 912 000 123 4567; pemilik Rambu   Anarara.", secrets)).toBe(`NIB ${REDACTED}; pemilik ${REDACTED}.`);
  });

  it("each part of the owner's name standing as a word, and no word it is only a piece of", () => {
    const parts = namePartsOf("Rambu Anarara");
    expect(parts).toEqual(["Rambu", "Anarara"]);
    expect(namePartsOf("Ed Ina Bere")).toEqual(["Ina", "Bere"]);
    expect(redact("Ibu Rambu dan keluarga ANARARA menanam rambutan.", secrets, parts)).toBe(`Ibu ${REDACTED} dan keluarga ${REDACTED} menanam rambutan.`);
    expect(redact("Tenun Ikat Rambu Anarara milik Rambu.", secrets, parts)).toBe(`${REDACTED} milik ${REDACTED}.`);
  });

  it("the NIB, the e-mail in capitals and the applicant id", () => {
    expect(redact(`NIB 9120001234567, RAMBU.TENUN@EXAMPLE.ORG, id ${applicantId.toUpperCase()}`, secrets))
      .toBe(`NIB ${REDACTED}, ${REDACTED}, id ${REDACTED}`);
  });

  it("the longest name whole, so a business named after its owner leaves no part of its name behind", () => {
    // both start at the same letter: masking the owner's first name first would leave "[•••] Anarara Tenun"
    for (const names of [["Rambu", "Rambu Anarara Tenun"], ["Rambu Anarara Tenun", "Rambu"]]) {
      expect(redact("Rambu Anarara Tenun menjual kain; Rambu menenun.", names), names.join()).toBe(`${REDACTED} menjual kain; ${REDACTED} menenun.`);
    }
    expect(redact("Tenun Ikat Rambu Anarara menjual kain.", ["Rambu Anarara", "Tenun Ikat Rambu Anarara"])).toBe(`${REDACTED} menjual kain.`);
  });

  it("names holding regular-expression characters literally, and nothing those characters would match", () => {
    const names = ["C.V. Maju (Jaya)+", "Toko [Sari]*", "A|B Catering", "$Kopi^ \\Kita"];
    expect(redact("Dari C.V. Maju (Jaya)+, Toko [Sari]*, A|B Catering dan $Kopi^ \\Kita.", names)).toBe(`Dari ${REDACTED}, ${REDACTED}, ${REDACTED} dan ${REDACTED}.`);
    expect(redact("CxVx Maju Jaya; Toko Sariii; A Catering; B Catering", names)).toBe("CxVx Maju Jaya; Toko Sariii; A Catering; B Catering");
  });

  it("nothing else: text without a secret, an empty list, and a missing text pass as they are", () => {
    expect(redact("Kain tenun dari Sumba Timur.", secrets)).toBe("Kain tenun dari Sumba Timur.");
    expect(redact("Rambu Anarara", [])).toBe("Rambu Anarara");
    expect(redact(undefined, secrets)).toBeUndefined();
  });

  // Letters, spaces and the characters a regular expression treats specially, but none of the mark's
  // (a secret "]ab" would reappear in "[•••]ab"): square brackets are tested by hand above.
  const alphabet = [..."abcAB .-(){}*+?^$|\\/"];
  const text = (min: number) => fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: 12 }).map((chars) => chars.join(""));
  const anyCase = (s: string, flips: boolean[]) => [...s].map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch.toLowerCase())).join("");

  it("leave no occurrence of a secret, in any case, wherever it stands in the text", () => {
    const secret = text(3).filter((s) => s.trim().length >= 3);
    fc.assert(fc.property(secret, text(0), text(0), fc.array(fc.boolean(), { minLength: 1 }), (s, before, after, flips) => {
      const masked = redact(`${before}${anyCase(s, flips)}${after}`, [s])!;
      expect(masked).toContain(REDACTED);
      expect(masked.toLowerCase()).not.toContain(s.toLowerCase());
    }));
  });

  it("change nothing in a text that contains none of the secrets", () => {
    const digits = fc.array(fc.constantFrom(..."0123456789"), { minLength: 3, maxLength: 8 }).map((d) => d.join(""));
    fc.assert(fc.property(text(0), fc.array(digits, { minLength: 1, maxLength: 4 }), (plain, numbers) => {
      expect(redact(plain, numbers)).toBe(plain);
    }));
  });

  it("mask an Indonesian mobile number in every form identifyingTexts derives", () => {
    const mobile = fc.array(fc.constantFrom(..."0123456789"), { minLength: 8, maxLength: 11 }).map((d) => `+628${d.join("")}`);
    fc.assert(fc.property(mobile, fc.constantFrom(0, 1, 2), (phone, form) => {
      const written = [phone, phone.slice(1), `0${phone.slice(3)}`][form]!;
      expect(redact(`hubungi ${written} ya`, identifyingTexts({ ...business, phone }, applicantId))).toBe(`hubungi ${REDACTED} ya`);
    }));
  });
});
