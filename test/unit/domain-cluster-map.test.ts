import { describe, expect, it } from "vitest";
import { clusterMap, heldCertificates, matches, type MapBusiness } from "../../shared/domain/cluster-map.js";

const now = new Date("2027-03-10T05:00:00Z");
let serial = 0;
const business = (overrides: Partial<MapBusiness> = {}): MapBusiness => ({
  applicantId: `a${serial++}`, businessName: "Usaha", ownerName: "Pemilik", regencyCode: "53.71", cluster: "kuliner", sizeClass: "micro", completedClasses: 0, ...overrides,
});

describe("the cluster map's rules", () => {
  it("counts a permit through its expiry day and not after, whatever was stored when it was written", () => {
    const permits = { pirt: { number: "P-1", expiresOn: "2027-03-10" }, bpom: { number: "B-1", expiresOn: "2027-03-09" }, halal: { number: "H-1" } };
    expect(heldCertificates(permits, now)).toEqual(["pirt", "halal"]);
    expect(heldCertificates(permits, new Date("2027-03-11T00:00:00Z"))).toEqual(["halal"]);
    expect(heldCertificates(undefined, now)).toEqual([]);
  });

  it("combines filters: any listed size class or reach, every listed certificate or channel, and readiness", () => {
    const food = business({ sizeClass: "small", permits: { pirt: { number: "P" }, halal: { number: "H" } }, market: { reach: ["province"], marketplace: true } });
    expect(matches(food, {}, now)).toBe(true);
    expect(matches(food, { sizeClass: ["micro", "small"] }, now)).toBe(true);
    expect(matches(food, { sizeClass: ["micro"] }, now)).toBe(false);
    expect(matches(food, { certificates: ["pirt", "halal"] }, now)).toBe(true);
    expect(matches(food, { certificates: ["pirt", "bpom"] }, now)).toBe(false);
    expect(matches(food, { reach: ["export", "province"] }, now)).toBe(true);
    expect(matches(food, { reach: ["export"] }, now)).toBe(false);
    expect(matches(food, { channels: ["marketplace"] }, now)).toBe(true);
    expect(matches(food, { channels: ["marketplace", "eKatalog"] }, now)).toBe(false);
    expect(matches(food, { completed: false, curation: "ready" }, now)).toBe(true);
    expect(matches(food, { completed: true }, now)).toBe(false);
    expect(matches(food, { curation: "not_ready" }, now)).toBe(false);
    // every kind must hold at once
    expect(matches(food, { sizeClass: ["small"], certificates: ["pirt"], reach: ["province"], channels: ["marketplace"], completed: false, curation: "ready" }, now)).toBe(true);
    expect(matches(food, { sizeClass: ["small"], certificates: ["pirt"], reach: ["province"], channels: ["marketplace"], completed: true, curation: "ready" }, now)).toBe(false);
  });

  it("counts cells, regencies and each cluster's readiness over the businesses that pass, services apart", () => {
    const businesses = [
      business({ regencyCode: "53.10", permits: { pirt: { number: "P" }, halal: { number: "H" } } }),
      business({ regencyCode: "53.10", permits: { pirt: { number: "P", expiresOn: "2027-03-01" } } }),
      business({ regencyCode: "53.10", permits: { nonHalal: true, bpom: { number: "B" } } }),
      business({ regencyCode: "53.71", cluster: "perikanan" }),
      business({ regencyCode: "53.01", cluster: "jasa", completedClasses: 2 }),
    ];
    const map = clusterMap(businesses, {}, now);
    expect(map.total).toBe(5);
    expect(map.cells).toEqual([
      { cluster: "kuliner", regencyCode: "53.10", businesses: 3 },
      { cluster: "perikanan", regencyCode: "53.71", businesses: 1 },
      { cluster: "jasa", regencyCode: "53.01", businesses: 1 },
    ]);
    expect(map.regencies).toHaveLength(22);
    expect(map.regencies.find((r) => r.regencyCode === "53.10")).toEqual({ regencyCode: "53.10", businesses: 3 });
    const of = (cluster: string) => map.clusters.find((c) => c.cluster === cluster)!;
    expect(map.clusters).toHaveLength(8);
    expect(of("kuliner")).toEqual({ cluster: "kuliner", businesses: 3, curated: true, needs: ["pirt_or_bpom", "halal"], ready: 2, notReady: 1, missing: { pirt_or_bpom: 1, halal: 1 } });
    expect(of("perikanan")).toMatchObject({ ready: 0, notReady: 1, missing: { pirt_or_bpom: 1, halal: 0 } });
    expect(of("kriya")).toEqual({ cluster: "kriya", businesses: 0, curated: true, needs: [], ready: 0, notReady: 0, missing: { pirt_or_bpom: 0, halal: 0 } });
    expect(of("jasa")).toMatchObject({ curated: false, needs: [], businesses: 1 });

    const completed = clusterMap(businesses, { completed: true }, now);
    expect(completed.total).toBe(1);
    expect(completed.cells).toEqual([{ cluster: "jasa", regencyCode: "53.01", businesses: 1 }]);
  });
});
