import { randomUUID } from "node:crypto";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import type { Route } from "../../shared/api/route.js";
import { bilingual } from "../../shared/api/schemas/common.js";
import { ModuleInput } from "../../shared/api/schemas/module-input.js";
import { routeList } from "../../shared/api/routes/index.js";
import { db } from "../../shared/data/client.js";
import { applicantPk, CLASS_LISTING_PK, classKey, classListingKeys, classPk, conflictKey, enrolmentByApplicantKeys, enrolmentKey, rosterByStatusKeys, waitKey } from "../../shared/data/keys.js";
import { tableName } from "../../shared/data/tables.js";
import { allowedFileTypes, MAX_FILE_BYTES } from "../../shared/domain/files.js";
import { kbliList } from "../../shared/domain/kbli.js";
import { eKatalogs, marketReaches } from "../../shared/domain/profile.js";
import { enrolmentStatuses } from "../../shared/domain/seats.js";
import { runAssignment } from "../../shared/app/judging.js";
import type { AssignmentRunItem } from "../../shared/data/competitions.js";
import { testApi, type Answer, type Caller, type TestApi } from "../support/api.js";
import { arbitraryOf, cursorArbitrary, isoTime, jsonText, mutated, oddStrings, pathSegment, rawSegments, urlText, type Hints } from "../support/arbitraries.js";
import { competitionInput, moduleInputs, pitchInput, quizAnswers } from "../support/fixtures.js";
import { scenarios } from "../support/scenarios.js";
import { traceRequests, type Trace } from "../support/trace.js";

/*
 * No crafted input gets a 500 (issue 8). Every route gets 300 requests made from its own zod
 * schemas — values in the schema's shape, the same bent (wrong types, empty, huge, NUL, lone
 * surrogates, extra and missing fields), crafted cursors and path ids — sent by a caller who holds the
 * route's role and a real relation to real objects, so that most inputs reach the use case and not only
 * validation. Every answer must be 2xx or 4xx; a 4xx must be the error shape and must have written
 * nothing.
 *
 * Routes run side by side, each sending its inputs in turn, on objects of its own where its writes
 * would change what another route is tested on; routes that share objects take turns (`lanes`). The
 * inputs are sampled with a fixed seed and all of them are sent, so a failure lists the bad answers
 * rather than one shrunk case: shrinking would replay inputs against tables the earlier inputs already
 * changed, and its "minimal" case is often no case at all. A 4xx that wrote is told by the DynamoDB
 * writes each request made (`support/trace.ts`), not by scanning the tables 33,000 times.
 */

// 300, not the 1,000 of issue 8: at 89 routes the campaign was the suite's long pole (250 s of a 258 s
// run on 2 cores); at 500 and 104 routes, with the web app's browser journeys beside it, the suite took
// 341 s on an idle 2-core machine, 194 s of it here. The requests are spread over the same shapes, so
// each route still meets every kind of input (wrong types, empty, huge, NUL, lone surrogates, extra and
// missing fields, crafted cursors and ids) — only fewer of each. 120 since issue 14 (110 routes), whose chaos
// run, idempotency and restart tests joined the suite: a fresh clone's run had reached 350–390 s on 2 cores
const RUNS = 120;
const SEED = 20_260_008;

type ModuleKind = keyof typeof moduleInputs;
const kinds: ModuleKind[] = ["material", "quiz", "assignment", "session"];

/** Who calls a route, on which objects: the pools its path ids, body ids and cursors are drawn from. */
interface Scene {
  /** The first is the caller most inputs come from; undefined calls without a token. */
  callers: (Caller | undefined)[];
  classIds: string[];
  moduleIds: string[];
  applicantIds: string[];
  fileKeys: string[];
  exportIds: string[];
  certificateIds: string[];
  competitionIds: string[];
  submissionIds: string[];
  judgeIds: string[];
  criterionIds: string[];
  /** Cursors the route really handed out. */
  cursors: string[];
  /** Path and body drawn together, where a good body depends on the object the path names. */
  paramsAndBody?: (hints: Hints) => fc.Arbitrary<{ params: unknown; body: unknown }>;
}

let api: TestApi;
let scenes: Map<string, Scene>;

// ---- the objects every route is called on, made once, through the API ----------------------------

