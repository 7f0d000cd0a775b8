import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { classInput, moduleInputs, profileInput, quizAnswers } from "../support/fixtures.js";
import { loseNextAnswer } from "../support/lost-answer.js";
import { scenarios } from "../support/scenarios.js";
import { testApi, type Caller, type TestApi } from "../support/api.js";

/*
 * Idempotency-Key on writes (issue 14), through the local HTTP path on DynamoDB Local: Powertools' idempotency
 * utility keeps the first answer of a key in the `idempotency` table.
 */

let api: TestApi;
let admin: Caller;
beforeAll(async () => {
  api = await testApi();
  admin = await api.user("admin");
});
afterEach(() => void vi.useRealTimers());

const withKey = (key: string) => ({ "idempotency-key": key });
const classCount = async () => (await api.call("GET", "/classes?limit=50", { as: admin })).body.items.length;

describe("Idempotency-Key", () => {
  it("runs a request once: the same key and request get the first answer again, without a second effect", async () => {
    const before = await classCount();
    const key = randomUUID();
    const body = classInput({ title: { id: "Kelas kunci", en: "Key class" } });
    const first = await api.call("POST", "/classes", { as: admin, body, headers: withKey(key) });
    expect(first.status).toBe(201);
    const again = await api.call("POST", "/classes", { as: admin, body, headers: withKey(key) });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await classCount()).toBe(before + 1);

    // without a key, or with a new one, a request is a new request
    expect((await api.call("POST", "/classes", { as: admin, body })).body.classId).not.toBe(first.body.classId);
    expect((await api.call("POST", "/classes", { as: admin, body, headers: withKey(randomUUID()) })).body.classId).not.toBe(first.body.classId);
    expect(await classCount()).toBe(before + 3);
  });

  it("refuses the same key with another request (422), and keeps keys apart per caller and per route", async () => {
    const key = randomUUID();
    const tenSeats = classInput({ capacity: 10 });
    const first = await api.call("POST", "/classes", { as: admin, body: tenSeats, headers: withKey(key) });
    expect(first.status).toBe(201);
    const other = await api.call("POST", "/classes", { as: admin, body: classInput({ capacity: 11 }), headers: withKey(key), });
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe("idempotency_key_reused");
    // the refusal leaves the first request's answer as it was
    const replayed = await api.call("POST", "/classes", { as: admin, body: tenSeats, headers: withKey(key) });
    expect(replayed.body.classId).toBe(first.body.classId);
    // another organiser's request with the same key is theirs
    const colleague = await api.user("admin");
    const theirs = await api.call("POST", "/classes", { as: colleague, body: tenSeats, headers: withKey(key) });
    expect(theirs.status).toBe(201);
    expect(theirs.body.classId).not.toBe(first.body.classId);
    // the same caller's key on another route is another request
    const module = await api.call("POST", `/classes/${first.body.classId}/modules`, { as: admin, body: moduleInputs.material(), headers: withKey(key) });
    expect(module.status, JSON.stringify(module.body)).toBe(201);
    expect(module.body).toMatchObject({ kind: "material", moduleId: expect.any(String) });
  });

  it("keeps nothing for a refused request: fixed and sent again with its key, it runs", async () => {
    const story = scenarios(api, admin);
    const classId = await story.openClass({ capacity: 1 });
    const applicant = await api.user("applicant");
    const key = randomUUID();
    // no profile yet: refused, and the key is not spent
    const refused = await api.call("POST", `/classes/${classId}/enrolments`, { as: applicant, headers: withKey(key) });
    expect(refused.status).toBe(403);
    expect((await api.call("POST", "/me/profile", { as: applicant, body: profileInput() })).status).toBe(201);
    const enrolled = await api.call("POST", `/classes/${classId}/enrolments`, { as: applicant, headers: withKey(key) });
    expect(enrolled.status).toBe(201);
    expect((await api.call("POST", `/classes/${classId}/enrolments`, { as: applicant, headers: withKey(key) })).body).toEqual(enrolled.body);
  });

  it("forgets a key after a day", async () => {
    const key = randomUUID();
    const body = classInput();
    const first = await api.call("POST", "/classes", { as: admin, body, headers: withKey(key) });
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 24 * 3600 * 1000 + 60_000 });
    // the same organiser a day later, signed in again
    const sameAdmin = await api.user("admin", admin.sub);
    const later = await api.call("POST", "/classes", { as: sameAdmin, body: classInput(), headers: withKey(key) });
    expect(later.status).toBe(201);
    expect(later.body.classId).not.toBe(first.body.classId);
  });

  it("answers concurrent requests with one key once: the others get the answer or are told to come back", async () => {
    const key = randomUUID();
    const body = classInput();
    const before = await classCount();
    const answers = await Promise.all(Array.from({ length: 6 }, () => api.call("POST", "/classes", { as: admin, body, headers: withKey(key) })));
    const created = answers.filter((a) => a.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((a) => a.body.classId)).size).toBe(1);
    for (const busy of answers.filter((a) => a.status !== 201)) {
      expect(busy.status, JSON.stringify(busy.body)).toBe(409);
      expect(busy.body.error.code).toBe("request_in_progress");
      expect(busy.headers["retry-after"]).toBe("1");
    }
    expect(await classCount()).toBe(before + 1);
  });

  it("refuses a key that is not a header's visible ASCII", async () => {
    for (const key of ["", "x".repeat(256), "kunci rahasia", "kunci\u00e9"]) {
      const answer = await api.call("POST", "/classes", { as: admin, body: classInput(), headers: withKey(key) });
      expect(answer.status, JSON.stringify(key)).toBe(400);
      expect(answer.body.error.code).toBe("idempotency_key_invalid");
    }
  });

  it("counts a quiz attempt whose write succeeded with its answer lost once: the retry finds the attempt by its key", async () => {
    const story = scenarios(api, admin);
    const { classId, moduleIds } = await story.classWithModules(["quiz"]);
    const url = `/classes/${classId}/modules/${moduleIds[0]}/attempts`;

    const keyed = await story.seatedApplicant(classId);
    const restore = loseNextAnswer();
    try {
      const answer = await api.call("POST", url, { as: keyed, body: { answers: quizAnswers.wrong }, headers: withKey(randomUUID()) });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ attempt: 1, attemptsLeft: 2, passed: false });
    } finally {
      restore();
    }
    expect((await api.call("GET", `/classes/${classId}/progress/me`, { as: keyed })).body.modules[0].quiz).toMatchObject({ attemptsUsed: 1, attemptsLeft: 2 });

    // without a key nothing tells the retry from a new attempt: the lost answer costs one
    const unkeyed = await story.seatedApplicant(classId);
    const restoreAgain = loseNextAnswer();
    try {
      expect((await api.call("POST", url, { as: unkeyed, body: { answers: quizAnswers.wrong } })).body).toMatchObject({ attempt: 2 });
    } finally {
      restoreAgain();
    }
  });

  it("publishes a correction whose answer was lost once: the retry finds the version by its key", async () => {
    const { base } = await scenarios(api, admin).publishedCompetition(3);
    const restore = loseNextAnswer();
    try {
      const corrected = await api.call("POST", `${base}/publications`, { as: admin, body: { reason: "Koreksi nilai juri.", correcting: 1 }, headers: withKey(randomUUID()) });
      expect(corrected.status, JSON.stringify(corrected.body)).toBe(201);
      expect(corrected.body.version).toBe(2);
    } finally {
      restore();
    }
    const versions = (await api.call("GET", `${base}/publications`, { as: admin })).body.items.map((p: { version: number }) => p.version);
    expect(versions.sort()).toEqual([1, 2]);
  });
});
