import { beforeAll, describe, expect, it } from "vitest";
import { demoUmkmCount, demoUmkmProfiles, seedUmkmDatabase } from "../../infra/local/demo-umkm.js";
import type { ProfileInput } from "../../shared/api/schemas/profiles.js";
import { sizeClassOf } from "../../shared/domain/profile.js";
import { regencyCodes, sectorCodes } from "../../shared/domain/reference.js";
import { scenarios } from "../support/scenarios.js";
import { testApi, type Caller, type TestApi } from "../support/api.js";
import { traceRequests } from "../support/trace.js";

/*
 * The cluster map (issue 13) over the demo's UMKM database on DynamoDB Local: the profiles' stream builds the
 * rows (the mapBusinesses job), the certificates' stream marks completed classes, and the organiser reads the
 * map through the API. Every count is checked against a count made here, over the profiles as seeded.
 */

let api: TestApi;
let admin: Caller;
const today = new Date().toISOString().slice(0, 10);
const seeded = demoUmkmProfiles(new Date()).map(({ applicantId, input }) => ({ applicantId, ...input }));
type Seeded = ProfileInput & { applicantId: string };

beforeAll(async () => {
  api = await testApi();
  admin = await api.user("admin");
  await api.startJobs();
  expect(await seedUmkmDatabase(new Date())).toEqual({ seeded: demoUmkmCount });
  await api.drainJobs();
}, 120_000);

const get = async (url: string) => {
  const answer = await api.call("GET", url, { as: admin });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body;
};

// the rules, written out again here, plainly, for the seeded profiles
const size = (p: Seeded) => sizeClassOf(p.annualRevenueIdr, p.businessCapitalIdr).sizeClass;
const holds = (p: Seeded, permit: "pirt" | "bpom" | "halal" | "sni") => {
  const held = p.permits?.[permit];
  return held !== undefined && (held.expiresOn === undefined || held.expiresOn >= today);
};
const readyForCuration = (p: Seeded) =>
  p.sector === "kuliner" ? (holds(p, "pirt") || holds(p, "bpom")) && (holds(p, "halal") || p.permits?.nonHalal === true)
    : p.sector === "perikanan" ? holds(p, "pirt") || holds(p, "bpom") : true;

/** cluster × regency → count, as the API's cells list them (non-empty only). */
const cellsOf = (profiles: Seeded[]) => {
  const counts = new Map<string, number>();
  for (const p of profiles) counts.set(`${p.sector} ${p.regencyCode}`, (counts.get(`${p.sector} ${p.regencyCode}`) ?? 0) + 1);
  return sectorCodes.flatMap((cluster) => regencyCodes.flatMap((regencyCode) => (counts.has(`${cluster} ${regencyCode}`) ? [{ cluster, regencyCode, businesses: counts.get(`${cluster} ${regencyCode}`)! }] : [])));
};

