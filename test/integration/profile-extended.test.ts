import { beforeAll, describe, expect, it } from "vitest";
import { insertProfile } from "../../shared/data/profiles.js";
import { testApi, type Caller, type TestApi } from "../support/api.js";
import { profileInput } from "../support/fixtures.js";

let api: TestApi;
let admin: Caller;
beforeAll(async () => {
  api = await testApi();
  admin = await api.user("admin");
});

const farFuture = "2099-12-31";
const extended = {
  kbli: "10130",
  businessCapitalIdr: 150_000_000,
  permits: { nibRisk: "medium_low", pirt: { number: "2065371010123-27", expiresOn: farFuture }, halal: { number: "ID53110000123450224" } },
  market: { reach: ["regency", "province", "export"], exportCountries: ["TL"], eKatalog: "local", marketplace: true, chamberShowcase: false },
};

describe("business profile, extended", () => {
  it("derives the cluster, the size class with its rule and the curation readiness, and PATCHing the KBLI code moves the cluster", async () => {
    const applicant = await api.user("applicant");
    const created = await api.call("POST", "/me/profile", { as: applicant, body: profileInput({ sector: "lainnya", ...extended }) });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ...extended,
      cluster: "kuliner",
      sizeClass: "micro",
      sizeRule: { criterion: "annualSales", amountIdr: 420_000_000, aboveIdr: 0, upToIdr: 2_000_000_000, regulation: "PP 7/2021", article: 35, paragraph: 5 },
      curation: { ready: true, missing: [] },
    });

    const moved = await api.call("PATCH", "/me/profile", { as: applicant, body: { kbli: "13122", annualRevenueIdr: 0 } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ cluster: "fesyen-tenun", sizeRule: { criterion: "businessCapital", amountIdr: 150_000_000 }, curation: { ready: true } });

    const cleared = await api.call("PATCH", "/me/profile", { as: applicant, body: { kbli: null, permits: null } });
    expect(cleared.body).not.toHaveProperty("kbli");
    expect(cleared.body).toMatchObject({ cluster: "lainnya" });
    expect((await api.call("GET", `/applicants/${applicant.sub}/profile`, { as: admin })).body).toEqual(cleared.body);
  });

  it("refuses an unknown KBLI code, export without countries, countries without export and a bad country code, naming the field and writing nothing", async () => {
    const applicant = await api.user("applicant");
    const refusals: [Record<string, unknown>, string][] = [
      [{ kbli: "10791" }, "body.kbli"],
      [{ market: { reach: ["export"] } }, "body.market.exportCountries"],
      [{ market: { reach: ["regency"], exportCountries: ["AU"] } }, "body.market.exportCountries"],
      [{ market: { reach: ["export"], exportCountries: ["XX"] } }, "body.market.exportCountries.0"],
      [{ permits: { pirt: { number: "1", expiresOn: "31-12-2027" } } }, "body.permits.pirt.expiresOn"],
    ];
    for (const [fields, field] of refusals) {
      const answer = await api.call("POST", "/me/profile", { as: applicant, body: profileInput(fields) });
      expect(answer.status, field).toBe(400);
      expect(answer.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    expect((await api.call("GET", "/me/profile", { as: applicant })).status).toBe(404);

    await api.call("POST", "/me/profile", { as: applicant, body: profileInput() });
    const before = (await api.call("GET", "/me/profile", { as: applicant })).body;
    const refused = await api.call("PATCH", "/me/profile", { as: applicant, body: { kbli: "12345" }, headers: { "accept-language": "en" } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0]).toMatchObject({ field: "body.kbli", message: expect.stringContaining("KBLI") });
    expect((await api.call("GET", "/me/profile", { as: applicant })).body).toEqual(before);
  });

  it("still creates an old-style profile, and answers one stored before the cluster map with its fields derived as it is read", async () => {
    const applicant = await api.user("applicant");
    const created = await api.call("POST", "/me/profile", { as: applicant, body: profileInput() });
    expect(created.body).toMatchObject({ cluster: "kuliner", sizeClass: "micro", curation: { ready: false, missing: ["pirt_or_bpom", "halal"] } });

    const old = await api.user("applicant");
    const { consent: _consent, phone: _phone, ...fields } = profileInput();
    const at = "2026-01-05T01:00:00.000Z";
    await insertProfile({ applicantId: old.sub, ...fields, phone: "+6281234567890", sizeClass: "micro", consentAt: at, createdAt: at, updatedAt: at });
    const read = await api.call("GET", "/me/profile", { as: old });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ cluster: "kuliner", sizeRule: { criterion: "annualSales" }, updatedAt: at });
    expect((await api.call("PATCH", "/me/profile", { as: old, body: { employees: 5 } })).body).toMatchObject({ employees: 5, cluster: "kuliner", sizeRule: { criterion: "annualSales" } });
  });

  it("reads a permit that lapsed since the profile was written as missing today", async () => {
    const lapsed = await api.user("applicant");
    const { consent: _consent, phone: _phone, ...fields } = profileInput();
    const at = "2026-01-05T01:00:00.000Z";
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);
    const permits = { pirt: { number: "2065371010045-27", expiresOn: yesterday }, halal: { number: "ID53110000123450325" } };
    // as written when the PIRT was still valid: ready
    await insertProfile({ applicantId: lapsed.sub, ...fields, permits, phone: "+6281234567891", cluster: "kuliner", sizeClass: "micro", curation: { ready: true, missing: [] }, consentAt: at, createdAt: at, updatedAt: at });
    expect((await api.call("GET", "/me/profile", { as: lapsed })).body.curation).toEqual({ ready: false, missing: ["pirt_or_bpom"] });
    const organiser = await api.user("admin");
    expect((await api.call("GET", `/applicants/${lapsed.sub}/profile`, { as: organiser })).body.curation).toEqual({ ready: false, missing: ["pirt_or_bpom"] });
  });

  it("serves the KBLI list with the reference lists", async () => {
    const reference = await api.call("GET", "/reference");
    expect(reference.body.kbli).toContainEqual({ code: "13122", id: "Industri Kain Tenun Ikat", en: "Ikat woven cloth", cluster: "fesyen-tenun" });
  });
});
