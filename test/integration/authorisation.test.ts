import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, type ExpectStatic } from "vitest";
import { createIssuer } from "../../infra/local/issuer.js";
import type { Route } from "../../shared/api/route.js";
import { routeList } from "../../shared/api/routes/index.js";
import { assignedJudge, completedClass, investorAfterPublication, invitedJudge, publishedFinalist, seatedInClass, type Relation } from "../../shared/app/relations.js";
import { roles, type Role } from "../../shared/domain/roles.js";
import { testApi, type Answer, type Caller, type TestApi } from "../support/api.js";
import { moduleInputs, pitchInput, profileInput, quizAnswers } from "../support/fixtures.js";
import { scenarios } from "../support/scenarios.js";

/*
 * The authorisation matrix, generated from the route table: every route, every kind of caller. The
 * table says who may call a route; these cases prove the hosts and the shared builder enforce exactly
 * that, so a new route is covered the day it is added.
 */

type ModuleKind = keyof typeof moduleInputs;

/**
 * What a case needs to get past validation when it must reach the relation check or the use case: a
 * body, and which module of the class the route acts on. Cases that only need to get past the role
 * check send an invalid body instead, so that nothing is written.
 */
const samples: Record<string, { module?: ModuleKind; body?: unknown }> = {
  getModuleContent: { module: "material" },
  markMaterialRead: { module: "material" },
  attemptQuiz: { module: "quiz", body: { answers: quizAnswers.right } },
  requestUpload: { module: "assignment", body: { fileName: "arus-kas.pdf", contentType: "application/pdf", size: 2048 } },
  handInAssignment: { module: "assignment", body: { text: "Arus kas Januari: masuk 12 juta, keluar 9 juta." } },
  createProfile: { body: profileInput({ ownerName: "Maria Bere" }) },
  saveMyPitch: { body: pitchInput() },
  requestPitchDeckUpload: { body: { contentType: "application/pdf", size: 2048 } },
  declareTies: { body: { ties: [] } },
  saveScores: { body: { scores: {} } },
  markInterest: { body: { interested: true } },
  requestSlotSwap: { body: { reason: "Kapal baru tiba pukul 10." } },
  setMeetingWish: { body: { ranked: [], available: ["s1"] } },
  answerMeetingAsInvestor: { body: { answer: "accepted", slotId: "s1" } },
  setFinalistTimes: { body: { available: ["s1"] } },
  answerMeetingAsFinalist: { body: { answer: "accepted", slotId: "s1" } },
  updateProfile: { body: { ownerName: "Maria Bere" } },
};

// ---- the callers and objects every case draws on, made once --------------------------------------

let api: TestApi;
let callers: Record<Role, Caller>;
/** Tokens that must never get in; each carries every role, so only its one defect can refuse it. */
let tokens: { valid: string; expired: string; foreign: string; unsigned: string; forged: string; noGroup: string; unknownGroup: string; commaGroup: string; fromTheFuture: string };
/** A class of one seat with one module of each kind: one applicant seated, one waitlisted. */
let seats: {
  classId: string;
  moduleIds: Record<ModuleKind, string>;
  seated: Caller;
  waitlisted: Caller;
  seatedElsewhere: Caller;
  enrolledNowhere: Caller;
};
/** A competition on a one-module class: applicants who finished it, are still at it, or never enrolled. */
let pitching: { competitionId: string; graduate: Caller; learning: Caller; enrolledNowhere: Caller };
/**
 * A competition in judging with one submission and k = 1: the judge it is assigned to, an invited judge
 * without it, a judge who withdrew after the assignment, and a judge never invited.
 */
let judging: { competitionId: string; submissionId: string; assigned: Caller; unassigned: Caller; withdrawn: Caller; uninvited: Caller };
/** A published competition (one finalist, one entrant withdrawn) and one still taking pitches, with investors invited to both or to neither. */
let investing: { competitionId: string; finalistId: string; withdrawnId: string; unpublishedId: string; invited: Caller; uninvited: Caller };
/** Applicant A, with a profile and a seat, as A sees them; applicant B, who must never reach them. */
let owners: { a: Caller; b: Caller; classId: string; objects: Awaited<ReturnType<typeof objectsOf>> };

