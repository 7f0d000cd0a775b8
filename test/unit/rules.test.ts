import { describe, expect, it } from "vitest";
import { IsoDateTime } from "../../shared/api/schemas/times.js";
import { authFromClaims, parseGroups } from "../../shared/http/auth.js";
import { normalisePhone, sizeClassOf } from "../../shared/domain/profile.js";
import { decodeCursor, encodeCursor } from "../../shared/data/pagination.js";
import { CLASS_LISTING_PK, classKey, classListingKeys, classPk, enrolmentByApplicantKeys, enrolmentKey, isClassListingKey, isEnrolmentByApplicantKey, isEnrolmentKey, isRosterByStatusKey, rosterByStatusKeys } from "../../shared/data/keys.js";
import { languageOf, messages, translate } from "../../shared/i18n/messages.js";
import { namesIn } from "../../shared/data/expressions.js";
import { localTime, zoneOfRegency } from "../../shared/domain/time.js";
import { safeFileName } from "../../shared/domain/files.js";

describe("phone numbers", () => {
  it("accept 08…, 628… and +628… and store E.164", () => {
    expect(normalisePhone("0812-3456-7890")).toBe("+6281234567890");
    expect(normalisePhone("6281234567890")).toBe("+6281234567890");
    expect(normalisePhone("+62 812 3456 789")).toBe("+628123456789");
  });
  it("refuse landlines, foreign and too short numbers", () => {
    expect(normalisePhone("0380-821234")).toBeUndefined();
    expect(normalisePhone("+6591234567")).toBeUndefined();
    expect(normalisePhone("0812345")).toBeUndefined();
  });
});

describe("size class by annual sales (PP 7/2021)", () => {
  it("puts the boundaries on the smaller class", () => {
    expect(sizeClassOf(2_000_000_000).sizeClass).toBe("micro");
    expect(sizeClassOf(2_000_000_001).sizeClass).toBe("small");
    expect(sizeClassOf(15_000_000_000).sizeClass).toBe("small");
    expect(sizeClassOf(50_000_000_000).sizeClass).toBe("medium");
    expect(sizeClassOf(50_000_000_001).sizeClass).toBe("large");
  });
});

describe("claims", () => {
  it("read groups in the flattened form API Gateway sends and as an array", () => {
    expect(parseGroups("[admin judge]")).toEqual(["admin", "judge"]);
    expect(parseGroups(["applicant"])).toEqual(["applicant"]);
    // a group whose name holds a comma is one group, never two roles
    expect(parseGroups(["admin,judge"])).toEqual(["admin,judge"]);
    expect(parseGroups("[admin,judge applicant]")).toEqual(["admin,judge", "applicant"]);
    expect(parseGroups(undefined)).toEqual([]);
  });
  it("accept only access tokens and drop unknown groups", () => {
    expect(authFromClaims({ sub: "u1", token_use: "access", "cognito:groups": "[admin root]" })).toEqual({ userId: "u1", roles: ["admin"] });
    expect(authFromClaims({ sub: "u1", token_use: "id", "cognito:groups": "[admin]" })).toBeUndefined();
    expect(authFromClaims({ token_use: "access" })).toBeUndefined();
  });
});

describe("cursors", () => {
  const classId = "5a1e0c2b-7d4f-4e8a-9b61-0c3f5d2a1e01";
  const otherClass = "5a1e0c2b-7d4f-4e8a-9b61-0c3f5d2a1e02";
  const cursorOf = (key: Record<string, string>) => encodeCursor(key)!;

  it("round-trip within their own collection and are refused elsewhere", () => {
    const key = enrolmentKey(classId, "applicant-1");
    expect(decodeCursor(cursorOf(key), { pk: classPk(classId) }, ["pk", "sk"], isEnrolmentKey)).toEqual(key);
    expect(() => decodeCursor(cursorOf(key), { pk: classPk(otherClass) }, ["pk", "sk"], isEnrolmentKey)).toThrow("invalid_cursor");
    expect(() => decodeCursor("not-json", { pk: classPk(classId) }, ["pk", "sk"], isEnrolmentKey)).toThrow("invalid_cursor");
    expect(() => decodeCursor(cursorOf({ ...key, extra: "1" }), { pk: classPk(classId) }, ["pk", "sk"], isEnrolmentKey)).toThrow("invalid_cursor");
    expect(() => decodeCursor(cursorOf(classKey(classId)), { pk: classPk(classId) }, ["pk", "sk"], isEnrolmentKey)).toThrow("invalid_cursor");
  });

  it("are refused unless every key value has the shape we write: empty, oversized or foreign values never reach DynamoDB", () => {
    const listing = { ...classKey(classId), ...classListingKeys(classId, "2027-01-10T01:00:00.000Z") };
    const decode = (key: Record<string, string>) => decodeCursor(cursorOf(key), { gsi1pk: CLASS_LISTING_PK }, ["pk", "sk", "gsi1pk", "gsi1sk"], isClassListingKey);
    expect(decode(listing)).toEqual(listing);
    for (const crafted of [
      { pk: "", sk: "", gsi1pk: CLASS_LISTING_PK, gsi1sk: "9999-12-31T00:00:00.000Z#x" },
      { ...listing, pk: classPk(otherClass) },
      { ...listing, sk: "ENROLMENT#x" },
      { ...listing, gsi1sk: `not-a-time#${classId}` },
      { ...listing, gsi1sk: `${"9".repeat(2000)}#${classId}` },
    ]) expect(() => decode(crafted), JSON.stringify(crafted).slice(0, 80)).toThrow("invalid_cursor");
    const byStatus = { ...enrolmentKey(classId, "a-1"), ...rosterByStatusKeys(classId, "a-1", "enrolled") };
    expect(isRosterByStatusKey(byStatus, "enrolled")).toBe(true);
    expect(isRosterByStatusKey(byStatus, "waitlisted")).toBe(false);
    expect(isRosterByStatusKey({ ...byStatus, gsi3sk: "someone-else" }, "enrolled")).toBe(false);
    const mine = { ...enrolmentKey(classId, "a-1"), ...enrolmentByApplicantKeys(classId, "a-1") };
    expect(isEnrolmentByApplicantKey(mine)).toBe(true);
    expect(isEnrolmentByApplicantKey({ ...mine, sk: "ENROLMENT#" })).toBe(false);
  });
});