async function makeWorld() {
  api = await testApi();
  const admin = await api.user("admin");
  const { openClass, applicantWithProfile, seatedApplicant, classWithModules, classWithCompetition, graduate: graduateOf, publishedCompetition } = scenarios(api, admin);
  const hour = 3600 * 1000;
  const ok = (answer: Answer, status = 200) => {
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    return answer.body;
  };
  const byKind = (moduleIds: string[]) => Object.fromEntries(kinds.map((kind, i) => [kind, moduleIds[i]!])) as Record<ModuleKind, string>;
  const modulesOf = (kindList: ModuleKind[], overrides: Record<number, Record<string, unknown>> = {}) => classWithModules(kindList, 200, overrides);
  const session = { startsAt: new Date(Date.now() - hour).toISOString(), endsAt: new Date(Date.now() + hour).toISOString() };
  const at = (classId: string, moduleId: string, action = "") => `/classes/${classId}/modules/${moduleId}${action}`;

  // classes with one module of each kind: two where an applicant learns (reading and quizzes; hand-ins),
  // one where the organiser reviews and takes attendance, one whose modules are edited, one whose are
  // reordered; and one already finished
  const [reading, writing, teaching, editing, ordering, finished] = await Promise.all([
    modulesOf(kinds, { 1: { maxAttempts: 10 }, 3: session }),
    modulesOf(kinds, { 3: session }),
    modulesOf(kinds, { 3: session }),
    modulesOf(kinds, { 3: session }),
    modulesOf(kinds),
    modulesOf(["material"]),
  ]);
  const [reader, watcher, writer, startedOnly, outsider, newcomer, enrolling, waiting, updater, editor, graduate, ...handedIn] = await Promise.all([
    seatedApplicant(reading.classId, "Yohanes Lelo"),
    seatedApplicant(reading.classId, "Yakobus Bria"),
    seatedApplicant(writing.classId, "Maria Bere"),
    seatedApplicant(teaching.classId, "Agustina Ndun"),
    applicantWithProfile(),
    api.user("applicant"),
    applicantWithProfile({ ownerName: "Benediktus Tefa" }),
    applicantWithProfile({ ownerName: "Theresia Seran" }),
    applicantWithProfile({ ownerName: "Fransiska Lake" }),
    seatedApplicant(editing.classId),
    seatedApplicant(finished.classId),
    ...Array.from({ length: 4 }, () => seatedApplicant(teaching.classId)),
  ]);
  const freshApplicants = await Promise.all(Array.from({ length: 6 }, () => api.user("applicant")));
  const [read, written, taught, edited] = [byKind(reading.moduleIds), byKind(writing.moduleIds), byKind(teaching.moduleIds), byKind(editing.moduleIds)];

  // the hand-ins wait for review; the writer may hand in; the watcher has begun; the editor's progress freezes a quiz
  const doneUpToAssignment = async (as: Caller, classId: string, modules: Record<ModuleKind, string>) => {
    ok(await api.call("POST", at(classId, modules.material, "/read"), { as }));
    ok(await api.call("POST", at(classId, modules.quiz, "/attempts"), { as, body: { answers: quizAnswers.right } }));
  };
  await Promise.all([
    doneUpToAssignment(writer, writing.classId, written),
    ...handedIn.map(async (as) => {
      await doneUpToAssignment(as, teaching.classId, taught);
      ok(await api.call("PUT", at(teaching.classId, taught.assignment, "/submission"), { as, body: { text: "Arus kas Januari: masuk 12 juta, keluar 9 juta." } }));
    }),
    api.call("POST", at(teaching.classId, taught.material, "/read"), { as: startedOnly }).then((answer) => ok(answer)),
    api.call("POST", at(reading.classId, read.material, "/read"), { as: watcher }).then((answer) => ok(answer)),
    (async () => {
      ok(await api.call("POST", at(editing.classId, edited.material, "/read"), { as: editor }));
      ok(await api.call("POST", at(editing.classId, edited.quiz, "/attempts"), { as: editor, body: { answers: quizAnswers.wrong } }));
    })(),
  ]);

  // a file the writer uploaded, and a key issued for a file never uploaded
  const upload = { fileName: "arus-kas.pdf", contentType: "application/pdf", size: 5 };
  const ticket = ok(await api.call("POST", at(writing.classId, written.assignment, "/uploads"), { as: writer, body: upload }), 201);
  expect((await api.dispatch({ method: "PUT", url: ticket.uploadUrl, headers: ticket.headers, body: Buffer.from("%PDF-") })).status).toBe(200);
  const unused = ok(await api.call("POST", at(writing.classId, written.assignment, "/uploads"), { as: writer, body: upload }), 201);

  // a certificate, and an export
  ok(await api.call("POST", at(finished.classId, finished.moduleIds[0]!, "/read"), { as: graduate }));
  const certificateId = ok(await api.call("GET", `/classes/${finished.classId}/progress/me`, { as: graduate })).certificate.certificateId as string;
  const exportId = ok(await api.call("POST", `/classes/${teaching.classId}/progress/exports`, { as: admin }), 202).exportId as string;

  // enrolment: open with room, full with a waitlist, full without one, not open yet; one whose organiser changes it
  const later = (days: number) => new Date(Date.now() + days * 24 * hour).toISOString();
  const [open, waitlisted, queued, full, notYetOpen, changing, growing, growingToo] = await Promise.all([
    openClass(),
    openClass({ capacity: 1 }),
    openClass({ capacity: 1 }),
    openClass({ capacity: 1, waitlistEnabled: false }),
    openClass({ enrolmentOpensAt: later(10), enrolmentClosesAt: later(40) }),
    openClass({ capacity: 2 }),
    openClass(),
    openClass(),
  ]);
  await Promise.all([seatedApplicant(waitlisted), seatedApplicant(queued), seatedApplicant(full), seatedApplicant(changing), seatedApplicant(changing)]);
  for (const caller of await Promise.all([applicantWithProfile(), applicantWithProfile()])) ok(await api.call("POST", `/classes/${queued}/enrolments`, { as: caller }), 201);
  // what the campaign writes is read back too: the profile updater in rosters and the matrix, the
  // watcher in the classes whose modules are added and edited
  const enrolled = async (as: Caller, classId: string) => expect([200, 201]).toContain((await api.call("POST", `/classes/${classId}/enrolments`, { as })).status);
  await Promise.all([enrolled(updater, queued), enrolled(updater, teaching.classId), enrolled(watcher, growing), enrolled(watcher, editing.classId)]);
  ok(await api.call("POST", `/classes/${open}/enrolments`, { as: enrolling }), 201);
  expect(ok(await api.call("POST", `/classes/${waitlisted}/enrolments`, { as: enrolling }), 201).status).toBe("waitlisted");
  // one applicant in every state, for reading enrolments that nobody changes meanwhile
  ok(await api.call("POST", `/classes/${open}/enrolments`, { as: waiting }), 201);
  expect(ok(await api.call("POST", `/classes/${waitlisted}/enrolments`, { as: waiting }), 201).status).toBe("waitlisted");
  ok(await api.call("POST", `/classes/${growingToo}/enrolments`, { as: waiting }), 201);
  expect(ok(await api.call("DELETE", `/classes/${growingToo}/enrolments/me`, { as: waiting })).status).toBe("withdrawn");
  expect(ok(await api.call("POST", `/classes/${changing}/enrolments`, { as: await applicantWithProfile() }), 201).status).toBe("waitlisted");

  const nextCursor = async (url: string, as: Caller) => ok(await api.call("GET", url, { as })).nextCursor as string;
  const cursors = {
    upcoming: [await nextCursor("/classes?limit=1", reader)],
    all: [await nextCursor("/admin/classes?limit=1", admin)],
    mine: [await nextCursor("/me/enrolments?limit=1", waiting)],
    roster: [
      await nextCursor(`/classes/${teaching.classId}/enrolments?limit=1`, admin), await nextCursor(`/classes/${teaching.classId}/enrolments?limit=1&status=enrolled`, admin),
      await nextCursor(`/classes/${queued}/enrolments?limit=1&status=waitlisted`, admin),
    ],
    matrix: [await nextCursor(`/classes/${teaching.classId}/progress?limit=1`, admin)],
  };
  for (const list of Object.values(cursors)) expect(list.every((cursor) => typeof cursor === "string")).toBe(true);

  // competitions: one taking pitches, one in judging with its assignment made, one whose organiser
  // changes it, one whose judges come and go
  const [taking, judged, changed, staffed] = await Promise.all([
    classWithCompetition(),
    classWithCompetition({ judgesPerSubmission: 2 }),
    classWithCompetition(),
    classWithCompetition(),
  ]);
  const [pitcher, stillLearning, ...entrants] = await Promise.all([
    graduateOf(taking, { ownerName: "Kristina Nomleni" }),
    seatedApplicant(taking.classId, "Paulus Manafe"),
    ...[0, 1, 2].map((i) => graduateOf(judged, { ownerName: `Peserta ${i}`, nib: `912030123457${i}`, phone: `0813-3712-45${i}0` })),
  ]);
  const competitionAt = (where: { competitionId: string }, rest = "") => `/competitions/${where.competitionId}${rest}`;
  await Promise.all(entrants.map(async (as) => {
    const deck = ok(await api.call("POST", competitionAt(judged, "/submissions/me/uploads"), { as, body: { contentType: "application/pdf", size: 5 } }), 201);
    expect((await api.dispatch({ method: "PUT", url: deck.uploadUrl, headers: deck.headers, body: Buffer.from("%PDF-") })).status).toBe(200);
    ok(await api.call("PUT", competitionAt(judged, "/submissions/me"), { as, body: pitchInput({ pitchDeckKey: deck.fileKey }) }));
    ok(await api.call("POST", competitionAt(judged, "/submissions/me/submit"), { as }));
  }));
  const judges = await Promise.all([0, 1, 2, 3].map(() => api.user("judge")));
  const invite = (where: { competitionId: string }, judge: Caller, i: number) =>
    api.call("PUT", competitionAt(where, `/judges/${judge.sub}`), { as: admin, body: { name: `Juri ${i}`, organisation: "KADIN NTT", sectors: ["kuliner"], email: `juri${i}@example.id` } });
  for (const [i, judge] of judges.slice(0, 3).entries()) ok(await invite(judged, judge, i));
  for (const [i, judge] of judges.entries()) ok(await invite(staffed, judge, i));
  const past = (days: number) => new Date(Date.now() - days * 24 * hour).toISOString();
  ok(await api.call("PATCH", competitionAt(judged), { as: admin, body: { submissionDeadline: past(0.5), judgingOpensAt: past(0.4) } }));
  // two conflicts known before the assignment, so the recorded conflicts have a second page; each judge still gets two pitches
  const entered = ok(await api.call("GET", competitionAt(judged, "/submissions?limit=50"), { as: admin })).items.map((item: { submissionId: string }) => item.submissionId) as string[];
  for (const i of [0, 1]) ok(await api.call("POST", competitionAt(judged, "/conflicts"), { as: admin, body: { judgeId: judges[i]!.sub, submissionId: entered[i], reason: "Kerabat pemilik." } }), 201);
  const conflictCursor = await nextCursor(competitionAt(judged, "/conflicts?limit=1"), admin);
  // the job's work, done here: the campaign runs without the job runner
  await runAssignment(ok(await api.call("POST", competitionAt(judged, "/assignment"), { as: admin }), 202) as AssignmentRunItem, new Date());
  const submissionIds = entered;
  expect(submissionIds).toHaveLength(3);
  const criterionIds = competitionInput().rubric.map((criterion) => criterion.criterionId);

  // investors: one invited to a published competition (two finalists, one entrant withdrawn), one not
  const [published, investor, strangerInvestor] = await Promise.all([publishedCompetition(3, { withdrawLast: true }), api.user("investor"), api.user("investor")]);
  ok(await api.call("PUT", competitionAt(published, `/investors/${investor.sub}`), {
    as: admin, body: { name: "Maria Kewa", organisation: "Bank NTT", kind: "bank_kur", ticket: { minIdr: 1, maxIdr: 2 }, sectors: ["kuliner"], email: "maria@bank.example.id" },
  }));
  ok(await api.call("PUT", competitionAt(published, "/demo-day"), { as: admin, body: { date: "2027-03-10", startTime: "09:00", place: "Aula KADIN NTT", pitchMinutes: 7 } }));
  ok(await api.call("PUT", competitionAt(published, "/meetings"), { as: admin, body: { date: "2027-03-10", startTime: "13:00", slotMinutes: 20, slotCount: 4, rooms: [{ name: "Meja 1" }], investorCap: 2, finalistCap: 2 } }));

  const everyClass = [reading, writing, teaching, editing, ordering, finished].map((c) => c.classId).concat(open, waitlisted, queued, full, notYetOpen, changing, growing, growingToo);
  const people = [reader, watcher, writer, startedOnly, outsider, enrolling, waiting, updater, editor, graduate, ...handedIn].map((caller) => caller.sub);
  const base: Scene = {
    callers: [], classIds: everyClass, moduleIds: reading.moduleIds, applicantIds: people, fileKeys: [], exportIds: [exportId], certificateIds: [certificateId], cursors: [],
    competitionIds: [taking, judged].map((c) => c.competitionId), submissionIds, judgeIds: judges.map((judge) => judge.sub), criterionIds,
  };
  /** An applicant writing a pitch, a graduate whose pitch is in judging, one still learning, one outside. */
  const pitching: Partial<Scene> = { callers: [pitcher, pitcher, entrants[0]!, stillLearning, outsider], competitionIds: [taking.competitionId, judged.competitionId] };
  /** The judges of the judged competition (each assigned two of its three pitches) and one never invited. */
  const judging: Partial<Scene> = { callers: [judges[0]!, judges[1]!, judges[2]!, judges[3]!], competitionIds: [judged.competitionId, judged.competitionId, taking.competitionId] };
  /** The invited investor (mostly) and one never invited, on the published competition's entrants and one still taking pitches. */
  const investingScene: Partial<Scene> = {
    callers: [investor, investor, strangerInvestor], competitionIds: [published.competitionId, published.competitionId, taking.competitionId],
    submissionIds: published.entrants.map((entrant) => entrant.submissionId),
  };
  /** The published competition's finalists (mostly), its withdrawn entrant, and an applicant outside it. */
  const finalistScene: Partial<Scene> = {
    callers: [published.entrants[0]!.applicant, published.entrants[1]!.applicant, published.entrants[2]!.applicant, outsider], competitionIds: [published.competitionId, published.competitionId, taking.competitionId],
  };
  /** A seat holder learning, mostly on the module of the kind the route acts on; some callers without a seat. */
  const learner = (as: Caller, { classId, moduleIds }: { classId: string; moduleIds: string[] }, kind?: ModuleKind): Partial<Scene> => ({
    callers: [as, as, as, outsider, newcomer], classIds: [classId, finished.classId],
    moduleIds: [...(kind ? Array<string>(6).fill(byKind(moduleIds)[kind]) : []), ...moduleIds, ...finished.moduleIds],
    fileKeys: [ticket.fileKey, unused.fileKey, ticket.fileKey.replace(writer.sub, reader.sub)],
  });
  /** The organiser on the taught class's seat holders (and on an applicant without a seat). */
  const organiser = (kind: ModuleKind): Partial<Scene> => ({
    classIds: [teaching.classId], moduleIds: [...Array<string>(3).fill(taught[kind]), ...teaching.moduleIds], applicantIds: [...handedIn, startedOnly, outsider].map((c) => c.sub),
  });

  /** Where a route needs other callers or objects than every class and the reading class's modules. */
  const overrides: Record<string, Partial<Scene>> = {
    getReference: { callers: [undefined, reader] },
    getOpenApi: { callers: [undefined, admin] },
    getCertificate: { callers: [undefined, graduate] },
    createProfile: { callers: freshApplicants },
    getApplicantProfile: { applicantIds: [...people, ...freshApplicants.map((caller) => caller.sub)] },
    getProfile: { callers: [reader, newcomer] },
    updateProfile: { callers: [updater, newcomer] },
    listClasses: { callers: [reader, admin], cursors: cursors.upcoming },
    listAllClasses: { cursors: cursors.all },
    updateClass: { classIds: [changing] },
    enrol: { callers: [enrolling, enrolling, outsider, newcomer], classIds: [open, waitlisted, full, notYetOpen] },
    getMyEnrolment: { callers: [waiting, reader], classIds: [open, waitlisted, growingToo, full, reading.classId] },
    withdraw: { callers: [enrolling, newcomer], classIds: [open, waitlisted, full, notYetOpen] },
    listMyEnrolments: { callers: [waiting, reader], cursors: cursors.mine },
    listRoster: { classIds: [teaching.classId, queued, full], cursors: cursors.roster },
    createModule: { classIds: [growing, growingToo], moduleIds: editing.moduleIds },
    updateModule: { classIds: [editing.classId], moduleIds: editing.moduleIds, paramsAndBody: changesOfKind(edited) },
    reorderModules: { classIds: [ordering.classId], moduleIds: ordering.moduleIds },
    markMaterialRead: learner(reader, reading, "material"),
    attemptQuiz: learner(reader, reading, "quiz"),
    getMyProgress: { ...learner(watcher, reading), classIds: [reading.classId, growing, editing.classId, finished.classId] },
    getModuleContent: { ...learner(watcher, reading), classIds: [reading.classId, editing.classId], moduleIds: [...reading.moduleIds, ...editing.moduleIds] },
    requestUpload: learner(writer, writing, "assignment"),
    handInAssignment: learner(writer, writing, "assignment"),
    getSubmission: organiser("assignment"),
    reviewAssignment: organiser("assignment"),
    recordAttendance: { ...organiser("session"), applicantIds: [...handedIn, startedOnly, outsider, enrolling].map((c) => c.sub) },
    getProgressMatrix: { classIds: [teaching.classId, open], cursors: cursors.matrix },
    requestProgressExport: { classIds: [teaching.classId, open] },
    getProgressExport: { classIds: [teaching.classId] },
    listCompetitions: { classIds: [taking.classId, judged.classId, reading.classId] },
    updateCompetition: { competitionIds: [changed.competitionId] },
    inviteJudge: { competitionIds: [staffed.competitionId] },
    listConflicts: { cursors: [conflictCursor] },
    withdrawJudge: { competitionIds: [staffed.competitionId] },
    setJudgeCertification: { competitionIds: [staffed.competitionId] },
    clearJudgeCertification: { competitionIds: [staffed.competitionId] },
    getMyPitch: pitching,
    saveMyPitch: pitching,
    submitMyPitch: pitching,
    requestPitchDeckUpload: pitching,
    listMyJudgingCompetitions: judging,
    getMyJudging: judging,
    declareTies: judging,
    getReviewSheet: judging,
    saveScores: judging,
    inviteInvestor: { competitionIds: [published.competitionId, taking.competitionId] },
    listInvestors: { competitionIds: [published.competitionId, taking.competitionId] },
    listMyInvestingCompetitions: { callers: [investor, strangerInvestor] },
    listFinalists: investingScene,
    getFinalist: investingScene,
    markInterest: investingScene,
    planDemoDay: { competitionIds: [published.competitionId, taking.competitionId] },
    getDemoDay: { competitionIds: [published.competitionId, taking.competitionId] },
    swapPitchSlots: { competitionIds: [published.competitionId], submissionIds: published.entrants.map((entrant) => entrant.submissionId) },
    getMySlot: finalistScene,
    confirmMySlot: finalistScene,
    requestSlotSwap: finalistScene,
    getDemoDayProgramme: investingScene,
    planMeetings: { competitionIds: [published.competitionId, taking.competitionId] },
    getMeetings: { competitionIds: [published.competitionId, taking.competitionId] },
    requestMeetingSchedule: { competitionIds: [published.competitionId, taking.competitionId] },
    getMyInvestorMeetings: investingScene,
    setMeetingWish: investingScene,
    answerMeetingAsInvestor: investingScene,
    getMyFinalistMeetings: finalistScene,
    setFinalistTimes: finalistScene,
    answerMeetingAsFinalist: finalistScene,
    getMyCalendar: finalistScene,
    getInvestorCalendar: investingScene,
    getCompetitionCalendar: { competitionIds: [published.competitionId, taking.competitionId] },
  };
  const known = new Set(routeList.map((route) => route.name));
  expect(Object.keys(overrides).filter((name) => !known.has(name)), "scenes for routes that no longer exist").toEqual([]);

  const callersFor = (route: Route) => (route.roles === "public" ? [undefined] : route.roles.includes("admin") ? [admin] : [reader]);
  scenes = new Map(routeList.map((route) => [route.name, { ...base, callers: callersFor(route), ...overrides[route.name] }]));
}

