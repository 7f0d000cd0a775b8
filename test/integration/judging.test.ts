import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { routeList } from "../../shared/api/routes/index.js";
import { findCompetition, whileJudgingOpen } from "../../shared/data/competitions.js";
import { assignPair, findReview, stillUnassigned, writeScores } from "../../shared/data/reviews.js";
import { transact } from "../../shared/data/transactions.js";
import { translate } from "../../shared/i18n/messages.js";
import { testApi, type Answer, type Caller, type TestApi } from "../support/api.js";
import { pitchInput } from "../support/fixtures.js";
import { scenarios, type Scenarios } from "../support/scenarios.js";
import { snapshotTables } from "../support/snapshot.js";

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
const MASK = "[•••]";
/** A time as people in Kupang read it, "Rabu, 10 Maret 2027 pukul 09.00 WITA", never a UTC instant like 2027-03-10T01:00:00.000Z. */
const kupangTime = { id: /\w+, \d{1,2} \w+ \d{4} pukul \d\d\.\d\d WITA/, en: /\w+,? \d{1,2} \w+ \d{4} at \d\d:\d\d WITA/ };
const utcInstant = /\d{4}-\d\d-\d\dT\d\d:\d\d/;

// ---- the stories the tests start from ---------------------------------------------------------------

interface Competition {
  where: { classId: string; moduleId: string; competitionId: string };
  competitionId: string;
  /** The organisers' URL of the competition. */
  base: string;
  /** The judges' URL of the competition. */
  judging: string;
}

async function openCompetition(overrides: Record<string, unknown> = {}): Promise<Competition> {
  const where = await story.classWithCompetition(overrides);
  return { where, competitionId: where.competitionId, base: `/competitions/${where.competitionId}`, judging: `/judging/competitions/${where.competitionId}` };
}

let entrantSerial = 0;

/** A business no other entrant in this file shares: its own owner, name, NIB, phone and e-mail. */
function businessOf(overrides: Record<string, unknown> = {}) {
  const n = String(++entrantSerial).padStart(4, "0");
  return { ownerName: `Pemilik Nomor ${n}`, businessName: `Usaha Nomor ${n}`, nib: `912030100${n}`, phone: `0813-5500-${n}`, email: `pemilik${n}@contoh.id`, ...overrides };
}

interface Entrant {
  applicant: Caller;
  submissionId: string;
}

type Business = ReturnType<typeof businessOf>;

/** A graduate of the competition's class who submits a complete pitch, deck included; `pitch` may write about who they are. */
async function enter(competition: Competition, business: Record<string, unknown> = {}, pitch: (who: { business: Business; applicantId: string }) => Record<string, unknown> = () => ({})): Promise<Entrant> {
  const profile = businessOf(business);
  const applicant = await story.graduate(competition.where, profile);
  const ticket = await api.call("POST", `${competition.base}/submissions/me/uploads`, { as: applicant, body: { contentType: "application/pdf", size: 5 } });
  expect(ticket.status, JSON.stringify(ticket.body)).toBe(201);
  expect((await api.dispatch({ method: "PUT", url: ticket.body.uploadUrl, headers: ticket.body.headers, body: Buffer.from("%PDF-") })).status).toBe(200);
  const saved = await api.call("PUT", `${competition.base}/submissions/me`, { as: applicant, body: pitchInput({ ...pitch({ business: profile, applicantId: applicant.sub }), pitchDeckKey: ticket.body.fileKey }) });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const submitted = await api.call("POST", `${competition.base}/submissions/me/submit`, { as: applicant });
  expect(submitted.body.status, JSON.stringify(submitted.body)).toBe("submitted");
  return { applicant, submissionId: submitted.body.submissionId };
}

const enterMany = (competition: Competition, count: number) => Promise.all(Array.from({ length: count }, () => enter(competition)));

/** Judges invited to the competition; `invite(i)` changes judge i's invitation. */
async function inviteJudges(competition: Competition, count: number, invite: (i: number) => Record<string, unknown> = () => ({})): Promise<Caller[]> {
  const judges = await Promise.all(Array.from({ length: count }, () => api.user("judge")));
  for (const [i, judge] of judges.entries()) {
    const body = { name: `Juri ${i}`, organisation: "KADIN NTT", sectors: ["kuliner"], email: `juri-${judge.sub.slice(0, 8)}@example.id`, ...invite(i) };
    const invited = await api.call("PUT", `${competition.base}/judges/${judge.sub}`, { as: admin, body });
    expect(invited.status, JSON.stringify(invited.body)).toBe(200);
  }
  return judges;
}

/** The submissions are in and judging is open, as the organiser sets it. */
async function openJudging(competition: Competition) {
  const opened = await api.call("PATCH", competition.base, { as: admin, body: { submissionDeadline: at(-0.5), judgingOpensAt: at(-0.4) } });
  expect(opened.body.phase, JSON.stringify(opened.body)).toBe("judging");
}

/** The assignment as it stands once the jobs have handled every change. */
async function settledAssignment(competition: Competition) {
  await api.drainJobs();
  const run = await api.call("GET", `${competition.base}/assignment`, { as: admin });
  expect(run.status, JSON.stringify(run.body)).toBe(200);
  expect(run.body.status).toBe("done");
  return run.body;
}

async function assign(competition: Competition) {
  const asked = await api.call("POST", `${competition.base}/assignment`, { as: admin });
  expect(asked.status, JSON.stringify(asked.body)).toBe(202);
  expect(asked.body.status).toBe("pending");
  return settledAssignment(competition);
}

/** Who holds which submission, as each judge's own page says: `judgeId submissionId`, sorted. */
async function pairsOf(competition: Competition, judges: readonly Caller[]): Promise<string[]> {
  const pages = await Promise.all(judges.map((judge) => api.call("GET", competition.judging, { as: judge })));
  return pages.flatMap((page, i) => {
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    return page.body.assignments.map((a: { submissionId: string }) => `${judges[i]!.sub} ${a.submissionId}`);
  }).sort();
}

const judgesOf = (pairs: readonly string[], submissionId: string) => pairs.filter((pair) => pair.endsWith(` ${submissionId}`)).map((pair) => pair.split(" ")[0]!);
const submissionsOf = (pairs: readonly string[], judge: Caller) => pairs.filter((pair) => pair.startsWith(`${judge.sub} `)).map((pair) => pair.split(" ")[1]!);

/** Exactly k distinct judges on every submission, loads within one of each other, and the loads the run reports. */
function expectSoundAssignment(pairs: readonly string[], submissions: readonly Entrant[], judges: readonly Caller[], k: number, run: { loads: Record<string, number>; balance: number }) {
  for (const { submissionId } of submissions) {
    const on = judgesOf(pairs, submissionId);
    expect(on, submissionId).toHaveLength(k);
    expect(new Set(on).size).toBe(k);
  }
  const loads = judges.map((judge) => submissionsOf(pairs, judge).length);
  expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  expect(run.loads).toEqual(Object.fromEntries(judges.map((judge, i) => [judge.sub, loads[i]])));
  expect(run.balance).toBe(Math.max(...loads) - Math.min(...loads));
}

const sheetUrl = (competition: Competition, submissionId: string) => `${competition.judging}/submissions/${submissionId}`;
const readSheet = (competition: Competition, judge: Caller, submissionId: string) => api.call("GET", sheetUrl(competition, submissionId), { as: judge });
const score = (competition: Competition, judge: Caller, submissionId: string, body: Record<string, unknown>, lang = "id") =>
  api.call("PUT", `${sheetUrl(competition, submissionId)}/review`, { as: judge, body, headers: { "accept-language": lang } });

const rubricIds = ["market", "product", "finance", "funds", "team", "impact"];
const allScores = (value: number | ((criterionId: string, i: number) => number)) =>
  Object.fromEntries(rubricIds.map((id, i) => [id, typeof value === "number" ? value : value(id, i)]));

/** A refusal a judge cannot tell from the one for a submission or competition that does not exist. */
function expectNotFound(answer: Answer, what: string) {
  expect(answer.status, `${what}: ${JSON.stringify(answer.body)}`).toBe(404);
  expect(answer.body.error.code, what).toBe("not_found");
}

const withoutRequestId = (answer: Answer) => ({ status: answer.status, body: { error: { ...answer.body.error, requestId: undefined } } });

