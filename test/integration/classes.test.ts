import { beforeAll, describe, expect, it } from "vitest";
import { testApi, type Caller, type TestApi } from "../support/api.js";
import { classInput } from "../support/fixtures.js";
import { scenarios, type Scenarios } from "../support/scenarios.js";

let api: TestApi;
let admin: Caller;
const day = 24 * 3600 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * day).toISOString();

let openClass: Scenarios["openClass"];
let applicantWithProfile: () => Promise<Caller>;

beforeAll(async () => {
  api = await testApi();
  admin = await api.user("admin");
  const story = scenarios(api, admin);
  openClass = story.openClass;
  applicantWithProfile = () => story.applicantWithProfile();
});

async function createClass(overrides: Record<string, unknown> = {}) {
  return (await api.call("GET", `/classes/${await openClass(overrides)}`, { as: admin })).body;
}

describe("classes", () => {
  it("are created by organisers with times stored in UTC and seat counters at zero", async () => {
    const cls = await createClass({ enrolmentOpensAt: "2026-12-01T08:00:00+08:00", enrolmentClosesAt: "2027-01-15T17:00:00+08:00" });
    expect(cls).toMatchObject({ enrolmentOpensAt: "2026-12-01T00:00:00.000Z", enrolmentClosesAt: "2027-01-15T09:00:00.000Z", enrolled: 0, waiting: 0, seatsLeft: 20, waitlistEnabled: true });
    const judge = await api.user("judge");
    expect((await api.call("GET", `/classes/${cls.classId}`, { as: judge })).body.classId).toBe(cls.classId);
  });

  it("refuse an enrolment window that closes before it opens, alike on create and on update", async () => {
    const bad = await api.call("POST", "/classes", { as: admin, body: classInput({ enrolmentOpensAt: inDays(5), enrolmentClosesAt: inDays(1) }) });
    const cls = await createClass();
    const update = await api.call("PATCH", `/classes/${cls.classId}`, { as: admin, body: { enrolmentClosesAt: inDays(-3) } });
    for (const answer of [bad, update]) {
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe("validation_failed");
      expect(answer.body.error.details).toEqual([{ field: "body.enrolmentClosesAt", code: "custom", message: "Pendaftaran harus ditutup setelah dibuka." }]);
    }
  });

  it("list for anyone signed in: only those still taking enrolments, paginated with an opaque cursor", async () => {
    const closed = await createClass({ enrolmentOpensAt: inDays(-20), enrolmentClosesAt: inDays(-10) });
    const open = await Promise.all([1, 2, 3].map((n) => createClass({ enrolmentClosesAt: inDays(n) })));
    const upcoming = await createClass({ enrolmentOpensAt: inDays(10), enrolmentClosesAt: inDays(20) });
    const applicant = await api.user("applicant");

    const seen: any[] = [];
    let cursor: string | undefined;
    do {
      const answer = await api.call("GET", `/classes?limit=2${cursor ? `&cursor=${cursor}` : ""}`, { as: applicant });
      expect(answer.status).toBe(200);
      expect(answer.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...answer.body.items);
      cursor = answer.body.nextCursor;
    } while (cursor);
    const ids = seen.map((c) => c.classId);
    expect(ids).not.toContain(closed.classId);
    expect(ids).toEqual(expect.arrayContaining([...open.map((c) => c.classId), upcoming.classId]));
    expect(seen.find((c) => c.classId === upcoming.classId).enrolmentOpen).toBe(false);
    expect(seen.find((c) => c.classId === open[0].classId).enrolmentOpen).toBe(true);
    const closing = seen.map((c) => c.enrolmentClosesAt);
    expect(closing).toEqual([...closing].sort());

    const all = await api.call("GET", "/admin/classes?limit=50", { as: admin });
    expect(all.body.items.map((c: any) => c.classId)).toContain(closed.classId);
    expect((await api.call("GET", "/classes?limit=51", { as: applicant })).status).toBe(400);
  });

  it("refuse a cursor that belongs to another collection or lies outside the query", async () => {
    const cls = await createClass();
    const applicants = await Promise.all([1, 2].map(applicantWithProfile));
    for (const as of applicants) await api.call("POST", `/classes/${cls.classId}/enrolments`, { as });
    const roster = await api.call("GET", `/classes/${cls.classId}/enrolments?limit=1`, { as: admin });
    expect(roster.body.nextCursor).toBeDefined();
    const forged = await api.call("GET", `/classes?cursor=${roster.body.nextCursor}`, { as: admin });
    expect(forged.status).toBe(400);
    expect(forged.body.error.code).toBe("invalid_cursor");
    const other = await createClass();
    expect((await api.call("GET", `/classes/${other.classId}/enrolments?cursor=${roster.body.nextCursor}`, { as: admin })).status).toBe(400);
    // right collection, but a key outside the query's range
    const outside = Buffer.from(JSON.stringify({ pk: `CLASS#${cls.classId}`, sk: "CLASS" })).toString("base64url");
    expect((await api.call("GET", `/classes/${cls.classId}/enrolments?cursor=${outside}`, { as: admin })).status).toBe(400);
    const allClasses = await api.call("GET", "/admin/classes?limit=1", { as: admin });
    const boundary = JSON.parse(Buffer.from(allClasses.body.nextCursor, "base64url").toString());
    const closedCursor = Buffer.from(JSON.stringify({ ...boundary, gsi1sk: `2000-01-01T00:00:00.000Z#${boundary.pk.slice("CLASS#".length)}` })).toString("base64url");
    // a page boundary whose class has closed since: the listing simply goes on from now
    const crafted = Buffer.from(JSON.stringify({ pk: "", sk: "", gsi1pk: "CLASSES", gsi1sk: "9999-12-31T00:00:00.000Z#x" })).toString("base64url");
    for (const url of [`/classes?cursor=${crafted}`, `/admin/classes?cursor=${crafted}`, `/me/enrolments?cursor=${crafted}`]) {
      const answer = await api.call("GET", url, { as: url.startsWith("/me") ? applicants[0]! : admin });
      expect(answer.status, url).toBe(400);
      expect(answer.body.error.code).toBe("invalid_cursor");
    }
    const fromNow = await api.call("GET", "/classes?limit=3", { as: admin });
    const afterClosed = await api.call("GET", `/classes?limit=3&cursor=${closedCursor}`, { as: admin });
    expect(afterClosed.status).toBe(200);
    expect(afterClosed.body.items).toEqual(fromNow.body.items);
  });

  it("capacity never drops below the seats taken; added seats go to the waitlist in order", async () => {
    const cls = await createClass({ capacity: 2 });
    const applicants = await Promise.all([1, 2, 3, 4, 5].map(applicantWithProfile));
    for (const as of applicants) await api.call("POST", `/classes/${cls.classId}/enrolments`, { as });

    const shrink = await api.call("PATCH", `/classes/${cls.classId}`, { as: admin, body: { capacity: 1 }, headers: { "accept-language": "en" } });
    expect(shrink.status).toBe(409);
    expect(shrink.body.error).toMatchObject({ code: "capacity_below_enrolled", message: "Capacity cannot be below the 2 applicants already enrolled." });

    const grow = await api.call("PATCH", `/classes/${cls.classId}`, { as: admin, body: { capacity: 4 } });
    expect(grow.status).toBe(200);
    expect(grow.body).toMatchObject({ capacity: 4, enrolled: 4, waiting: 1, seatsLeft: 0 });
    const statuses = await Promise.all(applicants.map(async (as) => (await api.call("GET", `/classes/${cls.classId}/enrolments/me`, { as })).body));
    expect(statuses.map((s) => s.status)).toEqual(["enrolled", "enrolled", "enrolled", "enrolled", "waitlisted"]);
    expect(statuses[4].position).toBe(1);
  });

  it("unknown classes are 404", async () => {
    const applicant = await applicantWithProfile();
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await api.call("GET", `/classes/${unknown}`, { as: applicant })).status).toBe(404);
    expect((await api.call("POST", `/classes/${unknown}/enrolments`, { as: applicant })).status).toBe(404);
    expect((await api.call("PATCH", `/classes/${unknown}`, { as: admin, body: { capacity: 3 } })).status).toBe(404);
    expect((await api.call("GET", `/classes/${unknown}/enrolments`, { as: admin })).status).toBe(404);
  });
});

