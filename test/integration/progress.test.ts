import { DeleteCommand } from "@aws-sdk/lib-dynamodb";
import { utimes } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createLocalFileStore, localFileStoreConfig } from "../../infra/local/file-store.js";
import { db } from "../../shared/data/client.js";
import { certificateKey, completionKey } from "../../shared/data/keys.js";
import { tableName } from "../../shared/data/tables.js";
import { testApi, type Caller, type TestApi } from "../support/api.js";
import { classInput, moduleInputs, quizAnswers } from "../support/fixtures.js";
import { scenarios, type Scenarios } from "../support/scenarios.js";
import { snapshotTables } from "../support/snapshot.js";

let api: TestApi;
let admin: Caller;
let classWithModules: Scenarios["classWithModules"];
let seatedApplicant: Scenarios["seatedApplicant"];

beforeAll(async () => {
  api = await testApi();
  admin = await api.user("admin");
  ({ classWithModules, seatedApplicant } = scenarios(api, admin));
});

const base = (classId: string, moduleId: string) => `/classes/${classId}/modules/${moduleId}`;

async function uploadFile(as: Caller, classId: string, moduleId: string, file: { fileName: string; contentType: string; content: Buffer }) {
  const ticket = await api.call("POST", `${base(classId, moduleId)}/uploads`, { as, body: { fileName: file.fileName, contentType: file.contentType, size: file.content.length } });
  expect(ticket.status, JSON.stringify(ticket.body)).toBe(201);
  const put = await api.dispatch({ method: "PUT", url: ticket.body.uploadUrl, headers: ticket.body.headers, body: file.content });
  expect(put.status).toBe(200);
  return ticket.body.fileKey as string;
}

