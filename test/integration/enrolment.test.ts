import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../shared/data/client.js";
import { classKey } from "../../shared/data/keys.js";
import { tableName } from "../../shared/data/tables.js";
import { testApi, type Caller, type TestApi } from "../support/api.js";
import { scenarios, type Scenarios } from "../support/scenarios.js";

let api: TestApi;
let admin: Caller;
let openClass: Scenarios["openClass"];
let applicantWithProfile: (profile?: Record<string, unknown>) => Promise<Caller>;

beforeAll(async () => {
  api = await testApi();
  admin = await api.user("admin");
  const story = scenarios(api, admin);
  openClass = story.openClass;
  applicantWithProfile = (profile) => story.applicantWithProfile(profile);
});

/**
 * What a client does with 503 `service_busy` (the use case gave up on a contended class before its
 * deadline, as it does on a busy machine): wait as long as Retry-After says, and ask again.
 */
async function callServed(...[method, url, options]: Parameters<TestApi["call"]>) {
  for (let attempt = 1; ; attempt++) {
    const answer = await api.call(method, url, options);
    if (answer.status !== 503 || attempt === 10) return answer;
    expect(Number(answer.headers["retry-after"])).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, Number(answer.headers["retry-after"]) * 1000));
  }
}

async function classCounters(classId: string) {
  const cls = (await api.call("GET", `/classes/${classId}`, { as: admin })).body;
  return { enrolled: cls.enrolled as number, waiting: cls.waiting as number, capacity: cls.capacity as number, seatsLeft: cls.seatsLeft as number };
}

/** Seats as the roster shows them, paged through like an organiser would, against the class's own counters. */
async function expectSeatsAddUp(classId: string) {
  const counts = { enrolled: 0, waitlisted: 0, withdrawn: 0 } as Record<string, number>;
  const positions: number[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.call("GET", `/classes/${classId}/enrolments?limit=50${cursor ? `&cursor=${cursor}` : ""}`, { as: admin });
    for (const enrolment of page.body.items) {
      counts[enrolment.status]!++;
      if (enrolment.status === "waitlisted") positions.push(enrolment.position);
    }
    cursor = page.body.nextCursor;
  } while (cursor);
  expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: positions.length }, (_, i) => i + 1));
  const cls = await classCounters(classId);
  expect(counts.enrolled! + cls.seatsLeft).toBe(cls.capacity);
  expect(counts.enrolled).toBe(cls.enrolled);
  expect(counts.waitlisted).toBe(cls.waiting);
  expect(await waitlistEntries(classId)).toBe(cls.waiting);
  return counts;
}

async function waitlistEntries(classId: string): Promise<number> {
  const { Count } = await db().send(new QueryCommand({
    TableName: tableName("classes"),
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :wait)",
    ExpressionAttributeValues: { ":pk": classKey(classId).pk, ":wait": "WAIT#" },
    Select: "COUNT",
  }));
  return Count ?? 0;
}