/**
 * Routes that change the same objects take turns, one input of each at a time, so what each is
 * answered depends on the inputs and not on timing; every other route runs alone beside them, reading
 * or changing objects no other route changes. Concurrent changes have their own tests (many
 * enrolments at once in enrolment.test.ts).
 */
const lanes = [
  ["enrol", "withdraw"],
  ["markMaterialRead", "attemptQuiz"],
  ["requestUpload", "handInAssignment"],
  ["reviewAssignment", "recordAttendance"],
  ["saveMyPitch", "submitMyPitch", "requestPitchDeckUpload"],
  ["inviteJudge", "withdrawJudge", "setJudgeCertification", "clearJudgeCertification"],
  ["saveScores", "addConflict", "requestAssignment"],
  ["overridePlace", "requestExtraReviews", "publishResults"],
  ["planDemoDay", "swapPitchSlots", "confirmMySlot", "requestSlotSwap"],
  // no job runs here, so no meeting is ever proposed and every answer finds none: the answers need no turn with the plan
  ["planMeetings", "requestMeetingSchedule", "setMeetingWish", "setFinalistTimes"],
  ["answerMeetingAsInvestor", "answerMeetingAsFinalist"],
];

// ---- the inputs -----------------------------------------------------------------------------------

const NIL_UUID = "00000000-0000-0000-0000-000000000000";
const MAX_UUID = "ffffffff-ffff-ffff-ffff-ffffffffffff";