describe("taking a class", () => {
  it("modules are done in order: out of order is 409 naming the missing modules", async () => {
    const { classId, moduleIds } = await classWithModules(["material", "quiz", "material"]);
    const applicant = await seatedApplicant(classId);
    const before = await snapshotTables();
    const early = await api.call("POST", `${base(classId, moduleIds[2]!)}/read`, { as: applicant, headers: { "accept-language": "en" } });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("prerequisite_incomplete");
    expect(early.body.error.details.missing).toEqual([{ moduleId: moduleIds[1], title: moduleInputs.quiz().title }]);
    expect(early.body.error.message).toContain("Hygienic packaging quiz");
    expect(await snapshotTables()).toBe(before);

    const progress = await api.call("GET", `/classes/${classId}/progress/me`, { as: applicant });
    expect(progress.body.next).toEqual({ moduleId: moduleIds[0], title: moduleInputs.material().title });
    expect(progress.body.modules.map((m: any) => m.status)).toEqual(["available", "locked", "locked"]);
    expect(progress.body.modules[2].missingPrerequisites.map((m: any) => m.moduleId)).toEqual([moduleIds[1]]);
  });

  it("quizzes show score, pass/fail and attempts left; a pass completes the module", async () => {
    const { classId, moduleIds } = await classWithModules(["quiz", "material"]);
    const applicant = await seatedApplicant(classId);
    const url = `${base(classId, moduleIds[0]!)}/attempts`;
    const failed = await api.call("POST", url, { as: applicant, body: { answers: quizAnswers.wrong } });
    expect(failed.body).toMatchObject({ attempt: 1, correct: 0, total: 3, scorePercent: 0, passed: false, attemptsLeft: 2, status: "in_progress" });
    const passed = await api.call("POST", url, { as: applicant, body: { answers: { ...quizAnswers.right, q3: "a" } } });
    expect(passed.body).toMatchObject({ attempt: 2, correct: 2, scorePercent: 66, passed: false });
    const third = await api.call("POST", url, { as: applicant, body: { answers: quizAnswers.right } });
    expect(third.body).toMatchObject({ attempt: 3, scorePercent: 100, passed: true, attemptsLeft: 0, status: "completed" });
    expect((await api.call("POST", url, { as: applicant, body: { answers: quizAnswers.right } })).body.error.code).toBe("module_completed");
    const progress = await api.call("GET", `/classes/${classId}/progress/me`, { as: applicant });
    expect(progress.body.modules[0].quiz).toEqual({ attemptsUsed: 3, attemptsLeft: 0, bestScorePercent: 100 });
    expect(progress.body.next.moduleId).toBe(moduleIds[1]);
  });

  it("the attempt limit holds under concurrent attempts: no extra attempt slips through", async () => {
    const { classId, moduleIds } = await classWithModules(["quiz"]);
    const applicant = await seatedApplicant(classId);
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => api.call("POST", `${base(classId, moduleIds[0]!)}/attempts`, { as: applicant, body: { answers: quizAnswers.wrong } })),
    );
    const accepted = answers.filter((a) => a.status === 200);
    expect(accepted).toHaveLength(3);
    expect(accepted.map((a) => a.body.attempt).sort()).toEqual([1, 2, 3]);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.error.code === "attempts_exhausted")).toBe(true);
    const progress = await api.call("GET", `/classes/${classId}/progress/me`, { as: applicant });
    expect(progress.body.modules[0].quiz).toMatchObject({ attemptsUsed: 3, attemptsLeft: 0 });
  });

  it("assignments: upload a file, hand in, get feedback, hand in again, pass", async () => {
    const { classId, moduleIds } = await classWithModules(["assignment"]);
    const applicant = await seatedApplicant(classId);
    const moduleId = moduleIds[0]!;
    const sheet = Buffer.from("bulan,masuk,keluar\nJanuari,12000000,9500000\n");
    const fileKey = await uploadFile(applicant, classId, moduleId, { fileName: "arus kas januari.csv", contentType: "text/csv", content: sheet });
    expect(fileKey).toMatch(/arus_kas_januari\.csv$/);

    const handedIn = await api.call("PUT", `${base(classId, moduleId)}/submission`, { as: applicant, body: { text: "Arus kas Januari", fileKey } });
    expect(handedIn.status).toBe(200);
    expect(handedIn.body).toMatchObject({ status: "submitted", submissions: 1 });

    const seen = await api.call("GET", `${base(classId, moduleId)}/submissions/${applicant.sub}`, { as: admin });
    expect(seen.body).toMatchObject({ text: "Arus kas Januari", file: { contentType: "text/csv", size: sheet.length }, status: "submitted" });
    const download = await api.dispatch({ method: "GET", url: seen.body.file.downloadUrl });
    expect(Buffer.from(download.body).toString()).toBe(sheet.toString());

    const revise = await api.call("POST", `${base(classId, moduleId)}/submissions/${applicant.sub}/review`, { as: admin, body: { outcome: "needs_revision", feedback: "Tambahkan bulan Februari." } });
    expect(revise.body).toMatchObject({ status: "needs_revision", review: { outcome: "needs_revision", feedback: "Tambahkan bulan Februari." } });
    const mine = await api.call("GET", `/classes/${classId}/progress/me`, { as: applicant });
    expect(mine.body.modules[0]).toMatchObject({ status: "needs_revision", assignment: { review: { feedback: "Tambahkan bulan Februari." } } });
    expect((await api.call("POST", `${base(classId, moduleId)}/submissions/${applicant.sub}/review`, { as: admin, body: { outcome: "passed" } })).status).toBe(409);

    expect((await api.call("PUT", `${base(classId, moduleId)}/submission`, { as: applicant, body: { text: "Januari dan Februari" } })).body.submissions).toBe(2);
    const pass = await api.call("POST", `${base(classId, moduleId)}/submissions/${applicant.sub}/review`, { as: admin, body: { outcome: "passed" } });
    expect(pass.body.status).toBe("completed");
    expect((await api.call("PUT", `${base(classId, moduleId)}/submission`, { as: applicant, body: { text: "lagi" } })).body.error.code).toBe("module_completed");
  });

  it("files: size and type limits, no using someone else's upload, no forged or stale links", async () => {
    const { classId, moduleIds } = await classWithModules(["assignment"]);
    const [owner, other] = [await seatedApplicant(classId), await seatedApplicant(classId)];
    const url = `${base(classId, moduleIds[0]!)}/uploads`;
    const tooBig = await api.call("POST", url, { as: owner, body: { fileName: "label.pdf", contentType: "application/pdf", size: 11 * 1024 * 1024 }, headers: { "accept-language": "en" } });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.error).toMatchObject({ code: "file_too_large", message: "The file is too large (at most 10 MB).", details: [{ field: "body.size", message: "The file is too large (at most 10 MB)." }] });
    const exe = await api.call("POST", url, { as: owner, body: { fileName: "setup.exe", contentType: "application/x-msdownload", size: 100 } });
    expect(exe.body.error.code).toBe("file_type_not_allowed");
    const disguised = await api.call("POST", url, { as: owner, body: { fileName: "label.exe", contentType: "application/pdf", size: 100 } });
    expect(disguised.body.error.code).toBe("file_type_not_allowed");

    const label = Buffer.from("%PDF-1.4 label");
    const fileKey = await uploadFile(owner, classId, moduleIds[0]!, { fileName: "label.pdf", contentType: "application/pdf", content: label });
    const stolen = await api.call("PUT", `${base(classId, moduleIds[0]!)}/submission`, { as: other, body: { fileKey } });
    expect(stolen.status).toBe(400);
    expect(stolen.body.error.code).toBe("file_missing");
    const never = await api.call("PUT", `${base(classId, moduleIds[0]!)}/submission`, { as: owner, body: { fileKey: `${fileKey}-missing` } });
    expect(never.body.error.code).toBe("file_missing");
    // a key that climbs out of the applicant's own folder into another's
    const otherKey = await uploadFile(other, classId, moduleIds[0]!, { fileName: "label.pdf", contentType: "application/pdf", content: label });
    const climbing = fileKey.replace(/[^/]+\/[^/]+$/, `../../${otherKey.split("/").slice(-3).join("/")}`);
    const climbed = await api.call("PUT", `${base(classId, moduleIds[0]!)}/submission`, { as: owner, body: { fileKey: climbing } });
    expect(climbed.body.error.code).toBe("file_missing");
    expect((await api.dispatch({ method: "GET", url: "/_files/%E0%A4%A?op=get" })).status).toBe(400);
    expect((await api.call("GET", `/classes/%E0%A4%A`, { as: owner })).status).toBe(400);

    const ticket = await api.call("POST", url, { as: owner, body: { fileName: "label.pdf", contentType: "application/pdf", size: 5 } });
    const forged = ticket.body.uploadUrl.replace(/signature=[^&]+/, "signature=forged");
    expect((await api.dispatch({ method: "PUT", url: forged, headers: ticket.body.headers, body: Buffer.from("12345") })).status).toBe(403);
    const biggerThanDeclared = await api.dispatch({ method: "PUT", url: ticket.body.uploadUrl, headers: ticket.body.headers, body: Buffer.alloc(50) });
    expect(biggerThanDeclared.status).toBe(400);
  });

  it("what was handed in and reviewed stays what every download shows, though the upload link is used again", async () => {
    const { classId, moduleIds } = await classWithModules(["assignment"]);
    const applicant = await seatedApplicant(classId);
    const moduleId = moduleIds[0]!;
    const reviewed = Buffer.from("bulan,masuk\nJanuari,12000000\n");
    const ticket = await api.call("POST", `${base(classId, moduleId)}/uploads`, { as: applicant, body: { fileName: "kas.csv", contentType: "text/csv", size: reviewed.length } });
    expect((await api.dispatch({ method: "PUT", url: ticket.body.uploadUrl, headers: ticket.body.headers, body: reviewed })).status).toBe(200);
    expect((await api.call("PUT", `${base(classId, moduleId)}/submission`, { as: applicant, body: { fileKey: ticket.body.fileKey } })).status).toBe(200);
    expect((await api.call("POST", `${base(classId, moduleId)}/submissions/${applicant.sub}/review`, { as: admin, body: { outcome: "passed" } })).body.status).toBe("completed");

    // the same link, still valid, with other bytes of the same size and type
    const swapped = Buffer.from("bulan,masuk\nJanuari,99000000\n");
    expect(swapped.length).toBe(reviewed.length);
    expect((await api.dispatch({ method: "PUT", url: ticket.body.uploadUrl, headers: ticket.body.headers, body: swapped })).status).toBe(200);
    const seen = await api.call("GET", `${base(classId, moduleId)}/submissions/${applicant.sub}`, { as: admin });
    const download = await api.dispatch({ method: "GET", url: seen.body.file.downloadUrl });
    expect(Buffer.from(download.body).toString()).toBe(reviewed.toString());

    // uploads never handed in are swept after a day, as the bucket's lifecycle rule does on AWS; the handed-in copy stays
    const store = createLocalFileStore(localFileStoreConfig());
    const dayAndAHourAgo = new Date(Date.now() - 25 * 3600_000);
    await utimes(join(process.env.LOCAL_FILES_DIR!, ticket.body.fileKey), dayAndAHourAgo, dayAndAHourAgo);
    expect(await store.expireStagedUploads(new Date())).toEqual([ticket.body.fileKey]);
    expect(await store.describe(ticket.body.fileKey)).toBeUndefined();
    expect((await api.dispatch({ method: "GET", url: seen.body.file.downloadUrl })).status).toBe(200);
  });

  it("handing in the same upload again keeps its file, or hands in what was uploaded to it since", async () => {
    const { classId, moduleIds } = await classWithModules(["assignment"]);
    const applicant = await seatedApplicant(classId);
    const moduleId = moduleIds[0]!;
    const [first, second] = [Buffer.from("label v1"), Buffer.from("label v2")];
    const ticket = await api.call("POST", `${base(classId, moduleId)}/uploads`, { as: applicant, body: { fileName: "label.pdf", contentType: "application/pdf", size: first.length } });
    const upload = (bytes: Buffer) => api.dispatch({ method: "PUT", url: ticket.body.uploadUrl, headers: ticket.body.headers, body: bytes });
    const handIn = () => api.call("PUT", `${base(classId, moduleId)}/submission`, { as: applicant, body: { fileKey: ticket.body.fileKey } });
    const downloaded = async () => {
      const seen = await api.call("GET", `${base(classId, moduleId)}/submissions/${applicant.sub}`, { as: admin });
      return Buffer.from((await api.dispatch({ method: "GET", url: seen.body.file.downloadUrl })).body).toString();
    };
    await upload(first);
    expect((await handIn()).status).toBe(200);
    expect(await downloaded()).toBe("label v1");
    await upload(second);
    expect((await handIn()).body.submissions).toBe(2);
    expect(await downloaded()).toBe("label v2");
    // the upload gone (the staging area is swept after a day): the same key keeps the handed-in file
    const store = createLocalFileStore(localFileStoreConfig());
    const old = new Date(Date.now() - 25 * 3600_000);
    await utimes(join(process.env.LOCAL_FILES_DIR!, ticket.body.fileKey), old, old);
    await store.expireStagedUploads(new Date());
    expect((await handIn()).body.submissions).toBe(3);
    expect(await downloaded()).toBe("label v2");
  });

  it("an applicant holds at most five upload links per module at once, also when asking all at once", async () => {
    const { classId, moduleIds } = await classWithModules(["assignment", "assignment"]);
    const applicant = await seatedApplicant(classId);
    const ask = (moduleId: string) =>
      api.call("POST", `${base(classId, moduleId)}/uploads`, { as: applicant, body: { fileName: "kas.csv", contentType: "text/csv", size: 10 }, headers: { "accept-language": "en" } });
    const answers = await Promise.all(Array.from({ length: 12 }, () => ask(moduleIds[0]!)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(5);
    const refused = answers.filter((a) => a.status !== 201);
    expect(new Set(refused.map((a) => a.status))).toEqual(new Set([429]));
    const { error } = refused[0]!.body;
    expect(error).toMatchObject({ code: "too_many_uploads", details: { limit: 5 } });
    expect(error.message).toMatch(/^You already have 5 unfinished uploads for this module\. Finish one of them or try again in 1[45] minutes\.$/);
    expect(Number(refused[0]!.headers["retry-after"])).toBeGreaterThan(14 * 60);
    // another module is another allowance
    expect((await ask(moduleIds[1]!)).status).toBe(201);
  });

  it("organisers record attendance of 100 applicants in one call; non-seat-holders are reported back", async () => {
    const { classId, moduleIds } = await classWithModules(["session"], 100);
    const applicants = await Promise.all(Array.from({ length: 100 }, (_, i) => seatedApplicant(classId, `Peserta ${i}`)));
    const outsider = await api.user("applicant");
    const answer = await api.call("POST", `${base(classId, moduleIds[0]!)}/attendance`, {
      as: admin,
      body: { attended: [...applicants.slice(0, 97).map((a) => a.sub), outsider.sub], absent: applicants.slice(97).map((a) => a.sub) },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ recorded: 100, notEnrolled: [outsider.sub] });
    const present = await api.call("GET", `/classes/${classId}/progress/me`, { as: applicants[0]! });
    expect(present.body).toMatchObject({ complete: true, percent: 100, modules: [{ status: "completed", session: { attended: true } }] });
    expect(present.body.modules[0].session.startsAtLocal.id).toBe("Selasa, 20 Januari 2026 pukul 09.00 WITA");
    expect(present.body.certificate.certificateId).toMatch(/^[0-9a-f]{32}$/);
    const absent = await api.call("GET", `/classes/${classId}/progress/me`, { as: applicants[99]! });
    expect(absent.body).toMatchObject({ complete: false, modules: [{ status: "available", session: { attended: false } }] });

    // a correction: marked present after all
    await api.call("POST", `${base(classId, moduleIds[0]!)}/attendance`, { as: admin, body: { attended: [applicants[99]!.sub] } });
    expect((await api.call("GET", `/classes/${classId}/progress/me`, { as: applicants[99]! })).body.complete).toBe(true);
  });

  it("attendance is recorded once a session has started, not before", async () => {
    const { classId, moduleIds } = await classWithModules(["session"], 5, { 0: { startsAt: "2099-01-20T09:00:00+08:00", endsAt: "2099-01-20T11:00:00+08:00" } });
    const applicant = await seatedApplicant(classId);
    const before = await snapshotTables();
    const early = await api.call("POST", `${base(classId, moduleIds[0]!)}/attendance`, { as: admin, body: { attended: [applicant.sub] } });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("session_not_started");
    expect(await snapshotTables()).toBe(before);
  });

  it("attendance is only for sessions, and reading is only for material", async () => {
    const { classId, moduleIds } = await classWithModules(["material", "quiz"], 5, { 1: { prerequisites: [] } });
    const applicant = await seatedApplicant(classId);
    const wrong = await api.call("POST", `${base(classId, moduleIds[0]!)}/attendance`, { as: admin, body: { attended: [applicant.sub] } });
    expect(wrong.status).toBe(409);
    expect(wrong.body.error.code).toBe("wrong_module_kind");
    expect((await api.call("POST", `${base(classId, moduleIds[1]!)}/read`, { as: applicant })).body.error.code).toBe("wrong_module_kind");
  });
});