describe("the cluster map", () => {
  it("counts every seeded business by cluster and regency, with each cluster's readiness for curation, by Query alone", async () => {
    const traced = traceRequests();
    const commands: string[] = [];
    const { value: map } = await traced(async () => {
      const { db } = await import("../../shared/data/client.js");
      db().middlewareStack.add((next, context) => async (args) => (commands.push(context.commandName!), next(args)), { step: "initialize", name: "commandsOfMap" });
      try {
        return await get("/cluster-map");
      } finally {
        db().middlewareStack.remove("commandsOfMap");
      }
    });
    expect(new Set(commands)).toEqual(new Set(["QueryCommand"]));
    expect(map.asOf).toBe(today);
    expect(map.total).toBe(demoUmkmCount);
    expect(map.cells).toEqual(cellsOf(seeded));
    expect(map.regencies).toEqual(regencyCodes.map((regencyCode) => ({ regencyCode, businesses: seeded.filter((p) => p.regencyCode === regencyCode).length })));
    for (const cluster of map.clusters) {
      const members = seeded.filter((p) => p.sector === cluster.cluster);
      const ready = members.filter(readyForCuration).length;
      expect(cluster, cluster.cluster).toMatchObject({ businesses: members.length, ready, notReady: members.length - ready });
    }
    const kuliner = map.clusters.find((c: { cluster: string }) => c.cluster === "kuliner");
    const food = seeded.filter((p) => p.sector === "kuliner");
    expect(kuliner.needs).toEqual(["pirt_or_bpom", "halal"]);
    expect(kuliner.missing).toEqual({
      pirt_or_bpom: food.filter((p) => !holds(p, "pirt") && !holds(p, "bpom")).length,
      halal: food.filter((p) => !holds(p, "halal") && p.permits?.nonHalal !== true).length,
    });
    // the demo shows something real: food businesses both ready and not, in most regencies
    expect(kuliner.ready).toBeGreaterThan(0);
    expect(kuliner.notReady).toBeGreaterThan(0);
    expect(map.regencies.filter((r: { businesses: number }) => r.businesses > 0)).toHaveLength(22);
  });

  it("combines filters: any of the size classes and reaches, all of the certificates and channels, readiness", async () => {
    const cases: { query: string; keep: (p: Seeded) => boolean }[] = [
      { query: "sizeClass=small,medium", keep: (p) => ["small", "medium"].includes(size(p)) },
      { query: "certificates=pirt,halal", keep: (p) => holds(p, "pirt") && holds(p, "halal") },
      { query: "reach=national,export", keep: (p) => p.market?.reach.some((r) => r === "national" || r === "export") === true },
      { query: "channels=eKatalog,marketplace", keep: (p) => p.market?.eKatalog !== undefined && p.market.marketplace === true },
      { query: "curation=not_ready", keep: (p) => !readyForCuration(p) },
      { query: "sizeClass=micro&reach=province&curation=ready", keep: (p) => size(p) === "micro" && p.market?.reach.includes("province") === true && readyForCuration(p) },
      { query: "completed=no&certificates=bpom", keep: (p) => holds(p, "bpom") },
    ];
    for (const { query, keep } of cases) {
      const map = await get(`/cluster-map?${query}`);
      const kept = seeded.filter(keep);
      expect(kept.length, query).toBeGreaterThan(0);
      expect(kept.length, query).toBeLessThan(demoUmkmCount);
      expect(map.total, query).toBe(kept.length);
      expect(map.cells, query).toEqual(cellsOf(kept));
    }
  });

  it("lists a cell's, a cluster's and a regency's businesses by name, page after page, under the same filters", async () => {
    const listAll = async (query: string, limit: number) => {
      const names: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await get(`/cluster-map/businesses?${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
        expect(page.items.length).toBeLessThanOrEqual(limit);
        names.push(...page.items.map((b: { businessName: string }) => b.businessName));
        cursor = page.nextCursor;
      } while (cursor);
      return names;
    };
    const byName = (profiles: Seeded[]) => profiles.map((p) => p.businessName).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
    const kupangFood = seeded.filter((p) => p.sector === "kuliner" && p.regencyCode === "53.71");
    expect(await listAll("cluster=kuliner&regencyCode=53.71", 2)).toEqual(byName(kupangFood));
    const weavers = seeded.filter((p) => p.sector === "fesyen-tenun" && size(p) === "micro");
    expect((await listAll("cluster=fesyen-tenun&sizeClass=micro", 3)).sort()).toEqual(byName(weavers).sort());
    const sikka = seeded.filter((p) => p.regencyCode === "53.10" && !readyForCuration(p));
    expect((await listAll("regencyCode=53.10&curation=not_ready", 1)).sort()).toEqual(byName(sikka).sort());

    const one = (await get("/cluster-map/businesses?cluster=kuliner&regencyCode=53.71&limit=50")).items[0];
    const profile = seeded.find((p) => p.businessName === one.businessName)!;
    expect(one).toEqual({
      applicantId: profile.applicantId, businessName: profile.businessName, ownerName: profile.ownerName, regencyCode: "53.71", cluster: "kuliner", kbli: profile.kbli,
      sizeClass: size(profile), certificates: (["pirt", "bpom", "halal", "sni"] as const).filter((permit) => holds(profile, permit)),
      reach: profile.market?.reach ?? [], ...(profile.market?.exportCountries ? { exportCountries: profile.market.exportCountries } : {}),
      channels: [...(profile.market?.eKatalog ? ["eKatalog"] : []), ...(profile.market?.marketplace ? ["marketplace"] : []), ...(profile.market?.chamberShowcase ? ["chamberShowcase"] : [])],
      completedClasses: 0, curation: { ready: readyForCuration(profile), missing: expect.any(Array) },
    });
    expect((await api.call("GET", "/cluster-map/businesses?cursor=bm90LWEta2V5", { as: admin })).status).toBe(400);
  });

  it("follows the profiles: a business that moves and a new one change the counts; a certificate marks its class completed", async () => {
    const story = scenarios(api, admin);
    const where = await story.classWithCompetition();
    const graduate = await story.graduate(where, { businessName: "Tenun Ikat Graduates", sector: "fesyen-tenun", regencyCode: "53.20" });
    await api.drainJobs();
    const completed = await get("/cluster-map?completed=yes");
    expect(completed.total).toBe(1);
    expect(completed.cells).toEqual([{ cluster: "fesyen-tenun", regencyCode: "53.20", businesses: 1 }]);
    expect((await get("/cluster-map?completed=no")).total).toBe(demoUmkmCount);

    const moved = await api.call("PATCH", "/me/profile", { as: graduate, body: { regencyCode: "53.21", kbli: "10792" } });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    await api.drainJobs();
    const after = await get("/cluster-map?completed=yes");
    expect(after.cells).toEqual([{ cluster: moved.body.cluster, regencyCode: "53.21", businesses: 1 }]);
    expect(moved.body.cluster).toBe("kuliner");
    const [row] = (await get("/cluster-map/businesses?completed=yes&limit=5")).items;
    expect(row).toMatchObject({ businessName: "Tenun Ikat Graduates", regencyCode: "53.21", completedClasses: 1, curation: { ready: false, missing: ["pirt_or_bpom", "halal"] } });
  });

  it("exports the filtered database and the counts as CSV a spreadsheet opens safely, and as JSON", async () => {
    const story = scenarios(api, admin);
    await story.applicantWithProfile({ businessName: "=HYPERLINK(\"http://x\")", sector: "kriya", regencyCode: "53.07", products: ["Moko"] });
    await api.drainJobs();
    const csv = await api.call("GET", "/cluster-map/export.csv?cluster=kriya&regencyCode=53.07", { as: admin, headers: { "accept-language": "en" } });
    expect(csv.status).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
    expect(csv.headers["content-disposition"]).toMatch(/attachment; filename="umkm-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = String(csv.body).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe("Applicant ID,Business name,Owner name,Regency/city,Cluster,KBLI,Size class,Valid permits,Ready for curation,Missing,Market,Export countries,Channels,Classes completed");
    expect(lines).toHaveLength(1 + seeded.filter((p) => p.sector === "kriya" && p.regencyCode === "53.07").length + 1);
    const formula = lines.find((line) => line.includes("HYPERLINK"))!;
    expect(formula).toContain("'=HYPERLINK");
    expect(formula).toContain(",Alor,Crafts,");

    const counts = await api.call("GET", "/cluster-map/export.csv?rows=counts&sizeClass=micro", { as: admin });
    const table = String(counts.body).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(table[0]!.split(",")).toEqual(["Klaster", ...regencyCodes.map(() => expect.any(String)), "Jumlah"]);
    expect(table).toHaveLength(1 + sectorCodes.length + 1);
    const map = await get("/cluster-map?sizeClass=micro");
    expect(table.at(-1)).toBe(["Jumlah", ...map.regencies.map((r: { businesses: number }) => r.businesses), map.total].join(","));

    const json = await api.call("GET", "/cluster-map/export.json?curation=ready", { as: admin });
    expect(json.headers["content-type"]).toMatch(/^application\/json/);
    expect(json.headers["content-disposition"]).toMatch(/attachment; filename="peta-klaster-\d{4}-\d{2}-\d{2}\.json"/);
    const exported = json.body;
    const ready = await get("/cluster-map?curation=ready");
    expect({ ...exported, businesses: undefined }).toEqual({ ...ready, businesses: undefined });
    expect(exported.businesses).toHaveLength(ready.total);
    expect(exported.businesses.every((b: { curation: { ready: boolean } }) => b.curation.ready)).toBe(true);
  });

  it("is for organisers only, and refuses unknown filters", async () => {
    const applicant = await api.user("applicant");
    expect((await api.call("GET", "/cluster-map", { as: applicant })).status).toBe(403);
    expect((await api.call("GET", "/cluster-map")).status).toBe(401);
    for (const query of ["sizeClass=tiny", "certificates=pirt,pirt", "reach=", "completed=maybe", "regencyCode=31.71", "colour=red"]) {
      const answer = await api.call("GET", `/cluster-map/businesses?${query}`, { as: admin });
      expect(answer.status, query).toBe(400);
      expect(answer.body.error.code, query).toBe("validation_failed");
    }
  });
});