// ---- the whole way ---------------------------------------------------------------------------------

describe("from submission to a complete set of scores", () => {
  it("applicants submit, judges are assigned and score", async () => {
    const where = await story.classWithCompetition({ judgesPerSubmission: 2 });
    const base = `/competitions/${where.competitionId}`;
    const applicants = await Promise.all([0, 1, 2].map((i) => story.graduate(where, { ownerName: `Pemilik ${i}`, nib: `912030123456${i}`, phone: `0812-3456-78${i}0` })));
    for (const applicant of applicants) {
      const saved = await api.call("PUT", `${base}/submissions/me`, { as: applicant, body: pitchInput() });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      expect(saved.body.missingToSubmit).toEqual(["pitchDeck"]);
      const ticket = await api.call("POST", `${base}/submissions/me/uploads`, { as: applicant, body: { contentType: "application/pdf", size: 5 } });
      expect(ticket.status, JSON.stringify(ticket.body)).toBe(201);
      expect((await api.dispatch({ method: "PUT", url: ticket.body.uploadUrl, headers: ticket.body.headers, body: Buffer.from("%PDF-") })).status).toBe(200);
      const withDeck = await api.call("PUT", `${base}/submissions/me`, { as: applicant, body: pitchInput({ pitchDeckKey: ticket.body.fileKey }) });
      expect(withDeck.body.missingToSubmit, JSON.stringify(withDeck.body)).toEqual([]);
      const submitted = await api.call("POST", `${base}/submissions/me/submit`, { as: applicant });
      expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
      expect(submitted.body.status).toBe("submitted");
    }
    const judges = await Promise.all([0, 1, 2].map(() => api.user("judge")));
    for (const [i, judge] of judges.entries()) {
      const invited = await api.call("PUT", `${base}/judges/${judge.sub}`, { as: admin, body: { name: `Juri ${i}`, organisation: "KADIN NTT", sectors: ["kuliner"], email: `juri${i}@example.id` } });
      expect(invited.status, JSON.stringify(invited.body)).toBe(200);
    }
    const closed = await api.call("PATCH", base, { as: admin, body: { submissionDeadline: at(-0.5), judgingOpensAt: at(-0.4) } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body.phase).toBe("judging");
    const run = await api.call("POST", `${base}/assignment`, { as: admin });
    expect(run.status, JSON.stringify(run.body)).toBe(202);
    await api.drainJobs();
    const done = await api.call("GET", `${base}/assignment`, { as: admin });
    expect(done.body, JSON.stringify(done.body)).toMatchObject({ status: "done", unassigned: [], balance: 0, loads: Object.fromEntries(judges.map((j) => [j.sub, 2])) });

    for (const judge of judges) {
      const mine = await api.call("GET", `/judging/competitions/${where.competitionId}`, { as: judge });
      expect(mine.status, JSON.stringify(mine.body)).toBe(200);
      expect(mine.body.assignments).toHaveLength(2);
      for (const { submissionId } of mine.body.assignments) {
        const sheet = await api.call("GET", `/judging/competitions/${where.competitionId}/submissions/${submissionId}`, { as: judge });
        expect(sheet.status, JSON.stringify(sheet.body)).toBe(200);
        const scores = Object.fromEntries(sheet.body.rubric.map((c: { criterionId: string }) => [c.criterionId, 7]));
        const scored = await api.call("PUT", `/judging/competitions/${where.competitionId}/submissions/${submissionId}/review`, { as: judge, body: { scores, comment: "Bagus.", submit: true } });
        expect(scored.status, JSON.stringify(scored.body)).toBe(200);
        expect(scored.body.review).toMatchObject({ status: "submitted", total: 66.67 });
      }
    }
    const progress = await api.call("GET", `${base}/judging`, { as: admin });
    expect(progress.body.totals, JSON.stringify(progress.body)).toEqual({ reviews: 6, submitted: 6, percent: 100 });
    const rubric = (await api.call("GET", base, { as: admin })).body.rubric;
    const frozen = await api.call("PATCH", base, { as: admin, body: { rubric } });
    expect(frozen.status, JSON.stringify(frozen.body)).toBe(409);
    expect(frozen.body.error.code).toBe("rubric_frozen");
  });
});

// ---- the assignment job ----------------------------------------------------------------------------

describe("assigning judges", () => {
  it("each submission gets exactly k judges, loads within one, never a conflicted pair; a run with nothing changed moves nothing", async () => {
    const competition = await openCompetition({ judgesPerSubmission: 3 });
    const entrants = await enterMany(competition, 5);
    const judges = await inviteJudges(competition, 4);
    expectNotFound(await api.call("GET", `${competition.base}/assignment`, { as: admin }), "no run yet");

    // conflicts known before the first run: one recorded by the organisers, one declared by the judge (by NIB)
    const recorded = await api.call("POST", `${competition.base}/conflicts`, { as: admin, body: { judgeId: judges[0]!.sub, submissionId: entrants[0]!.submissionId, reason: "Sepupu pemilik." } });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    expectNotFound(await api.call("GET", `${competition.base}/assignment`, { as: admin }), "a conflict does not start a run");
    const organiserView = await api.call("GET", `${competition.base}/submissions/${entrants[1]!.submissionId}`, { as: admin });
    const declared = await api.call("PUT", `${competition.judging}/ties`, { as: judges[1]!, body: { ties: [{ relation: "client", nib: organiserView.body.business.nib }] } });
    expect(declared.status, JSON.stringify(declared.body)).toBe(200);

    const run = await assign(competition);
    expect(run).toMatchObject({ unassigned: [], submissions: 5, judges: 4, changes: { kept: 0, added: 15, removed: 0 } });
    const pairs = await pairsOf(competition, judges);
    expect(pairs).toHaveLength(15);
    expectSoundAssignment(pairs, entrants, judges, 3, run);
    expect(pairs).not.toContain(`${judges[0]!.sub} ${entrants[0]!.submissionId}`);
    expect(pairs).not.toContain(`${judges[1]!.sub} ${entrants[1]!.submissionId}`);

    const again = await assign(competition);
    expect(again.changes).toEqual({ kept: 15, added: 0, removed: 0 });
    expect(await pairsOf(competition, judges)).toEqual(pairs);
  });

  it("a pitch submitted after the assignment was asked for gets its judges from a re-run; the others keep theirs", async () => {
    const competition = await openCompetition({ judgesPerSubmission: 2 });
    const early = await enterMany(competition, 2);
    const judges = await inviteJudges(competition, 3);
    const first = await assign(competition);
    expect(first.changes).toEqual({ kept: 0, added: 4, removed: 0 });
    const before = await pairsOf(competition, judges);
    const late = await enter(competition);
    const run = await settledAssignment(competition);
    expect(run).toMatchObject({ reason: "pitch_submitted", submissions: 3, unassigned: [], changes: { kept: 4, added: 2, removed: 0 } });
    const after = await pairsOf(competition, judges);
    expect(after.filter((pair) => before.includes(pair))).toEqual(before);
    expect(judgesOf(after, late.submissionId)).toHaveLength(2);
    expectSoundAssignment(after, [...early, late], judges, 2, run);

    // the business behind a submitted pitch changes (a new NIB): saving it asks for a re-run, in the same write
    expect((await api.call("PATCH", "/me/profile", { as: late.applicant, body: { nib: "9120309999999" } })).status).toBe(200);
    const mine = await api.call("GET", `${competition.base}/submissions/me`, { as: late.applicant });
    const { pitchDeckKey, title, summary, problem, product, targetMarket, traction, revenueLast12MonthsIdr, capitalAskIdr, useOfFunds, team } = mine.body;
    const resaved = await api.call("PUT", `${competition.base}/submissions/me`, { as: late.applicant, body: { pitchDeckKey, title, summary, problem, product, targetMarket, traction, revenueLast12MonthsIdr, capitalAskIdr, useOfFunds, team } });
    expect(resaved.status, JSON.stringify(resaved.body)).toBe(200);
    const again = await settledAssignment(competition);
    expect(again).toMatchObject({ reason: "pitch_submitted", revision: run.revision + 1, changes: { kept: 6, added: 0, removed: 0 } });
  });

  it("when k is lowered, the pairs with scores stay and the others go", async () => {
    const competition = await openCompetition({ judgesPerSubmission: 2 });
    const entrants = await enterMany(competition, 2);
    const judges = await inviteJudges(competition, 2);
    await openJudging(competition);
    await assign(competition);
    const before = await pairsOf(competition, judges);
    expect(before).toHaveLength(4);
    // both scored by the judge whose id sorts last: without knowing about scores the solver would keep the other
    const last = [...judges].sort((x, y) => (x.sub < y.sub ? 1 : -1))[0]!;
    const scoredPairs = entrants.map((entrant) => `${last.sub} ${entrant.submissionId}`);
    for (const pair of scoredPairs) {
      const [judgeId, submissionId] = pair.split(" ") as [string, string];
      expect((await score(competition, judges.find((j) => j.sub === judgeId)!, submissionId, { scores: allScores(7), submit: true })).status).toBe(200);
    }
    expect((await api.call("PATCH", competition.base, { as: admin, body: { judgesPerSubmission: 1 } })).status).toBe(200);
    const run = await assign(competition);
    expect(run.changes).toEqual({ kept: 2, added: 0, removed: 2 });
    expect(await pairsOf(competition, judges)).toEqual([...scoredPairs].sort());
  });

  it("with too few judges the run says which submissions lack judges and why, in the organiser's language", async () => {
    const tooFew = (free: number) => translate("too_few_judges_without_conflict", "id", { free, k: 3 });
    const competition = await openCompetition({ judgesPerSubmission: 3 });
    const entrants = await enterMany(competition, 2);
    const judges = await inviteJudges(competition, 2);
    const run = await assign(competition);
    const ids = entrants.map((e) => e.submissionId).sort();
    expect(run.unassigned).toEqual(ids.map((submissionId) => ({ submissionId, missing: 1, code: "too_few_judges_without_conflict", reason: tooFew(2) })));
    expect(run.loads).toEqual({ [judges[0]!.sub]: 2, [judges[1]!.sub]: 2 });
    const inEnglish = await api.call("GET", `${competition.base}/assignment`, { as: admin, headers: { "accept-language": "en" } });
    expect(inEnglish.body.unassigned[0].reason).toBe("Only 2 judge(s) are free of a conflict with this pitch (3 needed).");

    expect((await api.call("POST", `${competition.base}/conflicts`, { as: admin, body: { judgeId: judges[0]!.sub, submissionId: ids[0], reason: "Pemegang saham." } })).status).toBe(201);
    const after = await settledAssignment(competition);
    expect(after.unassigned).toEqual([
      { submissionId: ids[0], missing: 2, code: "too_few_judges_without_conflict", reason: tooFew(1) },
      { submissionId: ids[1], missing: 1, code: "too_few_judges_without_conflict", reason: tooFew(2) },
    ]);
    // a judge at their maximum: the reason says so
    const capping = await api.call("PUT", `${competition.base}/judges/${judges[1]!.sub}`, { as: admin, body: { name: "Juri 1", organisation: "KADIN NTT", sectors: ["kuliner"], email: "juri1@example.id", maxLoad: 1 } });
    expect(capping.body.maxLoad, JSON.stringify(capping.body)).toBe(1);
    const capped = await settledAssignment(competition);
    expect(capped.loads).toEqual({ [judges[0]!.sub]: 1, [judges[1]!.sub]: 1 });
    // which of the two the capped judge keeps is a tie the solver breaks by id; either way the reasons must hold
    const [cappedOn] = submissionsOf(await pairsOf(competition, judges), judges[1]!);
    const atMax = (missing: number) => translate("free_judges_at_max_load", "id", { missing });
    expect(capped.unassigned).toEqual(cappedOn === ids[0]
      ? [
        { submissionId: ids[0], missing: 2, code: "too_few_judges_without_conflict", reason: tooFew(1) },
        { submissionId: ids[1], missing: 2, code: "free_judges_at_max_load", reason: atMax(2) },
      ]
      : [
        { submissionId: ids[0], missing: 3, code: "free_judges_at_max_load", reason: atMax(3) },
        { submissionId: ids[1], missing: 1, code: "too_few_judges_without_conflict", reason: tooFew(2) },
      ]);
    const progress = await api.call("GET", `${competition.base}/judging`, { as: admin });
    for (const entry of capped.unassigned) {
      expect(progress.body.submissions.find((s: { submissionId: string }) => s.submissionId === entry.submissionId).missingJudges).toBe(entry.missing);
    }
  });
});

// ---- conflicts of interest -------------------------------------------------------------------------

describe("curator certificates", () => {
  const bnsp = { scheme: "bnsp_product_curator", number: "KUR.BNSP/2026/0412", scope: ["kuliner", "kriya"], validUntil: "2029-06-30" };
  const certificationOf = async (competition: Competition, judge: Caller) =>
    (await api.call("GET", `${competition.base}/judges`, { as: admin })).body.items.find((j: { judgeId: string }) => j.judgeId === judge.sub).certification;

  it("come with the invitation, are replaced and cleared by the organisers; a bad scope is 400 in their words, an unknown judge 404, and nothing is written", async () => {
    const competition = await openCompetition();
    const [curator] = await inviteJudges(competition, 1, () => ({ certification: bnsp }));
    expect(await certificationOf(competition, curator!)).toEqual(bnsp);

    const renewed = { ...bnsp, number: "KUR.BNSP/2029/0077", scope: ["kuliner"] };
    const replaced = await api.call("PUT", `${competition.base}/judges/${curator!.sub}/certification`, { as: admin, body: renewed });
    expect(replaced.status, JSON.stringify(replaced.body)).toBe(200);
    expect(replaced.body.certification).toEqual(renewed);
    // an invitation changed without a certificate leaves the one recorded
    expect((await api.call("PUT", `${competition.base}/judges/${curator!.sub}`, { as: admin, body: { name: "Juri 0", organisation: "KADIN NTT", sectors: ["kuliner"], email: "juri@example.id", maxLoad: 5 } })).status).toBe(200);
    expect(await certificationOf(competition, curator!)).toEqual(renewed);

    const before = await snapshotTables();
    const unknownCluster = await api.call("PUT", `${competition.base}/judges/${curator!.sub}/certification`, { as: admin, body: { ...bnsp, scope: ["tambang"] } });
    expect(unknownCluster.status).toBe(400);
    expect(unknownCluster.body.error.details).toContainEqual(expect.objectContaining({ field: "body.scope.0", message: "Klaster usaha tidak dikenal." }));
    const noCluster = await api.call("PUT", `${competition.base}/judges/${curator!.sub}/certification`, { as: admin, body: { ...bnsp, scope: [] }, headers: { "accept-language": "en" } });
    expect(noCluster.body.error.details).toContainEqual(expect.objectContaining({ field: "body.scope", message: "Name at least one cluster the curator certificate covers." }));
    const badInvite = await api.call("PUT", `${competition.base}/judges/${curator!.sub}`, { as: admin, body: { name: "Juri 0", organisation: "KADIN NTT", sectors: ["kuliner"], email: "juri@example.id", certification: { ...bnsp, scope: ["kuliner", "kuliner"], validUntil: "30-06-2029" } } });
    expect(badInvite.status).toBe(400);
    expect(badInvite.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(["body.certification.scope", "body.certification.validUntil"]);
    const stranger = randomUUID();
    for (const method of ["PUT", "DELETE"] as const) {
      const unknown = await api.call(method, `${competition.base}/judges/${stranger}/certification`, { as: admin, body: method === "PUT" ? bnsp : undefined });
      expect(unknown.status, JSON.stringify(unknown.body)).toBe(404);
      expect(unknown.body.error.code).toBe("judge_not_found");
    }
    expect(await snapshotTables()).toBe(before);

    const cleared = await api.call("DELETE", `${competition.base}/judges/${curator!.sub}/certification`, { as: admin });
    expect(cleared.status, JSON.stringify(cleared.body)).toBe(200);
    expect(cleared.body.certification).toBeUndefined();
    expect(await certificationOf(competition, curator!)).toBeUndefined();
  });

  it("asked for, the run gives a cluster's pitches to the judge certified for it over an equally free expert; re-runs keep the preference, a request without it drops it", async () => {
    const competition = await openCompetition({ judgesPerSubmission: 1 });
    const food = await Promise.all([enter(competition), enter(competition)]);
    const crafts = await Promise.all([enter(competition, { sector: "kriya" }), enter(competition, { sector: "kriya" })]);
    // both know both clusters and have the same room: only the certificate tells them apart
    const [plain, certified] = await inviteJudges(competition, 2, (i) => ({ sectors: ["kuliner", "kriya"], ...(i === 1 ? { certification: { ...bnsp, scope: ["kuliner"] } } : {}) }));

    const asked = await api.call("POST", `${competition.base}/assignment`, { as: admin, body: { preferCertifiedCurators: true } });
    expect(asked.status, JSON.stringify(asked.body)).toBe(202);
    expect(asked.body.preferCertifiedCurators).toBe(true);
    await settledAssignment(competition);
    const pairs = await pairsOf(competition, [plain!, certified!]);
    expect(submissionsOf(pairs, certified!).sort()).toEqual(food.map((e) => e.submissionId).sort());
    expect(submissionsOf(pairs, plain!).sort()).toEqual(crafts.map((e) => e.submissionId).sort());

    await inviteJudges(competition, 1);
    expect(await settledAssignment(competition)).toMatchObject({ reason: "judge_invited", preferCertifiedCurators: true });
    expect(await assign(competition)).toMatchObject({ reason: "requested", preferCertifiedCurators: false });
  });
});

describe("conflicts of interest", () => {
  it("an organiser's conflict takes the submission from the judge at once; after the re-run another judge has it", async () => {
    // three judges on three submissions, two each: without the conflict, the judge who lost it would be the one to take it back
    const competition = await openCompetition({ judgesPerSubmission: 2 });
    const entrants = await enterMany(competition, 3);
    const judges = await inviteJudges(competition, 3);
    await openJudging(competition);
    await assign(competition);
    const before = await pairsOf(competition, judges);
    const [judgeId, submissionId] = before[0]!.split(" ") as [string, string];
    const judge = judges.find((j) => j.sub === judgeId)!;
    expect((await readSheet(competition, judge, submissionId)).status).toBe(200);

    const recorded = await api.call("POST", `${competition.base}/conflicts`, { as: admin, body: { judgeId, submissionId, reason: "Adik ipar pemilik." } });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    expect(recorded.body).toMatchObject({ judgeId, submissionId, reason: "Adik ipar pemilik." });
    // at once: before any job has run
    expectNotFound(await readSheet(competition, judge, submissionId), "reading a conflicted submission");
    expectNotFound(await score(competition, judge, submissionId, { scores: allScores(5) }), "scoring a conflicted submission");
    expect((await api.call("GET", competition.judging, { as: judge })).body.assignments.map((a: { submissionId: string }) => a.submissionId)).not.toContain(submissionId);

    const run = await settledAssignment(competition);
    // only the conflicted pair moves, though the loads end two apart: scores already given stay with their judges
    expect(run).toMatchObject({ reason: "conflict_added", unassigned: [], changes: { kept: 5, added: 1, removed: 0 }, loads: { [judgeId]: 1 }, balance: 2 });
    const after = await pairsOf(competition, judges);
    expect(after).not.toContain(before[0]);
    expect(after.filter((pair) => !before.includes(pair))).toHaveLength(1);
    expect(before.filter((pair) => !after.includes(pair))).toEqual([before[0]]);
    const replacement = judgesOf(after, submissionId).find((id) => !judgesOf(before, submissionId).includes(id))!;
    expect(replacement).toBeDefined();
    expect((await readSheet(competition, judges.find((j) => j.sub === replacement)!, submissionId)).status).toBe(200);
    expect(judgesOf(after, submissionId)).toHaveLength(2);
    expect(entrants.every((e) => judgesOf(after, e.submissionId).length === 2)).toBe(true);
    expectNotFound(await readSheet(competition, judge, submissionId), "still conflicted after the re-run");
  });

  it("organisers read the recorded conflicts back by judge, a page at a time, with the judge's name and the pitch; judges and applicants get 403, an unknown competition 404", async () => {
    const competition = await openCompetition();
    const tenun = await enter(competition, { businessName: "Tenun Ikat Ina" }, () => ({ title: "Tenun ikat untuk pasar ekspor" }));
    const madu = await enter(competition, { businessName: "Madu Hutan Timor" }, () => ({ title: "Madu hutan dalam botol" }));
    const [dewi, benny] = await inviteJudges(competition, 2, (i) => ({ name: ["Dewi Lay", "Benny Tallo"][i] }));
    const url = `${competition.base}/conflicts`;
    expect((await api.call("GET", url, { as: admin })).body).toEqual({ items: [] });
    const recorded = [
      { judgeId: dewi!.sub, submissionId: tenun.submissionId, reason: "Sepupu pemilik.", judgeName: "Dewi Lay", businessName: "Tenun Ikat Ina", title: "Tenun ikat untuk pasar ekspor" },
      { judgeId: benny!.sub, submissionId: madu.submissionId, reason: "Pemasok botol usaha ini.", judgeName: "Benny Tallo", businessName: "Madu Hutan Timor", title: "Madu hutan dalam botol" },
    ];
    for (const { judgeId, submissionId, reason } of recorded) expect((await api.call("POST", url, { as: admin, body: { judgeId, submissionId, reason } })).status).toBe(201);

    const pages = [];
    let cursor: string | undefined;
    do {
      const page = await api.call("GET", `${url}?limit=1${cursor ? `&cursor=${cursor}` : ""}`, { as: admin });
      expect(page.status, JSON.stringify(page.body)).toBe(200);
      pages.push(page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(pages[0]).toHaveLength(1);
    // the key's order: by judge id, as DynamoDB sorts strings
    const byJudge = recorded.sort((a, b) => (a.judgeId < b.judgeId ? -1 : 1));
    expect(pages.flat()).toEqual(byJudge.map((conflict) => ({ ...conflict, competitionId: competition.competitionId, recordedBy: admin.sub, recordedAt: expect.any(String) })));

    for (const as of [dewi!, tenun.applicant]) expect((await api.call("GET", url, { as })).status).toBe(403);
    expect((await api.call("GET", `/competitions/${randomUUID()}/conflicts`, { as: admin })).status).toBe(404);
  });

  it("a conflict and a run that read the competition before it never cross: the pair is refused, or taken away in the conflict's write", async () => {
    const competition = await openCompetition({ judgesPerSubmission: 1 });
    const [entrant] = await enterMany(competition, 1);
    const [holder, other] = await inviteJudges(competition, 2);
    await openJudging(competition);
    await assign(competition);
    const [pair] = await pairsOf(competition, [holder!, other!]);
    const [assignedTo] = pair!.split(" ");
    const judgeWith = [holder!, other!].find((judge) => judge.sub === assignedTo)!;
    const judgeWithout = [holder!, other!].find((judge) => judge.sub !== assignedTo)!;
    const recorded = await api.call("POST", `${competition.base}/conflicts`, { as: admin, body: { judgeId: judgeWithout.sub, submissionId: entrant!.submissionId, reason: "Klien." } });
    expect(recorded.status).toBe(201);
    // a run that read before the conflict now tries to hand the pair out
    expect(await transact(assignPair(competition.competitionId, judgeWithout.sub, entrant!.submissionId, new Date().toISOString()))).toBe(false);
    expectNotFound(await readSheet(competition, judgeWithout, entrant!.submissionId), "a conflicted pair a stale run tried to assign");
    // a conflict written over a pair read as not assigned, which was assigned meanwhile, is cancelled and read again
    expect(await transact([stillUnassigned(competition.competitionId, judgeWith.sub, entrant!.submissionId)])).toBe(false);
  });

  it("ties a judge declares are found by the same NIB and by the same phone: those pairs go at once, and the re-run gives them other judges", async () => {
    const competition = await openCompetition({ judgesPerSubmission: 2 });
    const entrants = await enterMany(competition, 4);
    const judges = await inviteJudges(competition, 3);
    await assign(competition);
    const before = await pairsOf(competition, judges);
    const judge = judges[0]!;
    const [byNib, byPhone] = submissionsOf(before, judge) as [string, string];
    const business = async (submissionId: string) => (await api.call("GET", `${competition.base}/submissions/${submissionId}`, { as: admin })).body.business;
    const [nibBusiness, phoneBusiness] = [await business(byNib), await business(byPhone)];
    // the phone as a judge would type it: local form, with spaces
    const typedPhone = (phoneBusiness.phone as string).replace(/^\+62(\d{3})(\d{4})(\d+)$/, "0$1 $2 $3");
    expect(typedPhone).toMatch(/^08\d\d \d{4} \d+$/);

    const declared = await api.call("PUT", `${competition.judging}/ties`, { as: judge, body: { ties: [{ relation: "family", nib: nibBusiness.nib, note: "Usaha kakak saya." }, { relation: "shareholding", phone: typedPhone }] } });
    expect(declared.status, JSON.stringify(declared.body)).toBe(200);
    expect(declared.body.ties).toEqual([{ relation: "family", nib: nibBusiness.nib, note: "Usaha kakak saya." }, { relation: "shareholding", phone: phoneBusiness.phone }]);
    // gone at once, as with an organiser's conflict, before any re-run
    expect(declared.body.assignments.map((a: { submissionId: string }) => a.submissionId)).toEqual(submissionsOf(before, judge).filter((id) => id !== byNib && id !== byPhone));
    const run = await settledAssignment(competition);
    expect(run).toMatchObject({ reason: "ties_declared", unassigned: [] });
    const after = await pairsOf(competition, judges);
    expect(after).not.toContain(`${judge.sub} ${byNib}`);
    expect(after).not.toContain(`${judge.sub} ${byPhone}`);
    expect(before.filter((pair) => !after.includes(pair)).sort()).toEqual([`${judge.sub} ${byNib}`, `${judge.sub} ${byPhone}`].sort());
    expect(run.changes).toEqual({ kept: before.length - 2, added: 2, removed: 0 });
    for (const entrant of entrants) expect(judgesOf(after, entrant.submissionId)).toHaveLength(2);
    expectNotFound(await readSheet(competition, judge, byNib), "tied by NIB");
    expectNotFound(await readSheet(competition, judge, byPhone), "tied by phone");
  });

  it("a withdrawn judge gets 404 everywhere and only their pairs move: kept pairs stay, the others' submitted scores are untouched", async () => {
    const competition = await openCompetition({ judgesPerSubmission: 2 });
    const entrants = await enterMany(competition, 4);
    const judges = await inviteJudges(competition, 4);
    await openJudging(competition);
    await assign(competition);
    const before = await pairsOf(competition, judges);
    const [leaving, ...staying] = judges as [Caller, ...Caller[]];
    const theirs = submissionsOf(before, leaving);
    expect(theirs).toHaveLength(2);
    // everyone scores first, the leaving judge too
    const reviews = new Map<string, unknown>();
    for (const pair of before) {
      const [judgeId, submissionId] = pair.split(" ") as [string, string];
      const scored = await score(competition, judges.find((j) => j.sub === judgeId)!, submissionId, { scores: allScores(6), comment: "Cukup.", submit: true });
      expect(scored.status, JSON.stringify(scored.body)).toBe(200);
      reviews.set(pair, scored.body.review);
    }

    const withdrawn = await api.call("DELETE", `${competition.base}/judges/${leaving.sub}`, { as: admin });
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    expect(withdrawn.body.status).toBe("withdrawn");
    const everywhere = [
      api.call("GET", competition.judging, { as: leaving }),
      api.call("PUT", `${competition.judging}/ties`, { as: leaving, body: { ties: [] } }),
      ...theirs.flatMap((submissionId) => [readSheet(competition, leaving, submissionId), score(competition, leaving, submissionId, { scores: allScores(9), submit: true })]),
    ];
    for (const answer of await Promise.all(everywhere)) expectNotFound(answer, "a withdrawn judge");
    const listed = await api.call("GET", "/judging/competitions", { as: leaving });
    expect(listed.body.items).toEqual([expect.objectContaining({ competitionId: competition.competitionId, status: "withdrawn" })]);

    const run = await settledAssignment(competition);
    expect(run).toMatchObject({ reason: "judge_withdrawn", judges: 3, unassigned: [], changes: { kept: 6, added: 2, removed: 2 } });
    const after = await pairsOf(competition, staying);
    const kept = before.filter((pair) => !pair.startsWith(leaving.sub));
    expect(after.filter((pair) => kept.includes(pair))).toEqual(kept);
    expect(after.filter((pair) => !kept.includes(pair)).map((pair) => pair.split(" ")[1]).sort()).toEqual([...theirs].sort());
    for (const entrant of entrants) expect(judgesOf(after, entrant.submissionId)).toHaveLength(2);
    // each judge heard once of the first run, and those who took over once more, of the new pairs only
    for (const judge of staying) {
      const notices = api.outbox.sent().filter((m) => m.recipient.userId === judge.sub && m.template === "reviewsAssigned").map((m) => Number(/\d+/.exec(m.subject)![0]));
      const gained = submissionsOf(after, judge).length - submissionsOf(before, judge).length;
      expect(notices, judge.sub).toEqual([submissionsOf(before, judge).length, ...(gained ? [gained] : [])]);
    }
    for (const pair of kept) {
      const [judgeId, submissionId] = pair.split(" ") as [string, string];
      const sheet = await readSheet(competition, staying.find((j) => j.sub === judgeId)!, submissionId);
      expect(sheet.body.review, pair).toEqual(reviews.get(pair));
    }
    const progress = await api.call("GET", `${competition.base}/judging`, { as: admin });
    expect(progress.body.judges.find((j: { judgeId: string }) => j.judgeId === leaving.sub)).toMatchObject({ status: "withdrawn", assigned: 0, submitted: 0 });
    expect(progress.body.totals).toEqual({ reviews: 8, submitted: 6, percent: 75 });
  });
});

// ---- what a judge may reach ------------------------------------------------------------------------

describe("a judge reaches only what is assigned to them", () => {
  it("an unassigned submission, one of a competition they were not invited to and a missing one all answer the same 404", async () => {
    const competition = await openCompetition({ judgesPerSubmission: 1 });
    const entrants = await enterMany(competition, 2);
    const judges = await inviteJudges(competition, 2);
    const other = await openCompetition({ judgesPerSubmission: 1 });
    const [elsewhere] = await enterMany(other, 1);
    const [otherJudge] = await inviteJudges(other, 1);
    await Promise.all([openJudging(competition), openJudging(other)]);
    await assign(competition);
    await assign(other);
    const pairs = await pairsOf(competition, judges);
    const judge = judges[0]!;
    const [mine] = submissionsOf(pairs, judge);
    const notMine = entrants.map((e) => e.submissionId).find((id) => id !== mine)!;
    expect(submissionsOf(pairs, judge)).toEqual([mine]);

    const missing = randomUUID();
    const refusals = {
      "read, missing": await readSheet(competition, judge, missing),
      "read, unassigned": await readSheet(competition, judge, notMine),
      "read, other competition": await readSheet(other, judge, elsewhere!.submissionId),
      "read, other competition under this one": await readSheet(competition, judge, elsewhere!.submissionId),
      "score, missing": await score(competition, judge, missing, { scores: allScores(5) }),
      "score, unassigned": await score(competition, judge, notMine, { scores: allScores(5), submit: true }),
      "score, other competition": await score(other, judge, elsewhere!.submissionId, { scores: allScores(5), submit: true }),
      "page, other competition": await api.call("GET", other.judging, { as: judge }),
      "ties, other competition": await api.call("PUT", `${other.judging}/ties`, { as: judge, body: { ties: [] } }),
      "page, missing competition": await api.call("GET", `/judging/competitions/${missing}`, { as: judge }),
    };
    for (const [what, answer] of Object.entries(refusals)) {
      expectNotFound(answer, what);
      expect(withoutRequestId(answer), what).toEqual(withoutRequestId(refusals["read, missing"]));
    }
    // nothing was scored on the way: the other judge's pair and the other competition are as assigned
    const otherSheet = await readSheet(other, otherJudge!, elsewhere!.submissionId);
    expect(otherSheet.body.review).toMatchObject({ status: "assigned", scores: {} });
    const notMineSheet = await readSheet(competition, judges[1]!, notMine);
    expect(notMineSheet.body.review).toMatchObject({ status: "assigned", scores: {} });
    const listed = await api.call("GET", "/judging/competitions", { as: judge });
    expect(listed.body.items.map((c: { competitionId: string }) => c.competitionId)).toEqual([competition.competitionId]);
  });
});

// ---- blind review ----------------------------------------------------------------------------------

/** Every judge route, from THE route table: a judge route added tomorrow is checked here the same day. */
const judgeRoutes = routeList.filter((route) => route.roles !== "public" && route.roles.includes("judge"));

/** A request body for each judge route that takes one; a new route with a body must add its own here. */
const sampleBodies: Record<string, unknown> = {
  declareTies: { ties: [{ relation: "client", nib: "9999999999999", note: "Klien lama kantor kami." }] },
  saveScores: { scores: allScores(7), comment: "Rencana dana jelas.", privateNote: "Perlu dicek ulang.", submit: false },
};

/** Calls every judge route as `judge`, each submission route for every submission assigned to them; the JSON of each answer. */
async function everyJudgeAnswer(competition: Competition, judge: Caller): Promise<{ call: string; json: string }[]> {
  const page = await api.call("GET", competition.judging, { as: judge });
  const assigned: string[] = page.body.assignments.map((a: { submissionId: string }) => a.submissionId);
  expect(assigned.length).toBeGreaterThan(0);
  const known: Record<string, string> = { classId: competition.where.classId, competitionId: competition.competitionId };
  const answers: { call: string; json: string }[] = [];
  for (const route of judgeRoutes) {
    const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
    expect(params.filter((name) => !(name in known) && name !== "submissionId"), `${route.name}: teach this test its path parameters`).toEqual([]);
    expect(route.body === undefined || route.name in sampleBodies, `${route.name}: teach this test a request body for it`).toBe(true);
    for (const submissionId of params.includes("submissionId") ? assigned : [undefined]) {
      const url = route.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === "submissionId" ? submissionId! : known[name]!));
      const answer = await api.call(route.method, url, { as: judge, body: route.body === undefined ? undefined : sampleBodies[route.name] });
      const call = `${route.name} ${route.method} ${url}`;
      expect(answer.status, `${call}: ${JSON.stringify(answer.body)}`).toBe(200);
      expect(answer.headers["content-type"], call).toMatch(/^application\/json/);
      answers.push({ call, json: JSON.stringify(answer.body) });
    }
  }
  return answers;
}

/** What names a business or its owner, in every form it is stored or written: names, NIB, the phone as +62…, 62… and 08…, e-mail, applicant id. */
function identifying(business: { ownerName: string; businessName: string; nib: string; phone: string; email?: string }, applicantId: string): string[] {
  const national = business.phone.replace(/^\+62/, "");
  return [business.ownerName, business.businessName, business.nib, `+62${national}`, `62${national}`, `0${national}`, business.email!, applicantId];
}

/** The identifying texts found in a JSON answer, in any letter case, also inside URL-encoded links. */
function leaks(json: string, secrets: readonly string[]): string[] {
  let decoded = json;
  try {
    decoded = decodeURIComponent(json);
  } catch {
    // a stray % in the JSON: the plain text is still searched
  }
  const haystacks = [json, decoded, decoded.replace(/\+/g, " ")].map((text) => text.toLowerCase());
  return secrets.filter((secret) => haystacks.some((text) => text.includes(secret.toLowerCase())));
}

/** A pitch that names its owner and business every way it can, as applicants do. */
function selfNamingPitch({ business, applicantId }: { business: Business; applicantId: string }) {
  const national = business.phone.replace(/\D/g, "").replace(/^0/, "");
  return {
    title: `${business.businessName}: se'i kemasan vakum`,
    summary: `${business.ownerName} mendirikan ${business.businessName} pada 2016.`,
    problem: `Pesan lewat +62${national}, 62${national} atau 0${national}.`,
    product: `NIB ${business.nib}; surel ${business.email}.`,
    traction: `Nomor peserta ${applicantId}.`,
    team: `${business.ownerName.toUpperCase()} dan empat karyawan dapur.`,
    useOfFunds: [{ item: `Mesin vakum untuk ${business.businessName.toLowerCase()}`, amountIdr: 45_000_000 }, { item: "Kemasan dan label", amountIdr: 30_000_000 }],
    videoUrl: `https://video.example.id/${encodeURIComponent(business.businessName)}`,
  };
}

describe("blind review", () => {
  it("with blind on, the JSON of every judge route names no owner or business, not even where the pitch names them; with blind off the names show", async () => {
    const competition = await openCompetition({ judgesPerSubmission: 2, blindReview: true });
    const entrants = [
      await enter(competition, { ownerName: "Yohanes Lelo", businessName: "Se'i Om Yos" }, selfNamingPitch),
      await enter(competition, { ownerName: "Maria Bunga Tukan", businessName: "Tenun Ikat Bunga Lembata" }, selfNamingPitch),
    ];
    const judges = await inviteJudges(competition, 2);
    await openJudging(competition);
    await assign(competition);
    const stored = await Promise.all(entrants.map(async ({ submissionId }) => (await api.call("GET", `${competition.base}/submissions/${submissionId}`, { as: admin })).body));
    const secrets = stored.flatMap((pitch) => identifying(pitch.business, pitch.applicantId));
    expect(stored[0].business.phone).toMatch(/^\+628\d+$/); // stored as E.164: the 62… and 08… forms are derived from it
    expect(secrets.every((secret) => secret.length >= 5)).toBe(true);

    expect(judgeRoutes.map((route) => route.name)).toEqual(expect.arrayContaining(["listMyJudgingCompetitions", "getMyJudging", "declareTies", "getReviewSheet", "saveScores"]));
    for (const judge of judges) {
      const answers = await everyJudgeAnswer(competition, judge);
      expect(answers.map((a) => a.call.split(" ")[0])).toEqual(expect.arrayContaining(judgeRoutes.map((route) => route.name)));
      for (const { call, json } of answers) expect(leaks(json, secrets), call).toEqual([]);
    }

    // the pitch still reads: the names are masked where they stood
    const sheet = (await readSheet(competition, judges[0]!, entrants[0]!.submissionId)).body;
    expect(sheet.blindReview).toBe(true);
    expect(sheet.pitch.summary).toBe(`${MASK} mendirikan ${MASK} pada 2016.`);
    expect(sheet.pitch.problem).toBe(`Pesan lewat ${MASK}, ${MASK} atau ${MASK}.`);
    expect(sheet.pitch.product).toBe(`NIB ${MASK}; surel ${MASK}.`);
    expect(sheet.pitch.team).toBe(`${MASK} dan empat karyawan dapur.`);
    expect(sheet.pitch.useOfFunds[0].item).toBe(`Mesin vakum untuk ${MASK}`);
    expect(sheet.pitch).not.toHaveProperty("business");
    expect(sheet.pitch).not.toHaveProperty("applicantId");
    expect(sheet.pitch).not.toHaveProperty("videoUrl");
    expect(sheet.pitch.pitchDeck.downloadUrl).toEqual(expect.any(String));
    const page = (await api.call("GET", competition.judging, { as: judges[0]! })).body;
    expect(page.assignments.every((a: { title?: string }) => a.title === undefined)).toBe(true);

    const open = await api.call("PATCH", competition.base, { as: admin, body: { blindReview: false } });
    expect(open.body.blindReview).toBe(false);
    const named = (await readSheet(competition, judges[0]!, entrants[0]!.submissionId)).body;
    expect(named.blindReview).toBe(false);
    expect(named.pitch.business).toEqual({ ownerName: "Yohanes Lelo", businessName: "Se'i Om Yos" });
    expect(named.pitch.summary).toBe("Yohanes Lelo mendirikan Se'i Om Yos pada 2016.");
    const titles = (await api.call("GET", competition.judging, { as: judges[0]! })).body.assignments.map((a: { title?: string }) => a.title).sort();
    expect(titles).toEqual(["Se'i Om Yos: se'i kemasan vakum", "Tenun Ikat Bunga Lembata: se'i kemasan vakum"]);
  });
});

// ---- scores ----------------------------------------------------------------------------------------

/** One submission and one judge holding it (k = 1). */
async function oneJudgeOneSubmission(overrides: Record<string, unknown> = {}, { judgingOpen = true } = {}) {
  const competition = await openCompetition({ judgesPerSubmission: 1, ...overrides });
  const [entrant] = await enterMany(competition, 1);
  const [judge] = await inviteJudges(competition, 1);
  if (judgingOpen) await openJudging(competition);
  await assign(competition);
  return { competition, judge: judge!, submissionId: entrant!.submissionId };
}

describe("scoring", () => {
  it("scores are taken only while judging is open: 409 judging_not_open before, judging_closed after, saying when in WITA, nothing written", async () => {
    const { competition, judge, submissionId } = await oneJudgeOneSubmission({}, { judgingOpen: false });
    const early = await readSheet(competition, judge, submissionId);
    expect(early.status, JSON.stringify(early.body)).toBe(200);
    expect(early.body.review).toMatchObject({ status: "assigned", editable: false });
    const before = await snapshotTables();
    const tooEarly = await score(competition, judge, submissionId, { scores: allScores(5), submit: true });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.error).toMatchObject({ code: "judging_not_open", details: { opensAt: expect.any(String) } });
    expect(tooEarly.body.error.message).toMatch(kupangTime.id);
    expect(tooEarly.body.error.message).not.toMatch(utcInstant);
    expect(await snapshotTables()).toBe(before);

    await openJudging(competition);
    expect((await score(competition, judge, submissionId, { scores: allScores(5), submit: true })).body.review).toMatchObject({ status: "submitted", editable: true });
    const closed = await api.call("PATCH", competition.base, { as: admin, body: { judgingClosesAt: at(-0.1) } });
    expect(closed.body.phase, JSON.stringify(closed.body)).toBe("closed");
    const late = await snapshotTables();
    const tooLate = await score(competition, judge, submissionId, { scores: allScores(9), submit: true }, "en");
    expect(tooLate.status).toBe(409);
    expect(tooLate.body.error.code).toBe("judging_closed");
    expect(tooLate.body.error.message).toMatch(kupangTime.en);
    expect(tooLate.body.error.message).not.toMatch(utcInstant);
    expect(await snapshotTables()).toBe(late);
    expect((await readSheet(competition, judge, submissionId)).body.review).toMatchObject({ status: "submitted", scores: allScores(5), editable: false });
  });

  it("a score off the scale, not whole, for an unknown criterion, or a submit without every criterion: 400 and nothing written", async () => {
    const { competition, judge, submissionId } = await oneJudgeOneSubmission();
    const { team: _team, ...withoutTeam } = allScores(7);
    const refused: [string, Record<string, unknown>, string][] = [
      ["above the scale", { scores: { ...allScores(7), market: 11 }, submit: true }, "body.scores.market"],
      ["below the scale", { scores: { ...allScores(7), funds: 0 }, submit: false }, "body.scores.funds"],
      ["not whole", { scores: { ...allScores(7), product: 7.5 }, submit: true }, "body.scores.product"],
      ["not a number", { scores: { ...allScores(7), product: "7" } }, "body.scores.product"],
      ["unknown criterion", { scores: { ...allScores(7), charisma: 5 } }, "body.scores.charisma"],
      ["submit with a criterion missing", { scores: withoutTeam, submit: true }, "body.scores.team"],
    ];
    const before = await snapshotTables();
    for (const [what, body, field] of refused) {
      const answer = await score(competition, judge, submissionId, body);
      expect(answer.status, `${what}: ${JSON.stringify(answer.body)}`).toBe(400);
      expect(answer.body.error.code, what).toBe("validation_failed");
      expect(answer.body.error.details.map((d: { field: string }) => d.field), what).toEqual([field]);
    }
    expect(await snapshotTables()).toBe(before);
    // the same incomplete scores are fine as a draft
    expect((await score(competition, judge, submissionId, { scores: withoutTeam })).body.review).toMatchObject({ status: "draft", scores: withoutTeam });
  });

  it("a draft, then submitted; no draft over a submitted review (409 review_submitted); revised by submitting again", async () => {
    const { competition, judge, submissionId } = await oneJudgeOneSubmission();
    const draft = await score(competition, judge, submissionId, { scores: { market: 8, team: 6 }, comment: "Pasar jelas.", privateNote: "Tanya soal izin PIRT." });
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);
    expect(draft.body.review).toMatchObject({ status: "draft", scores: { market: 8, team: 6 }, comment: "Pasar jelas.", privateNote: "Tanya soal izin PIRT.", editable: true });
    expect(draft.body.review.total).toBeUndefined();
    expect(draft.body.review.submittedAt).toBeUndefined();
    expect((await api.call("GET", competition.judging, { as: judge })).body.assignments).toEqual([expect.objectContaining({ submissionId, status: "draft" })]);

    const submitted = await score(competition, judge, submissionId, { scores: allScores(10), comment: "Siap didanai.", submit: true });
    expect(submitted.body.review).toMatchObject({ status: "submitted", scores: allScores(10), total: 100, comment: "Siap didanai." });
    expect(submitted.body.review.privateNote).toBeUndefined();
    expect(submitted.body.review.submittedAt).toEqual(expect.any(String));

    const before = await snapshotTables();
    const backToDraft = await score(competition, judge, submissionId, { scores: allScores(3) });
    expect(backToDraft.status).toBe(409);
    expect(backToDraft.body.error.code).toBe("review_submitted");
    expect(await snapshotTables()).toBe(before);

    const revised = await score(competition, judge, submissionId, { scores: allScores(1), comment: "Setelah dicek ulang.", submit: true });
    expect(revised.body.review).toMatchObject({ status: "submitted", scores: allScores(1), total: 0, comment: "Setelah dicek ulang." });
    expect((await readSheet(competition, judge, submissionId)).body.review).toEqual(revised.body.review);
    expect((await api.call("GET", competition.judging, { as: judge })).body.assignments).toEqual([expect.objectContaining({ submissionId, status: "submitted", total: 0 })]);
  });

  it("the rubric changes freely until the first submitted score (a draft does not freeze it), then 409 rubric_frozen", async () => {
    const { competition, judge, submissionId } = await oneJudgeOneSubmission();
    const rubric = (await api.call("GET", competition.base, { as: admin })).body.rubric;
    const reweighted = (weight: number) => rubric.map((criterion: { criterionId: string }) => (criterion.criterionId === "market" ? { ...criterion, weight } : criterion));

    expect((await api.call("PATCH", competition.base, { as: admin, body: { rubric: reweighted(30) } })).body).toMatchObject({ rubricFrozen: false });
    expect((await score(competition, judge, submissionId, { scores: { market: 9 } })).status).toBe(200);
    const afterDraft = await api.call("PATCH", competition.base, { as: admin, body: { rubric: reweighted(35) } });
    expect(afterDraft.status, JSON.stringify(afterDraft.body)).toBe(200);
    expect(afterDraft.body).toMatchObject({ rubricFrozen: false });
    expect(afterDraft.body.rubric[0].weight).toBe(35);

    expect((await score(competition, judge, submissionId, { scores: allScores(4), submit: true })).status).toBe(200);
    expect((await api.call("GET", competition.base, { as: admin })).body.rubricFrozen).toBe(true);
    const before = await snapshotTables();
    const frozen = await api.call("PATCH", competition.base, { as: admin, body: { rubric: reweighted(40) } });
    expect(frozen.status, JSON.stringify(frozen.body)).toBe(409);
    expect(frozen.body.error).toMatchObject({ code: "rubric_frozen", details: { frozenAt: expect.any(String) } });
    expect(await snapshotTables()).toBe(before);
    // the rest of the competition still changes
    const later = await api.call("PATCH", competition.base, { as: admin, body: { judgingClosesAt: at(20) } });
    expect(later.status, JSON.stringify(later.body)).toBe(200);
    expect(later.body.rubric[0].weight).toBe(35);
  });

  it("scores checked against the rubric as read never land under one an organiser saved meanwhile", async () => {
    // the interleaving a request cannot time: the judge's write is built from a read taken before the organiser's change
    const { competition, judge, submissionId } = await oneJudgeOneSubmission();
    const [read, review] = await Promise.all([findCompetition(competition.competitionId), findReview(competition.competitionId, judge.sub, submissionId)]);
    const grown = [...read!.rubric, { ...read!.rubric[0]!, criterionId: "risk", name: { id: "Risiko", en: "Risk" } }];
    expect((await api.call("PATCH", competition.base, { as: admin, body: { rubric: grown } })).status).toBe(200);
    const at = new Date().toISOString();
    const scores = { status: "submitted" as const, scores: allScores(8), savedAt: at, submittedAt: at };
    for (const freeze of [true, false]) {
      expect(await transact([whileJudgingOpen(competition.competitionId, at, { readAt: read!.updatedAt, freeze }), writeScores(review!, scores)]), `freeze: ${freeze}`).toBe(false);
    }
    expect((await api.call("GET", competition.base, { as: admin })).body.rubricFrozen).toBe(false);
    // through the API the judge is checked against the rubric as it is now
    const incomplete = await score(competition, judge, submissionId, { scores: allScores(8), submit: true });
    expect(incomplete.body.error.details.map((d: { field: string }) => d.field)).toEqual(["body.scores.risk"]);
    expect((await score(competition, judge, submissionId, { scores: { ...allScores(8), risk: 8 }, submit: true })).body.review).toMatchObject({ status: "submitted", total: expect.any(Number) });
  });

  it("20 judges submitting at once lose nothing: every score is there and progress says 100 %", async () => {
    const competition = await openCompetition({ judgesPerSubmission: 4 });
    const entrants = await enterMany(competition, 10);
    const judges = await inviteJudges(competition, 20);
    await openJudging(competition);
    const run = await assign(competition);
    const pairs = await pairsOf(competition, judges);
    expect(pairs).toHaveLength(40);
    expectSoundAssignment(pairs, entrants, judges, 4, run);

    // every pair its own scores, so a lost or crossed write shows
    const sent = new Map(pairs.map((pair, p) => [pair, allScores((_, c) => 1 + ((p + c) % 10))]));
    const answers = await Promise.all(pairs.map((pair) => {
      const [judgeId, submissionId] = pair.split(" ") as [string, string];
      return score(competition, judges.find((j) => j.sub === judgeId)!, submissionId, { scores: sent.get(pair), comment: `Catatan ${pair}`, submit: true });
    }));
    for (const [i, answer] of answers.entries()) expect(answer.status, `${pairs[i]}: ${JSON.stringify(answer.body)}`).toBe(200);

    const stored = await Promise.all(pairs.map((pair) => {
      const [judgeId, submissionId] = pair.split(" ") as [string, string];
      return readSheet(competition, judges.find((j) => j.sub === judgeId)!, submissionId);
    }));
    for (const [i, sheet] of stored.entries()) {
      expect(sheet.body.review, pairs[i]).toMatchObject({ status: "submitted", scores: sent.get(pairs[i]!), comment: `Catatan ${pairs[i]}` });
    }
    const progress = await api.call("GET", `${competition.base}/judging`, { as: admin });
    expect(progress.body.totals).toEqual({ reviews: 40, submitted: 40, percent: 100 });
    expect(progress.body.judges.every((j: { assigned: number; submitted: number }) => j.assigned === 2 && j.submitted === 2)).toBe(true);
    expect(progress.body.submissions.every((s: { judges: number; submitted: number }) => s.judges === 4 && s.submitted === 4)).toBe(true);
    expect((await api.call("GET", competition.base, { as: admin })).body.rubricFrozen).toBe(true);
  });
});