describe("completing a class", () => {
  it("every kind of module in order leads to a certificate that anyone can verify, showing only what is allowed", async () => {
    const { classId, moduleIds } = await classWithModules(["material", "quiz", "assignment", "session", "material"], 10, { 4: { required: false } });
    const applicant = await seatedApplicant(classId, "Rambu Kahi");
    const [material, quiz, assignment, session] = moduleIds as [string, string, string, string];

    expect((await api.call("POST", `${base(classId, material)}/read`, { as: applicant })).body.percent).toBe(25);
    expect((await api.call("POST", `${base(classId, quiz)}/attempts`, { as: applicant, body: { answers: quizAnswers.right } })).body.passed).toBe(true);
    await api.call("PUT", `${base(classId, assignment)}/submission`, { as: applicant, body: { text: "Label dengan PIRT dan tanggal kedaluwarsa." } });
    await api.call("POST", `${base(classId, assignment)}/submissions/${applicant.sub}/review`, { as: admin, body: { outcome: "passed" } });
    let progress = await api.call("GET", `/classes/${classId}/progress/me`, { as: applicant });
    expect(progress.body).toMatchObject({ percent: 75, complete: false, next: { moduleId: session } });
    expect(progress.body.certificate).toBeUndefined();

    await api.call("POST", `${base(classId, session)}/attendance`, { as: admin, body: { attended: [applicant.sub] } });
    progress = await api.call("GET", `/classes/${classId}/progress/me`, { as: applicant });
    expect(progress.body).toMatchObject({ percent: 100, complete: true, requiredTotal: 4 });
    const { certificateId, completedAt } = progress.body.certificate;

    const verified = await api.call("GET", `/certificates/${certificateId}`);
    expect(verified.status).toBe(200);
    expect(verified.body).toEqual({
      certificateId,
      participantName: "Rambu Kahi",
      businessName: "Se'i Om Yos",
      classTitle: classInput().title,
      completedOn: completedAt.slice(0, 10),
    });
    expect((await api.call("GET", `/certificates/${certificateId.slice(0, -2)}xx`)).status).toBe(404);

    // the optional module afterwards changes nothing about the certificate
    await api.call("POST", `${base(classId, moduleIds[4]!)}/read`, { as: applicant });
    expect((await api.call("GET", `/classes/${classId}/progress/me`, { as: applicant })).body.certificate.certificateId).toBe(certificateId);
  });
});