beforeAll(async () => {
  api = await testApi();
  const admin = await api.user("admin");
  const { classWithModules, openClass, applicantWithProfile, seatedApplicant, classWithCompetition, graduate, publishedCompetition } = scenarios(api, admin);

  const makeCallers = async () => Object.fromEntries(await Promise.all(roles.map(async (role) => [role, await api.user(role)]))) as Record<Role, Caller>;

  const makeTokens = async () => {
    const everyRole = { sub: randomUUID(), username: "every-role", groups: [...roles] };
    const valid = await api.issuer.mint(everyRole);
    const [header, payload] = valid.split(".");
    const otherSignature = (await api.issuer.mint({ ...everyRole, username: "someone-else" })).split(".")[2];
    const alone = (groups: Role[]) => api.issuer.mint({ sub: randomUUID(), username: "groupless", groups });
    return {
      valid,
      expired: await api.issuer.mint(everyRole, { ttlSeconds: -60 }),
      foreign: await (await createIssuer()).mint(everyRole),
      unsigned: `${Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url")}.${payload}.`,
      // a real signature of this issuer, over another payload
      forged: `${header}.${payload}.${otherSignature}`,
      noGroup: await alone([]),
      // Cognito will put any group a pool has in the token; only the four known ones mean anything
      unknownGroup: await alone(["superuser"] as string[] as Role[]),
      // one group whose name lists roles: a comma splits nothing
      commaGroup: await alone([roles.join(",")] as string[] as Role[]),
      fromTheFuture: await api.issuer.mint(everyRole, { issuedAt: new Date(Date.now() + 10 * 60_000) }),
    };
  };

  const makeSeats = async () => {
    const kinds: ModuleKind[] = ["material", "quiz", "assignment", "session"];
    const [{ classId, moduleIds }, elsewhere] = await Promise.all([classWithModules(kinds, 1), openClass()]);
    const [seated, seatedElsewhere, enrolledNowhere, waitlisted] = await Promise.all([
      seatedApplicant(classId),
      seatedApplicant(elsewhere),
      applicantWithProfile(),
      applicantWithProfile(),
    ]);
    const waiting = await api.call("POST", `/classes/${classId}/enrolments`, { as: waitlisted });
    expect(waiting.body.status, JSON.stringify(waiting.body)).toBe("waitlisted");
    return { classId, moduleIds: Object.fromEntries(kinds.map((kind, i) => [kind, moduleIds[i]!])) as Record<ModuleKind, string>, seated, waitlisted, seatedElsewhere, enrolledNowhere };
  };

  const makeOwners = async () => {
    const classId = await openClass();
    const [a, b] = await Promise.all([seatedApplicant(classId, "Agustina Ndun"), applicantWithProfile({ ownerName: "Benediktus Tefa" })]);
    const objects = await objectsOf(a, classId);
    expect(objects.profile.status).toBe(200);
    expect(objects.enrolment.body.status).toBe("enrolled");
    return { a, b, classId, objects };
  };

  const makePitching = async () => {
    const where = await classWithCompetition();
    const [graduated, learning, enrolledNowhere] = await Promise.all([graduate(where), seatedApplicant(where.classId), applicantWithProfile()]);
    return { competitionId: where.competitionId, graduate: graduated, learning, enrolledNowhere };
  };

  const makeJudging = async () => {
    const where = await classWithCompetition({ judgesPerSubmission: 1 });
    const base = `/competitions/${where.competitionId}`;
    const entrant = await graduate(where);
    const ticket = await api.call("POST", `${base}/submissions/me/uploads`, { as: entrant, body: { contentType: "application/pdf", size: 5 } });
    expect((await api.dispatch({ method: "PUT", url: ticket.body.uploadUrl, headers: ticket.body.headers, body: Buffer.from("%PDF-") })).status).toBe(200);
    expect((await api.call("PUT", `${base}/submissions/me`, { as: entrant, body: pitchInput({ pitchDeckKey: ticket.body.fileKey }) })).status).toBe(200);
    const submitted = await api.call("POST", `${base}/submissions/me/submit`, { as: entrant });
    expect(submitted.body.status, shown(submitted)).toBe("submitted");
    const [first, second, uninvited] = await Promise.all([api.user("judge"), api.user("judge"), api.user("judge")]);
    const invite = (judge: Caller, name: string) => api.call("PUT", `${base}/judges/${judge.sub}`, { as: admin, body: { name, organisation: "KADIN NTT", sectors: ["kuliner"], email: `${judge.sub}@example.id` } });
    // only the first judge when the assignment runs: the submission is theirs
    expect((await invite(first, "Juri Satu")).status).toBe(200);
    const day = 24 * 3600 * 1000;
    const past = (days: number) => new Date(Date.now() - days * day).toISOString();
    expect((await api.call("PATCH", base, { as: admin, body: { submissionDeadline: past(0.5), judgingOpensAt: past(0.4) } })).status).toBe(200);
    expect((await api.call("POST", `${base}/assignment`, { as: admin })).status).toBe(202);
    await api.drainJobs();
    const withdrawing = await api.user("judge");
    expect((await invite(second, "Juri Dua")).status).toBe(200);
    expect((await invite(withdrawing, "Juri Tiga")).status).toBe(200);
    await api.drainJobs();
    const mine = await api.call("GET", `/judging/competitions/${where.competitionId}`, { as: first });
    expect(mine.body.assignments, shown(mine)).toHaveLength(1);
    expect((await api.call("DELETE", `${base}/judges/${withdrawing.sub}`, { as: admin })).status).toBe(200);
    await api.drainJobs();
    return { competitionId: where.competitionId, submissionId: mine.body.assignments[0].submissionId as string, assigned: first, unassigned: second, withdrawn: withdrawing, uninvited };
  };

  const makeInvesting = async () => {
    const [published, unpublished, invited, uninvited] = await Promise.all([publishedCompetition(2, { withdrawLast: true }), classWithCompetition(), api.user("investor"), api.user("investor")]);
    const body = { name: "Maria Kewa", organisation: "Bank NTT", kind: "bank_kur", ticket: { minIdr: 1, maxIdr: 2 }, sectors: ["kuliner"], email: "maria@bank.example.id" };
    for (const competitionId of [published.competitionId, unpublished.competitionId]) {
      expect((await api.call("PUT", `/competitions/${competitionId}/investors/${invited.sub}`, { as: admin, body })).status).toBe(200);
    }
    // demo day planned, so the programme route has something to show an invited investor
    expect((await api.call("PUT", `/competitions/${published.competitionId}/demo-day`, { as: admin, body: { date: "2027-03-10", startTime: "09:00", place: "Aula KADIN NTT", pitchMinutes: 7 } })).status).toBe(200);
    // and one meeting of the invited investor with the finalist, so the meeting routes have one to answer
    const meetings = `/competitions/${published.competitionId}/meetings`;
    expect((await api.call("PUT", meetings, { as: admin, body: { date: "2027-03-10", startTime: "13:00", slotMinutes: 20, slotCount: 2, rooms: [{ name: "Meja 1" }], investorCap: 2, finalistCap: 2 } })).status).toBe(200);
    expect((await api.call("PUT", `/investing/competitions/${published.competitionId}/meetings/wish`, { as: invited, body: { ranked: [published.entrants[0]!.submissionId], available: ["s1"] } })).status).toBe(200);
    expect((await api.call("POST", `${meetings}/runs`, { as: admin })).status).toBe(202);
    await api.drainJobs();
    return { competitionId: published.competitionId, finalistId: published.entrants[0]!.submissionId, withdrawnId: published.entrants[1]!.submissionId, unpublishedId: unpublished.competitionId, invited, uninvited };
  };

  await api.startJobs();
  [callers, tokens, seats, owners, pitching, judging, investing] = await Promise.all([makeCallers(), makeTokens(), makeSeats(), makeOwners(), makePitching(), makeJudging(), makeInvesting()]);
});

