import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoClassIds, demoUsers, seedDemo } from "../../infra/local/demo.js";
import { demoModuleIds, packagingQuizAnswers } from "../../infra/local/demo-modules.js";
import { ok } from "../support/answers.js";
import { browserStack } from "./stack.js";

/*
 * What `npm start` promises a new user, on the data it seeds: Fransiska, a demo applicant with no profile
 * yet, signs in on a phone, fills her profile and enrols in the Kupang class, which is full; Maria, the
 * organiser, adds a seat, reviews the hand-ins and takes the session's attendance; Fransiska learns every
 * required module to a certificate. Nobody types a curl.
 */

const stack = browserStack();

const demoUser = (variable: string) => demoUsers.find((user) => user.variable === variable)!;
const kupang = demoClassIds.kupangCohort;

/** The organiser's hand-in review on the class page: the card of one person's hand-in, passed. */
async function passHandIn(page: Page, who: string, module: string) {
  await page.goto(`${stack.url}/#/classes/${kupang}`);
  // the same address does not load the page again: the hand-ins are read afresh
  await page.reload();
  const handIn = page.locator(".card", { hasText: `${who} — ${module}` });
  await handIn.getByRole("button", { name: "Kirim penilaian" }).click();
  await expect.poll(() => handIn.count()).toBe(0);
}

describe("the demo class, as npm start seeds it", () => {
  it("takes a new applicant from sign-in to a certificate, with the organiser running the class", async () => {
    // the seed waits for the judges' assignment of its competition, which the job runner computes
    await stack.api.startJobs();
    await seedDemo(new Date());
    const fransiska = demoUser("FRANSISKA");
    const organiser = demoUser("ADMIN");
    stack.offer(await stack.api.user("applicant", fransiska.sub), fransiska.label);
    stack.offer(await stack.api.user("admin", organiser.sub), organiser.label);
    const applicant = await stack.phone();
    const admin = await stack.phone();
    const her = applicant.page;
    const maria = admin.page;

    // Fransiska: profile, then the full class puts her on the waitlist
    await her.getByRole("button", { name: fransiska.label }).click();
    await her.getByRole("heading", { name: "Profil usaha" }).waitFor();
    await her.getByLabel("Klaster usaha").selectOption("kuliner");
    await her.getByLabel("Kabupaten/kota").selectOption("53.71");
    const profile = { "Nama pemilik": "Fransiska Lewar", "Nama usaha": "Sambal Lu'at Ina Fransi", NIB: "9120301234770", Produk: "Sambal lu'at, Jagung bose", "Tahun berdiri": "2020", "Jumlah karyawan": "1", "Omzet setahun": "60000000", "Kebutuhan modal": "15000000", "Nomor HP": "0812-3456-7014" };
    for (const [label, value] of Object.entries(profile)) await her.getByLabel(label, { exact: true }).fill(value);
    await her.getByLabel(/Saya setuju/).check();
    await her.getByRole("button", { name: "Simpan profil" }).click();
    const kupangCard = her.locator(".card", { hasText: "Kelas Wirausaha Kupang — Angkatan 1" });
    await kupangCard.getByRole("button", { name: "Daftar" }).click();
    await expect.poll(() => her.locator(".status").first().textContent()).toContain("Daftar tunggu, urutan ke-1");

    // Maria: one more seat, which goes to the first in line
    await maria.getByRole("button", { name: organiser.label }).click();
    await maria.getByRole("link", { name: "Kelas Wirausaha Kupang — Angkatan 1" }).click();
    await maria.getByRole("button", { name: "Ubah kelas" }).click();
    const edit = maria.getByRole("form", { name: "Ubah kelas" });
    const seats = Number(await edit.getByLabel("Kapasitas (kursi)").inputValue());
    await edit.getByLabel("Kapasitas (kursi)").fill(String(seats + 1));
    await edit.getByRole("button", { name: "Simpan perubahan kelas" }).click();
    await expect.poll(() => maria.getByRole("status").textContent()).toContain("Perubahan kelas tersimpan");

    // Fransiska learns: material, quiz, material, the bookkeeping hand-in
    await her.reload();
    await expect.poll(() => her.locator(".status").first().textContent()).toContain("Terdaftar");
    await her.locator(".card", { hasText: "Kelas Wirausaha Kupang" }).getByRole("link").first().click();
    const learn = async (title: string) => {
      await her.getByRole("link", { name: title }).click();
      await her.getByRole("heading", { name: title }).waitFor();
    };
    const backToClass = () => her.getByRole("link", { name: /Kembali/ }).click();
    await learn("Mutu produk & produk unggulan lokal");
    await her.getByRole("button", { name: "Saya sudah membaca materi ini" }).click();
    await expect.poll(() => her.getByText("Selesai").first().isVisible()).toBe(true);
    await backToClass();
    await learn("Kemasan higienis & label: PIRT, halal, BPOM");
    for (const [question, option] of Object.entries(packagingQuizAnswers)) await her.locator(`input[name="${question}"][value="${option}"]`).check();
    await her.getByRole("button", { name: "Kirim jawaban" }).click();
    await expect.poll(() => her.getByRole("status").textContent()).toContain("Lulus!");
    await backToClass();
    await learn("Pemasaran digital");
    await her.getByRole("button", { name: "Saya sudah membaca materi ini" }).click();
    await expect.poll(() => her.getByText("Selesai").first().isVisible()).toBe(true);
    await backToClass();
    await learn("Pembukuan sederhana: arus kas satu bulan");
    await her.getByLabel("Jawaban Anda").fill("November: masuk Rp 5.200.000 dari 130 botol sambal, keluar Rp 3.100.000.");
    await her.getByRole("button", { name: "Kumpulkan" }).click();
    await expect.poll(() => her.getByText("Menunggu penilaian").first().isVisible()).toBe(true);

    // Maria: the hand-in passes; Fransiska came to the KUR session
    await passHandIn(maria, "Fransiska Lewar", "Pembukuan sederhana: arus kas satu bulan");
    await maria.goto(`${stack.url}/#/classes/${kupang}/modules/${demoModuleIds.kurSession}`);
    await maria.getByLabel("Fransiska Lewar · Sambal Lu'at Ina Fransi").check();
    await maria.getByRole("button", { name: "Simpan kehadiran" }).click();
    await expect.poll(() => maria.getByRole("status").textContent()).toContain("Kehadiran tercatat");

    // Fransiska: the pitch preparation, which Maria passes too
    await her.goto(`${stack.url}/#/classes/${kupang}`);
    await learn("Persiapan pitch");
    await her.getByLabel("Jawaban Anda").fill("Masalah: sambal rumahan cepat basi. Produk: sambal lu'at dalam botol kaca steril. Modal: Rp 15 juta untuk mesin pengisi.");
    await her.getByRole("button", { name: "Kumpulkan" }).click();
    await expect.poll(() => her.getByText("Menunggu penilaian").first().isVisible()).toBe(true);
    await passHandIn(maria, "Fransiska Lewar", "Persiapan pitch");

    // the certificate, and its public verification
    await her.goto(`${stack.url}/#/classes/${kupang}`);
    await her.locator(".done a").click();
    await expect.poll(() => her.locator(".done").textContent()).toContain("Sertifikat ini sah: Fransiska Lewar");
    expect(await stack.seriousViolations(her)).toEqual([]);
    const progress = ok(await stack.api.call("GET", `/classes/${kupang}/progress/me`, { as: await stack.api.user("applicant", fransiska.sub) }));
    expect(progress.complete).toBe(true);
    await applicant.context.close();
    await admin.context.close();
  });
});
