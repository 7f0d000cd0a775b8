import { describe, expect, it } from "vitest";
import { curationReadiness } from "../../shared/domain/curation.js";
import { clusterOfKbli, kbliList } from "../../shared/domain/kbli.js";
import { derivedProfileFields, isCountryCode, sizeClassOf } from "../../shared/domain/profile.js";
import { sectorCodes, type Sector } from "../../shared/domain/reference.js";

const now = new Date("2027-03-10T02:00:00Z");

describe("the KBLI 2020 list", () => {
  it("holds unique 5-digit codes, each named in both languages and placed in a cluster that is a sector", () => {
    const codes = kbliList.map((kbli) => kbli.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const kbli of kbliList) {
      expect(kbli.code).toMatch(/^\d{5}$/);
      expect(kbli.id.trim()).not.toBe("");
      expect(kbli.en.trim()).not.toBe("");
      expect(sectorCodes).toContain(kbli.cluster);
    }
  });

  it("gives every cluster at least one code, and places a code by what it makes", () => {
    expect(new Set(kbliList.map((kbli) => kbli.cluster))).toEqual(new Set(sectorCodes));
    expect(clusterOfKbli("13122")).toBe("fesyen-tenun");
    expect(clusterOfKbli("10212")).toBe("kuliner");
    expect(clusterOfKbli("99999")).toBeUndefined();
  });
});

describe("size class by PP 7/2021 art. 35", () => {
  const bySales = (amount: number) => sizeClassOf(amount, 3_000_000_000).sizeClass;
  const byCapital = (amount: number) => sizeClassOf(0, amount).sizeClass;

  it("places a business that sells by its annual sales, whatever its capital, at each limit and one rupiah above", () => {
    expect([2_000_000_000, 2_000_000_001, 15_000_000_000, 15_000_000_001, 50_000_000_000, 50_000_000_001].map(bySales))
      .toEqual(["micro", "small", "small", "medium", "medium", "large"]);
  });

  it("places a business with no sales yet by its capital, at each limit and one rupiah above", () => {
    expect([1_000_000_000, 1_000_000_001, 5_000_000_000, 5_000_000_001, 10_000_000_000, 10_000_000_001].map(byCapital))
      .toEqual(["micro", "small", "small", "medium", "medium", "large"]);
  });

  it("names the rule that placed it: criterion, amount, the class's limits and the paragraph", () => {
    expect(sizeClassOf(420_000_000)).toEqual({ sizeClass: "micro", sizeRule: { criterion: "annualSales", amountIdr: 420_000_000, aboveIdr: 0, upToIdr: 2_000_000_000, regulation: "PP 7/2021", article: 35, paragraph: 5 } });
    expect(sizeClassOf(0, 7_000_000_000).sizeRule).toEqual({ criterion: "businessCapital", amountIdr: 7_000_000_000, aboveIdr: 5_000_000_000, upToIdr: 10_000_000_000, regulation: "PP 7/2021", article: 35, paragraph: 3 });
    expect(sizeClassOf(60_000_000_000).sizeRule).not.toHaveProperty("upToIdr");
  });

  it("places a business with neither sales nor a stated capital as micro by its (zero) sales", () => {
    expect(sizeClassOf(0)).toMatchObject({ sizeClass: "micro", sizeRule: { criterion: "annualSales", amountIdr: 0 } });
  });
});

describe("readiness for curation", () => {
  const permit = { number: "P-1" };
  const ready = (cluster: Sector, permits: Parameters<typeof curationReadiness>[1]) => curationReadiness(cluster, permits, now);

  it("asks food for PIRT or BPOM, and halal", () => {
    expect(ready("kuliner", undefined)).toEqual({ ready: false, missing: ["pirt_or_bpom", "halal"] });
    expect(ready("kuliner", { pirt: permit })).toEqual({ ready: false, missing: ["halal"] });
    expect(ready("kuliner", { bpom: permit, halal: permit })).toEqual({ ready: true, missing: [] });
    // a product declared not halal on its label (se'i babi) needs no halal certificate, still its PIRT or BPOM
    expect(ready("kuliner", { pirt: permit, nonHalal: true })).toEqual({ ready: true, missing: [] });
    expect(ready("kuliner", { nonHalal: true })).toEqual({ ready: false, missing: ["pirt_or_bpom"] });
    expect(ready("kuliner", { pirt: permit, nonHalal: false })).toEqual({ ready: false, missing: ["halal"] });
  });

  it("asks fisheries for PIRT or BPOM only", () => {
    expect(ready("perikanan", { halal: permit })).toEqual({ ready: false, missing: ["pirt_or_bpom"] });
    expect(ready("perikanan", { pirt: permit })).toEqual({ ready: true, missing: [] });
  });

  it("asks no product permit of cloth, crafts, agribusiness, services, digital and other businesses", () => {
    for (const cluster of ["fesyen-tenun", "kriya", "agribisnis", "jasa", "digital", "lainnya"] as const) expect(ready(cluster, undefined)).toEqual({ ready: true, missing: [] });
  });

  it("counts a permit through its expiry day and not after", () => {
    expect(ready("kuliner", { pirt: { number: "P", expiresOn: "2027-03-10" }, halal: permit }).ready).toBe(true);
    expect(ready("kuliner", { pirt: { number: "P", expiresOn: "2027-03-09" }, halal: permit })).toEqual({ ready: false, missing: ["pirt_or_bpom"] });
  });
});

describe("the fields a profile derives", () => {
  it("takes the cluster from the KBLI code over the typed sector, and the sector without a code", () => {
    expect(derivedProfileFields({ sector: "kriya", kbli: "10792", annualRevenueIdr: 420_000_000 }, now)).toMatchObject({ cluster: "kuliner", sizeClass: "micro", curation: { ready: false } });
    expect(derivedProfileFields({ sector: "kriya", annualRevenueIdr: 420_000_000 }, now)).toMatchObject({ cluster: "kriya", curation: { ready: true, missing: [] } });
  });
});

describe("export countries", () => {
  it("are ISO 3166-1 alpha-2 codes, not regions or withdrawn codes", () => {
    expect(["TL", "AU", "SG", "JP"].every(isCountryCode)).toBe(true);
    expect(["EU", "UK", "XK", "tl", "TLS", "ZZ"].some(isCountryCode)).toBe(false);
  });
});
