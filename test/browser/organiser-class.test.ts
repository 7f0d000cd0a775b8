import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { ok } from "../support/answers.js";
import { browserStack } from "./stack.js";

/*
 * The organiser runs a class on a phone without curl: changes its capacity (a refusal first, then the
 * waitlist moves up), adds a live session, moves it up, sets a prerequisite, takes the session's
 * attendance on one screen, reads the progress matrix and downloads its export.
 */

const stack = browserStack();

/** Someone with a business profile who asks for a seat: seated while there is one, else waitlisted. */
async function enrolled(classId: string, ownerName: string) {
  const applicant = await stack.story.applicantWithProfile({ ownerName });
  ok(await stack.api.call("POST", `/classes/${classId}/enrolments`, { as: applicant }), 201);
  return applicant;
}

describe("the organiser runs a class, on a phone", () => {
  it("edits the class, adds and orders a session, sets a prerequisite, takes attendance and exports the progress", async () => {
    await stack.api.startJobs();
    const admin = await stack.api.user("admin");
    const { classId, moduleIds: [materialId, quizId] } = await stack.story.classWithModules(["material", "quiz"], 2);
    const maria = await stack.story.seatedApplicant(classId, "Maria Bere");
    const yohanes = await stack.story.seatedApplicant(classId, "Yohanes Lelo");
    for (const reader of [maria, yohanes]) ok(await stack.api.call("POST", `/classes/${classId}/modules/${materialId}/read`, { as: reader }));
    await enrolled(classId, "Antonius Seran");
    await enrolled(classId, "Bernadeta Nahak");
    stack.offer(admin, "Organiser kelas");

    const { context, page } = await stack.phone();
    await page.getByRole("button", { name: "Organiser kelas" }).click();
    await page.getByRole("heading", { name: "Semua kelas" }).waitFor();
    await page.goto(`${stack.url}/#/classes/${classId}`);
    // the waitlist in its order
    const waitlist = page.getByRole("heading", { name: "Daftar tunggu, sesuai urutan" }).locator("xpath=following-sibling::ol[1]").locator(".card");
    await expect.poll(() => waitlist.allTextContents()).toEqual([expect.stringContaining("Antonius Seran"), expect.stringContaining("Bernadeta Nahak")]);
    // a seated participant's business profile, opened from the roster
    const mariaSeat = page.locator("li.card", { hasText: "Maria Bere" }).first();
    await mariaSeat.getByRole("button", { name: "Lihat profil usaha" }).click();
    const nib = ok(await stack.api.call("GET", `/applicants/${maria.sub}/profile`, { as: admin })).nib as string;
    const details = async () => (await mariaSeat.locator("dl.profile").allTextContents()).join(" ");
    await expect.poll(details).toContain(nib);
    expect(await details()).toContain("Mikro");

    // capacity: below the seats taken is refused in the API's words; one more seat goes to the first in line
    await page.getByRole("button", { name: "Ubah kelas" }).click();
    const edit = page.getByRole("form", { name: "Ubah kelas" });
    await edit.getByLabel("Kapasitas (kursi)").fill("1");
    await edit.getByRole("button", { name: "Simpan perubahan kelas" }).click();
    await expect.poll(() => edit.getByRole("alert").textContent()).toContain("Kapasitas tidak boleh kurang dari 2");
    expect(await stack.seriousViolations(page)).toEqual([]);
    await edit.getByLabel("Kapasitas (kursi)").fill("3");
    await edit.getByRole("button", { name: "Simpan perubahan kelas" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Perubahan kelas tersimpan");
    await expect.poll(() => waitlist.allTextContents()).toEqual([expect.stringContaining("Bernadeta Nahak")]);
    expect(ok(await stack.api.call("GET", `/classes/${classId}`, { as: admin }))).toMatchObject({ capacity: 3, enrolled: 3, waiting: 1 });

    // a live session, yesterday in Kupang, added at the end and moved up before the quiz
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);
    await page.getByLabel("Jenis modul").selectOption("session");
    const session = {
      "Judul (Bahasa Indonesia)": "Sesi pemasaran digital", "Judul (bahasa Inggris)": "Digital marketing session",
      "Ringkasan (Bahasa Indonesia)": "Jualan lewat media sosial.", "Ringkasan (bahasa Inggris)": "Selling on social media.",
      "Mulai (WITA)": `${yesterday}T09:00`, "Selesai (WITA)": `${yesterday}T11:00`, Tempat: "Aula KADIN NTT, Kupang",
    };
    for (const [label, value] of Object.entries(session)) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByRole("button", { name: "Simpan modul" }).click();
    const sessionCard = page.locator(".card", { hasText: "Sesi pemasaran digital" });
    await expect.poll(() => sessionCard.textContent()).toContain("09.00 WITA");
    await sessionCard.getByRole("button", { name: "Naikkan" }).click();
    await expect.poll(async () => ok(await stack.api.call("GET", `/classes/${classId}/modules`, { as: admin })).items.map((m: { kind: string }) => m.kind))
      .toEqual(["material", "session", "quiz"]);
    const sessionId = ok(await stack.api.call("GET", `/classes/${classId}/modules`, { as: admin })).items[1].moduleId as string;

    // the quiz no longer waits for the session: its own prerequisite is the material
    await page.getByRole("link", { name: "Kuis kemasan higienis" }).click();
    await page.getByLabel("Pilih prasyarat sendiri (bila tidak: modul sebelumnya)").check();
    await page.getByLabel("Sesi pemasaran digital").uncheck();
    await page.getByLabel("Mutu produk & produk unggulan lokal").check();
    await page.getByRole("button", { name: "Simpan modul" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Modul tersimpan");
    const quiz = ok(await stack.api.call("GET", `/classes/${classId}/modules`, { as: admin })).items.find((m: { moduleId: string }) => m.moduleId === quizId);
    expect(quiz).toMatchObject({ prerequisites: [materialId], version: 2 });

    // attendance of the session on one screen: Maria came, Yohanes did not
    await page.goto(`${stack.url}/#/classes/${classId}/modules/${sessionId}`);
    await page.getByLabel("Maria Bere · Se'i Om Yos").check();
    expect(await stack.seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Simpan kehadiran" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Kehadiran tercatat untuk 1 peserta");
    const sessionOf = async (who: typeof maria) => ok(await stack.api.call("GET", `/classes/${classId}/progress/me`, { as: who })).modules.find((m: { moduleId: string }) => m.moduleId === sessionId);
    expect(await sessionOf(maria)).toMatchObject({ status: "completed", session: { attended: true } });
    expect((await sessionOf(yohanes)).status).toBe("available");

    // the progress matrix, one card per participant, and its CSV
    await page.getByRole("link", { name: /Kembali/ }).click();
    await page.getByRole("link", { name: "Kemajuan peserta dan ekspor" }).click();
    const mariaCard = page.locator(".card", { has: page.getByRole("heading", { name: "Maria Bere" }) });
    await expect.poll(() => mariaCard.locator("li", { hasText: "Sesi pemasaran digital" }).textContent()).toContain("Selesai");
    expect(await stack.seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Buat file CSV" }).click();
    const link = page.getByRole("link", { name: "Unduh file CSV (3 peserta)" });
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const csv = await readFile(await download.path(), "utf8");
    expect(csv).toContain("Nama pemilik");
    expect(csv).toContain("Maria Bere");
    await context.close();
  });
});
