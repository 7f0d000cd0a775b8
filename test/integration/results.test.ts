import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { routeList } from "../../shared/api/routes/index.js";
import { testApi, type Answer, type Caller, type TestApi } from "../support/api.js";
import { pitchInput } from "../support/fixtures.js";
import { ok, refused } from "../support/answers.js";
import { scenarios, type Scenarios } from "../support/scenarios.js";

/*
 * The fair top five, through the local HTTP path on DynamoDB Local: nine pitches, four judges (one
 * harsh, one lenient), k = 2. The organisers preview the ranking, reproduce it from the export, ask for
 * an extra review, override a place, publish, and correct; applicants hear and read their result.
 */

let api: TestApi;
let admin: Caller;
let story: Scenarios;

beforeAll(async () => {
  api = await testApi();
  admin = await api.user("admin");
  story = scenarios(api, admin);
  await api.startJobs();
});

const day = 24 * 3600 * 1000;
const at = (days: number) => new Date(Date.now() + days * day).toISOString();

let serial = 0;
const business = () => {
  const n = String(++serial).padStart(4, "0");
  return { ownerName: `Pemilik Hasil ${n}`, businessName: `Usaha Hasil ${n}`, nib: `912030200${n}`, phone: `0813-5600-${n}`, email: `hasil${n}@contoh.id` };
};

interface Setup {
  competitionId: string;
  base: string;
  entrants: { applicant: Caller; submissionId: string; merit: number }[];
  judges: Caller[];
}

/** Judge i's leaning, in rubric points (1–10): judge 0 is harsh, judge 3 lenient. */
const leaning = [-2, 0, 0, 2];
const rubricIds = ["market", "product", "finance", "funds", "team", "impact"];

async function judgedCompetition(pitches: number, competition: Record<string, unknown> = {}): Promise<Setup> {
  const where = await story.classWithCompetition({ judgesPerSubmission: 2, ...competition });
  const base = `/competitions/${where.competitionId}`;
  const entrants = [];
  for (let i = 0; i < pitches; i++) {
    const applicant = await story.graduate(where, business());
    const ticket = ok(await api.call("POST", `${base}/submissions/me/uploads`, { as: applicant, body: { contentType: "application/pdf", size: 5 } }), 201);
    expect((await api.dispatch({ method: "PUT", url: ticket.uploadUrl, headers: ticket.headers, body: Buffer.from("%PDF-") })).status).toBe(200);
    ok(await api.call("PUT", `${base}/submissions/me`, { as: applicant, body: pitchInput({ pitchDeckKey: ticket.fileKey }) }));
    const submitted = ok(await api.call("POST", `${base}/submissions/me/submit`, { as: applicant }));
    // merit falls by one rubric point per pitch: 9, 8, 7 …, never below 2
    entrants.push({ applicant, submissionId: submitted.submissionId as string, merit: Math.max(2, 9 - i) });
  }
  const judges = await Promise.all(leaning.map(() => api.user("judge")));
  for (const [i, judge] of judges.entries()) {
    ok(await api.call("PUT", `${base}/judges/${judge.sub}`, { as: admin, body: { name: `Juri ${i}`, organisation: "KADIN NTT", sectors: ["kuliner"], email: `juri-${judge.sub.slice(0, 8)}@example.id`, language: i % 2 ? "en" : "id" } }));
  }
  ok(await api.call("PATCH", base, { as: admin, body: { submissionDeadline: at(-0.5), judgingOpensAt: at(-0.4) } }));
  ok(await api.call("POST", `${base}/assignment`, { as: admin }), 202);
  await api.drainJobs();
  const setup = { competitionId: where.competitionId, base, entrants, judges };
  await scoreAll(setup);
  return setup;
}

/** Every judge submits every review they hold: the pitch's merit plus their leaning, within 1–10. */
async function scoreAll({ competitionId, entrants, judges }: Setup) {
  const merit = new Map(entrants.map((e) => [e.submissionId, e.merit]));
  for (const [i, judge] of judges.entries()) {
    const mine = ok(await api.call("GET", `/judging/competitions/${competitionId}`, { as: judge }));
    for (const { submissionId, review } of mine.assignments as { submissionId: string; review?: { status: string } }[]) {
      if (review?.status === "submitted") continue;
      const value = Math.min(10, Math.max(1, merit.get(submissionId)! + leaning[i]!));
      const scores = Object.fromEntries(rubricIds.map((id) => [id, value]));
      ok(await api.call("PUT", `/judging/competitions/${competitionId}/submissions/${submissionId}/review`, { as: judge, body: { scores, comment: `Komentar juri ${i}.`, submit: true } }));
    }
  }
}