describe("completion is never lost", () => {
  it("a completion whose certificate was not issued (a settlement cut short) is issued on the next progress view", async () => {
    const { classId, moduleIds } = await classWithModules(["material"]);
    const applicant = await seatedApplicant(classId);
    const done = await api.call("POST", `${base(classId, moduleIds[0]!)}/read`, { as: applicant });
    const { certificateId } = done.body.certificate;
    // as if the process had stopped between the progress write and the certificate
    await db().send(new DeleteCommand({ TableName: tableName("learning"), Key: completionKey(classId, applicant.sub) }));
    await db().send(new DeleteCommand({ TableName: tableName("learning"), Key: certificateKey(certificateId) }));

    const healed = await api.call("GET", `/classes/${classId}/progress/me`, { as: applicant });
    expect(healed.body.complete).toBe(true);
    expect(healed.body.certificate.certificateId).not.toBe(certificateId);
    expect(healed.body.certificate.completedAt).toBe(done.body.certificate.completedAt);
    expect((await api.call("GET", `/certificates/${healed.body.certificate.certificateId}`)).status).toBe(200);
  });

  it("a hand-in of an applicant who gave up their seat is not reviewed", async () => {
    const { classId, moduleIds } = await classWithModules(["assignment"]);
    const applicant = await seatedApplicant(classId);
    await api.call("PUT", `${base(classId, moduleIds[0]!)}/submission`, { as: applicant, body: { text: "Arus kas" } });
    await api.call("DELETE", `/classes/${classId}/enrolments/me`, { as: applicant });
    const review = await api.call("POST", `${base(classId, moduleIds[0]!)}/submissions/${applicant.sub}/review`, { as: admin, body: { outcome: "passed" } });
    expect(review.status).toBe(409);
    expect(review.body.error.code).toBe("applicant_not_seated");
  });
});