describe("enrolment rules", () => {
  it("outside the window → 409 enrolment_closed, saying when it opens or since when it is closed, in the class's zone", async () => {
    const applicant = await applicantWithProfile();
    const windows = [
      { window: { enrolmentOpensAt: "2099-01-10T01:00:00.000Z", enrolmentClosesAt: "2099-02-10T01:00:00.000Z" }, said: "Pendaftaran kelas ini baru dibuka Sabtu, 10 Januari 2099 pukul 09.00 WITA." },
      { window: { enrolmentOpensAt: "2020-01-10T01:00:00.000Z", enrolmentClosesAt: "2020-02-10T01:00:00.000Z" }, said: "Pendaftaran kelas ini sudah ditutup sejak Senin, 10 Februari 2020 pukul 09.00 WITA." },
    ];
    for (const { window, said } of windows) {
      const cls = await createClass(window);
      const answer = await api.call("POST", `/classes/${cls.classId}/enrolments`, { as: applicant });
      expect(answer.status).toBe(409);
      expect(answer.body.error).toMatchObject({ code: "enrolment_closed", message: said });
    }
  });

  it("a full class without a waitlist → 409 class_full", async () => {
    const cls = await createClass({ capacity: 1, waitlistEnabled: false });
    const [first, second] = [await applicantWithProfile(), await applicantWithProfile()];
    expect((await api.call("POST", `/classes/${cls.classId}/enrolments`, { as: first })).status).toBe(201);
    const answer = await api.call("POST", `/classes/${cls.classId}/enrolments`, { as: second });
    expect(answer.status).toBe(409);
    expect(answer.body.error.code).toBe("class_full");
  });

  it("withdrawing from a class one is not in is 404; withdrawing twice changes nothing", async () => {
    const cls = await createClass({ capacity: 1 });
    const [inside, outsider, waiting] = [await applicantWithProfile(), await applicantWithProfile(), await applicantWithProfile()];
    await api.call("POST", `/classes/${cls.classId}/enrolments`, { as: inside });
    expect((await api.call("DELETE", `/classes/${cls.classId}/enrolments/me`, { as: outsider })).status).toBe(404);
    expect((await api.call("GET", `/classes/${cls.classId}/enrolments/me`, { as: outsider })).status).toBe(404);
    await api.call("POST", `/classes/${cls.classId}/enrolments`, { as: waiting });

    expect((await api.call("DELETE", `/classes/${cls.classId}/enrolments/me`, { as: inside })).body.status).toBe("withdrawn");
    expect((await api.call("DELETE", `/classes/${cls.classId}/enrolments/me`, { as: inside })).body.status).toBe("withdrawn");
    expect((await api.call("GET", `/classes/${cls.classId}`, { as: admin })).body).toMatchObject({ enrolled: 1, waiting: 0 });
  });

  it("a waitlisted applicant who withdraws leaves the queue and those behind move up", async () => {
    const cls = await createClass({ capacity: 1 });
    const applicants = await Promise.all([1, 2, 3, 4].map(applicantWithProfile));
    for (const as of applicants) await api.call("POST", `/classes/${cls.classId}/enrolments`, { as });
    await api.call("DELETE", `/classes/${cls.classId}/enrolments/me`, { as: applicants[1]! });
    expect((await api.call("GET", `/classes/${cls.classId}/enrolments/me`, { as: applicants[2]! })).body.position).toBe(1);
    expect((await api.call("GET", `/classes/${cls.classId}/enrolments/me`, { as: applicants[3]! })).body.position).toBe(2);
    expect((await api.call("GET", `/classes/${cls.classId}`, { as: admin })).body).toMatchObject({ enrolled: 1, waiting: 2 });
  });

  it("an applicant lists their enrolments with statuses; an organiser pages through the roster and filters it", async () => {
    const [a, b] = [await createClass({ capacity: 1 }), await createClass({ capacity: 1 })];
    const applicant = await applicantWithProfile();
    const other = await applicantWithProfile();
    await api.call("POST", `/classes/${a.classId}/enrolments`, { as: other });
    await api.call("POST", `/classes/${a.classId}/enrolments`, { as: applicant });
    await api.call("POST", `/classes/${b.classId}/enrolments`, { as: applicant });
    await api.call("DELETE", `/classes/${b.classId}/enrolments/me`, { as: applicant });

    const mine = await api.call("GET", "/me/enrolments", { as: applicant });
    const byClass = Object.fromEntries(mine.body.items.map((e: any) => [e.classId, e]));
    expect(byClass[a.classId]).toMatchObject({ status: "waitlisted", classTitle: a.title });
    expect(byClass[b.classId]).toMatchObject({ status: "withdrawn" });
    // the list costs one Query; each class's own enrolment says the place in its queue
    expect((await api.call("GET", `/classes/${a.classId}/enrolments/me`, { as: applicant })).body).toMatchObject({ status: "waitlisted", position: 1 });

    const waitlisted = await api.call("GET", `/classes/${a.classId}/enrolments?status=waitlisted`, { as: admin });
    expect(waitlisted.body.items).toEqual([expect.objectContaining({ applicantId: applicant.sub, status: "waitlisted", position: 1, businessName: "Se'i Om Yos" })]);
  });

  it("a roster filtered by status comes in full pages, and shows the names applicants use today", async () => {
    const cls = await createClass({ capacity: 3 });
    const applicants: Caller[] = [];
    for (let i = 0; i < 6; i++) {
      const applicant = await applicantWithProfile();
      await api.call("POST", `/classes/${cls.classId}/enrolments`, { as: applicant });
      applicants.push(applicant);
    }
    for (const status of ["enrolled", "waitlisted"]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await api.call("GET", `/classes/${cls.classId}/enrolments?status=${status}&limit=2${cursor ? `&cursor=${cursor}` : ""}`, { as: admin });
        expect(page.status).toBe(200);
        expect(page.body.items.length, status).toBe(seen.length === 2 ? 1 : 2);
        seen.push(...page.body.items.map((e: any) => e.status));
        cursor = page.body.nextCursor;
      } while (cursor && seen.length < 3);
      expect(seen).toEqual([status, status, status]);
    }
    // the status index follows every change: a withdrawal that promotes the head of the queue, then added seats
    const statusOf = async (status: string) =>
      (await api.call("GET", `/classes/${cls.classId}/enrolments?status=${status}&limit=50`, { as: admin })).body.items.map((e: any) => e.applicantId).sort();
    const ids = (...indexes: number[]) => indexes.map((i) => applicants[i]!.sub).sort();
    await api.call("DELETE", `/classes/${cls.classId}/enrolments/me`, { as: applicants[0]! });
    expect(await statusOf("enrolled")).toEqual(ids(1, 2, 3));
    expect(await statusOf("waitlisted")).toEqual(ids(4, 5));
    expect(await statusOf("withdrawn")).toEqual(ids(0));
    await api.call("PATCH", `/classes/${cls.classId}`, { as: admin, body: { capacity: 6 } });
    expect(await statusOf("enrolled")).toEqual(ids(1, 2, 3, 4, 5));
    expect(await statusOf("waitlisted")).toEqual([]);

    await api.call("PATCH", "/me/profile", { as: applicants[0]!, body: { businessName: "Se'i Baru Om Yos" } });
    const roster = await api.call("GET", `/classes/${cls.classId}/enrolments?limit=50`, { as: admin });
    expect(roster.body.items.find((e: any) => e.applicantId === applicants[0]!.sub)).toMatchObject({ businessName: "Se'i Baru Om Yos" });
  });
});