/** Mostly the scene's real ids; sometimes ids that exist nowhere or are nearly right. */
function idFrom(pool: string[], other: fc.Arbitrary<string>): fc.Arbitrary<string> {
  if (pool.length === 0) return other;
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...pool) },
    { weight: 2, arbitrary: other },
    { weight: 1, arbitrary: fc.constantFrom(...pool).map((id) => id.toUpperCase()) },
  );
}

const anyUuid = fc.oneof({ weight: 5, arbitrary: fc.uuid({ version: 4 }) }, { weight: 1, arbitrary: fc.constantFrom(NIL_UUID, MAX_UUID) });
const anyPathId = fc.stringMatching(/^[\w-]{1,64}$/);

/** Keys in every shape a cursor of ours may hold, on real and other ids, with closing times from plausible to absurd. */
function plausibleKeys(scene: Scene): fc.Arbitrary<Record<string, string>> {
  const classId = fc.oneof(idFrom(scene.classIds, anyUuid), fc.constantFrom("", "x", "x".repeat(100)));
  const people = scene.callers.flatMap((caller) => (caller ? [caller.sub] : []));
  const applicantId = fc.oneof(idFrom([...people, ...scene.applicantIds], anyPathId), fc.constantFrom("", "x".repeat(65), "a#b"));
  const closesAt = fc.oneof(
    isoTime.map((time) => new Date(time).toISOString()),
    fc.constantFrom("9999-12-31T00:00:00.000Z", "+275760-09-13T00:00:00.000Z", "-271821-04-20T00:00:00.000Z", "0000-01-01T00:00:00.000Z", "1970-01-01T00:00:00.000Z", "", "x"),
  );
  const status = fc.constantFrom(...enrolmentStatuses, "", "ENROLLED");
  const seq = fc.oneof(fc.nat(), fc.constantFrom(-1, 1.5, 1e10));
  const competitionId = fc.oneof(idFrom(scene.competitionIds, anyUuid), fc.constantFrom("", "x"));
  const judgeId = fc.oneof(idFrom(scene.judgeIds, anyPathId), fc.constantFrom("", "a#b"));
  return fc.oneof(
    fc.tuple(classId, closesAt, classId).map(([id, time, listed]) => ({ ...classKey(id), ...classListingKeys(listed, time) })),
    fc.tuple(classId, applicantId).map(([id, applicant]) => enrolmentKey(id, applicant)),
    fc.tuple(classId, applicantId).map(([id, applicant]) => ({ ...enrolmentKey(id, applicant), ...enrolmentByApplicantKeys(id, applicant) })),
    fc.tuple(classId, applicantId, status).map(([id, applicant, s]) => ({ ...enrolmentKey(id, applicant), ...rosterByStatusKeys(id, applicant, s) })),
    fc.tuple(classId, applicantId).map(([id, applicant]) => ({ pk: classPk(id), sk: applicantPk(applicant), gsi1pk: CLASS_LISTING_PK, gsi1sk: "" })),
    fc.tuple(classId, seq).map(([id, ticket]) => waitKey(id, ticket)),
    fc.tuple(competitionId, judgeId, idFrom(scene.submissionIds, anyUuid)).map(([id, judge, submission]) => conflictKey(id, judge, submission)),
    // issue 8's own example
    fc.constant({ pk: "", sk: "", gsi1pk: CLASS_LISTING_PK, gsi1sk: "9999-12-31T00:00:00.000Z#x" }),
  );
}

