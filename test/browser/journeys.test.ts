import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ok } from "../support/answers.js";
import type { AssignmentRunItem } from "../../shared/data/competitions.js";
import { runAssignment } from "../../shared/app/judging.js";
import { scheduleRun } from "../../shared/app/meetings.js";
import { findMeetings } from "../../shared/data/meetings.js";
import { competitionInput, pitchInput, quizAnswers } from "../support/fixtures.js";
import { browserStack, PHONE } from "./stack.js";

/*
 * The web app in a real browser (Debian's chromium through playwright-core), on a phone-sized window,
 * against the local API and DynamoDB Local: an applicant signs in, fills the business profile, enrols,
 * learns the class to a certificate anyone can verify; an organiser opens a class, writes a quiz and
 * reviews a hand-in; a dropped connection loses nothing; no page has a serious accessibility problem,
 * and the first page stays under its weight budget.
 */

const FIRST_PAGE_BUDGET_BYTES = 150 * 1024;

const stack = browserStack();
const { offer, phone, seriousViolations } = stack;

describe("the applicant, on a phone", () => {
  it("signs in, fills the business profile (kept through a dropped connection), and enrols in a class", async () => {
    const classId = await stack.story.openClass();
    const classTitle = ok(await stack.api.call("GET", `/classes/${classId}`, { as: await stack.api.user("applicant") })).title.id as string;
    offer(await stack.api.user("applicant"), "Maria (pemilik usaha baru)");
    const { context, page } = await phone();
    await page.getByRole("button", { name: "Maria (pemilik usaha baru)" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "Profil usaha" }).isVisible()).toBe(true);
    await page.getByLabel("Klaster usaha").selectOption("kuliner");
    await page.getByLabel("Kabupaten/kota").selectOption("53.71");
    const fill = { "Nama pemilik": "Maria Bere", "Nama usaha": "Kue Rambut Ina", NIB: "9120301234999", Produk: "Kue rambut, Kue cucur", "Tahun berdiri": "2019", "Jumlah karyawan": "2", "Omzet setahun": "90000000", "Kebutuhan modal": "25000000", "Nomor HP": "0812-3456-7004" };
    for (const [label, value] of Object.entries(fill)) await page.getByLabel(label, { exact: true }).fill(value);
    // the connection drops as she sends: she is told, and nothing she typed is lost, even after a reload
    await context.setOffline(true);
    await page.getByRole("button", { name: "Simpan profil" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("Koneksi terputus");
    await context.setOffline(false);
    await page.reload();
    await expect.poll(() => page.getByLabel("Nama usaha", { exact: true }).inputValue()).toBe("Kue Rambut Ina");
    // the form asks for her consent before anything is saved
    await page.getByRole("button", { name: "Simpan profil" }).click();
    await expect.poll(() => page.locator(".field-error").count()).toBeGreaterThan(0);
    await page.getByLabel(/Saya setuju/).check();
    await page.getByRole("button", { name: "Simpan profil" }).click();
    await expect.poll(() => page.getByText("Masuk sebagai").isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    const card = page.locator(".card", { hasText: classTitle });
    await card.getByRole("button", { name: "Daftar" }).click();
    await expect.poll(() => page.locator(".status").first().textContent()).toContain("Terdaftar");
    // English on request, the same screen
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "My classes" }).isVisible()).toBe(true);
    await context.close();
  });

  it("learns the class in order, passes the quiz and gets a certificate anyone can verify", async () => {
    const { classId } = await stack.story.classWithModules(["material", "quiz"]);
    offer(await stack.story.seatedApplicant(classId, "Yosefina Lake"), "Yosefina (kelas berjalan)");
    const { context, page } = await phone();
    await page.getByRole("button", { name: "Yosefina (kelas berjalan)" }).click();
    const className = ok(await stack.api.call("GET", `/classes/${classId}`, { as: await stack.api.user("applicant") })).title.id as string;
    await page.locator(".card", { hasText: className }).getByRole("link").first().click();
    await expect.poll(() => page.getByText(/0 dari 2 modul wajib/).isVisible()).toBe(true);
    // the quiz waits for the material: it is not a link yet
    expect(await page.getByRole("link", { name: "Kuis kemasan higienis" }).count()).toBe(0);
    await page.getByRole("link").filter({ hasNotText: "Kembali" }).first().click();
    await page.getByRole("button", { name: "Saya sudah membaca materi ini" }).click();
    await expect.poll(() => page.getByText("Selesai").first().isVisible()).toBe(true);
    await page.getByRole("link", { name: /Kembali/ }).click();
    await page.getByRole("link", { name: "Kuis kemasan higienis" }).click();
    for (const [question, option] of Object.entries(quizAnswers.right)) await page.locator(`input[name="${question}"][value="${option}"]`).check();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Kirim jawaban" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Lulus!");
    await page.getByRole("link", { name: /Kembali/ }).click();
    await expect.poll(() => page.getByText(/2 dari 2 modul wajib/).isVisible()).toBe(true);
    await page.locator(".done a").click();
    await expect.poll(() => page.locator(".done").textContent()).toContain("Sertifikat ini sah: Yosefina Lake");
    // the verification link works for anyone, signed in or not
    const link = await page.locator("#certificate-link").inputValue();
    const stranger = await stack.browser.newContext({ viewport: PHONE });
    const visitor = await stranger.newPage();
    await visitor.goto(link);
    await expect.poll(() => visitor.locator(".done").textContent()).toContain("Yosefina Lake");
    await stranger.close();
    await context.close();
  });

  it("has no serious accessibility problem on the sign-in page", async () => {
    const { context, page } = await phone();
    await page.getByRole("heading", { name: "Masuk" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

describe("the organiser, on a phone", () => {
  it("opens a class, adds a quiz to it, and reviews a hand-in", async () => {
    const admin = await stack.api.user("admin");
    offer(admin, "Organiser KADIN");
    // a hand-in waiting in another class, made through the API
    const { classId, moduleIds } = await stack.story.classWithModules(["assignment"]);
    const writer = await stack.story.seatedApplicant(classId, "Yohanes Lelo");
    ok(await stack.api.call("PUT", `/classes/${classId}/modules/${moduleIds[0]}/submission`, { as: writer, body: { text: "Arus kas Oktober: masuk 41,5 juta." } }));
    const { context, page } = await phone();
    await page.getByRole("button", { name: "Organiser KADIN" }).click();
    await page.getByRole("heading", { name: "Kelas baru" }).waitFor();
    await page.getByLabel("Judul (Bahasa Indonesia)").fill("Kelas Wirausaha Ende");
    await page.getByLabel("Judul (bahasa Inggris)").fill("Ende Entrepreneur Class");
    await page.getByLabel("Deskripsi (Bahasa Indonesia)").fill("Kelas untuk UMKM kuliner di Ende.");
    await page.getByLabel("Deskripsi (bahasa Inggris)").fill("A class for food micro-businesses in Ende.");
    await page.getByLabel("Kapasitas (kursi)").fill("25");
    await page.getByLabel("Pendaftaran dibuka (WITA)").fill("2026-12-01T08:00");
    await page.getByLabel("Pendaftaran ditutup (WITA)").fill("2027-01-15T17:00");
    await page.getByLabel("Tanggal mulai").fill("2027-01-20");
    await page.getByRole("button", { name: "Buat kelas" }).click();
    await page.getByRole("link", { name: "Kelas Wirausaha Ende" }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Jenis modul").selectOption("quiz");
    const fill = {
      "Judul (Bahasa Indonesia)": "Kuis KUR", "Judul (bahasa Inggris)": "KUR quiz", "Ringkasan (Bahasa Indonesia)": "Syarat KUR.", "Ringkasan (bahasa Inggris)": "What KUR asks.",
      "Pertanyaan (Bahasa Indonesia)": "Berapa plafon KUR Mikro?", "Pertanyaan (bahasa Inggris)": "What is the KUR Micro ceiling?",
      "Pilihan 1 (Bahasa Indonesia)": "Rp 100 juta", "Pilihan 1 (bahasa Inggris)": "IDR 100 million", "Pilihan 2 (Bahasa Indonesia)": "Rp 500 juta", "Pilihan 2 (bahasa Inggris)": "IDR 500 million",
    };
    for (const [label, value] of Object.entries(fill)) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByRole("button", { name: "Simpan modul" }).click();
    await expect.poll(() => page.locator(".card", { hasText: "Kuis KUR" }).count()).toBe(1);
    // the class with the hand-in: feedback is required to ask for a revision
    await page.goto(`${stack.url}/#/classes/${classId}`);
    const handIn = page.locator(".card", { hasText: "Yohanes Lelo —" });
    await expect.poll(() => handIn.locator("blockquote").textContent()).toContain("Arus kas Oktober");
    await handIn.getByLabel("Perlu perbaikan").check();
    await handIn.getByRole("button", { name: "Kirim penilaian" }).click();
    await expect.poll(() => handIn.locator(".field-error").count()).toBe(1);
    await handIn.getByLabel("Umpan balik untuk peserta").fill("Pisahkan uang pribadi dan uang usaha.");
    await handIn.getByRole("button", { name: "Kirim penilaian" }).click();
    await expect.poll(() => page.getByText("Tidak ada tugas yang menunggu.").isVisible()).toBe(true);
    const progress = ok(await stack.api.call("GET", `/classes/${classId}/progress/me`, { as: writer }));
    expect(progress.modules[0].status).toBe("needs_revision");
    await context.close();
  });
});

describe("the judge, on a phone", () => {
  it("finds the assigned pitch, keeps a draft, and submits the scores on the rubric", async () => {
    const admin = await stack.api.user("admin");
    const where = await stack.story.classWithCompetition({ judgesPerSubmission: 1 });
    const base = `/competitions/${where.competitionId}`;
    const entrant = await stack.story.graduate(where);
    const ticket = ok(await stack.api.call("POST", `${base}/submissions/me/uploads`, { as: entrant, body: { contentType: "application/pdf", size: 5 } }), 201);
    expect((await stack.api.dispatch({ method: "PUT", url: ticket.uploadUrl, headers: ticket.headers, body: Buffer.from("%PDF-") })).status).toBe(200);
    ok(await stack.api.call("PUT", `${base}/submissions/me`, { as: entrant, body: pitchInput({ title: "Se'i vakum untuk oleh-oleh", pitchDeckKey: ticket.fileKey }) }));
    ok(await stack.api.call("POST", `${base}/submissions/me/submit`, { as: entrant }));
    const judge = await stack.api.user("judge");
    ok(await stack.api.call("PUT", `${base}/judges/${judge.sub}`, { as: admin, body: { name: "Juri Satu", organisation: "KADIN NTT", sectors: ["kuliner"], email: "juri@example.id" } }));
    const past = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000).toISOString();
    ok(await stack.api.call("PATCH", base, { as: admin, body: { submissionDeadline: past(0.5), judgingOpensAt: past(0.4) } }));
    await runAssignment(ok(await stack.api.call("POST", `${base}/assignment`, { as: admin }), 202) as AssignmentRunItem, new Date());
    offer(judge, "Juri Satu");
    const { context, page } = await phone();
    await page.getByRole("button", { name: "Juri Satu" }).click();
    await page.locator(".card a").first().click();
    await page.getByRole("heading", { name: "Pitch yang ditugaskan kepada Anda" }).waitFor();
    await page.locator(".card a").first().click();
    const scores = page.locator('input[type="number"]');
    await expect.poll(() => scores.count()).toBe(competitionInput().rubric.length);
    await scores.first().fill("8");
    await page.getByRole("button", { name: "Simpan draf" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Draf tersimpan");
    for (let i = 1; i < competitionInput().rubric.length; i++) await scores.nth(i).fill("7");
    await page.getByLabel("Komentar untuk peserta").fill("Rencana pemasaran jelas; hitung ulang biaya kemasan.");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Kirim nilai" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Nilai terkirim");
    await context.close();
  });
});

describe("the investor and the finalist, on phones", () => {
  it("read the finalists and a private note, accept the meeting, confirm the slot, and download the calendar", async () => {
    const admin = await stack.api.user("admin");
    const published = await stack.story.publishedCompetition(6);
    const investor = await stack.api.user("investor");
    ok(await stack.api.call("PUT", `/competitions/${published.competitionId}/investors/${investor.sub}`, {
      as: admin, body: { name: "Yanti Lerik", organisation: "Flobamora Ventures", kind: "angel", ticket: { minIdr: 50_000_000, maxIdr: 500_000_000 }, sectors: ["kuliner"], email: "yanti@example.id" },
    }));
    const first = published.publication.places[0].submissionId as string;
    ok(await stack.api.call("PUT", `/competitions/${published.competitionId}/meetings`, { as: admin, body: { date: "2027-03-10", startTime: "13:00", slotMinutes: 20, slotCount: 2, rooms: [{ name: "Meja 1" }], investorCap: 2, finalistCap: 2 } }));
    ok(await stack.api.call("PUT", `/investing/competitions/${published.competitionId}/meetings/wish`, { as: investor, body: { ranked: [first], available: ["s1", "s2"] } }));
    ok(await stack.api.call("POST", `/competitions/${published.competitionId}/meetings/runs`, { as: admin }), 202);
    await scheduleRun((await findMeetings(published.competitionId))!, new Date());
    offer(investor, "Yanti (Flobamora Ventures)");
    const { context, page } = await phone();
    await page.getByRole("button", { name: "Yanti (Flobamora Ventures)" }).click();
    await page.locator(".card a").first().click();
    const finalists = page.getByRole("region", { name: "Lima finalis" });
    await expect.poll(() => finalists.locator(".card").count()).toBe(5);
    await finalists.locator(".card a").first().click();
    await page.getByLabel("Saya tertarik").check();
    await page.getByLabel("Catatan pribadi (hanya untuk Anda)").fill("Tanyakan kapasitas produksi musim hujan.");
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Tersimpan");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("link", { name: /Kembali/ }).click();
    const meeting = page.locator(".card", { hasText: "Meja 1" });
    await expect.poll(() => meeting.textContent()).toContain("13.00 WITA");
    await meeting.getByRole("button", { name: "Terima" }).click();
    await expect.poll(() => meeting.textContent()).toContain("Anda sudah menerima");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh kalender (.ics)" }).click()]);
    const file = await download.path();
    expect(await readFile(file, "utf8")).toContain("BEGIN:VCALENDAR");
    await context.close();

    // the finalist: her result, her demo-day slot to confirm, the investor's meeting to accept, then contacts
    ok(await stack.api.call("PUT", `/competitions/${published.competitionId}/demo-day`, { as: admin, body: { date: "2027-03-10", startTime: "09:00", place: "Aula KADIN NTT", pitchMinutes: 7 } }));
    const finalist = published.entrants.find((e) => e.submissionId === first)!;
    offer(finalist.applicant, "Finalis pertama");
    const own = await phone();
    await own.page.getByRole("button", { name: "Finalis pertama" }).click();
    await own.page.locator(".cards .card a").first().click();
    await own.page.getByRole("heading", { name: "Kompetisi pitch" }).waitFor();
    await own.page.getByRole("heading", { name: "Kompetisi pitch" }).locator("..").getByRole("link").first().click();
    await expect.poll(() => own.page.getByText("Anda finalis, tempat ke-1.").isVisible()).toBe(true);
    await expect.poll(() => own.page.getByText(/Slot 1: .* 09\.00 WITA/).isVisible()).toBe(true);
    await own.page.getByRole("button", { name: "Konfirmasi slot" }).click();
    await expect.poll(() => own.page.getByText("Sudah Anda konfirmasi").isVisible()).toBe(true);
    const withYanti = own.page.locator(".card", { hasText: "Yanti Lerik" });
    await withYanti.getByRole("button", { name: "Terima" }).click();
    await expect.poll(() => withYanti.textContent()).toContain("yanti@example.id");
    expect(await seriousViolations(own.page)).toEqual([]);
    await own.context.close();
  });
});

describe("the first page", () => {
  /** Vite's manifest: each chunk's file, styles and the chunks it imports (roles are imported dynamically). */
  type Manifest = Record<string, { file: string; css?: string[]; imports?: string[]; isEntry?: boolean }>;

  /** Every file one chunk brings with it: itself, its styles and its static imports, once each. */
  function filesOf(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
    const chunk = manifest[key]!;
    if (seen.has(chunk.file)) return seen;
    seen.add(chunk.file);
    for (const css of chunk.css ?? []) seen.add(css);
    for (const imported of chunk.imports ?? []) filesOf(manifest, imported, seen);
    return seen;
  }

  it("weighs at most 150 KB gzipped for each role: the HTML, the app's script and styles, and the role's own screens", async () => {
    const manifest = JSON.parse(await readFile(join(stack.webDir, ".vite", "manifest.json"), "utf8")) as Manifest;
    const gzipped = async (file: string) => gzipSync(await readFile(join(stack.webDir, file))).length;
    const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
    const roles = Object.keys(manifest).filter((key) => key.startsWith("src/roles/"));
    expect(roles.map((key) => key.replace(/^src\/roles\/|\.tsx$/g, "")).sort()).toEqual(["applicant", "investor", "judge", "organiser"]);
    for (const role of roles) {
      const files = [...filesOf(manifest, entry), ...filesOf(manifest, role)];
      const weight = (await Promise.all(["index.html", ...new Set(files)].map(gzipped))).reduce((a, b) => a + b, 0);
      expect(weight, role).toBeGreaterThan(1_000);
      expect(weight, role).toBeLessThanOrEqual(FIRST_PAGE_BUDGET_BYTES);
    }
    // the applicant's phone does not download the organisers' screens
    const applicant = filesOf(manifest, roles.find((key) => key.endsWith("applicant.tsx"))!);
    const organiser = filesOf(manifest, roles.find((key) => key.endsWith("organiser.tsx"))!);
    expect([...organiser].filter((file) => /organiser/.test(file) && applicant.has(file))).toEqual([]);
  });
});
