import { beforeAll, describe, expect, it } from "vitest";
import { testApi, type Caller, type TestApi } from "../support/api.js";
import { moduleInputs, quizAnswers } from "../support/fixtures.js";
import { scenarios, type Scenarios } from "../support/scenarios.js";
import { snapshotTables } from "../support/snapshot.js";

let api: TestApi;
let admin: Caller;
let classWithModules: Scenarios["classWithModules"];
let seatedApplicant: Scenarios["seatedApplicant"];
let applicantWithProfile: Scenarios["applicantWithProfile"];

beforeAll(async () => {
  api = await testApi();
  admin = await api.user("admin");
  ({ classWithModules, seatedApplicant, applicantWithProfile } = scenarios(api, admin));
});

describe("defining modules", () => {
  it("appends modules in order, each needing the one before by default", async () => {
    const { classId, moduleIds } = await classWithModules(["material", "quiz", "assignment", "session"]);
    const list = await api.call("GET", `/classes/${classId}/modules`, { as: admin });
    expect(list.body.items.map((m: any) => [m.kind, m.position])).toEqual([["material", 1], ["quiz", 2], ["assignment", 3], ["session", 4]]);
    expect(list.body.items[2].effectivePrerequisites).toEqual([moduleIds[1]]);
    expect(list.body.items[1].questions[0].correctOptionId).toBe("a");
    expect(list.body.items[3]).toMatchObject({ startsAt: "2026-01-20T01:00:00.000Z", timeZone: "Asia/Makassar" });
  });

  it("refuses prerequisites from another class, cycles, and an order that is not a permutation — writing nothing", async () => {
    const { classId, moduleIds } = await classWithModules(["material", "material", "material"]);
    const other = await classWithModules(["material"]);
    const before = await snapshotTables();
    const foreign = await api.call("POST", `/classes/${classId}/modules`, { as: admin, body: moduleInputs.material({ prerequisites: [other.moduleIds[0]] }) });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.code).toBe("prerequisite_unknown");
    const cycle = await api.call("PATCH", `/classes/${classId}/modules/${moduleIds[0]}`, { as: admin, body: { prerequisites: [moduleIds[2]] } });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.code).toBe("prerequisite_cycle");
    const order = await api.call("PUT", `/classes/${classId}/modules/order`, { as: admin, body: { moduleIds: [moduleIds[0], moduleIds[1]] } });
    expect(order.status).toBe(400);
    expect(order.body.error.code).toBe("module_order_mismatch");
    const badQuiz = await api.call("POST", `/classes/${classId}/modules`, {
      as: admin, body: moduleInputs.quiz({ questions: [{ prompt: { id: "?", en: "?" }, options: [{ text: { id: "a", en: "a" }, correct: true }, { text: { id: "b", en: "b" }, correct: true }] }] }),
    });
    expect(badQuiz.status).toBe(400);
    expect(badQuiz.body.error.details[0].message).toBe("Setiap soal harus punya tepat satu jawaban benar.");
    expect(await snapshotTables()).toBe(before);
  });

  it("reorders modules, and the default prerequisites follow the new order", async () => {
    const { classId, moduleIds } = await classWithModules(["material", "material", "material"]);
    const answer = await api.call("PUT", `/classes/${classId}/modules/order`, { as: admin, body: { moduleIds: [moduleIds[2], moduleIds[0], moduleIds[1]] } });
    expect(answer.status).toBe(200);
    expect(answer.body.items.map((m: any) => m.moduleId)).toEqual([moduleIds[2], moduleIds[0], moduleIds[1]]);
    expect(answer.body.items[1].effectivePrerequisites).toEqual([moduleIds[2]]);
  });

  it("after applicants started, text edits raise the version and keep progress; grading changes are refused with 409", async () => {
    const { classId, moduleIds } = await classWithModules(["quiz"]);
    const applicant = await seatedApplicant(classId);
    expect((await api.call("POST", `/classes/${classId}/modules/${moduleIds[0]}/attempts`, { as: applicant, body: { answers: quizAnswers.wrong } })).status).toBe(200);

    const breaking = await api.call("PATCH", `/classes/${classId}/modules/${moduleIds[0]}`, { as: admin, body: { passPercent: 34 } });
    expect(breaking.status).toBe(409);
    expect(breaking.body.error.code).toBe("module_has_progress");

    // a form that sends every field back, grading unchanged, is not a grading change
    const { questions, passPercent, maxAttempts } = moduleInputs.quiz();
    const retitled = await api.call("PATCH", `/classes/${classId}/modules/${moduleIds[0]}`, {
      as: admin, body: { title: { id: "Kuis kemasan", en: "Packaging quiz" }, questions, passPercent, maxAttempts },
    });
    expect(retitled.status).toBe(200);
    expect(retitled.body).toMatchObject({ version: 2, hasProgress: true, passPercent: 67 });
    const progress = await api.call("GET", `/classes/${classId}/progress/me`, { as: applicant });
    expect(progress.body.modules[0]).toMatchObject({ status: "in_progress", quiz: { attemptsUsed: 1, attemptsLeft: 2 }, title: { en: "Packaging quiz" } });
  });

  it("a change is checked against the whole module, in the caller's language", async () => {
    const { classId, moduleIds } = await classWithModules(["session", "quiz"]);
    const before = await snapshotTables();
    const endsFirst = await api.call("PATCH", `/classes/${classId}/modules/${moduleIds[0]}`, { as: admin, body: { endsAt: "2026-01-20T08:00:00+08:00" } });
    expect(endsFirst.status).toBe(400);
    expect(endsFirst.body.error.details).toEqual([{ field: "body.endsAt", code: "custom", message: "Sesi harus selesai setelah dimulai." }]);
    const foreignField = await api.call("PATCH", `/classes/${classId}/modules/${moduleIds[1]}`, { as: admin, body: { place: "Aula" }, headers: { "accept-language": "en" } });
    expect(foreignField.status).toBe(400);
    expect(foreignField.body.error.details[0].message).toBe("Unknown fields: place.");
    expect(await snapshotTables()).toBe(before);
  });

  it("grading may change while nobody has started", async () => {
    const { classId, moduleIds } = await classWithModules(["quiz"]);
    const answer = await api.call("PATCH", `/classes/${classId}/modules/${moduleIds[0]}`, { as: admin, body: { passPercent: 100, maxAttempts: 5 } });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ passPercent: 100, maxAttempts: 5, version: 2 });
  });
});

