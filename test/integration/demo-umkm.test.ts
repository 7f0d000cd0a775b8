import { beforeAll, describe, expect, it } from "vitest";
import { demoUmkmCount, demoUmkmProfiles, seedUmkmDatabase, umkmApplicantId } from "../../infra/local/demo-umkm.js";
import { ProfileInput, type Profile } from "../../shared/api/schemas/profiles.js";
import { clusterOfKbli } from "../../shared/domain/kbli.js";
import { regencyCodes, sectorCodes } from "../../shared/domain/reference.js";
import { testApi, type Caller, type TestApi } from "../support/api.js";

/*
 * The demo's UMKM database (infra/local/demo-umkm.ts), which `npm start` seeds for the cluster map: seeded
 * through the app layer on fresh tables, then read back through the API as the organiser reads it.
 */

let api: TestApi;
let admin: Caller;
beforeAll(async () => {
  api = await testApi();
  admin = await api.user("admin");
});

/** Reads every demo profile, ten at a time, as the organiser. */
async function readAll(): Promise<Profile[]> {
  const profiles: Profile[] = [];
  for (let start = 0; start < demoUmkmCount; start += 10) {
    const ids = Array.from({ length: Math.min(10, demoUmkmCount - start) }, (_, i) => umkmApplicantId(start + i));
    const answers = await Promise.all(ids.map((id) => api.call("GET", `/applicants/${id}/profile`, { as: admin })));
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      profiles.push(answer.body);
    }
  }
  return profiles;
}

describe("demo UMKM database", () => {
  it("is what an applicant could have typed: valid input, unique NIBs, phones and business names, a KBLI code of the sector's cluster", () => {
    const inputs = demoUmkmProfiles(new Date()).map(({ input }) => input);
    expect(inputs).toHaveLength(demoUmkmCount);
    for (const input of inputs) {
      expect(ProfileInput.safeParse(input).error, input.businessName).toBeUndefined();
      expect(clusterOfKbli(input.kbli!), input.businessName).toBe(input.sector);
    }
    for (const field of ["nib", "phone", "businessName"] as const) expect(new Set(inputs.map((input) => input[field])).size, field).toBe(inputs.length);
    // the same database on every fresh start
    expect(demoUmkmProfiles(new Date())).toEqual(demoUmkmProfiles(new Date()));
  });

  it("seeds once, and every profile reads back with its cluster, size class and curation readiness, across every regency and cluster", async () => {
    const now = new Date();
    expect(await seedUmkmDatabase(now)).toEqual({ seeded: demoUmkmCount });

    const profiles = await readAll();
    expect(profiles).toHaveLength(demoUmkmCount);
    for (const profile of profiles) {
      expect(profile, profile.businessName).toMatchObject({ cluster: clusterOfKbli(profile.kbli!), sizeRule: { regulation: "PP 7/2021" }, curation: { ready: expect.any(Boolean) } });
    }
    expect(new Set(profiles.map((profile) => profile.regencyCode))).toEqual(new Set(regencyCodes));
    expect(new Set(profiles.map((profile) => profile.cluster))).toEqual(new Set(sectorCodes));
    expect(new Set(profiles.map((profile) => profile.sizeClass))).toEqual(new Set(["micro", "small", "medium"]));
    // PP 7/2021's limits themselves, by sales and by capital
    const placedAt = (criterion: string, amountIdr: number) => profiles.find((p) => p.sizeRule?.criterion === criterion && p.sizeRule.amountIdr === amountIdr)?.sizeClass;
    expect([placedAt("annualSales", 2_000_000_000), placedAt("annualSales", 15_000_000_000), placedAt("annualSales", 50_000_000_000)]).toEqual(["micro", "small", "medium"]);
    expect([placedAt("businessCapital", 1_000_000_000), placedAt("businessCapital", 5_000_000_000), placedAt("businessCapital", 10_000_000_000)]).toEqual(["micro", "small", "medium"]);

    const food = profiles.filter((profile) => profile.cluster === "kuliner");
    expect(food.some((profile) => profile.curation!.ready)).toBe(true);
    for (const missing of [["pirt_or_bpom", "halal"], ["pirt_or_bpom"], ["halal"]]) expect(food.map((profile) => profile.curation!.missing)).toContainEqual(missing);
    // an expired permit does not count: ready needs every permit valid today
    expect(food.some((profile) => !profile.curation!.ready && profile.permits?.pirt?.expiresOn !== undefined && profile.permits.pirt.expiresOn < now.toISOString().slice(0, 10))).toBe(true);
    expect(profiles.some((profile) => profile.permits?.sni)).toBe(true);

    const markets = profiles.map((profile) => profile.market);
    const exportCountries = new Set(markets.flatMap((market) => market?.exportCountries ?? []));
    for (const country of ["TL", "AU", "SG", "JP"]) expect(exportCountries).toContain(country);
    expect(new Set(markets.map((market) => market?.eKatalog))).toEqual(new Set(["national", "local", undefined]));
    expect(markets.some((market) => market?.marketplace) && markets.some((market) => market?.chamberShowcase)).toBe(true);

    expect(await seedUmkmDatabase(now)).toEqual({ seeded: 0 });
  });
});
