import { describe, expect, it } from "vitest";
import { ok } from "../support/answers.js";
import { browserStack } from "./stack.js";

/*
 * The business profile's second part on a phone: an applicant fills her permits and market in the folded
 * part, sees her size class with the rule that placed it and what a curator still needs, and later
 * changes the profile — the change sends only what she changed.
 */

const stack = browserStack();

describe("the applicant's extended profile, on a phone", () => {
  it("fills permits and market, sees the size class rule and the curation line, and edits the profile later", async () => {
    const maria = await stack.api.user("applicant");
    stack.offer(maria, "Maria (izin dan pasar)");
    const { context, page } = await stack.phone();
    await page.getByRole("button", { name: "Maria (izin dan pasar)" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "Profil usaha" }).isVisible()).toBe(true);
    await page.getByLabel("Klaster usaha").selectOption("kuliner");
    await page.getByLabel("Kabupaten/kota").selectOption("53.71");
    const basics = { "Nama pemilik": "Maria Bere", "Nama usaha": "Se'i Ina Maria", NIB: "9120301234888", Produk: "Se'i sapi", "Tahun berdiri": "2018", "Jumlah karyawan": "3", "Omzet setahun": "90000000", "Kebutuhan modal": "25000000", "Nomor HP": "0812-3456-7008" };
    for (const [label, value] of Object.entries(basics)) await page.getByLabel(label, { exact: true }).fill(value);

    await page.getByText("Izin dan pasar (boleh diisi nanti)").click();
    await page.getByLabel("Kode KBLI").selectOption("10130");
    await page.getByLabel("Modal usaha (tanpa tanah dan bangunan)").fill("150000000");
    await page.getByLabel("Tingkat risiko NIB").selectOption("low");
    await page.getByLabel("Nomor PIRT").fill("2065371010123-27");
    await page.getByLabel("PIRT berlaku sampai", { exact: false }).fill("2030-06-30");
    await page.getByLabel("Luar negeri (ekspor)").check();
    await page.getByLabel("Daerah sendiri (kabupaten atau kota)").check();
    await page.getByLabel("Negara tujuan ekspor").fill("tl");
    await page.getByLabel("e-Katalog").selectOption("local");
    await page.getByLabel("Berjualan di marketplace").check();
    await page.getByLabel(/Saya setuju/).check();
    expect(await stack.seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Simpan profil" }).click();

    await expect.poll(() => page.getByText("Masuk sebagai").isVisible()).toBe(true);
    await expect.poll(() => page.locator("dl.profile").textContent()).toMatch(/Mikro — omzet setahun Rp\s90\.000\.000 ≤ Rp\s2\.000\.000\.000, PP 7\/2021 pasal 35 ayat \(5\)/);
    expect(await page.locator("dl.profile").textContent()).toContain("Belum: sertifikat halal");
    expect(ok(await stack.api.call("GET", "/me/profile", { as: maria }))).toMatchObject({
      kbli: "10130", businessCapitalIdr: 150_000_000, cluster: "kuliner",
      permits: { nibRisk: "low", pirt: { number: "2065371010123-27", expiresOn: "2030-06-30" } },
      market: { reach: ["regency", "export"], exportCountries: ["TL"], eKatalog: "local", marketplace: true, chamberShowcase: false },
    });

    // later: the same form with her values; only the changed permits go to the API
    await page.getByRole("button", { name: "Ubah profil" }).click();
    await expect.poll(() => page.getByLabel("Nomor PIRT").inputValue()).toBe("2065371010123-27");
    await page.getByLabel("Nomor Sertifikat halal").fill("ID53110000123450224");
    expect(await stack.seriousViolations(page)).toEqual([]);
    const sent = page.waitForRequest((request) => request.method() === "PATCH");
    await page.getByRole("button", { name: "Simpan perubahan profil" }).click();
    expect(Object.keys((await sent).postDataJSON())).toEqual(["permits"]);
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Perubahan profil tersimpan");
    // the saved profile is read again: its curation line follows
    await expect.poll(() => page.locator("dl.profile").textContent()).toContain("Siap dikurasi");
    expect(ok(await stack.api.call("GET", "/me/profile", { as: maria })).permits.halal).toEqual({ number: "ID53110000123450224" });
    await context.close();
  });
});