describe("messages", () => {
  it("exist in Bahasa Indonesia and English, non-empty and different", () => {
    for (const [key, text] of Object.entries(messages)) {
      expect(text.id, key).not.toBe("");
      expect(text.en, key).not.toBe("");
    }
  });
  it("follow Accept-Language, Bahasa Indonesia by default", () => {
    expect(languageOf(undefined)).toBe("id");
    expect(languageOf("en-GB,en;q=0.8")).toBe("en");
    expect(languageOf("id-ID,en;q=0.5")).toBe("id");
    expect(translate("capacity_below_enrolled", "en", { enrolled: 12 })).toContain("12");
  });
});

describe("expression names", () => {
  it("are derived from the expressions, so none is unused", () => {
    expect(namesIn("SET #status = :s", "#capacity > :n AND #status = :x")).toEqual({ "#status": "status", "#capacity": "capacity" });
  });
});

describe("session times", () => {
  it("read in the event's zone, with its Indonesian name, in both languages", () => {
    expect(localTime("2027-01-20T01:00:00.000Z", "Asia/Makassar")).toEqual({
      id: "Rabu, 20 Januari 2027 pukul 09.00 WITA",
      en: "Wednesday, 20 January 2027 at 09:00 WITA",
    });
    expect(localTime("2027-01-20T01:00:00.000Z", "Asia/Jakarta").id).toContain("08.00 WIB");
    expect(localTime("2027-01-19T23:30:00.000Z", "Asia/Jayapura").en).toBe("Wednesday, 20 January 2027 at 08:30 WIT");
  });
});

describe("uploaded file names", () => {
  it("are made safe for storage keys and never start with a dot, even when cut short", () => {
    expect(safeFileName("arus kas januari (final).xlsx")).toBe("arus_kas_januari_final_.xlsx");
    const long = `${"a".repeat(20)}.${"b".repeat(95)}.pdf`;
    expect(safeFileName(long).startsWith(".")).toBe(false);
    expect(safeFileName(long).endsWith(".pdf")).toBe(true);
    expect(safeFileName("../../etc/passwd")).toBe("etc_passwd");
  });
});

describe("time zones of regencies", () => {
  it("follow the province: WIB in the west, WITA in the middle (NTT, Bali, Sulawesi, east Kalimantan), WIT in the east", () => {
    const zones = Object.fromEntries(["53.71", "51.71", "73.71", "64.72", "61.71", "31.71", "11.71", "81.71", "94.71"].map((code) => [code, zoneOfRegency(code)]));
    expect(zones).toEqual({
      "53.71": "Asia/Makassar", "51.71": "Asia/Makassar", "73.71": "Asia/Makassar", "64.72": "Asia/Makassar",
      "61.71": "Asia/Jakarta", "31.71": "Asia/Jakarta", "11.71": "Asia/Jakarta",
      "81.71": "Asia/Jayapura", "94.71": "Asia/Jayapura",
    });
  });
});

describe("times in requests", () => {
  it("are stored as UTC, and one past the year 9999 in UTC is refused (it would sort before every other)", () => {
    expect(IsoDateTime.parse("2027-01-05T09:30:00+08:00")).toBe("2027-01-05T01:30:00.000Z");
    expect(IsoDateTime.parse("9999-12-31T23:59:59+01:00")).toBe("9999-12-31T22:59:59.000Z");
    const past = IsoDateTime.safeParse("9999-12-31T23:59:59-01:00");
    expect(past.success).toBe(false);
    expect(past.error?.issues[0]?.message).toBe("datetime_format");
  });
});