describe("enrolment", () => {
  it("gives a seat while seats remain, then a waitlist place; re-posting returns the same enrolment", async () => {
    const classId = await openClass({ capacity: 1 });
    const [first, second] = [await applicantWithProfile(), await applicantWithProfile()];

    const seat = await api.call("POST", `/classes/${classId}/enrolments`, { as: first });
    expect(seat.status).toBe(201);
    expect(seat.body).toMatchObject({ status: "enrolled", classId });

    const again = await api.call("POST", `/classes/${classId}/enrolments`, { as: first });
    expect(again.status).toBe(200);
    expect(again.body.status).toBe("enrolled");

    const waiting = await api.call("POST", `/classes/${classId}/enrolments`, { as: second });
    expect(waiting.status).toBe(201);
    expect(waiting.body).toMatchObject({ status: "waitlisted", position: 1 });
    expect(await classCounters(classId)).toMatchObject({ enrolled: 1, waiting: 1, seatsLeft: 0 });
    await expectSeatsAddUp(classId);
  });

  it("the 21st applicant for 20 seats is waitlisted at position 1 and promoted when a seat frees", async () => {
    const classId = await openClass({ capacity: 20 });
    const applicants = await Promise.all(Array.from({ length: 21 }, () => applicantWithProfile()));
    for (const applicant of applicants.slice(0, 20)) {
      expect((await api.call("POST", `/classes/${classId}/enrolments`, { as: applicant })).body.status).toBe("enrolled");
    }
    const last = applicants[20]!;
    expect((await api.call("POST", `/classes/${classId}/enrolments`, { as: last })).body).toMatchObject({ status: "waitlisted", position: 1 });

    const withdrawn = await api.call("DELETE", `/classes/${classId}/enrolments/me`, { as: applicants[3]! });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe("withdrawn");
    expect((await api.call("GET", `/classes/${classId}/enrolments/me`, { as: last })).body.status).toBe("enrolled");
    expect(await classCounters(classId)).toMatchObject({ enrolled: 20, waiting: 0 });
    await expectSeatsAddUp(classId);
  });

  it("200 concurrent enrolments for 20 seats: exactly 20 enrolled, 180 waitlisted at 1..180; 10 withdrawals promote in order", async () => {
    const classId = await openClass({ capacity: 20 });
    const applicants = await Promise.all(Array.from({ length: 200 }, () => applicantWithProfile()));
    const answers = await Promise.all(applicants.map((as) => callServed("POST", `/classes/${classId}/enrolments`, { as })));
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 201));

    const statuses = await Promise.all(applicants.map(async (as) => (await api.call("GET", `/classes/${classId}/enrolments/me`, { as })).body));
    const enrolled = statuses.filter((e) => e.status === "enrolled");
    const waitlisted = statuses.filter((e) => e.status === "waitlisted");
    expect(enrolled).toHaveLength(20);
    expect(waitlisted).toHaveLength(180);
    expect(waitlisted.map((e) => e.position).sort((a, b) => a - b)).toEqual(Array.from({ length: 180 }, (_, i) => i + 1));
    expect(await classCounters(classId)).toMatchObject({ enrolled: 20, waiting: 180, seatsLeft: 0 });
    expect(await expectSeatsAddUp(classId)).toEqual({ enrolled: 20, waitlisted: 180, withdrawn: 0 });

    const byPosition = new Map(waitlisted.map((e) => [e.position as number, e.applicantId as string]));
    const leaving = applicants.filter((a) => enrolled.some((e) => e.applicantId === a.sub)).slice(0, 10);
    const withdrawals = await Promise.all(leaving.map((as) => callServed("DELETE", `/classes/${classId}/enrolments/me`, { as })));
    expect(withdrawals.every((answer) => answer.status === 200 && answer.body.status === "withdrawn")).toBe(true);

    const promoted = Array.from({ length: 10 }, (_, i) => byPosition.get(i + 1)!);
    for (const applicantId of promoted) {
      const as = applicants.find((a) => a.sub === applicantId)!;
      expect((await api.call("GET", `/classes/${classId}/enrolments/me`, { as })).body.status).toBe("enrolled");
    }
    const next = applicants.find((a) => a.sub === byPosition.get(11))!;
    expect((await api.call("GET", `/classes/${classId}/enrolments/me`, { as: next })).body).toMatchObject({ status: "waitlisted", position: 1 });
    expect(await classCounters(classId)).toMatchObject({ enrolled: 20, waiting: 170 });
    expect(await expectSeatsAddUp(classId)).toEqual({ enrolled: 20, waitlisted: 170, withdrawn: 10 });
  });
});