/** An applicant's profile and enrolment in a class, as the applicant sees them. */
async function objectsOf(applicant: Caller, classId: string) {
  const [profile, enrolment] = await Promise.all([
    api.call("GET", "/me/profile", { as: applicant }),
    api.call("GET", `/classes/${classId}/enrolments/me`, { as: applicant }),
  ]);
  return { profile: { status: profile.status, body: profile.body }, enrolment: { status: enrolment.status, body: enrolment.body } };
}

// ---- requests and what they must get --------------------------------------------------------------

const keyOf = (route: Route) => `${route.method} ${route.path}`;

const sampleParameter = (name: string) => (name === "certificateId" ? randomBytes(16).toString("hex") : randomUUID());

/** Well-formed values for every path parameter, so that no refusal is a validation error in disguise. */
function urlOf(route: Route, given: Record<string, string> = {}): string {
  const values: Record<string, string> = {};
  const url = route.path.replace(/\{(\w+)\}/g, (_, name: string) => (values[name] = given[name] ?? sampleParameter(name)));
  if (!route.params.safeParse(values).success) throw new Error(`${keyOf(route)}: no well-formed sample for ${JSON.stringify(values)}`);
  return url;
}

/** The route's sample body, checked against its schema, so that a changed schema fails here and not as a puzzling 400. */
function sampleBody(route: Route, expect: ExpectStatic): unknown {
  if (!route.body) return undefined;
  const body = samples[route.name]?.body;
  expect(route.body.safeParse(body).success, `${route.name} needs a sample body that passes validation`).toBe(true);
  return body;
}