/** A module's changes in the fields of its own kind: a mix of kinds is refused before anything else is looked at. */
function changesOfKind(moduleIds: Record<ModuleKind, string>) {
  return (hints: Hints) =>
    fc.constantFrom(...kinds).chain((kind) => {
      const option = ModuleInput.def.options.find((o) => o.def.shape.kind.def.values.includes(kind as never))!;
      return fc.record({
        params: fc.record({ classId: hints.classId!, moduleId: fc.oneof({ weight: 4, arbitrary: fc.constant(moduleIds[kind]) }, { weight: 1, arbitrary: hints.moduleId! }) }),
        body: arbitraryOf(z.partial(z.omit(option, { kind: true })), hints),
      });
    });
}

function hintsFor(scene: Scene): Hints {
  const moduleId = idFrom(scene.moduleIds, anyUuid);
  const applicantId = idFrom(scene.applicantIds, anyPathId);
  const fileType = fc.constantFrom(...Object.keys(allowedFileTypes));
  return {
    classId: idFrom(scene.classIds, anyUuid),
    moduleId,
    applicantId,
    exportId: idFrom(scene.exportIds, anyUuid),
    certificateId: idFrom(scene.certificateIds, fc.stringMatching(/^[A-Za-z0-9_-]{20,64}$/)),
    competitionId: idFrom(scene.competitionIds, anyUuid),
    submissionId: idFrom(scene.submissionIds, anyUuid),
    judgeId: idFrom(scene.judgeIds, anyPathId),
    // mostly scores a judge could give on the rubric's 1–10 scales; now and then outside them or on no criterion
    scores: fc.dictionary(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...scene.criterionIds) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), fc.integer({ min: 0, max: 11 }), { maxKeys: 6 }),
    cursor: cursorArbitrary(scene.cursors, plausibleKeys(scene)),
    limit: fc.oneof(fc.integer({ min: 1, max: 50 }).map(String), fc.constantFrom("1", "50", "1.0", "1e1", " 5 ", "0x10", "+3", "0b11")),
    prerequisites: fc.oneof({ weight: 4, arbitrary: fc.array(moduleId, { maxLength: 4 }) }, { weight: 1, arbitrary: fc.constant(null) }),
    moduleIds: fc.oneof(
      fc.shuffledSubarray(scene.moduleIds, { minLength: scene.moduleIds.length }),
      fc.shuffledSubarray(scene.moduleIds, { minLength: 1 }),
      fc.array(moduleId, { minLength: 1, maxLength: scene.moduleIds.length + 2 }),
    ),
    // now and then a whole hall: 500 is the most one request may name
    attended: fc.oneof({ weight: 9, arbitrary: fc.array(applicantId, { maxLength: 5 }) }, { weight: 1, arbitrary: fc.array(applicantId, { minLength: 400, maxLength: 500 }) }),
    absent: fc.array(applicantId, { maxLength: 5 }),
    // one right option, as the organiser's form allows; two or none now and then
    options: fc
      .tuple(fc.array(arbitraryOf(bilingual(300)), { minLength: 2, maxLength: 6 }), fc.nat(), fc.oneof({ weight: 5, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.constantFrom(0, 2) }))
      .map(([texts, first, right]) => texts.map((text, i) => ({ text, correct: (((i - first) % texts.length) + texts.length) % texts.length < right }))),
    answers: fc.dictionary(fc.constantFrom("q1", "q2", "q3", "q4", "Q1", "", "__proto__"), fc.constantFrom("a", "b", "c", "d", ""), { maxKeys: 4 }),
    fileKey: fc.oneof({ weight: 3, arbitrary: scene.fileKeys.length ? fc.constantFrom(...scene.fileKeys) : fc.constant("x") }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 80 }) }),
    contentType: fc.oneof({ weight: 3, arbitrary: fileType }, { weight: 1, arbitrary: fileType.map((type) => type.toUpperCase()) }, { weight: 1, arbitrary: fc.string({ minLength: 3, maxLength: 30 }) }),
    fileName: fc.oneof(
      fc.tuple(fc.string({ minLength: 1, maxLength: 20, unit: "grapheme" }), fc.constantFrom(...Object.values(allowedFileTypes).flat(), "exe", "")).map(([name, ext]) => `${name}.${ext}`),
      fc.constantFrom(".", "..", "...pdf", "../../x.pdf", "a/b.pdf", "\u0000.pdf", "ﷺ".repeat(120)),
    ),
    size: fc.oneof(fc.integer({ min: 1, max: MAX_FILE_BYTES + 10 }), fc.constantFrom(1, MAX_FILE_BYTES, MAX_FILE_BYTES + 1)),
    // mostly what a person types into the form, sometimes just outside it
    foundedYear: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1900, max: new Date().getUTCFullYear() }) }, { weight: 1, arbitrary: fc.constantFrom(1899, new Date().getUTCFullYear() + 1) }),
    email: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom("yos@example.com", "Yos.Lelo+umkm@contoh.co.id", "maria_bere@mail.kupang.go.id", "o'neil@example.org") },
      { weight: 1, arbitrary: fc.oneof(fc.constantFrom("a@b.c", "@example.com", "yos@localhost", "yos@@example.com"), fc.emailAddress()) },
    ),
    kbli: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...kbliList.map((kbli) => kbli.code)) }, { weight: 1, arbitrary: fc.constantFrom("10791", "1079", "abcde", "") }),
    // where a business sells: countries exactly when it exports, now and then not
    market: fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({ reach: fc.subarray([...marketReaches]), countries: fc.subarray(["TL", "AU", "SG", "JP"], { minLength: 1 }), eKatalog: fc.constantFrom(...eKatalogs), marketplace: fc.boolean() }, { requiredKeys: ["reach", "countries"] })
          .map(({ reach, countries, ...rest }) => ({ reach, ...(reach.includes("export") ? { exportCountries: countries } : {}), ...rest })),
      },
      { weight: 1, arbitrary: fc.constantFrom({ reach: ["export"] }, { reach: ["regency"], exportCountries: ["AU"] }, { reach: ["export"], exportCountries: ["XX", "ID"] }, { reach: ["export", "export"], exportCountries: ["TL"] }) },
    ),
    phone: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom("0812-3456-7890", "+6281234567890", "081234567890", "62 812 3456 789", "0813 3712 4567") },
      { weight: 1, arbitrary: fc.constantFrom("08123", "+1 555 0100", "0812345678901234567890", "０８１２３４５６７８９０", "") },
    ),
  };
}

