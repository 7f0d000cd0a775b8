import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { scheduleRun } from "../../shared/app/meetings.js";
import { findMeetings } from "../../shared/data/meetings.js";
import { ok } from "../support/answers.js";
import { browserStack } from "./stack.js";

/*
 * The pitch and what follows it, in a real browser on phone-sized windows: a graduate writes the pitch,
 * uploads the deck and submits it, and a judge declares being tied to her business; after publication the
 * organisers plan demo day (with a break, kept across a reload) and the meetings and invite an investor,
 * the investor ranks the finalists and gives free slots, a finalist gives hers, and the organisers'
 * schedule appears once the run is done.
 */

const stack = browserStack();
const { offer, phone, seriousViolations } = stack;

describe("the applicant's pitch, on a phone", () => {
  it("is written as a draft, refused while incomplete, submitted with its deck; a judge declares a tie to the business", async () => {
    const where = await stack.story.classWithCompetition();
    const nib = "9120309876543";
    const entrant = await stack.story.graduate(where, { ownerName: "Maria Bere", nib });
    offer(entrant, "Maria (lulus kelas)");
    const { context, page } = await phone();
    await page.getByRole("button", { name: "Maria (lulus kelas)" }).click();
    await page.locator(".cards .card a").first().click();
    await page.getByRole("heading", { name: "Kompetisi pitch" }).locator("..").getByRole("link").first().click();
    await page.getByRole("heading", { name: "Pitch Anda" }).waitFor();
    // the deadline as people in Kupang read it
    await expect.poll(() => page.getByText(/Batas pengajuan: .* WITA/).isVisible()).toBe(true);
    // sent with a title only: the draft is kept, the submission is refused field by field
    await page.getByLabel("Judul", { exact: true }).fill("Se'i vakum untuk oleh-oleh");
    await page.getByRole("button", { name: "Kirim pitch" }).click();
    await expect.poll(() => page.locator(".field-error").count()).toBeGreaterThan(3);
    expect(await page.getByRole("alert").first().textContent()).toBeTruthy();
    const fill = {
      Ringkasan: "Se'i sapi dalam kemasan vakum, tahan dua minggu.", "Masalah yang diselesaikan": "Se'i segar hanya tahan dua hari.",
      Produk: "Se'i sapi vakum 250 g berlabel halal.", "Pasar sasaran": "Wisatawan di Bandara El Tari.", "Capaian sejauh ini": "1.200 bungkus dalam enam bulan.",
      "Omzet 12 bulan terakhir": "420.000.000", "Modal yang diminta": "75.000.000", "Keperluan 1": "Mesin vakum", "Jumlah untuk keperluan 1 (Rp)": "45000000", Tim: "Pemilik dan empat karyawan dapur.",
    };
    for (const [label, value] of Object.entries(fill)) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByRole("button", { name: "Tambah keperluan" }).click();
    await page.getByLabel("Keperluan 2", { exact: true }).fill("Kemasan dan label");
    await page.getByLabel("Jumlah untuk keperluan 2 (Rp)").fill("30000000");
    // rupiah shown back the Indonesian way, and the use of funds adds up to the ask
    await expect.poll(() => page.getByText("Rp 420.000.000", { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText("Jumlah penggunaan dana Rp 75.000.000 dari modal yang diminta Rp 75.000.000").isVisible()).toBe(true);
    await page.getByLabel(/^Pitch deck/).setInputFiles({ name: "pitch-deck.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% deck\n") });
    await page.getByRole("button", { name: "Simpan draf" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Draf tersimpan");
    expect(ok(await stack.api.call("GET", `/competitions/${where.competitionId}/submissions/me`, { as: entrant })).missingToSubmit).toEqual([]);
    // the saved draft comes back from the API after a reload
    await page.reload();
    await expect.poll(() => page.getByLabel("Modal yang diminta").inputValue()).toBe("75000000");
    expect(await page.getByRole("link", { name: "Buka pitch deck Anda (PDF)" }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Kirim pitch" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Pitch terkirim");
    const pitch = ok(await stack.api.call("GET", `/competitions/${where.competitionId}/submissions/me`, { as: entrant }));
    expect(pitch).toMatchObject({ status: "submitted", capitalAskIdr: 75_000_000, revenueLast12MonthsIdr: 420_000_000, useOfFunds: [{ item: "Mesin vakum", amountIdr: 45_000_000 }, { item: "Kemasan dan label", amountIdr: 30_000_000 }] });
    expect(pitch.pitchDeck.size).toBe(16);
    await context.close();

    // a judge tied to her business says so: refused without NIB or phone, then kept
    const admin = await stack.api.user("admin");
    const judge = await stack.api.user("judge");
    ok(await stack.api.call("PUT", `/competitions/${where.competitionId}/judges/${judge.sub}`, { as: admin, body: { name: "Juri Dua", organisation: "KADIN NTT", sectors: ["kuliner"], email: "juri2@example.id" } }));
    offer(judge, "Juri Dua");
    const judging = await phone();
    await judging.page.getByRole("button", { name: "Juri Dua" }).click();
    await judging.page.locator(".card a").first().click();
    await judging.page.getByLabel("Hubungan Anda dengan usaha itu").selectOption("client");
    await judging.page.getByRole("button", { name: "Tambahkan usaha terkait" }).click();
    await expect.poll(() => judging.page.locator(".field-error").textContent()).toContain("NIB atau nomor HP");
    await judging.page.getByLabel("NIB usaha (13 angka)").fill(nib);
    await judging.page.getByRole("button", { name: "Tambahkan usaha terkait" }).click();
    await expect.poll(() => judging.page.locator(".card", { hasText: "Klien saya" }).textContent()).toContain(nib);
    expect(await seriousViolations(judging.page)).toEqual([]);
    expect(ok(await stack.api.call("GET", `/judging/competitions/${where.competitionId}`, { as: judge })).ties).toEqual([{ relation: "client", nib }]);
    await judging.context.close();
  });
});

describe("demo day and the investor meetings, on phones", () => {
  it("are planned by the organisers, wished for by an investor, given free times by a finalist, and scheduled", async () => {
    const admin = await stack.api.user("admin");
    const investor = await stack.api.user("investor");
    const published = await stack.story.publishedCompetition(3);
    const id = published.competitionId;
    const [first, second] = published.publication.places.map((p: { submissionId: string }) => p.submissionId) as [string, string];
    const business = (submissionId: string) => published.entrants.find((e) => e.submissionId === submissionId)!.business.businessName;
    offer(admin, "Panitia KADIN");
    const organiser = await phone();
    await organiser.page.getByRole("button", { name: "Panitia KADIN" }).click();

    // demo day: planned with a break after the first slot, then two slots swapped, and the organisers' calendar
    await organiser.page.goto(`${stack.url}/#/competitions/${id}/demo-day`);
    await organiser.page.getByLabel("Tanggal").fill("2027-03-10");
    await organiser.page.getByLabel("Tempat").fill("Aula KADIN NTT");
    await organiser.page.getByRole("button", { name: "Tambah istirahat" }).click();
    await organiser.page.getByLabel("Istirahat 1: sesudah slot ke-").fill("1");
    await organiser.page.getByLabel("Istirahat 1: lama (menit)").fill("20");
    await organiser.page.getByRole("button", { name: "Simpan rencana demo day" }).click();
    await expect.poll(() => organiser.page.locator("ol.cards .card").count()).toBe(3);
    await expect.poll(() => organiser.page.locator("ol.cards .card").first().textContent()).toMatch(/Slot 1: .*09\.00 WITA.*Belum dikonfirmasi.*istirahat 20 menit/);
    // slot 2 starts after 12 minutes of slot 1 and the 20-minute break, not the 5-minute buffer
    expect(await organiser.page.locator("ol.cards .card").nth(1).textContent()).toContain("09.32 WITA");
    expect(ok(await stack.api.call("GET", `/competitions/${id}/demo-day`, { as: admin }))).toMatchObject({ startTime: "09:00", breaks: [{ afterSlot: 1, minutes: 20 }] });
    // the saved plan fills the form after a reload, so planning again keeps the break
    await organiser.page.reload();
    await expect.poll(() => organiser.page.getByLabel("Istirahat 1: sesudah slot ke-").inputValue()).toBe("1");
    expect(await organiser.page.getByLabel("Istirahat 1: lama (menit)").inputValue()).toBe("20");
    expect(await organiser.page.getByLabel("Jam pitch pertama (WITA)").inputValue()).toBe("09:00");
    await organiser.page.getByRole("button", { name: "Simpan rencana demo day" }).click();
    await expect.poll(() => organiser.page.getByRole("status").textContent()).toContain("Tersimpan");
    expect(ok(await stack.api.call("GET", `/competitions/${id}/demo-day`, { as: admin })).breaks).toEqual([{ afterSlot: 1, minutes: 20 }]);
    await organiser.page.getByLabel("Finalis pertama").selectOption({ index: 1 });
    await organiser.page.getByLabel("Finalis kedua").selectOption({ index: 2 });
    await organiser.page.getByLabel(/Alasan penukaran/).fill("Finalis pertama ada acara keluarga pagi itu.");
    await organiser.page.getByRole("button", { name: "Tukar slot" }).click();
    await expect.poll(() => organiser.page.locator("ol.cards .card").first().textContent()).toContain(business(second));
    expect(ok(await stack.api.call("GET", `/competitions/${id}/demo-day`, { as: admin })).slots[0].submissionId).toBe(second);
    expect(await seriousViolations(organiser.page)).toEqual([]);
    const [download] = await Promise.all([organiser.page.waitForEvent("download"), organiser.page.getByRole("button", { name: "Unduh kalender (.ics)" }).click()]);
    expect(await readFile((await download.path())!, "utf8")).toContain("BEGIN:VCALENDAR");

    // meetings: an investor invited, the plan of two slots at one table
    await organiser.page.goto(`${stack.url}/#/competitions/${id}/meetings`);
    const invite = {
      "ID pengguna investor (dari akun investornya)": investor.sub, "Nama investor": "Yanti Lerik", Organisasi: "Flobamora Ventures",
      "Investasi terkecil (Rp)": "50.000.000", "Investasi terbesar (Rp)": "500.000.000", "E-mail investor": "yanti@example.id",
    };
    for (const [label, value] of Object.entries(invite)) await organiser.page.getByLabel(label, { exact: true }).fill(value);
    await organiser.page.getByLabel("Kuliner").check();
    await organiser.page.getByRole("button", { name: "Simpan undangan" }).click();
    await expect.poll(() => organiser.page.locator(".card", { hasText: "Yanti Lerik" }).textContent()).toContain("Rp 50.000.000 – Rp 500.000.000");
    await organiser.page.getByLabel("Tanggal").fill("2027-03-10");
    await organiser.page.getByLabel("Jumlah slot").fill("2");
    await organiser.page.getByLabel("Nama ruangan 1").fill("Meja 1");
    await organiser.page.getByRole("button", { name: "Simpan rencana pertemuan" }).click();
    await expect.poll(() => organiser.page.getByText("Jadwal belum disusun.").isVisible()).toBe(true);
    // the saved plan fills the form again after a reload (two slots, not the default six)
    await organiser.page.reload();
    await expect.poll(() => organiser.page.getByLabel("Jumlah slot").inputValue()).toBe("2");

    // the investor: the programme, then the second place wanted before the first, free all day
    offer(investor, "Yanti (Flobamora Ventures)");
    const wishing = await phone();
    await wishing.page.getByRole("button", { name: "Yanti (Flobamora Ventures)" }).click();
    await wishing.page.locator(".card a").first().click();
    await expect.poll(() => wishing.page.getByRole("region", { name: "Acara demo day" }).locator(".card").count()).toBe(3);
    const wish = wishing.page.getByRole("region", { name: "Pertemuan saya" });
    await wish.locator(".card", { hasText: business(first) }).getByRole("button", { name: "Ingin bertemu" }).click();
    await wish.locator(".card", { hasText: business(second) }).getByRole("button", { name: "Ingin bertemu" }).click();
    await wish.locator(".card", { hasText: business(second) }).getByRole("button", { name: "Naik" }).click();
    expect(await seriousViolations(wishing.page)).toEqual([]);
    await wish.getByRole("button", { name: "Simpan pilihan dan waktu luang" }).click();
    await expect.poll(() => wish.getByRole("status").textContent()).toContain("Tersimpan");
    expect(ok(await stack.api.call("GET", `/investing/competitions/${id}/meetings`, { as: investor })).wish).toMatchObject({ ranked: [second, first], available: ["s1", "s2"] });
    await wishing.context.close();

    // the first place is free only for the first slot
    const finalist = published.entrants.find((e) => e.submissionId === first)!;
    offer(finalist.applicant, "Finalis pertama");
    const own = await phone();
    await own.page.getByRole("button", { name: "Finalis pertama" }).click();
    await own.page.goto(`${stack.url}/#/competitions/${id}`);
    await expect.poll(() => own.page.getByText("Batas pengajuan sudah lewat").isVisible()).toBe(true);
    await own.page.getByRole("checkbox", { name: /13\.25 WITA/ }).uncheck();
    await own.page.getByRole("button", { name: "Simpan waktu luang" }).click();
    await expect.poll(() => own.page.getByRole("status").textContent()).toContain("Tersimpan");
    expect(await seriousViolations(own.page)).toEqual([]);
    expect(ok(await stack.api.call("GET", `/competitions/${id}/meetings/me`, { as: finalist.applicant })).available).toEqual(["s1"]);
    await own.context.close();

    // the organisers ask for a schedule; the page follows the run until it is done
    await organiser.page.reload();
    await organiser.page.getByRole("button", { name: "Susun jadwal" }).click();
    await expect.poll(() => organiser.page.getByText(/Jadwal sedang disusun/).isVisible()).toBe(true);
    await scheduleRun((await findMeetings(id))!, new Date());
    const meetings = organiser.page.getByRole("region", { name: "Jadwal pertemuan" }).locator(".card");
    await expect.poll(() => meetings.count(), { timeout: 10_000 }).toBe(2);
    expect(await meetings.first().textContent()).toMatch(new RegExp(`Yanti Lerik .*${business(first)}.*13\\.00 WITA · Meja 1.*Diusulkan`));
    expect(await meetings.nth(1).textContent()).toContain(business(second));
    expect(await seriousViolations(organiser.page)).toEqual([]);
    await organiser.context.close();
  });
});
