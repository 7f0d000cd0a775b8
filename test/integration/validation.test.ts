import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Route } from "../../shared/api/route.js";
import { routeList } from "../../shared/api/routes/index.js";
import { MAX_BODY_BYTES } from "../../shared/http/lambda.js";
import { testApi, type Caller, type TestApi } from "../support/api.js";
import { classInput, profileInput } from "../support/fixtures.js";
import { snapshotTables } from "../support/snapshot.js";

let api: TestApi;
let applicant: Caller;
let admin: Caller;
let judge: Caller;
let investor: Caller;
let classId: string;

beforeAll(async () => {
  api = await testApi();
  applicant = await api.user("applicant");
  admin = await api.user("admin");
  judge = await api.user("judge");
  investor = await api.user("investor");
  // Real objects exist, so a bad request that slipped through validation would have something to change.
  expect((await api.call("POST", "/me/profile", { as: applicant, body: profileInput() })).status).toBe(201);
  classId = (await api.call("POST", "/classes", { as: admin, body: classInput() })).body.classId;
});

const callerFor = (route: Route) => {
  if (route.roles === "public") return undefined;
  if (route.roles.includes("admin")) return admin;
  if (route.roles.includes("applicant")) return applicant;
  return route.roles.includes("judge") ? judge : investor;
};
const validUrl = (route: Route) => route.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === "classId" ? classId : applicant.sub));

describe.each(routeList.map((route) => [`${route.method} ${route.path}`, route] as const))("%s with bad input", (_, route) => {
  it("answers 400 with field details and writes nothing", async () => {
    const as = callerFor(route);
    const before = await snapshotTables();
    const attempts: { url: string; body?: unknown; raw?: string }[] = [{ url: `${validUrl(route)}?unexpected=1` }];
    if (route.path.includes("{")) attempts.push({ url: route.path.replace(/\{(\w+)\}/g, "bad%20id!") });
    if (route.body) {
      attempts.push({ url: validUrl(route), body: { unexpected: true } });
      attempts.push({ url: validUrl(route), body: [1, 2, 3] });
    }
    for (const attempt of attempts) {
      const answer = await api.call(route.method, attempt.url, { as, body: attempt.body, raw: attempt.raw });
      expect(answer.status, JSON.stringify(attempt)).toBe(400);
      expect(answer.body.error).toMatchObject({ code: "validation_failed", message: expect.any(String) });
      expect(answer.body.error.details.length).toBeGreaterThan(0);
      expect(answer.body.error.details[0]).toMatchObject({ field: expect.any(String), message: expect.any(String) });
    }
    expect(await snapshotTables()).toBe(before);
  });
});

const withBody = routeList.filter((route) => route.body !== undefined);

describe.each(withBody.map((route) => [`${route.method} ${route.path}`, route] as const))("%s with an unreadable body", (_, route) => {
  it("answers 400 to malformed JSON, 415 to another content type, 413 to an oversized body", async () => {
    const as = callerFor(route);
    const before = await snapshotTables();
    const malformed = await api.call(route.method, validUrl(route), { as, raw: '{"ownerName": ', headers: { "content-type": "application/json" } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe("malformed_json");
    const form = await api.call(route.method, validUrl(route), { as, raw: "a=1", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(form.status).toBe(415);
    const huge = await api.call(route.method, validUrl(route), { as, body: { padding: "x".repeat(MAX_BODY_BYTES) } });
    expect(huge.status).toBe(413);
    expect(await snapshotTables()).toBe(before);
  });
});

describe("field-level messages", () => {
  it("come in Bahasa Indonesia by default and in English on request", async () => {
    const fresh = await api.user("applicant", randomUUID());
    const body = profileInput({ nib: "12345", phone: "021-555", consent: false, regencyCode: "99.99" });
    const id = await api.call("POST", "/me/profile", { as: fresh, body });
    const en = await api.call("POST", "/me/profile", { as: fresh, body, headers: { "accept-language": "en-US,en;q=0.9" } });
    const byField = (answer: typeof id) => Object.fromEntries(answer.body.error.details.map((d: any) => [d.field, d.message]));
    expect(byField(id)).toMatchObject({
      "body.nib": "NIB harus 13 digit angka.",
      "body.consent": "Persetujuan penggunaan data wajib dicentang.",
      "body.regencyCode": "Kode kabupaten/kota tidak dikenal.",
      "body.phone": expect.stringContaining("Nomor HP"),
    });
    expect(byField(en)).toMatchObject({
      "body.nib": "NIB must be exactly 13 digits.",
      "body.consent": "Consent to data use is required.",
      "body.phone": expect.stringContaining("Mobile number"),
    });
    expect(en.body.error.message).toBe("The submitted data is invalid.");
  });

  it("are the project's own words, naming the field as a person would, never zod's", async () => {
    const fresh = await api.user("applicant");
    const { ownerName: _, ...body } = profileInput({ employees: "four", businessName: "X", products: [], annualRevenueIdr: -5, sector: "tambang", extra: 1 });
    const id = await api.call("POST", "/me/profile", { as: fresh, body });
    const en = await api.call("POST", "/me/profile", { as: fresh, body, headers: { "accept-language": "en" } });
    const message = (answer: typeof id, field: string) => answer.body.error.details.find((d: any) => d.field === field)?.message;
    expect(message(id, "body.ownerName")).toBe("Nama pemilik wajib diisi.");
    expect(message(en, "body.ownerName")).toBe("Owner name is required.");
    expect(message(id, "body.employees")).toBe("Jumlah karyawan harus berupa bilangan bulat atau angka.");
    expect(message(id, "body.businessName")).toBe("Nama usaha minimal 2 karakter.");
    expect(message(en, "body.products")).toBe("Products: at least 1 needed.");
    expect(message(id, "body.annualRevenueIdr")).toBe("Jumlah rupiah harus bilangan bulat tidak negatif.");
    expect(message(id, "body")).toBe("Isian tidak dikenal: extra.");
    for (const detail of [...id.body.error.details, ...en.body.error.details]) {
      expect(detail.message, detail.field).not.toMatch(/expected|invalid input|too small|too big|diharapkan|unrecognized/i);
    }
  });

});