interface Request {
  token?: string;
  url?: string;
  /** Defaults to a body no schema accepts: roles are checked before validation, and nothing gets written. */
  body?: unknown;
}

function send(route: Route, { token, url = urlOf(route), body = route.body ? [] : undefined }: Request = {}): Promise<Answer> {
  return api.call(route.method, url, { body, headers: token ? { authorization: `Bearer ${token}` } : {} });
}

const shown = (answer: Answer) => JSON.stringify({ status: answer.status, body: answer.body }).slice(0, 600);

function expectRefused(expect: ExpectStatic, answer: Answer, status: 401 | 403, code = status === 401 ? "unauthorized" : "forbidden") {
  expect(answer.status, shown(answer)).toBe(status);
  expect(answer.body?.error?.code, shown(answer)).toBe(code);
}

/** Past the guards: the use case answered (a 2xx or its own 4xx), or validation did, which runs after the role check. */
function expectAdmitted(expect: ExpectStatic, answer: Answer, guards = ["unauthorized", "forbidden"]) {
  expect(answer.status, shown(answer)).not.toBe(401);
  expect(answer.status, shown(answer)).toBeLessThan(500);
  expect(guards, shown(answer)).not.toContain(answer.body?.error?.code);
}

// ---- the generated cases --------------------------------------------------------------------------

interface Case {
  group: string;
  route: Route;
  name: string;
  /** The caller is expected to get past the role check (and the relation, if any). */
  admitted: boolean;
  run(expect: ExpectStatic): Promise<void>;
}

const cases: Case[] = [];

const article = (role: Role) => (/^[aeiou]/.test(role) ? `an ${role}` : `a ${role}`);

function signInCases(route: Route, allowed: readonly Role[]) {
  const refused = (name: string, status: 401 | 403, token: () => Promise<string | undefined> | string | undefined, code?: string) =>
    cases.push({ group: "sign-in", route, name: `${keyOf(route)}: ${name} gets ${status}${code ? ` ${code}` : ""}`, admitted: false, run: async (expect) => expectRefused(expect, await send(route, { token: await token() }), status, code) });
  refused("a request without a token", 401, () => undefined);
  refused("an expired token", 401, () => tokens.expired, "token_expired");
  refused("a token signed by another key", 401, () => tokens.foreign);
  refused("an unsigned token (alg none)", 401, () => tokens.unsigned);
  refused("a token with a forged signature", 401, () => tokens.forged);
  refused("a token issued in the future", 401, () => tokens.fromTheFuture);
  refused("an ID token carrying the allowed groups", 401, () => api.issuer.mint({ sub: randomUUID(), username: "id", groups: [...allowed] }, { tokenUse: "id" }));
  refused("a signed-in user without any group", 403, () => tokens.noGroup);
  refused("a signed-in user with only an unknown group", 403, () => tokens.unknownGroup);
  refused("a signed-in user with one group named like a list of roles", 403, () => tokens.commaGroup);
}