interface Input {
  caller: number;
  lang?: string;
  params: unknown;
  query: unknown;
  body: unknown;
}

function inputsFor(route: Route, scene: Scene): fc.Arbitrary<Input> {
  const hints = hintsFor(scene);
  const paired = scene.paramsAndBody?.(hints);
  const parts = {
    caller: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: scene.callers.length - 1 }) }),
    lang: fc.constantFrom(undefined, undefined, "id", "en", "en-US,en;q=0.9", "zz", "*", "en;q=abc", ""),
    params: paired ? paired.map((p) => p.params) : arbitraryOf(route.params, hints),
    query: arbitraryOf(route.query, hints),
    body: paired ? paired.map((p) => p.body) : route.body ? arbitraryOf(route.body, hints) : fc.constant(undefined),
  };
  const valid: fc.Arbitrary<Input> = paired
    ? fc.record({ ...parts, paired }).map(({ paired: { params, body }, ...input }) => ({ ...input, params, body }))
    : fc.record(parts);
  const bent = (part: "params" | "query" | "body", weight: number) => ({ weight, arbitrary: fc.record({ ...parts, [part]: mutated(parts[part]) }) as fc.Arbitrary<Input> });
  const oddSegment = fc.oneof(fc.constantFrom(...oddStrings), fc.constantFrom(...rawSegments), fc.string({ unit: "binary", maxLength: 30 }));
  const hasParams = route.path.includes("{");
  return fc.oneof(
    // a route without a body has fewer ways to be valid: fewer valid inputs, fewer repeats of the same request
    { weight: route.body ? 6 : 3, arbitrary: valid },
    ...(route.body ? [bent("body", 4)] : []),
    bent("query", 1),
    ...(hasParams
      ? [
          bent("params", 1),
          {
            weight: 1,
            arbitrary: fc.tuple(fc.record(parts), oddSegment).map(([input, odd]) => {
              const params = { ...(input.params as Record<string, unknown>) };
              const names = Object.keys(params);
              params[names[odd.length % names.length]!] = odd;
              return { ...input, params };
            }),
          },
        ]
      : []),
  );
}