describe("the organisers' waitlist", () => {
  it("three applicants waitlisted in a known order are listed in that order, position 1 first, across pages", async () => {
    const classId = await openClass({ capacity: 1 });
    const [holder, ...waiting] = await Promise.all(["Maria Bere", "Antonius Seran", "Bernadeta Nahak", "Yakobus Bria"].map((ownerName) => applicantWithProfile({ ownerName })));
    // they queue in the reverse of their ids' order, so a listing by applicant would read them backwards
    const queue = waiting.sort((a, b) => b.sub.localeCompare(a.sub));
    expect((await api.call("POST", `/classes/${classId}/enrolments`, { as: holder! })).body.status).toBe("enrolled");
    for (const as of queue) expect((await api.call("POST", `/classes/${classId}/enrolments`, { as })).body.status).toBe("waitlisted");
    const names = new Map(await Promise.all(queue.map(async (as) => [as.sub, (await api.call("GET", "/me/profile", { as })).body.ownerName as string] as const)));

    const pageOf = (cursor?: string) => api.call("GET", `/classes/${classId}/enrolments?status=waitlisted&limit=2${cursor ? `&cursor=${cursor}` : ""}`, { as: admin });
    const first = await pageOf();
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const second = await pageOf(first.body.nextCursor);
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    expect(second.body.nextCursor).toBeUndefined();
    const listed = [...first.body.items, ...second.body.items].map((e: { applicantId: string; ownerName: string; status: string; position: number }) => [e.position, e.applicantId, e.ownerName, e.status]);
    expect(first.body.items).toHaveLength(2);
    expect(listed).toEqual(queue.map((as, i) => [i + 1, as.sub, names.get(as.sub), "waitlisted"]));

    // the second leaves the queue: the third moves up, on the first page now
    expect((await api.call("DELETE", `/classes/${classId}/enrolments/me`, { as: queue[1]! })).status).toBe(200);
    expect((await pageOf()).body.items.map((e: { applicantId: string; position: number }) => [e.position, e.applicantId])).toEqual([[1, queue[0]!.sub], [2, queue[2]!.sub]]);

    // a cursor of the roster by applicant, or of another class's waitlist, opens nothing
    const byApplicant = (await api.call("GET", `/classes/${classId}/enrolments?limit=1`, { as: admin })).body.nextCursor;
    const elsewhere = await openClass({ capacity: 1 });
    for (const url of [`/classes/${classId}/enrolments?status=waitlisted&cursor=${byApplicant}`, `/classes/${elsewhere}/enrolments?status=waitlisted&cursor=${first.body.nextCursor}`]) {
      const refused = await api.call("GET", url, { as: admin });
      expect([refused.status, refused.body.error?.code], url).toEqual([400, "invalid_cursor"]);
    }
  });
});

describe("enrolments and withdrawals racing each other", () => {
  it("a waitlisted applicant reading their place while the seat frees is told the seat, never position 0", async () => {
    const [holder, waiting] = [await applicantWithProfile(), await applicantWithProfile()];
    const answers = await Promise.all(Array.from({ length: 20 }, async () => {
      const classId = await openClass({ capacity: 1 });
      await api.call("POST", `/classes/${classId}/enrolments`, { as: holder });
      expect((await api.call("POST", `/classes/${classId}/enrolments`, { as: waiting })).body.position).toBe(1);
      // reads go on, two at a time, for as long as the withdrawal is under way
      let withdrawn = false;
      const freeing = api.call("DELETE", `/classes/${classId}/enrolments/me`, { as: holder }).then(() => (withdrawn = true));
      const read: Awaited<ReturnType<TestApi["call"]>>[] = [];
      const keepReading = async () => {
        do read.push(await api.call("GET", `/classes/${classId}/enrolments/me`, { as: waiting }));
        while (!withdrawn);
      };
      await Promise.all([freeing, keepReading(), keepReading()]);
      return read;
    }));
    for (const answer of answers.flat()) {
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      if (answer.body.status === "waitlisted") expect(answer.body.position).toBe(1);
      else expect(answer.body.status).toBe("enrolled");
    }
  });

  it("never lose or double a seat", async () => {
    const classId = await openClass({ capacity: 10 });
    const first = await Promise.all(Array.from({ length: 30 }, () => applicantWithProfile()));
    await Promise.all(first.map((as) => api.call("POST", `/classes/${classId}/enrolments`, { as })));
    const later = await Promise.all(Array.from({ length: 30 }, () => applicantWithProfile()));
    const leaving = first.slice(0, 20);
    const answers = await Promise.all([
      ...later.map((as) => api.call("POST", `/classes/${classId}/enrolments`, { as })),
      ...leaving.map((as) => api.call("DELETE", `/classes/${classId}/enrolments/me`, { as })),
    ]);
    expect(answers.every((answer) => answer.status < 300)).toBe(true);
    const counts = await expectSeatsAddUp(classId);
    expect(counts).toEqual({ enrolled: 10, waitlisted: 30, withdrawn: 20 });
  });
});
