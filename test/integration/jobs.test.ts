import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { asFunction } from "../../infra/local/grants.js";
import { db } from "../../shared/data/client.js";
import { classKey } from "../../shared/data/keys.js";
import { tableName } from "../../shared/data/tables.js";
import { testApi, type Caller, type TestApi } from "../support/api.js";
import { scenarios, type Scenarios } from "../support/scenarios.js";

let api: TestApi;
let admin: Caller;
let story: Scenarios;

beforeAll(async () => {
  api = await testApi();
  admin = await api.user("admin");
  story = scenarios(api, admin);
  await api.startJobs();
});

const sentTo = (caller: Caller) => api.outbox.sent().filter((message) => message.recipient.userId === caller.sub);

describe("notifications", () => {
  it("tell applicants in their own language that they got a seat, a waitlist place, and later the seat", async () => {
    const classId = await story.openClass({ capacity: 1 });
    const seated = await story.applicantWithProfile({ ownerName: "Ina Bunga", email: "ina@example.id" });
    const waiting = await story.applicantWithProfile({ ownerName: "John Doe", language: "en" });
    expect((await api.call("POST", `/classes/${classId}/enrolments`, { as: seated })).body.status).toBe("enrolled");
    expect((await api.call("POST", `/classes/${classId}/enrolments`, { as: waiting })).body.status).toBe("waitlisted");
    await api.drainJobs();
    expect(sentTo(seated)).toMatchObject([{ template: "enrolled", lang: "id", recipient: { email: "ina@example.id" }, subject: "Anda mendapat kursi di Kelas Wirausaha Kupang" }]);
    expect(sentTo(seated)[0]!.body).toContain("Selamat, Ina Bunga!");
    expect(sentTo(waiting)).toMatchObject([{ template: "waitlisted", lang: "en", subject: "You are on the waitlist for Kupang Entrepreneur Class" }]);

    await api.call("DELETE", `/classes/${classId}/enrolments/me`, { as: seated });
    await api.drainJobs();
    expect(sentTo(waiting).map((message) => message.template)).toEqual(["waitlisted", "promoted"]);
    expect(sentTo(seated).map((message) => message.template)).toEqual(["enrolled"]);
  });
});

describe("completion after attendance", () => {
  it("is settled by a job: the attendance request only records, the certificate follows and is announced", async () => {
    const { classId, moduleIds } = await story.classWithModules(["session"]);
    const applicant = await story.seatedApplicant(classId, "Maria Goreti");
    const answer = await api.call("POST", `/classes/${classId}/modules/${moduleIds[0]}/attendance`, { as: admin, body: { attended: [applicant.sub] } });
    expect(answer.body).toEqual({ recorded: 1, notEnrolled: [] });
    await api.drainJobs();
    const progress = await api.call("GET", `/classes/${classId}/progress/me`, { as: applicant });
    expect(progress.body.certificate).toMatchObject({ certificateId: expect.stringMatching(/^[0-9a-f]{32}$/) });
    const announced = sentTo(applicant).find((message) => message.template === "certificateIssued");
    expect(announced?.body).toContain(progress.body.certificate.certificateId);
  });
});

describe("the local host holds every function to the tables its route or job declares", () => {
  it("refuses a read of an undeclared table and a write to a table declared read-only, as IAM would", async () => {
    const classId = await story.openClass();
    const read = () => db().send(new GetCommand({ TableName: tableName("classes"), Key: classKey(classId) }));
    const write = () => db().send(new UpdateCommand({
      TableName: tableName("classes"), Key: classKey(classId), UpdateExpression: "SET #updatedAt = :at", ExpressionAttributeNames: { "#updatedAt": "updatedAt" }, ExpressionAttributeValues: { ":at": "x" },
    }));
    await expect(asFunction("noTables", { tables: {} }, read)).rejects.toMatchObject({ name: "AccessDeniedException" });
    await expect(asFunction("readsClasses", { tables: { classes: "R" } }, read)).resolves.toMatchObject({ Item: { classId } });
    await expect(asFunction("readsClasses", { tables: { classes: "R" } }, write)).rejects.toMatchObject({ name: "AccessDeniedException" });
    await expect(asFunction("writesClasses", { tables: { classes: "RW" } }, write)).resolves.toBeDefined();
  });

  it("refuses the file store and notifications to functions that do not declare them", async () => {
    const { fileStore } = await import("../../shared/files/store.js");
    const { notifierInUse } = await import("../../shared/notify/notifier.js");
    await expect(asFunction("noFiles", { tables: {} }, () => fileStore().describe("x"))).rejects.toMatchObject({ name: "AccessDeniedException" });
    await expect(asFunction("readsFiles", { tables: {}, files: "R" }, () => fileStore().put("x", "x", "text/plain"))).rejects.toMatchObject({ name: "AccessDeniedException" });
    await expect(asFunction("silent", { tables: {} }, () => notifierInUse().notify({ userId: "u" }, "enrolled", {}, "id"))).rejects.toMatchObject({ name: "AccessDeniedException" });
  });
});