function roleCases(route: Route, allowed: readonly Role[]) {
  for (const role of roles) {
    if (allowed.includes(role)) {
      cases.push({ group: "roles", route, name: `${keyOf(route)}: ${article(role)} gets past the role check`, admitted: true, run: async (expect) => expectAdmitted(expect, await send(route, { token: callers[role].token })) });
    } else {
      cases.push({ group: "roles", route, name: `${keyOf(route)}: ${article(role)} gets 403`, admitted: false, run: async (expect) => expectRefused(expect, await send(route, { token: callers[role].token }), 403) });
    }
  }
}

function seatCases(route: Route, relation: Relation<unknown>) {
  const seatRequest = (expect: ExpectStatic, as: Caller): Request => {
    expect(route.roles, "seats are held by applicants").toContain("applicant");
    return { token: as.token, url: urlOf(route, { classId: seats.classId, moduleId: seats.moduleIds[samples[route.name]?.module ?? "material"] }), body: sampleBody(route, expect) };
  };
  const refusedFor = (name: string, caller: () => Caller, status: string) =>
    cases.push({
      group: "seat in the class", route, name: `${keyOf(route)}: ${name} gets 403 seat_required`, admitted: false,
      run: async (expect) => {
        const answer = await send(route, seatRequest(expect, caller()));
        expectRefused(expect, answer, 403, "seat_required");
        expect(answer.body.error.details, shown(answer)).toEqual({ status });
      },
    });
  refusedFor("an applicant enrolled nowhere", () => seats.enrolledNowhere, "not_enrolled");
  refusedFor("an applicant seated only in another class", () => seats.seatedElsewhere, "not_enrolled");
  refusedFor("an applicant waitlisted in the class", () => seats.waitlisted, "waitlisted");
  cases.push({
    group: "seat in the class", route, name: `${keyOf(route)}: an applicant seated in the class gets past the seat check`, admitted: true,
    run: async (expect) => expectAdmitted(expect, await send(route, seatRequest(expect, seats.seated)), ["unauthorized", "forbidden", "seat_required"]),
  });
}

/** Pitches are for applicants who finished the class: the others are told why, 403 class_not_completed. */
function completedClassCases(route: Route) {
  const request = (expect: ExpectStatic, as: Caller): Request => ({ token: as.token, url: urlOf(route, { competitionId: pitching.competitionId }), body: sampleBody(route, expect) });
  const refusedFor = (name: string, caller: () => Caller, status: string) =>
    cases.push({
      group: "completed class", route, name: `${keyOf(route)}: ${name} gets 403 class_not_completed`, admitted: false,
      run: async (expect) => {
        const answer = await send(route, request(expect, caller()));
        expectRefused(expect, answer, 403, "class_not_completed");
        expect(answer.body.error.details, shown(answer)).toMatchObject({ status });
      },
    });
  refusedFor("an applicant enrolled nowhere", () => pitching.enrolledNowhere, "not_enrolled");
  refusedFor("an applicant seated but not finished", () => pitching.learning, "in_progress");
  cases.push({
    group: "completed class", route, name: `${keyOf(route)}: an applicant who completed the class gets past the check`, admitted: true,
    run: async (expect) => expectAdmitted(expect, await send(route, request(expect, pitching.graduate)), ["unauthorized", "forbidden", "class_not_completed"]),
  });
}

/**
 * A judge's objects exist only for them: a competition they were not invited to (or withdrew from), a
 * submission not assigned to them, answer 404 not_found — the same as a missing one.
 */