/** A refusal that names its time as people in Kupang read it (WITA), never as a UTC instant like 2027-03-10T01:00:00.000Z. */
function refusedInKupangTime(answer: Answer, status: number, code: string) {
  refused(answer, status, code);
  expect(answer.body.error.message).toContain("WITA");
  expect(answer.body.error.message).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
}

const closeJudging = async ({ base }: Setup) => ok(await api.call("PATCH", base, { as: admin, body: { judgingClosesAt: at(-0.001) } }));
const preview = async ({ base }: Setup, lang = "id") => ok(await api.call("GET", `${base}/ranking`, { as: admin, headers: { "accept-language": lang } }));

describe("the fair top five", () => {
  let setup: Setup;
  /** The organiser who presses publish at the same moment as the first. */
  let secondAdmin: Caller;
  beforeAll(async () => {
    setup = await judgedCompetition(9);
  }, 240_000);

  it("is not there before judging closes, saying when in WITA, for organisers only, and 404 for a competition that does not exist", async () => {
    const { base } = setup;
    refusedInKupangTime(await api.call("GET", `${base}/ranking`, { as: admin }), 409, "judging_not_closed");
    refusedInKupangTime(await api.call("GET", `${base}/ranking/scores`, { as: admin, headers: { "accept-language": "en" } }), 409, "judging_not_closed");
    refusedInKupangTime(await api.call("POST", `${base}/publications`, { as: admin, body: { reason: "Hasil akhir penjurian." } }), 409, "judging_not_closed");
    // judging has opened, so the ranking rules are fixed
    refusedInKupangTime(await api.call("PATCH", base, { as: admin, body: { rankingMethod: "standardised" } }), 409, "ranking_rules_fixed");
    refused(await api.call("GET", `${base}/ranking`), 401, "unauthorized");
    refused(await api.call("GET", `${base}/ranking`, { as: setup.judges[0] }), 403, "forbidden");
    refused(await api.call("GET", `${base}/ranking`, { as: setup.entrants[0]!.applicant }), 403, "forbidden");
    refused(await api.call("GET", `/competitions/${crypto.randomUUID()}/ranking`, { as: admin }), 404, "competition_not_found");
    refused(await api.call("GET", `/competitions/${crypto.randomUUID()}/publications`, { as: admin }), 404, "competition_not_found");
  });

  it("corrects for the harsh and the lenient judge, explains every place, and lists the judges' leanings", async () => {
    await closeJudging(setup);
    const ranking = await preview(setup);
    expect(ranking.method).toBe("additive");
    expect(ranking.places).toHaveLength(9);
    // the merit order comes back whatever judges each pitch drew; 2 judges on each (k), all connected
    const byMerit = [...setup.entrants].sort((a, b) => b.merit - a.merit).map((e) => e.submissionId);
    expect(ranking.places.slice(0, 7).map((p: { submissionId: string }) => p.submissionId)).toEqual(byMerit.slice(0, 7));
    expect(ranking.places.map((p: { outcome: string }) => p.outcome)).toEqual(["finalist", "finalist", "finalist", "finalist", "finalist", "reserve", "reserve", "reserve", "not_selected"]);
    const bias = Object.fromEntries(ranking.judges.map((j: { judgeId: string; bias: number }) => [j.judgeId, j.bias]));
    expect(bias[setup.judges[0]!.sub]).toBeLessThan(-0.5);
    expect(bias[setup.judges[3]!.sub]).toBeGreaterThan(0.5);
    expect(ranking.judges.find((j: { judgeId: string }) => j.judgeId === setup.judges[0]!.sub).explanation).toMatch(/Juri 0 rata-rata .* lebih keras/);
    const first = ranking.places[0];
    expect(first.judges).toHaveLength(2);
    expect(first.explanation).toMatch(/^Tempat 1 \(peringkat hitungan 1\)\. Rata-rata nilai mentah/);
    expect(first.top5Probability).toBeGreaterThan(0.9);
    const english = await preview(setup, "en");
    expect(english.places[0].explanation).toMatch(/^Place 1 \(computed rank 1\)\. Raw mean/);
    expect(ranking.components).toBe(1);
    expect(ranking.unranked).toEqual([]);
  });

  it("reproduces from the anonymised export with npm run rank, judges under aliases", async () => {
    const exported = ok(await api.call("GET", `${setup.base}/ranking/scores`, { as: admin }));
    expect(JSON.stringify(exported)).not.toContain(setup.judges[0]!.sub);
    expect(new Set(exported.scores.map((s: { judge: string }) => s.judge))).toEqual(new Set(["j1", "j2", "j3", "j4"]));
    const file = join(mkdtempSync(join(tmpdir(), "rank-")), "scores.json");
    writeFileSync(file, JSON.stringify(exported));
    const printed = JSON.parse(execFileSync("npx", ["tsx", "infra/local/rank.ts", file], { encoding: "utf8", timeout: 60_000 }));
    const ranking = await preview(setup);
    expect(printed.ranking.map((r: { submission: string }) => r.submission)).toEqual(ranking.places.map((p: { submissionId: string }) => p.submissionId));
    printed.ranking.forEach((r: { quality: number; top5Probability: number }, i: number) => {
      expect(r.quality).toBeCloseTo(ranking.places[i].quality, 3);
      expect(r.top5Probability).toBeCloseTo(ranking.places[i].top5Probability, 3);
    });
  }, 90_000);

  it("adds an extra review to a pitch without moving any other pair, reopening judging for it", async () => {
    const { base, competitionId, judges, entrants } = setup;
    const target = entrants[4]!.submissionId;
    const holders = new Set<string>();
    for (const judge of judges) {
      const mine = ok(await api.call("GET", `/judging/competitions/${competitionId}`, { as: judge }));
      if (mine.assignments.some((a: { submissionId: string }) => a.submissionId === target)) holders.add(judge.sub);
    }
    const extra = judges.find((judge) => !holders.has(judge.sub) && judge !== judges[0])!;
    const holder = judges.find((judge) => holders.has(judge.sub))!;
    const pairsBefore = ok(await api.call("GET", `${base}/assignment`, { as: admin })).loads;
    const body = { reviews: [{ submissionId: target, judgeId: extra.sub }], reason: "Posisi pitch ini belum pasti; minta satu penilaian lagi." };
    refusedInKupangTime(await api.call("POST", `${base}/ranking/extra-reviews`, { as: admin, body }), 409, "judging_closed");
    refused(await api.call("POST", `${base}/ranking/extra-reviews`, { as: admin, body: { ...body, reviews: [{ submissionId: target, judgeId: holder.sub }], judgingClosesAt: at(1) } }), 409, "review_exists");
    refused(await api.call("POST", `${base}/ranking/extra-reviews`, { as: admin, body: { ...body, reason: "singkat" } }), 400, "validation_failed");
    const noticesBefore = api.outbox.sent().length;
    ok(await api.call("POST", `${base}/ranking/extra-reviews`, { as: admin, body: { ...body, judgingClosesAt: at(1) } }), 201);
    expect(ok(await api.call("GET", base, { as: admin })).phase).toBe("judging");
    // the judge hears of it at once, as of pairs an assignment run gives
    await api.drainJobs();
    expect(api.outbox.sent().slice(noticesBefore).filter((m) => m.template === "reviewsAssigned").map((m) => [m.recipient.userId, m.subject])).toEqual([[extra.sub, expect.stringContaining("1")]]);
    // a re-run of the assignment neither drops the extra pair nor moves another
    ok(await api.call("POST", `${base}/assignment`, { as: admin }), 202);
    await api.drainJobs();
    const run = ok(await api.call("GET", `${base}/assignment`, { as: admin }));
    expect(run.changes).toEqual({ kept: 18, added: 0, removed: 0 });
    expect(run.loads).toEqual(pairsBefore);
    await scoreAll(setup);
    await closeJudging(setup);
    const ranking = await preview(setup);
    expect(ranking.places.find((p: { submissionId: string }) => p.submissionId === target).judges.map((j: { judgeId: string }) => j.judgeId)).toContain(extra.sub);
  });

  it("takes an override only with a reason and only for a ranked pitch, and shows it in the order", async () => {
    const { base, entrants } = setup;
    const sixth = (await preview(setup)).places[5].submissionId;
    refused(await api.call("PUT", `${base}/ranking/overrides/${sixth}`, { as: admin, body: { place: 1 } }), 400, "validation_failed");
    refused(await api.call("PUT", `${base}/ranking/overrides/${crypto.randomUUID()}`, { as: admin, body: { place: 1, reason: "Tidak ada pitch seperti ini." } }), 404, "not_found");
    const overrides = ok(await api.call("PUT", `${base}/ranking/overrides/${sixth}`, { as: admin, body: { place: 5, reason: "Juri tamu menilai ulang presentasi langsung." } }));
    expect(overrides.items).toMatchObject([{ submissionId: sixth, place: 5, by: admin.sub }]);
    const ranking = await preview(setup);
    expect(ranking.places[4]).toMatchObject({ submissionId: sixth, outcome: "finalist", override: { place: 5 } });
    expect(ranking.places[4].explanation).toContain("Tempat ditetapkan penyelenggara: Juri tamu menilai ulang presentasi langsung.");
    ok(await api.call("PUT", `${base}/ranking/overrides/${sixth}`, { as: admin, body: { place: null, reason: "Penilaian ulang dibatalkan." } }));
    expect((await preview(setup)).places[5].submissionId).toBe(sixth);
    expect(entrants).toHaveLength(9);
  });

  it("publishes the five finalists and three reserves, tells every applicant, and shows each their result and comments", async () => {
    const { base, entrants } = setup;
    const before = api.outbox.sent().length;
    // two organisers press publish at once: one version, and the other is told it exists (not made a "correction")
    secondAdmin = await api.user("admin");
    const answers = await Promise.all([admin, secondAdmin].map((as) => api.call("POST", `${base}/publications`, { as, body: { reason: "Hasil akhir penjurian Angkatan 1." } })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    refused(answers.find((a) => a.status === 409)!, 409, "results_published");
    const published = answers.find((a) => a.status === 201)!.body;
    expect(published.version).toBe(1);
    expect(published.places.filter((p: { outcome: string }) => p.outcome === "finalist")).toHaveLength(5);
    expect(published.places.filter((p: { outcome: string }) => p.outcome === "reserve")).toHaveLength(3);
    await api.drainJobs();
    const sent = api.outbox.sent().slice(before);
    expect(sent.map((m) => m.recipient.userId).sort()).toEqual(entrants.map((e) => e.applicant.sub).sort());
    const finalist = entrants.find((e) => e.submissionId === published.places[0].submissionId)!;
    expect(sent.find((m) => m.recipient.userId === finalist.applicant.sub)).toMatchObject({ template: "resultFinalist", lang: "id" });
    const mine = ok(await api.call("GET", `${base}/submissions/me`, { as: finalist.applicant }));
    expect(mine.result).toMatchObject({ version: 1, outcome: "finalist", place: 1 });
    expect(mine.comments.length).toBeGreaterThanOrEqual(2);
    expect(ok(await api.call("GET", base, { as: finalist.applicant }))).toMatchObject({ publishedVersion: 1 });
  });

  it("is final: rules and windows are locked, a correction is a new version with a reason, and the history stays", async () => {
    const { base, entrants } = setup;
    refused(await api.call("PATCH", base, { as: admin, body: { judgingClosesAt: at(2) } }), 409, "results_published");
    refused(await api.call("POST", `${base}/ranking/extra-reviews`, { as: admin, body: { reviews: [{ submissionId: entrants[0]!.submissionId, judgeId: setup.judges[1]!.sub }], judgingClosesAt: at(1), reason: "Sesudah diumumkan tidak boleh." } }), 409, "results_published");
    refused(await api.call("POST", `${base}/publications`, { as: admin, body: {} }), 400, "validation_failed");
    // publishing again without naming the version it corrects (a second press, another organiser) makes nothing
    const again = await api.call("POST", `${base}/publications`, { as: admin, body: { reason: "Tombol ditekan dua kali." } });
    refused(again, 409, "results_published");
    expect(again.body.error).toMatchObject({ details: { version: 1 } });
    expect(again.body.error.message).toContain("versi terakhir: 1");
    const first = ok(await api.call("GET", `${base}/publications`, { as: admin })).items[0];
    // a finalist withdraws: the first reserve moves up, and only those whose result changed hear of it
    const leaving = first.places[2].submissionId as string;
    ok(await api.call("PUT", `${base}/ranking/overrides/${leaving}`, { as: admin, body: { place: "withdrawn", reason: "Finalis mengundurkan diri karena sakit." } }));
    const before = api.outbox.sent().length;
    const corrected = ok(await api.call("POST", `${base}/publications`, { as: admin, body: { reason: "Finalis ketiga mengundurkan diri; cadangan pertama naik.", correcting: 1 } }), 201);
    expect(corrected.version).toBe(2);
    refused(await api.call("POST", `${base}/publications`, { as: admin, body: { reason: "Koreksi dari layar lama.", correcting: 1 } }), 409, "results_published");
    expect(corrected.withdrawn).toEqual([leaving]);
    expect(corrected.places[4]).toMatchObject({ submissionId: first.places[5].submissionId, outcome: "finalist" });
    await api.drainJobs();
    const told = new Set(api.outbox.sent().slice(before).map((m) => m.recipient.userId));
    // told: the leaving finalist, the finalists and reserves whose place moved (a reserve's place is their
    // turn), and the ninth, now a reserve; the first two finalists keep their place and hear nothing
    const resultOf = (publication: { places: { submissionId: string; place: number; outcome: string }[] }, submissionId: string) => {
      const placed = publication.places.find((p) => p.submissionId === submissionId);
      return placed ? `${placed.outcome} ${placed.place}` : "withdrawn";
    };
    const changed = entrants.filter((e) => resultOf(first, e.submissionId) !== resultOf(corrected, e.submissionId)).map((e) => e.submissionId);
    expect(changed).toHaveLength(7);
    expect([...told].sort()).toEqual(entrants.filter((e) => changed.includes(e.submissionId)).map((e) => e.applicant.sub).sort());
    expect(resultOf(corrected, first.places[8].submissionId)).toBe("reserve 8");
    expect(told.has(entrants.find((e) => e.submissionId === first.places[0].submissionId)!.applicant.sub)).toBe(false);
    const sentToLeaving = api.outbox.sent().slice(before).find((m) => m.recipient.userId === entrants.find((e) => e.submissionId === leaving)!.applicant.sub)!;
    expect(sentToLeaving.template).toBe("resultCorrectedNoPlace");
    expect(sentToLeaving.body).not.toContain("sakit");    const history = ok(await api.call("GET", `${base}/publications`, { as: admin }));
    expect(history.items.map((p: { version: number }) => p.version)).toEqual([2, 1]);
    expect(history.items[1]).toEqual(first);
    const left = entrants.find((e) => e.submissionId === leaving)!;
    expect(ok(await api.call("GET", `${base}/submissions/me`, { as: left.applicant })).result).toMatchObject({ version: 2, outcome: "withdrawn" });
  });

  it("keeps an audit log of every preview, export, override and publication that no route can change", async () => {
    const log = ok(await api.call("GET", `${setup.base}/audit?limit=50`, { as: admin }));
    const actions = log.items.map((entry: { action: string }) => entry.action);
    for (const action of ["ranking_previewed", "scores_exported", "extra_reviews_requested", "place_overridden", "override_cleared", "results_published"]) expect(actions).toContain(action);
    expect(log.items.every((entry: { actorId: string }) => entry.actorId === admin.sub || entry.actorId === secondAdmin.sub)).toBe(true);
    expect(log.items.filter((entry: { action: string }) => entry.action === "results_published").map((entry: { why: string }) => entry.why)).toEqual(["Finalis ketiga mengundurkan diri; cadangan pertama naik.", "Hasil akhir penjurian Angkatan 1."]);
    // newest first, and no write path into it other than adding
    expect([...log.items].map((e: { at: string }) => e.at)).toEqual([...log.items].map((e: { at: string }) => e.at).sort().reverse());
    expect(routeList.filter((route) => route.tables.audit && route.tables.audit !== "append" && route.tables.audit !== "R")).toEqual([]);
    refused(await api.call("GET", `${setup.base}/audit`, { as: setup.judges[0] }), 403, "forbidden");
  });

  it("drops an extra review whose judge withdraws, at the next assignment run", async () => {
    const { base, competitionId, judges } = setup;
    const extraJudges = new Set((ok(await api.call("GET", `${base}/audit?limit=50`, { as: admin })).items as { action: string; what: { reviews?: { judgeId: string }[] } }[])
      .filter((entry) => entry.action === "extra_reviews_requested").flatMap((entry) => entry.what.reviews!.map((r) => r.judgeId)));
    const leaving = judges.find((judge) => extraJudges.has(judge.sub))!;
    ok(await api.call("DELETE", `${base}/judges/${leaving.sub}`, { as: admin }));
    await api.drainJobs();
    const progress = ok(await api.call("GET", `${base}/judging`, { as: admin }));
    expect(progress.judges.find((j: { judgeId: string }) => j.judgeId === leaving.sub).assigned).toBe(0);
    expect(competitionId).toBeTruthy();
  });
});
