import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { seedUmkmDatabase } from "../../infra/local/demo-umkm.js";
import { regencies, regencyCodes, sectors, type RegencyCode, type Sector } from "../../shared/domain/reference.js";
import { ok } from "../support/answers.js";
import { browserStack } from "./stack.js";

/*
 * The chamber's UMKM database on an organiser's phone (issue 13): the cluster map of the demo's 150
 * businesses, filtered on screen to the same numbers the API gives for the same filters, one cell's
 * businesses opened under it, and that cell's list saved as a CSV file.
 */

const stack = browserStack();

interface Cell { cluster: Sector; regencyCode: RegencyCode; businesses: number }

describe("the cluster map, on an organiser's phone", () => {
  it("shows the seeded database, filters it as the API does, opens a cell's businesses and saves them as CSV", async () => {
    await stack.api.startJobs();
    await seedUmkmDatabase(new Date());
    // the map's rows are built by a job from the profiles' stream
    await stack.api.drainJobs();
    const admin = await stack.api.user("admin");
    stack.offer(admin, "Maria (penyelenggara)");
    const { context, page } = await stack.phone();
    await page.getByRole("button", { name: "Maria (penyelenggara)" }).click();
    await page.getByRole("link", { name: "Peta klaster UMKM" }).click();
    const total = page.locator(".map-total");
    await expect.poll(() => total.textContent()).toBe("Jumlah usaha: 150");

    // micro businesses with a valid PIRT
    await page.getByText("Saring peta").click();
    await page.getByLabel("Mikro", { exact: true }).check();
    await page.getByLabel("PIRT", { exact: true }).check();
    const map = ok(await stack.api.call("GET", "/cluster-map?sizeClass=micro&certificates=pirt", { as: admin }));
    expect(map.total).toBeGreaterThan(0);
    expect(map.total).toBeLessThan(150);
    await expect.poll(() => total.textContent()).toBe(`Jumlah usaha: ${map.total}`);
    expect(decodeURIComponent(page.url())).toContain("#/cluster-map?sizeClass=micro&certificates=pirt");

    // every number of the table is the API's: cells, the clusters' totals, the regencies' totals
    const shown = await page.locator("table.map tbody tr, table.map tfoot tr").evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("td")].map((td) => td.textContent)));
    const counted = new Map((map.cells as Cell[]).map((c) => [`${c.cluster} ${c.regencyCode}`, c.businesses]));
    const inRegency = new Map((map.regencies as { regencyCode: string; businesses: number }[]).map((r) => [r.regencyCode, r.businesses]));
    const shownAs = (count: number | undefined) => (count ? String(count) : "·");
    expect(shown).toEqual([
      ...(map.clusters as { cluster: Sector; businesses: number }[]).map(({ cluster, businesses }) => [...regencyCodes.map((code) => shownAs(counted.get(`${cluster} ${code}`))), shownAs(businesses)]),
      [...regencyCodes.map((code) => shownAs(inRegency.get(code))), shownAs(map.total)],
    ]);

    // the biggest cell opens its businesses, by name, each with its readiness for curation
    const biggest = (map.cells as Cell[]).reduce((a, b) => (b.businesses > a.businesses ? b : a));
    const place = `${sectors[biggest.cluster].id}, ${regencies[biggest.regencyCode]}`;
    await page.getByRole("button", { name: `${biggest.businesses} usaha: ${place}`, exact: true }).click();
    const list = page.getByRole("region", { name: `Daftar usaha: ${place}` });
    const cards = list.locator(".card");
    await expect.poll(() => cards.count()).toBe(Math.min(biggest.businesses, 20));
    const cellQuery = `sizeClass=micro&certificates=pirt&cluster=${biggest.cluster}&regencyCode=${biggest.regencyCode}`;
    const listed = ok(await stack.api.call("GET", `/cluster-map/businesses?${cellQuery}`, { as: admin }));
    expect(await cards.locator("strong").allTextContents()).toEqual(listed.items.map((b: { businessName: string }) => b.businessName));
    const first = listed.items[0] as { curation: { ready: boolean; missing: string[] } };
    expect(await cards.first().textContent()).toContain(first.curation.ready ? "Siap dikurasi" : "Belum: ");
    expect(await cards.first().textContent()).toContain("Izin berlaku: PIRT");
    expect(await stack.seriousViolations(page)).toEqual([]);

    // the open cell's businesses as a spreadsheet: the header, then one line each
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: `Unduh CSV: daftar usaha (${place})` }).click()]);
    const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(csv[0]).toMatch(/^ID pelaku usaha,Nama usaha,Nama pemilik,Kabupaten\/kota,Klaster,/);
    expect(csv).toHaveLength(biggest.businesses + 1);
    await context.close();
  });
});
