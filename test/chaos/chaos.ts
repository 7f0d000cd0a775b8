import { randomUUID } from "node:crypto";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { createLocalApi, type Dispatch, type LocalResponse } from "../../infra/local/api.js";
import { faultKinds, injectFaults, type FaultKind, type FaultLayer } from "../../infra/local/faults.js";
import { createIssuer, type Issuer } from "../../infra/local/issuer.js";
import { createOutbox } from "../../infra/local/outbox.js";
import { createTables } from "../../infra/local/tables.js";
import { db } from "../../shared/data/client.js";
import { classKey, progressPk } from "../../shared/data/keys.js";
import { tableName } from "../../shared/data/tables.js";
import { runAssignment } from "../../shared/app/judging.js";
import { scheduleRun } from "../../shared/app/meetings.js";
import type { AssignmentRunItem } from "../../shared/data/competitions.js";
import { findMeetings } from "../../shared/data/meetings.js";
import { classInput, competitionInput, moduleInputs, pitchInput, profileInput, quizAnswers } from "../support/fixtures.js";

/*
 * The chaos run of issue 14: the main flows through the local HTTP path while the fault layer fails a share of
 * the DynamoDB and file-store calls (infra/local/faults.ts), each client retrying as a real one would — the same
 * Idempotency-Key for every try of one request, again after a 503 (Retry-After), a 409 request_in_progress, or a
 * lost connection — and then, faults off, every invariant checked on what is stored. Nothing is timed.
 */

export interface ChaosOptions {
  seed: number;
  /** Share of the calls that fail, 0–1. */
  faults: number;
  /** Applicants per run (the class has a third as many seats). */
  applicants?: number;
}

export interface ChaosReport {
  seed: number;
  requests: number;
  /** Tries, retries included. */
  tries: number;
  injected: Record<FaultKind, number>;
  /** By status; a 409 with its code (`409 request_in_progress`). */
  statuses: Record<string, number>;
  /** Requests still refused as busy after every try a client makes. */
  gaveUp: number;
  violations: string[];
}

/** Tries of one request, about 25 s of them: past a key held "in progress" for 10 s, with room to spare. */
const MAX_TRIES = 100;

interface Caller {
  sub: string;
  token: string;
}

async function caller(issuer: Issuer, role: "applicant" | "admin" | "judge" | "investor"): Promise<Caller> {
  const sub = randomUUID();
  return { sub, token: await issuer.mint({ sub, username: `${role}-${sub.slice(0, 6)}`, groups: [role] }) };
}