function judgeCases(route: Route, relation: Relation<unknown>) {
  const onSubmission = relation === assignedJudge;
  const request = (expect: ExpectStatic, as: Caller): Request => ({
    token: as.token, url: urlOf(route, { competitionId: judging.competitionId, submissionId: judging.submissionId }), body: sampleBody(route, expect),
  });
  const hidden = (name: string, caller: () => Caller) =>
    cases.push({
      group: "judges", route, name: `${keyOf(route)}: ${name} gets 404 not_found`, admitted: false,
      run: async (expect) => {
        const answer = await send(route, request(expect, caller()));
        expect(answer.status, shown(answer)).toBe(404);
        expect(answer.body?.error?.code, shown(answer)).toBe("not_found");
      },
    });
  hidden("a judge never invited to the competition", () => judging.uninvited);
  hidden("a judge who withdrew", () => judging.withdrawn);
  if (onSubmission) hidden("an invited judge the submission is not assigned to", () => judging.unassigned);
  cases.push({
    group: "judges", route, name: `${keyOf(route)}: ${onSubmission ? "the judge the submission is assigned to" : "an invited judge"} gets past the check`, admitted: true,
    run: async (expect) => {
      const answer = await send(route, request(expect, onSubmission ? judging.assigned : judging.unassigned));
      expectAdmitted(expect, answer);
      expect(answer.status, shown(answer)).toBeLessThan(300);
    },
  });
}

/**
 * Investors meet a competition only once its finalists are published, and only its finalists: before,
 * uninvited, or another submission, 404 not_found — nothing about the competition's state leaks.
 */
function investorCases(route: Route, relation: Relation<unknown>) {
  const onFinalist = relation === publishedFinalist;
  const request = (expect: ExpectStatic, as: Caller, competitionId: string, submissionId: string): Request => ({
    token: as.token, url: urlOf(route, { competitionId, submissionId }), body: sampleBody(route, expect),
  });
  const hidden = (name: string, caller: () => Caller, competitionId: () => string, submissionId: () => string) =>
    cases.push({
      group: "investors", route, name: `${keyOf(route)}: ${name} gets 404 not_found`, admitted: false,
      run: async (expect) => {
        const answer = await send(route, request(expect, caller(), competitionId(), submissionId()));
        expect(answer.status, shown(answer)).toBe(404);
        expect(answer.body?.error?.code, shown(answer)).toBe("not_found");
      },
    });
  hidden("an investor never invited", () => investing.uninvited, () => investing.competitionId, () => investing.finalistId);
  hidden("an invited investor before the finalists are published", () => investing.invited, () => investing.unpublishedId, () => investing.finalistId);
  if (onFinalist) hidden("an invited investor on an entrant who is not a finalist", () => investing.invited, () => investing.competitionId, () => investing.withdrawnId);
  cases.push({
    group: "investors", route, name: `${keyOf(route)}: an invited investor ${onFinalist ? "on a published finalist" : "after publication"} gets past the check`, admitted: true,
    run: async (expect) => {
      const answer = await send(route, request(expect, investing.invited, investing.competitionId, investing.finalistId));
      expectAdmitted(expect, answer);
      expect(answer.status, shown(answer)).toBeLessThan(300);
    },
  });
}

function relationCases(route: Route, relation: Relation<unknown>) {
  if (relation === seatedInClass) seatCases(route, relation);
  else if (relation === completedClass) completedClassCases(route);
  else if (relation === invitedJudge || relation === assignedJudge) judgeCases(route, relation);
  else if (relation === investorAfterPublication || relation === publishedFinalist) investorCases(route, relation);
  else cases.push({ group: "relations", route, name: `${keyOf(route)}: the relation "${relation.name}" has generated cases`, admitted: false, run: async (expect) => expect.fail(`add the cases of "${relation.name}" to the matrix`) });
}