interface Request {
  method: string;
  url: string;
  as?: Caller;
  headers: Record<string, string>;
  raw?: string;
}

function requestOf(route: Route, scene: Scene, input: Input): Request {
  const params = input.params !== null && typeof input.params === "object" ? (input.params as Record<string, unknown>) : {};
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => pathSegment(params[name]));
  const search = new URLSearchParams();
  const query = input.query !== null && typeof input.query === "object" && !Array.isArray(input.query) ? Object.entries(input.query) : [["query", input.query] as const];
  for (const [name, value] of query) for (const each of Array.isArray(value) ? value : [value]) search.append(name, urlText(each));
  const headers: Record<string, string> = input.lang === undefined ? {} : { "accept-language": input.lang };
  const raw = input.body === undefined ? undefined : jsonText(input.body);
  if (raw !== undefined) headers["content-type"] = "application/json";
  const queryString = search.toString();
  return { method: route.method, url: queryString ? `${path}?${queryString}` : path, as: scene.callers[input.caller], headers, raw };
}

// ---- sending them, and what every answer must be -------------------------------------------------

/** What is kept of an answer: enough to count, and the whole story when it is wrong. */
interface Outcome {
  status: number;
  code?: string;
  wrote: boolean;
  problem?: string;
}

function problemWith({ status, body }: Answer, trace: Trace): string | undefined {
  if (status >= 500) return `answered ${status}`;
  if (status < 200 || (status >= 300 && status < 400)) return `answered ${status}, neither 2xx nor 4xx`;
  if (status < 300) return undefined;
  const error = (body as { error?: Record<string, unknown> } | undefined)?.error;
  if (typeof error?.code !== "string" || typeof error.message !== "string" || !("details" in error)) return `answered ${status} without { error: { code, message, details } }`;
  if (trace.writes.length) return `answered ${status} ${error.code} after writing (${trace.writes.join(", ")})`;
  return undefined;
}