describe("the progress export", () => {
  it("walks a class of more than one page and shows the names applicants use today", async () => {
    const { classId } = await story.classWithModules(["material"], 101);
    const applicants = await Promise.all(Array.from({ length: 101 }, (_, i) => story.seatedApplicant(classId, `Peserta ${i}`)));
    await api.call("PATCH", "/me/profile", { as: applicants[0]!, body: { ownerName: "Peserta Ganti Nama" } });
    const names: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.call("GET", `/classes/${classId}/progress?limit=50${cursor ? `&cursor=${cursor}` : ""}`, { as: admin });
      names.push(...page.body.rows.map((row: any) => row.ownerName));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(names).toHaveLength(101);
    expect(names).toContain("Peserta Ganti Nama");
    expect(names).not.toContain("Peserta 0");

    const asked = await api.call("POST", `/classes/${classId}/progress/exports`, { as: admin, headers: { "accept-language": "en" } });
    await api.drainJobs();
    const ready = await api.call("GET", `/classes/${classId}/progress/exports/${asked.body.exportId}`, { as: admin });
    expect(ready.body).toMatchObject({ status: "ready", rows: 101 });
    const link = new URL(ready.body.downloadUrl);
    const lines = ((await api.call("GET", link.pathname + link.search)).body as string).trim().split("\r\n");
    expect(lines).toHaveLength(102);
    expect(lines[0]).toContain("Owner name");
    expect(lines.some((line) => line.includes("Peserta Ganti Nama"))).toBe(true);
    expect(lines.some((line) => line.includes(",Peserta 0,"))).toBe(false);
  });
});

describe("a batch handed over again", () => {
  it("changes nothing twice: one certificate, one export file", async () => {
    const { settleAfterAttendance } = await import("../../shared/app/completion.js");
    const { writeRequestedExports } = await import("../../shared/app/progress-report.js");
    const { progressCsv } = await import("../../shared/views/progress-export.js");
    const { moduleProgressKey, exportKey } = await import("../../shared/data/keys.js");
    const { classId, moduleIds } = await story.classWithModules(["session"]);
    const applicant = await story.seatedApplicant(classId, "Yosefina");
    await api.call("POST", `/classes/${classId}/modules/${moduleIds[0]}/attendance`, { as: admin, body: { attended: [applicant.sub] } });
    const attended = { kind: "modify" as const, keys: moduleProgressKey(classId, applicant.sub, moduleIds[0]!), before: {}, after: { classId, applicantId: applicant.sub, attended: true } };
    await settleAfterAttendance([attended], new Date());
    const first = (await api.call("GET", `/classes/${classId}/progress/me`, { as: applicant })).body.certificate;
    await settleAfterAttendance([attended], new Date());
    expect((await api.call("GET", `/classes/${classId}/progress/me`, { as: applicant })).body.certificate).toEqual(first);

    const asked = await api.call("POST", `/classes/${classId}/progress/exports`, { as: admin });
    const requested = { kind: "insert" as const, keys: exportKey(classId, asked.body.exportId), after: { classId, exportId: asked.body.exportId } };
    await writeRequestedExports([requested], progressCsv);
    const ready = await api.call("GET", `/classes/${classId}/progress/exports/${asked.body.exportId}`, { as: admin });
    await writeRequestedExports([requested], progressCsv);
    const again = await api.call("GET", `/classes/${classId}/progress/exports/${asked.body.exportId}`, { as: admin });
    expect(again.body).toMatchObject({ status: "ready", rows: 1, finishedAt: ready.body.finishedAt });
  });
});