function ownCases(route: Route) {
  if (route.roles !== "public" && route.roles.includes("investor")) {
    cases.push({
      group: "own objects", route, name: `${keyOf(route)}: an investor sees only the published competitions they were invited to`, admitted: true,
      run: async (expect) => {
        const [others, own] = await Promise.all([send(route, { token: investing.uninvited.token }), send(route, { token: investing.invited.token })]);
        expectAdmitted(expect, others);
        expect(JSON.stringify(others.body), shown(others)).not.toContain(investing.competitionId);
        expect(JSON.stringify(own.body), shown(own)).toContain(investing.competitionId);
        // invited too, but nothing published there yet: it stays out of sight
        expect(JSON.stringify(own.body), shown(own)).not.toContain(investing.unpublishedId);
      },
    });
    return;
  }
  if (route.roles !== "public" && !route.roles.includes("applicant")) {
    cases.push({
      group: "own objects", route, name: `${keyOf(route)}: a judge sees only the competitions they were invited to`, admitted: true,
      run: async (expect) => {
        expect(route.roles, "own objects here belong to applicants or judges").toContain("judge");
        const [others, own] = await Promise.all([send(route, { token: judging.uninvited.token }), send(route, { token: judging.assigned.token })]);
        expectAdmitted(expect, others);
        expect(JSON.stringify(others.body), shown(others)).not.toContain(judging.competitionId);
        expect(JSON.stringify(own.body), shown(own)).toContain(judging.competitionId);
      },
    });
    return;
  }
  cases.push({
    group: "own objects", route, name: `${keyOf(route)}: applicant B neither sees nor changes applicant A's profile and enrolment`, admitted: true,
    run: async (expect) => {
      expect(route.roles, "own objects here belong to applicants").toContain("applicant");
      const answer = await send(route, { token: owners.b.token, url: urlOf(route, { classId: owners.classId }), body: sampleBody(route, expect) });
      expectAdmitted(expect, answer);
      expect(JSON.stringify(answer.body), "B's answer names A").not.toContain(owners.a.sub);
      expect(await objectsOf(owners.a, owners.classId)).toEqual(owners.objects);
    },
  });
}

function publicCases(route: Route) {
  cases.push({ group: "public", route, name: `${keyOf(route)}: answers without a token`, admitted: true, run: async (expect) => expectAdmitted(expect, await send(route)) });
}

for (const route of routeList) {
  const allowed = route.roles;
  if (allowed === "public") {
    publicCases(route);
    continue;
  }
  signInCases(route, allowed);
  roleCases(route, allowed);
  if (route.objects === "own") ownCases(route);
  else if (typeof route.objects === "object") relationCases(route, route.objects);
}

for (const group of new Set(cases.map((c) => c.group))) {
  describe.concurrent(group, () => {
    for (const c of cases.filter((c) => c.group === group)) {
      it(c.name, async ({ expect }) => {
        expect.hasAssertions();
        await c.run(expect);
      });
    }
  });
}

describe("coverage", () => {
  it("every route has generated cases, and every guarded route lets some caller in and keeps some out", () => {
    const count = (route: Route, admitted?: boolean) => cases.filter((c) => c.route === route && (admitted === undefined || c.admitted === admitted)).length;
    const guarded = routeList.filter((route) => route.roles !== "public");
    expect(routeList.filter((route) => count(route) === 0).map(keyOf), "routes without cases").toEqual([]);
    expect(guarded.filter((route) => count(route, true) === 0).map(keyOf), "guarded routes nobody may call").toEqual([]);
    expect(guarded.filter((route) => count(route, false) === 0).map(keyOf), "guarded routes nobody is kept out of").toEqual([]);
  });
});

describe("tokens", () => {
  it("an ID token (token_use=id) is refused even with the right group", async () => {
    const idToken = await api.issuer.mint({ sub: randomUUID(), username: "x", groups: ["applicant"] }, { tokenUse: "id" });
    const answer = await api.call("GET", "/me/profile", { headers: { authorization: `Bearer ${idToken}` } });
    expect(answer.status).toBe(401);
  });

  it("the token the refused ones are made from is accepted, so each is refused for its one defect", async () => {
    const answer = await api.call("GET", "/classes", { headers: { authorization: `Bearer ${tokens.valid}` } });
    expect(answer.status, shown(answer)).toBe(200);
  });

  it("public routes answer without a token", async () => {
    const answer = await api.call("GET", "/reference");
    expect(answer.status).toBe(200);
    expect(answer.body.regencies).toHaveLength(22);
  });
});