const clip = (text: string, max = 1500) => (text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text);

function reproduction(problem: string, request: Request, { status, body }: Answer, trace: Trace): string {
  return [
    problem,
    `  ${request.method} ${clip(request.url, 600)}`,
    `  as ${request.as ? `${request.as.groups.join(",")} ${request.as.sub}` : "nobody"}; headers ${JSON.stringify(request.headers)}`,
    ...(request.raw === undefined ? [] : [`  body ${clip(request.raw)}`]),
    `  → ${status} ${clip(JSON.stringify(body), 800)}`,
    ...(trace.writes.length ? [`  writes: ${trace.writes.join(", ")}`] : []),
    ...trace.logs.map((line) => `  log ${clip(line, 3000)}`),
  ].join("\n");
}

/** Past the role check and validation: the answer came from the relation check or the use case. */
const shallowCodes = new Set(["validation_failed", "malformed_json", "body_too_large", "unsupported_media_type", "route_not_found", "unauthorized", "forbidden"]);
const reachedUseCase = (outcome: Outcome) => outcome.status < 300 || !shallowCodes.has(outcome.code ?? "");

const results = new Map<string, Outcome[]>();

/** Sends a lane's inputs, one of each of its routes at a time. */
async function runLane(laneRoutes: Route[], traced: ReturnType<typeof traceRequests>) {
  const lane = laneRoutes.map((route) => {
    const scene = scenes.get(route.name)!;
    const outcomes: Outcome[] = [];
    results.set(route.name, outcomes);
    return { route, scene, inputs: fc.sample(inputsFor(route, scene), { numRuns: RUNS, seed: SEED }), outcomes };
  });
  for (let i = 0; i < RUNS; i++) {
    for (const { route, scene, inputs, outcomes } of lane) {
      const request = requestOf(route, scene, inputs[i]!);
      const { value: answer, trace } = await traced(() =>
        api.call(request.method, request.url, { as: request.as, headers: request.headers, raw: request.raw })
          .catch((error: unknown): Answer => ({ status: 599, headers: {}, body: String((error as Error)?.stack ?? error) })),
      );
      const problem = problemWith(answer, trace);
      outcomes.push({
        status: answer.status,
        code: (answer.body as { error?: { code?: string } } | undefined)?.error?.code,
        wrote: trace.writes.length > 0,
        problem: problem && reproduction(problem, request, answer, trace),
      });
    }
  }
}

// setup and campaign take 45-55 s on an idle 2-core machine (~40 CPU-seconds here and ~40 in DynamoDB
// Local), and ran past 180 s with a second suite and other work on the same 2 cores: the limit only
// catches a hang
const CAMPAIGN_TIMEOUT_MS = 600_000;

let traced: ReturnType<typeof traceRequests>;

beforeAll(async () => {
  await makeWorld();
  // The authorizer's verdict on one of these few tokens cannot change within the run, and verifying an
  // RS256 signature 30,000 times would be an eighth of it; tokens themselves are authorisation.test.ts's.
  const verify = api.issuer.verify.bind(api.issuer);
  const verdicts = new Map<string, ReturnType<typeof verify>>();
  api.issuer.verify = (token) => verdicts.get(token) ?? verdicts.set(token, verify(token)).get(token)!;
  traced = traceRequests();
  const byName = new Map(routeList.map((route) => [route.name, route]));
  const laned = new Set(lanes.flat());
  expect([...laned].filter((name) => !byName.has(name)), "lanes naming routes that no longer exist").toEqual([]);
  const alone = routeList.filter((route) => !laned.has(route.name)).map((route) => [route]);
  await Promise.all([...lanes.map((names) => names.map((name) => byName.get(name)!)), ...alone].map((lane) => runLane(lane, traced)));
}, CAMPAIGN_TIMEOUT_MS);

describe.each(routeList.map((route) => [`${route.method} ${route.path}`, route] as const))("%s, 300 crafted requests", (_, route) => {
  it("answers each 2xx or 4xx, and a 4xx in the error shape having written nothing", () => {
    const outcomes = results.get(route.name)!;
    expect(outcomes).toHaveLength(RUNS);
    const failed = outcomes.flatMap((outcome) => (outcome.problem ? [outcome.problem] : []));
    expect(failed.length, `${failed.length} of ${RUNS} inputs failed; the first:\n\n${failed.slice(0, 3).join("\n\n")}`).toBe(0);
  });

  it("gets at least a tenth of them past validation, to the relation check or the use case", () => {
    expect(results.get(route.name)!.filter(reachedUseCase).length).toBeGreaterThan(RUNS / 10);
  });
});

describe("the write recorder", () => {
  it("counts a write DynamoDB accepted, and not one whose condition it refused", async () => {
    const item = { TableName: tableName("learning"), Item: { pk: `fuzz-${randomUUID()}`, sk: "recorder" } };
    const put = (condition?: string) => db().send(new PutCommand({ ...item, ConditionExpression: condition })).catch(() => undefined);
    expect((await traced(() => put())).trace.writes).toEqual(["PutItemCommand"]);
    expect((await traced(() => put("attribute_not_exists(pk)"))).trace.writes).toEqual([]);
  });

  it("saw the writes of the requests that wrote: every class the campaign opened", () => {
    const opened = results.get("createClass")!.filter((outcome) => outcome.status === 201);
    expect(opened.length).toBeGreaterThan(0);
    expect(opened.every((outcome) => outcome.wrote)).toBe(true);
  });
});