describe("who sees module content", () => {
  it("only seat holders: waitlisted, withdrawn and strangers get 403 saying why", async () => {
    const { classId, moduleIds } = await classWithModules(["material"], 1);
    const seated = await seatedApplicant(classId);
    const waiting = await applicantWithProfile();
    expect((await api.call("POST", `/classes/${classId}/enrolments`, { as: waiting })).body.status).toBe("waitlisted");
    const stranger = await api.user("applicant");

    expect((await api.call("GET", `/classes/${classId}/modules/${moduleIds[0]}`, { as: seated })).status).toBe(200);
    const waited = await api.call("GET", `/classes/${classId}/progress/me`, { as: waiting, headers: { "accept-language": "en" } });
    expect(waited.status).toBe(403);
    expect(waited.body.error).toMatchObject({ code: "seat_required", message: expect.stringContaining("waitlist"), details: { status: "waitlisted" } });
    const strange = await api.call("GET", `/classes/${classId}/modules/${moduleIds[0]}`, { as: stranger });
    expect(strange.status).toBe(403);
    expect(strange.body.error.message).toContain("belum terdaftar");
    expect((await api.call("POST", `/classes/${classId}/modules/${moduleIds[0]}/read`, { as: waiting })).status).toBe(403);

    await api.call("DELETE", `/classes/${classId}/enrolments/me`, { as: seated });
    expect((await api.call("GET", `/classes/${classId}/modules/${moduleIds[0]}`, { as: seated })).body.error.details.status).toBe("withdrawn");
    // the waitlisted applicant was promoted into the freed seat
    expect((await api.call("GET", `/classes/${classId}/progress/me`, { as: waiting })).status).toBe(200);
  });

  it("never sends the correct answers to an applicant's device", async () => {
    const { classId, moduleIds } = await classWithModules(["quiz"]);
    const applicant = await seatedApplicant(classId);
    const content = await api.call("GET", `/classes/${classId}/modules/${moduleIds[0]}`, { as: applicant });
    expect(content.status).toBe(200);
    expect(content.body.questions).toHaveLength(3);
    const raw = JSON.stringify(content.body);
    expect(raw).not.toContain("correct");
  });

  it("an unknown module is 404", async () => {
    const { classId } = await classWithModules(["material"]);
    const applicant = await seatedApplicant(classId);
    expect((await api.call("GET", `/classes/${classId}/modules/00000000-0000-4000-8000-000000000000`, { as: applicant })).status).toBe(404);
  });
});