describe("the organiser's progress matrix", () => {
  it("pages through applicants × modules; a job writes the CSV export the organiser downloads", async () => {
    const { classId, moduleIds } = await classWithModules(["material", "quiz"], 10);
    const applicants = await Promise.all(["Ani", "Budi", "Citra", "Ina;=1+1;x", "=Eka"].map((name) => seatedApplicant(classId, name)));
    await api.call("POST", `${base(classId, moduleIds[0]!)}/read`, { as: applicants[0]! });

    const rows: any[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.call("GET", `/classes/${classId}/progress?limit=2${cursor ? `&cursor=${cursor}` : ""}`, { as: admin });
      expect(page.status).toBe(200);
      expect(page.body.modules.map((m: any) => m.moduleId)).toEqual(moduleIds);
      rows.push(...page.body.rows);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(rows).toHaveLength(5);
    const first = rows.find((r) => r.applicantId === applicants[0]!.sub);
    expect(first).toMatchObject({ ownerName: "Ani", percent: 50, statuses: { [moduleIds[0]!]: "completed", [moduleIds[1]!]: "available" } });

    await api.startJobs();
    const asked = await api.call("POST", `/classes/${classId}/progress/exports`, { as: admin });
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({ status: "pending" });
    await api.drainJobs();
    const ready = await api.call("GET", `/classes/${classId}/progress/exports/${asked.body.exportId}`, { as: admin });
    expect(ready.body).toMatchObject({ status: "ready", rows: 5, downloadUrl: expect.any(String) });
    const csv = await api.call("GET", new URL(ready.body.downloadUrl).pathname + new URL(ready.body.downloadUrl).search);
    expect(csv.status).toBe(200);
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    const lines = (csv.body as string).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("ID peserta,Nama pemilik,Nama usaha,Persen selesai,Lulus kelas,Mutu produk & produk unggulan lokal,Kuis kemasan higienis");
    expect(lines).toHaveLength(6);
    expect(lines.find((l) => l.includes("Ani"))).toContain(",50,tidak,selesai,siap dikerjakan");
    expect(lines.some((l) => l.includes("'=Eka"))).toBe(true);
    // Excel with Indonesian settings splits on ";": such a cell is quoted whole, never a formula
    expect(lines.some((l) => l.includes(',"Ina;=1+1;x",'))).toBe(true);
  });
});
