import { describe, expect, it } from "vitest";
import { runAssignment } from "../../shared/app/judging.js";
import { findAssignmentRun } from "../../shared/data/competitions.js";
import { ok } from "../support/answers.js";
import type { Caller } from "../support/api.js";
import { pitchInput } from "../support/fixtures.js";
import { browserStack } from "./stack.js";

/*
 * The organiser of a chamber of commerce runs a pitch competition on a phone, without curl: opens it on
 * a class with a weighted rubric, invites a judge (a certified curator) and records a conflict; once the
 * graduates have pitched, asks for the assignment with certified curators first; once the judges scored
 * (through the API), reads the ranking's explanation, sets a place with a reason and publishes. Each new
 * screen is checked with axe.
 */

const stack = browserStack();
const DAY = 24 * 3600 * 1000;
/** A time `days` from now as a datetime-local value in Kupang's zone (WITA, UTC+8). */
const wita = (days: number) => new Date(Date.now() + days * DAY + 8 * 3600 * 1000).toISOString().slice(0, 16);
const past = (days: number) => new Date(Date.now() - days * DAY).toISOString();

describe("the organiser runs a pitch competition, on a phone", () => {
  it("opens it with a rubric, invites a judge, records a conflict, then explains, overrides and publishes the ranking", async () => {
    const admin = await stack.api.user("admin");
    stack.offer(admin, "Panitia KADIN Kupang");
    const { classId, moduleIds } = await stack.story.classWithModules(["material"]);
    const { context, page } = await stack.phone();
    await page.getByRole("button", { name: "Panitia KADIN Kupang" }).click();
    await page.goto(`${stack.url}/#/classes/${classId}`);

    // the class page: a new competition with a two-criterion rubric, times in WITA
    await page.getByRole("heading", { name: "Kompetisi baru" }).waitFor();
    await page.getByLabel("Nama kompetisi (Bahasa Indonesia)").fill("Lomba Pitch UMKM Kupang");
    await page.getByLabel("Nama kompetisi (bahasa Inggris)").fill("Kupang UMKM Pitch Contest");
    await page.getByLabel("Pengajuan dibuka (WITA)").fill(wita(-1));
    const deadline = wita(7);
    await page.getByLabel("Batas pengajuan (WITA)").fill(deadline);
    await page.getByLabel("Penjurian dibuka (WITA)").fill(wita(8));
    await page.getByLabel("Penjurian ditutup (WITA)").fill(wita(15));
    await page.getByLabel("Juri per pitch").fill("1");
    await page.getByRole("button", { name: "Tambah kriteria" }).click();
    const criteria = [["Potensi pasar", "Market potential", "60"], ["Tim", "Team", "40"]] as const;
    for (const [i, [id, en, weight]] of criteria.entries()) {
      const row = page.getByRole("group", { name: `Kriteria ${i + 1}` });
      await row.getByLabel("Nama kriteria (Bahasa Indonesia)").fill(id);
      await row.getByLabel("Nama kriteria (bahasa Inggris)").fill(en);
      await row.getByLabel("Panduan untuk juri (Bahasa Indonesia)").fill(`Nilai ${id.toLowerCase()}.`);
      await row.getByLabel("Panduan untuk juri (bahasa Inggris)").fill(`Score the ${en.toLowerCase()}.`);
      await row.getByLabel("Bobot").fill(weight);
    }
    await expect.poll(() => page.getByText("Jumlah bobot: 100").isVisible()).toBe(true);
    expect(await stack.seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Buat kompetisi" }).click();
    await page.getByRole("link", { name: "Lomba Pitch UMKM Kupang" }).click();
    await page.getByRole("link", { name: "Pengaturan" }).waitFor();
    const competitionId = decodeURIComponent(new URL(page.url()).hash.split("/")[2]!);
    const base = `/competitions/${competitionId}`;
    const created = ok(await stack.api.call("GET", base, { as: admin }));
    expect(created.rubric.map((c: { criterionId: string; weight: number }) => [c.criterionId, c.weight])).toEqual([["market-potential", 60], ["team", 40]]);
    expect(new Date(created.submissionDeadline).getTime()).toBe(Date.parse(`${deadline}:00+08:00`));
    expect(await page.getByRole("link", { name: "Pengaturan" }).getAttribute("aria-current")).toBe("page");

    // three graduates pitch (through the API); the setup lists them and opens one with its deck
    const where = { classId, moduleId: moduleIds[0]! };
    const entrants = [];
    for (let i = 0; i < 3; i++) entrants.push(await pitched(where, base, i));
    await page.reload();
    const first = page.locator(".card", { hasText: "Usaha Lomba 0" });
    await first.getByRole("button", { name: "Buka" }).click();
    await expect.poll(() => first.getByRole("link", { name: "Buka pitch deck (PDF)" }).isVisible()).toBe(true);
    expect(await stack.seriousViolations(page)).toEqual([]);

    // judging: one judge invited on the screen, another through the API; a conflict recorded on the screen
    const [anton, bella] = [await stack.api.user("judge"), await stack.api.user("judge")];
    ok(await stack.api.call("PUT", `${base}/judges/${bella.sub}`, { as: admin, body: { name: "Bella Ndun", organisation: "Bank NTT", sectors: ["kuliner"], email: "bella@example.id" } }));
    await page.getByRole("link", { name: "Penjurian" }).click();
    await page.getByLabel("ID pengguna juri").fill(anton.sub);
    await page.getByLabel("Nama juri").fill("Anton Fanggi");
    await page.getByLabel("Lembaga").fill("KADIN NTT");
    await page.getByRole("group", { name: "Klaster usaha yang dikuasai" }).getByLabel("Kuliner").check();
    await page.getByLabel("E-mail juri").fill("anton@example.id");
    // Anton is a BNSP-certified product curator for food
    await page.getByLabel("Nomor sertifikat (seperti tercetak)").fill("KUR.BNSP/2026/0412");
    await page.getByRole("group", { name: "Klaster yang dicakup sertifikat" }).getByLabel("Kuliner").check();
    await page.getByRole("button", { name: "Undang", exact: true }).click();
    await expect.poll(() => page.getByRole("region", { name: "Juri", exact: true }).locator(".card", { hasText: "Anton Fanggi" }).count()).toBe(1);
    expect(await page.getByRole("region", { name: "Juri", exact: true }).locator(".card", { hasText: "Anton Fanggi" }).textContent()).toContain("Kurator bersertifikat BNSP · KUR.BNSP/2026/0412 · Kuliner");
    await page.getByLabel("Juri yang berkonflik").selectOption({ label: "Anton Fanggi" });
    await page.getByLabel("Pitch yang berkonflik").selectOption(entrants[0]!);
    await page.getByLabel("Alasan konflik").fill("Anton pemasok kemasan usaha ini.");
    await page.getByRole("button", { name: "Catat konflik" }).click();
    await expect.poll(() => page.getByText("Konflik dicatat: Anton Fanggi tidak menilai Usaha Lomba 0.").isVisible()).toBe(true);
    // the list above the form reads it back from the API, with the pitch's title and the reason
    const recorded = page.getByRole("region", { name: "Konflik kepentingan", exact: true }).locator(".card");
    await expect.poll(() => recorded.allTextContents()).toEqual([expect.stringMatching(/^Anton Fanggi tidak menilai Usaha Lomba 0Se'i kemasan vakum untuk oleh-olehAnton pemasok kemasan usaha ini\.Dicatat .+WITA$/)]);
    expect(ok(await stack.api.call("GET", `${base}/conflicts`, { as: admin })).items).toEqual([
      expect.objectContaining({ judgeId: anton.sub, submissionId: entrants[0], judgeName: "Anton Fanggi", businessName: "Usaha Lomba 0", reason: "Anton pemasok kemasan usaha ini.", recordedBy: admin.sub }),
    ]);

    // the windows move into the past (as the scenarios do); the assignment is asked for on the screen, certified curators first, and computed here
    ok(await stack.api.call("PATCH", base, { as: admin, body: { submissionDeadline: past(0.5), judgingOpensAt: past(0.4) } }));
    await page.getByLabel("Utamakan kurator bersertifikat untuk klasternya").check();
    await page.getByRole("button", { name: "Minta penugasan juri" }).click();
    await expect.poll(() => page.getByText("Sedang dihitung…").isVisible()).toBe(true);
    expect((await findAssignmentRun(competitionId))!.preferCertifiedCurators).toBe(true);
    await runAssignment((await findAssignmentRun(competitionId))!, new Date());
    await page.getByRole("button", { name: "Muat ulang" }).click();
    await expect.poll(() => page.getByText("Selesai dihitung").isVisible()).toBe(true);
    expect(await stack.seriousViolations(page)).toEqual([]);

    // each judge scores what they were given, merit falling with the entrant's number; judging closes
    for (const judge of [anton, bella]) await scoreAll(judge, competitionId, created.rubric, entrants);
    ok(await stack.api.call("PATCH", base, { as: admin, body: { judgingClosesAt: past(0.001) } }));

    // the ranking, explained; the third entrant is given first place with a reason, and the results published
    await page.getByRole("link", { name: "Peringkat" }).click();
    const top = page.locator(".comp-places > li").first();
    await expect.poll(() => top.textContent()).toContain("Tempat 1: Usaha Lomba 0");
    expect(await top.locator(".comp-explanation").textContent()).toContain("Rata-rata nilai mentah");
    expect(await stack.seriousViolations(page)).toEqual([]);
    await page.getByLabel("Pitch yang ditetapkan").selectOption(entrants[2]!);
    await page.getByLabel("Tempat baru").fill("1");
    await page.getByRole("region", { name: "Tetapkan tempat" }).getByLabel("Alasan (dicatat di log audit)").fill("Produk paling siap ekspor menurut kunjungan lapangan.");
    await page.getByRole("button", { name: "Simpan keputusan" }).click();
    await expect.poll(() => top.textContent()).toContain("Tempat 1: Usaha Lomba 2");
    expect(await top.textContent()).toContain("Tempat ditetapkan penyelenggara");
    await page.getByRole("region", { name: "Umumkan hasil" }).getByLabel("Alasan (dicatat di log audit)").fill("Hasil akhir penjurian Lomba Pitch UMKM Kupang.");
    await page.getByRole("button", { name: "Umumkan", exact: true }).click();
    await expect.poll(() => page.getByText(/^Versi 1 diumumkan/).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText("Hasil diumumkan").isVisible()).toBe(true);

    const publications = ok(await stack.api.call("GET", `${base}/publications`, { as: admin }));
    expect(publications.items).toHaveLength(1);
    expect(publications.items[0].places[0]).toMatchObject({ submissionId: entrants[2], place: 1, override: { place: 1, reason: "Produk paling siap ekspor menurut kunjungan lapangan." } });
    await context.close();
  });
});

/** A graduate of the class pitches, deck and all, as business `i`; returns the submission's id. */
async function pitched(where: { classId: string; moduleId: string }, base: string, i: number): Promise<string> {
  const business = { ownerName: `Pemilik Lomba ${i}`, businessName: `Usaha Lomba ${i}`, nib: `912039900000${i}`, phone: `0813-3900-000${i}`, email: `lomba${i}@contoh.id` };
  const applicant = await stack.story.graduate(where, business);
  const ticket = ok(await stack.api.call("POST", `${base}/submissions/me/uploads`, { as: applicant, body: { contentType: "application/pdf", size: 5 } }), 201);
  expect((await stack.api.dispatch({ method: "PUT", url: ticket.uploadUrl, headers: ticket.headers, body: Buffer.from("%PDF-") })).status).toBe(200);
  ok(await stack.api.call("PUT", `${base}/submissions/me`, { as: applicant, body: pitchInput({ pitchDeckKey: ticket.fileKey }) }));
  return ok(await stack.api.call("POST", `${base}/submissions/me/submit`, { as: applicant })).submissionId as string;
}

/** A judge submits scores for every submission assigned to them: entrant 0 best, then falling. */
async function scoreAll(judge: Caller, competitionId: string, rubric: { criterionId: string }[], entrants: string[]) {
  const mine = ok(await stack.api.call("GET", `/judging/competitions/${competitionId}`, { as: judge }));
  for (const { submissionId } of mine.assignments as { submissionId: string }[]) {
    const value = 9 - 2 * entrants.indexOf(submissionId);
    const scores = Object.fromEntries(rubric.map((c) => [c.criterionId, value]));
    ok(await stack.api.call("PUT", `/judging/competitions/${competitionId}/submissions/${submissionId}/review`, { as: judge, body: { scores, comment: "Rencana yang jelas.", submit: true } }));
  }
}