// ---- organisers follow the judging -----------------------------------------------------------------

describe("organisers follow the judging", () => {
  it("judges hear of their invitation and their submissions; progress per judge and per submission; reminders reach only judges with work left, in their language", async () => {
    const competition = await openCompetition({ judgesPerSubmission: 2 });
    const entrants = await enterMany(competition, 3);
    const languages = ["id", "en", "id"];
    const judges = await inviteJudges(competition, 3, (i) => ({ name: `Juri Nomor ${i}`, email: `juri${i}-${competition.competitionId.slice(0, 8)}@example.id`, language: languages[i] }));
    await openJudging(competition);
    await assign(competition);
    const pairs = await pairsOf(competition, judges);
    const sentTo = (judge: Caller) => api.outbox.sent().filter((message) => message.recipient.userId === judge.sub);

    for (const [i, judge] of judges.entries()) {
      const messages = sentTo(judge);
      expect(messages.every((m) => m.lang === languages[i] && m.recipient.email === `juri${i}-${competition.competitionId.slice(0, 8)}@example.id`)).toBe(true);
      expect(messages.filter((m) => m.template === "judgeInvited")).toHaveLength(1);
      expect(messages.find((m) => m.template === "judgeInvited")!.body).toContain(`Juri Nomor ${i}`);
      // one message for the run, counting the judge's submissions
      const assigned = messages.filter((m) => m.template === "reviewsAssigned").map((m) => Number(/\d+/.exec(m.subject)![0]));
      expect(assigned).toEqual([submissionsOf(pairs, judge).length]);
    }
    expect(sentTo(judges[1]!).find((m) => m.template === "reviewsAssigned")!.subject).toMatch(/^New pitches for you to score: \d+$/);

    // judge 0 submits everything, judge 1 drafts one, judge 2 has not started
    const [done, drafting, idle] = judges as [Caller, Caller, Caller];
    for (const submissionId of submissionsOf(pairs, done)) {
      expect((await score(competition, done, submissionId, { scores: allScores(10), submit: true })).status).toBe(200);
    }
    const drafted = submissionsOf(pairs, drafting)[0]!;
    expect((await score(competition, drafting, drafted, { scores: { market: 5 } })).status).toBe(200);

    const progress = await api.call("GET", `${competition.base}/judging`, { as: admin });
    expect(progress.status, JSON.stringify(progress.body)).toBe(200);
    const perJudge = Object.fromEntries(progress.body.judges.map((j: { judgeId: string }) => [j.judgeId, j]));
    expect(perJudge[done.sub]).toMatchObject({ name: "Juri Nomor 0", status: "invited", assigned: 2, submitted: 2, drafts: 0, notStarted: 0, lastSavedAt: expect.any(String) });
    expect(perJudge[drafting.sub]).toMatchObject({ assigned: 2, submitted: 0, drafts: 1, notStarted: 1, lastSavedAt: expect.any(String) });
    expect(perJudge[idle.sub]).toMatchObject({ assigned: 2, submitted: 0, drafts: 0, notStarted: 2 });
    expect(perJudge[idle.sub].lastSavedAt).toBeUndefined();
    expect(progress.body.submissions).toHaveLength(3);
    for (const entrant of entrants) {
      const row = progress.body.submissions.find((s: { submissionId: string }) => s.submissionId === entrant.submissionId);
      const scoredByDone = judgesOf(pairs, entrant.submissionId).includes(done.sub);
      expect(row).toMatchObject({ judges: 2, missingJudges: 0, submitted: scoredByDone ? 1 : 0, businessName: expect.stringMatching(/^Usaha Nomor /) });
      expect(row.averageTotal).toBe(scoredByDone ? 100 : undefined);
    }
    expect(progress.body.totals).toEqual({ reviews: 6, submitted: 2, percent: 33 });

    const before = api.outbox.sent().length;
    const reminders = await api.call("POST", `${competition.base}/reminders`, { as: admin });
    expect(reminders.status, JSON.stringify(reminders.body)).toBe(200);
    expect([...reminders.body.reminded].sort((a, b) => (a.judgeId < b.judgeId ? -1 : 1))).toEqual(
      [{ judgeId: drafting.sub, outstanding: 2 }, { judgeId: idle.sub, outstanding: 2 }].sort((a, b) => (a.judgeId < b.judgeId ? -1 : 1)),
    );
    const sent = api.outbox.sent().slice(before);
    expect(sent.map((m) => [m.recipient.userId, m.template, m.lang]).sort()).toEqual([[drafting.sub, "judgingReminder", "en"], [idle.sub, "judgingReminder", "id"]].sort());
    expect(sent.find((m) => m.recipient.userId === drafting.sub)!.subject).toBe("Reminder: reviews not yet submitted: 2");
    expect(sent.find((m) => m.recipient.userId === idle.sub)!.subject).toBe("Pengingat: 2 penilaian belum dikirim");
    expect(sent.find((m) => m.recipient.userId === idle.sub)!.body).toContain("Juri Nomor 2");
  });
});