describe("editing modules while applicants work", () => {
  it("a text edit racing the first quiz attempt never unfreezes grading, and positions stay distinct under concurrent additions", async () => {
    const { classId, moduleIds } = await classWithModules(["quiz"]);
    const applicant = await seatedApplicant(classId);
    const quiz = moduleIds[0]!;
    await Promise.all([
      api.call("POST", `/classes/${classId}/modules/${quiz}/attempts`, { as: applicant, body: { answers: quizAnswers.wrong } }),
      ...Array.from({ length: 5 }, (_, i) =>
        api.call("PATCH", `/classes/${classId}/modules/${quiz}`, { as: admin, body: { summary: { id: `Ringkasan ${i}`, en: `Summary ${i}` } } })),
      ...Array.from({ length: 5 }, () => api.call("POST", `/classes/${classId}/modules`, { as: admin, body: moduleInputs.material() })),
    ]);
    const list = (await api.call("GET", `/classes/${classId}/modules`, { as: admin })).body.items;
    expect(list[0]).toMatchObject({ moduleId: quiz, hasProgress: true, version: 6 });
    expect(list.map((m: any) => m.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await api.call("PATCH", `/classes/${classId}/modules/${quiz}`, { as: admin, body: { passPercent: 34 } })).status).toBe(409);
  });

  it("raising the attempt limit is allowed even after applicants started, lowering it is not", async () => {
    const { classId, moduleIds } = await classWithModules(["quiz"]);
    const applicant = await seatedApplicant(classId);
    const url = `/classes/${classId}/modules/${moduleIds[0]}`;
    for (let i = 0; i < 3; i++) await api.call("POST", `${url}/attempts`, { as: applicant, body: { answers: quizAnswers.wrong } });
    expect((await api.call("POST", `${url}/attempts`, { as: applicant, body: { answers: quizAnswers.right } })).body.error.code).toBe("attempts_exhausted");
    expect((await api.call("PATCH", url, { as: admin, body: { maxAttempts: 2 } })).status).toBe(409);
    expect((await api.call("PATCH", url, { as: admin, body: { maxAttempts: 4 } })).status).toBe(200);
    expect((await api.call("POST", `${url}/attempts`, { as: applicant, body: { answers: quizAnswers.right } })).body).toMatchObject({ attempt: 4, passed: true });
  });

  it("setting an optional field to null removes it", async () => {
    const { classId, moduleIds } = await classWithModules(["session"]);
    const cleared = await api.call("PATCH", `/classes/${classId}/modules/${moduleIds[0]}`, { as: admin, body: { place: null, onlineUrl: "https://meet.example.org/x" } });
    expect(cleared.status).toBe(200);
    expect(cleared.body.place).toBeUndefined();
    expect(cleared.body.onlineUrl).toBe("https://meet.example.org/x");
  });
});