export async function chaosRun({ seed, faults, applicants: applicantCount = 12 }: ChaosOptions): Promise<ChaosReport> {
  await createTables(`chaos${seed}-${randomUUID().slice(0, 6)}-`);
  const issuer = await createIssuer();
  const layer = injectFaults({ seed, rate: 0 });
  const report: ChaosReport = { seed, requests: 0, tries: 0, injected: layer.injected, statuses: {}, gaveUp: 0, violations: [] };
  const violation = (text: string) => void report.violations.push(text);
  const dispatch = createLocalApi(issuer, { outbox: createOutbox(), wrapFiles: layer.files });

  /** One request as a client makes it: the same key on every try, until an answer that is not "come back". */
  async function send(who: Caller, method: string, url: string, body?: unknown): Promise<LocalResponse & { json: any }> {
    // counted only under faults: the stage and the checks are not what the run reports
    const counted = layer.rate > 0;
    if (counted) report.requests++;
    const headers: Record<string, string> = { authorization: `Bearer ${who.token}`, "content-type": "application/json" };
    if (method !== "GET") headers["idempotency-key"] = randomUUID();
    for (let tries = 1; ; tries++) {
      if (counted) report.tries++;
      let answer: LocalResponse;
      try {
        answer = await dispatch({ method, url, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      } catch (error) {
        violation(`${method} ${url}: the server threw instead of answering: ${(error as Error).message}`);
        throw error;
      }
      const text = Buffer.isBuffer(answer.body) ? answer.body.toString("utf8") : answer.body;
      const json = text && answer.headers["content-type"]?.startsWith("application/json") ? JSON.parse(text) : undefined;
      const status = answer.status === 409 ? `409 ${json?.error?.code}` : String(answer.status);
      if (counted) report.statuses[status] = (report.statuses[status] ?? 0) + 1;
      if (answer.status >= 500 && answer.status !== 503) violation(`${method} ${url}: ${answer.status} ${text}`);
      if (answer.status === 503 && !(Number(answer.headers["retry-after"]) > 0)) violation(`${method} ${url}: 503 without Retry-After`);
      const comeBack = answer.status === 503 || (answer.status === 409 && json?.error?.code === "request_in_progress");
      if (!comeBack) return { ...answer, json };
      if (tries === MAX_TRIES) {
        report.gaveUp++;
        return { ...answer, json };
      }
      // Retry-After in seconds, scaled down — but a key left "in progress" by a lost answer is held for as long as
      // its request could run (10 s), so the pauses grow to cover that
      await new Promise((resolve) => setTimeout(resolve, Math.min(10 * tries, 250)));
    }
  }

  // ---- the stage, before any fault: an organiser, a class with a quiz, an assignment and a session ----
  const admin = await caller(issuer, "admin");
  const capacity = Math.max(2, Math.floor(applicantCount / 3));
  /** The stage is set with no fault: a refusal there is a broken run, not a finding. */
  const staged = async (...args: Parameters<typeof send>) => {
    const answer = await send(...args);
    if (answer.status >= 300) throw new Error(`setting the stage: ${args[1]} ${args[2]}: ${answer.status} ${JSON.stringify(answer.json)}`);
    return answer.json;
  };
  const classId: string = (await staged(admin, "POST", "/classes", classInput({ capacity, waitlistEnabled: true }))).classId;
  const moduleIds: Record<"quiz" | "assignment" | "session", string> = { quiz: "", assignment: "", session: "" };
  for (const kind of ["quiz", "assignment", "session"] as const) {
    moduleIds[kind] = (await staged(admin, "POST", `/classes/${classId}/modules`, moduleInputs[kind]({ ...(kind === "assignment" ? { allowFile: false } : {}) }))).moduleId;
  }
  const people = await Promise.all(Array.from({ length: applicantCount }, async (_, i) => {
    const who = await caller(issuer, "applicant");
    await staged(who, "POST", "/me/profile", profileInput({ ownerName: `Peserta Kacau ${i}`, businessName: `Usaha Kacau ${i}` }));
    return who;
  }));

  // ---- the burst, with faults ----
  layer.setRate(faults);
  const outcomes = new Map<string, { quizAttempts: number; handIns: number }>(people.map((p) => [p.sub, { quizAttempts: 0, handIns: 0 }]));
  await Promise.all(people.map(async (who, i) => {
    const enrolled = await send(who, "POST", `/classes/${classId}/enrolments`);
    if (enrolled.status >= 300) violation(`enrolment ${i}: ${enrolled.status} ${JSON.stringify(enrolled.json)}`);
    if (i % 4 === 3) {
      const withdrawn = await send(who, "DELETE", `/classes/${classId}/enrolments/me`);
      if (withdrawn.status !== 200) violation(`withdrawal ${i}: ${withdrawn.status}`);
      return;
    }
    // the seated work their modules; the waitlisted are refused (403), as they should be
    for (const answers of [quizAnswers.wrong, quizAnswers.right]) {
      const attempt = await send(who, "POST", `/classes/${classId}/modules/${moduleIds.quiz}/attempts`, { answers });
      if (attempt.status === 200) outcomes.get(who.sub)!.quizAttempts++;
      else if (attempt.status !== 403) violation(`quiz attempt ${i}: ${attempt.status} ${JSON.stringify(attempt.json)}`);
    }
    const handIn = await send(who, "PUT", `/classes/${classId}/modules/${moduleIds.assignment}/submission`, { text: `Arus kas bulan ini, peserta ${i}.` });
    if (handIn.status === 200) outcomes.get(who.sub)!.handIns++;
    // 409: seated late (a withdrawal freed a seat after the quiz was refused), the quiz still to pass first
    else if (handIn.status !== 403 && handIn.json?.error?.code !== "prerequisite_incomplete") violation(`hand-in ${i}: ${handIn.status} ${JSON.stringify(handIn.json)}`);
  }));
  const grown = await send(admin, "PATCH", `/classes/${classId}`, { capacity: capacity + 2 });
  if (grown.status !== 200) violation(`capacity change: ${grown.status} ${JSON.stringify(grown.json)}`);
  const handedIn = people.filter((p) => outcomes.get(p.sub)!.handIns > 0);
  await Promise.all(handedIn.map(async (who) => {
    const review = await send(admin, "POST", `/classes/${classId}/modules/${moduleIds.assignment}/submissions/${who.sub}/review`, { outcome: "passed" });
    if (review.status !== 200) violation(`review of ${who.sub}: ${review.status} ${JSON.stringify(review.json)}`);
  }));
  const present = handedIn.map((p) => p.sub);
  const attendance = await send(admin, "POST", `/classes/${classId}/modules/${moduleIds.session}/attendance`, { attended: present });
  if (attendance.status !== 200) violation(`attendance: ${attendance.status} ${JSON.stringify(attendance.json)}`);
  layer.setRate(0);

  // ---- what must hold, read with no fault ----
  await checkSeats(classId, admin, send, violation);
  const progress = await progressItems(classId);
  for (const [sub, expected] of outcomes) {
    const quiz = progress.get(`${sub}#MODULE#${moduleIds.quiz}`);
    const attempts = (quiz?.attempts as number | undefined) ?? 0;
    const log = (quiz?.attemptLog as { attempt: number }[] | undefined) ?? [];
    if (attempts !== expected.quizAttempts) violation(`${sub}: ${attempts} quiz attempts stored for ${expected.quizAttempts} made`);
    if (log.map((entry) => entry.attempt).join() !== Array.from({ length: attempts }, (_, i) => i + 1).join()) violation(`${sub}: attempt log ${JSON.stringify(log)} for ${attempts} attempts`);
    const assignment = progress.get(`${sub}#MODULE#${moduleIds.assignment}`);
    const handIns = (assignment?.submissions as number | undefined) ?? 0;
    if (handIns !== expected.handIns) violation(`${sub}: ${handIns} hand-ins stored for ${expected.handIns} made`);
    if (expected.handIns > 0 && assignment?.state !== "done") violation(`${sub}: a passed hand-in is ${String(assignment?.state)}`);
    const session = progress.get(`${sub}#MODULE#${moduleIds.session}`);
    if (present.includes(sub) !== (session?.attended === true)) violation(`${sub}: attendance ${String(session?.attended)}, recorded ${present.includes(sub)}`);
  }

  await competitionUnderFaults({ issuer, dispatch, admin, send, staged, layer, faults, violation });
  layer.remove();
  return report;
}

type Send = (who: Caller, method: string, url: string, body?: unknown) => Promise<LocalResponse & { json: any }>;

/**
 * The competition's writes under the same faults: graduates upload their decks and save and submit their
 * pitches, judges score what they were given, the organiser publishes. Between the phases, with no fault, the
 * organiser closes the windows and the assignment is computed (its job's work, run here).
 */
async function competitionUnderFaults(
  { issuer, dispatch, admin, send, staged, layer, faults, violation }:
  { issuer: Issuer; dispatch: Dispatch; admin: Caller; send: Send; staged: (...args: Parameters<Send>) => Promise<any>; layer: FaultLayer; faults: number; violation: (text: string) => void },
) {
  const classId: string = (await staged(admin, "POST", "/classes", classInput({ capacity: 20 }))).classId;
  const moduleId: string = (await staged(admin, "POST", `/classes/${classId}/modules`, moduleInputs.material())).moduleId;
  const competitionId: string = (await staged(admin, "POST", `/classes/${classId}/competitions`, competitionInput({ judgesPerSubmission: 2 }))).competitionId;
  const base = `/competitions/${competitionId}`;
  const graduates = await Promise.all(Array.from({ length: 4 }, async (_, i) => {
    const who = await caller(issuer, "applicant");
    await staged(who, "POST", "/me/profile", profileInput({ ownerName: `Pemilik Lomba ${i}`, businessName: `Usaha Lomba ${i}`, nib: `91203000${String(i).padStart(5, "0")}` }));
    await staged(who, "POST", `/classes/${classId}/enrolments`);
    await staged(who, "POST", `/classes/${classId}/modules/${moduleId}/read`);
    return who;
  }));
  const judges = await Promise.all(Array.from({ length: 3 }, async (_, i) => {
    const judge = await caller(issuer, "judge");
    await staged(admin, "PUT", `${base}/judges/${judge.sub}`, { name: `Juri ${i}`, organisation: "KADIN NTT", sectors: ["kuliner"], email: `juri${i}@example.id` });
    return judge;
  }));

  layer.setRate(faults);
  await Promise.all(graduates.map(async (who, i) => {
    const ticket = await send(who, "POST", `${base}/submissions/me/uploads`, { contentType: "application/pdf", size: 5 });
    if (ticket.status !== 201) return violation(`deck upload ticket ${i}: ${ticket.status} ${JSON.stringify(ticket.json)}`);
    // straight to the store by its signed URL, as a browser does: no function in between, no fault
    const uploaded = await dispatch({ method: "PUT", url: ticket.json.uploadUrl, headers: ticket.json.headers, body: Buffer.from("%PDF-") });
    if (uploaded.status !== 200) return violation(`deck upload ${i}: ${uploaded.status}`);
    const saved = await send(who, "PUT", `${base}/submissions/me`, pitchInput({ title: `Pitch ${i}`, pitchDeckKey: ticket.json.fileKey }));
    if (saved.status !== 200 && saved.status !== 201) return violation(`pitch ${i}: ${saved.status} ${JSON.stringify(saved.json)}`);
    const submitted = await send(who, "POST", `${base}/submissions/me/submit`);
    if (submitted.status !== 200) violation(`submission ${i}: ${submitted.status} ${JSON.stringify(submitted.json)}`);
  }));
  layer.setRate(0);

  const past = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000).toISOString();
  await staged(admin, "PATCH", base, { submissionDeadline: past(0.5), judgingOpensAt: past(0.4) });
  await runAssignment((await staged(admin, "POST", `${base}/assignment`)) as AssignmentRunItem, new Date());
  const scores = Object.fromEntries(competitionInput().rubric.map((criterion, i) => [criterion.criterionId, 5 + (i % 4)]));

  layer.setRate(faults);
  const scored = new Map<string, number>();
  await Promise.all(judges.map(async (judge, j) => {
    const mine = await send(judge, "GET", `/judging/competitions/${competitionId}`);
    if (mine.status !== 200) return violation(`judge ${j}'s pitches: ${mine.status}`);
    for (const { submissionId } of mine.json.assignments as { submissionId: string }[]) {
      const review = await send(judge, "PUT", `/judging/competitions/${competitionId}/submissions/${submissionId}/review`, { scores, comment: "Rencana yang jelas.", submit: true });
      if (review.status === 200) scored.set(submissionId, (scored.get(submissionId) ?? 0) + 1);
      else violation(`judge ${j} scoring ${submissionId}: ${review.status} ${JSON.stringify(review.json)}`);
    }
  }));
  layer.setRate(0);
  await staged(admin, "PATCH", base, { judgingClosesAt: past(0.001) });

  layer.setRate(faults);
  const published = await send(admin, "POST", `${base}/publications`, { reason: "Hasil akhir penjurian." });
  if (published.status !== 201) violation(`publishing: ${published.status} ${JSON.stringify(published.json)}`);
  layer.setRate(0);

  // one pitch per graduate, submitted; every pair of the assignment scored once; one version published
  const pitches = (await staged(admin, "GET", `${base}/submissions?limit=50`)).items as { status: string }[];
  if (pitches.length !== graduates.length || pitches.some((p) => p.status !== "submitted")) violation(`pitches: ${JSON.stringify(pitches.map((p) => p.status))} for ${graduates.length} graduates`);
  const progress = (await staged(admin, "GET", `${base}/judging`));
  const reviewsDone = (progress.judges as { submitted: number }[]).reduce((sum, j) => sum + j.submitted, 0);
  if (reviewsDone !== [...scored.values()].reduce((a, b) => a + b, 0)) violation(`reviews submitted ${reviewsDone}, scored ${JSON.stringify([...scored])}`);
  const versions = ((await staged(admin, "GET", `${base}/publications`)).items as { version: number }[]).map((p) => p.version);
  if (versions.join() !== "1") violation(`publication versions ${versions.join()}`);
  if (versions.length) await meetingsUnderFaults({ issuer, admin, send, staged, layer, faults, violation, competitionId, graduates });
}

/**
 * Investor meetings under the same faults: two investors, the four finalists; the schedule computed with no
 * fault (its job's work, run here), then both sides accept every meeting, and last one finalist declines.
 */
async function meetingsUnderFaults(
  { issuer, admin, send, staged, layer, faults, violation, competitionId, graduates }:
  { issuer: Issuer; admin: Caller; send: Send; staged: (...args: Parameters<Send>) => Promise<any>; layer: FaultLayer; faults: number; violation: (text: string) => void; competitionId: string; graduates: Caller[] },
) {
  const meetingsUrl = `/competitions/${competitionId}/meetings`;
  const investingUrl = `/investing/competitions/${competitionId}/meetings`;
  await staged(admin, "PUT", meetingsUrl, { date: "2027-03-10", startTime: "13:00", slotMinutes: 20, gapMinutes: 5, slotCount: 2, rooms: [{ name: "Meja 1" }, { name: "Meja 2" }], investorCap: 2, finalistCap: 1 });
  const submissionOf = new Map<string, Caller>();
  for (const who of graduates) submissionOf.set((await staged(who, "GET", `/competitions/${competitionId}/submissions/me`)).submissionId, who);
  const finalists = [...submissionOf.keys()];
  const investors = await Promise.all([0, 1].map(async (i) => {
    const investor = await caller(issuer, "investor");
    await staged(admin, "PUT", `/competitions/${competitionId}/investors/${investor.sub}`, {
      name: `Investor ${i}`, organisation: `Modal ${i}`, kind: "angel", ticket: { minIdr: 10_000_000, maxIdr: 50_000_000 }, sectors: ["kuliner"], email: `investor${i}@example.id`,
    });
    await staged(investor, "PUT", `${investingUrl}/wish`, { ranked: finalists.slice(2 * i, 2 * i + 2), available: ["s1", "s2"] });
    return investor;
  }));
  await staged(admin, "POST", `${meetingsUrl}/runs`);
  await scheduleRun((await findMeetings(competitionId))!, new Date());
  type Proposed = { investorId: string; submissionId: string; slotId: string };
  const proposed = (await staged(admin, "GET", meetingsUrl)).meetings as Proposed[];
  if (proposed.length === 0) return violation("meetings: the schedule proposed none");

  layer.setRate(faults);
  const investorOf = new Map(investors.map((investor) => [investor.sub, investor]));
  const answers = await Promise.all(proposed.flatMap((m) => [
    send(investorOf.get(m.investorId)!, "POST", `${investingUrl}/${m.submissionId}/answer`, { answer: "accepted", slotId: m.slotId }),
    send(submissionOf.get(m.submissionId)!, "POST", `${meetingsUrl}/me/${m.investorId}/answer`, { answer: "accepted", slotId: m.slotId }),
  ]));
  for (const answer of answers) if (answer.status !== 200) violation(`meeting answer: ${answer.status} ${JSON.stringify(answer.json)}`);
  const [dropped] = proposed;
  const declined = await send(submissionOf.get(dropped!.submissionId)!, "POST", `${meetingsUrl}/me/${dropped!.investorId}/answer`, { answer: "declined", slotId: dropped!.slotId });
  if (declined.status !== 200) violation(`meeting decline: ${declined.status} ${JSON.stringify(declined.json)}`);
  layer.setRate(0);

  // every meeting confirmed but the declined one, and exactly one scheduling run asked for by the decline
  const after = await staged(admin, "GET", meetingsUrl);
  for (const meeting of after.meetings as (Proposed & { status: string })[]) {
    const expected = meeting.investorId === dropped!.investorId && meeting.submissionId === dropped!.submissionId ? "declined" : "confirmed";
    if (meeting.status !== expected) violation(`meeting ${meeting.investorId}→${meeting.submissionId}: ${meeting.status}, expected ${expected}`);
  }
  if (after.run?.revision !== 2 || after.run?.status !== "pending") violation(`meetings run after one decline: ${JSON.stringify(after.run)}`);
}

/** Every progress item of the class, by sort key. */
async function progressItems(classId: string): Promise<Map<string, Record<string, unknown>>> {
  const items = new Map<string, Record<string, unknown>>();
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db().send(new QueryCommand({ TableName: tableName("learning"), KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": progressPk(classId) }, ExclusiveStartKey: start, ConsistentRead: true }));
    for (const item of page.Items ?? []) items.set(String(item.sk), item);
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** The seat invariants of the race tests: the roster, the counters and the waitlist's own items agree, and no free seat is left while someone waits. */
async function checkSeats(classId: string, admin: Caller, send: (who: Caller, method: string, url: string) => Promise<{ status: number; json: any }>, violation: (text: string) => void) {
  const counts: Record<string, number> = { enrolled: 0, waitlisted: 0, withdrawn: 0 };
  const positions: number[] = [];
  let cursor: string | undefined;
  do {
    const page = await send(admin, "GET", `/classes/${classId}/enrolments?limit=50${cursor ? `&cursor=${cursor}` : ""}`);
    if (page.status !== 200) throw new Error(`the roster of ${classId}: ${page.status} ${JSON.stringify(page.json)}`);
    for (const enrolment of page.json.items) {
      counts[enrolment.status] = (counts[enrolment.status] ?? 0) + 1;
      if (enrolment.status === "waitlisted") positions.push(enrolment.position);
    }
    cursor = page.json.nextCursor;
  } while (cursor);
  const cls = (await send(admin, "GET", `/classes/${classId}`)).json;
  const { Count: waitItems = 0 } = await db().send(new QueryCommand({
    TableName: tableName("classes"), KeyConditionExpression: "pk = :pk AND begins_with(sk, :wait)", ExpressionAttributeValues: { ":pk": classKey(classId).pk, ":wait": "WAIT#" }, Select: "COUNT", ConsistentRead: true,
  }));
  const say = (what: string) => violation(`seats: ${what} (roster ${JSON.stringify(counts)}, class ${JSON.stringify({ capacity: cls.capacity, enrolled: cls.enrolled, waiting: cls.waiting })}, ${waitItems} waitlist items)`);
  if (counts.enrolled !== cls.enrolled) say("enrolled in the roster ≠ the seat counter");
  if (counts.enrolled! > cls.capacity) say("more seated than seats");
  if (counts.waitlisted !== cls.waiting || waitItems !== cls.waiting) say("waitlisted in the roster, the counter and the queue's items differ");
  if (cls.waiting > 0 && cls.enrolled < cls.capacity) say("a seat is free while someone waits");
  if (positions.sort((a, b) => a - b).join() !== Array.from({ length: positions.length }, (_, i) => i + 1).join()) say(`waitlist positions ${positions.join()}`);
}

export const formatReport = (r: ChaosReport) => [
  `seed ${r.seed}: ${r.requests} requests (${r.tries} tries), faults ${faultKinds.map((k) => `${k} ${r.injected[k]}`).join(", ")}; statuses ${Object.entries(r.statuses).map(([s, n]) => `${s}×${n}`).join(" ")}${r.gaveUp ? `; ${r.gaveUp} given up` : ""}`,
  r.violations.length ? r.violations.map((v) => `  VIOLATION ${v}`).join("\n") : "  invariants: seats and waitlist, quiz attempts, hand-ins, reviews, attendance — all hold",
].join("\n");
