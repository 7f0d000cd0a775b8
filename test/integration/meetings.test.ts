import { randomUUID } from "node:crypto";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { testApi, type Caller, type TestApi } from "../support/api.js";
import { loseNextAnswer } from "../support/lost-answer.js";
import { ok, refused } from "../support/answers.js";
import { scenarios, type Scenarios } from "../support/scenarios.js";

/*
 * Investor meetings (issue 11): organisers plan the slots and rooms, investors rank the finalists and give
 * their free slots, finalists give theirs, the scheduling job (HiGHS) proposes meetings, each side accepts
 * or declines; contacts only once both accepted; a decline frees the slot for the next request, and
 * meetings already accepted stay where they are.
 */

let api: TestApi;
let admin: Caller;
let story: Scenarios;

beforeAll(async () => {
  api = await testApi();
  admin = await api.user("admin");
  story = scenarios(api, admin);
  await api.startJobs();
});

const plan = {
  date: "2027-03-10", startTime: "13:00", slotMinutes: 20, gapMinutes: 5, slotCount: 2,
  rooms: [{ name: "Meja 1" }, { name: "Ruang daring", onlineUrl: "https://meet.example.id/lab-wirausaha" }],
  investorCap: 2, finalistCap: 1,
};

type Meeting = { investorId?: string; submissionId?: string; slotId: string; room: string; status: string; contact?: Record<string, string>; local: { id: string } };

describe("investor meetings", () => {
  let published: Awaited<ReturnType<Scenarios["publishedCompetition"]>>;
  let finalists: string[];
  let base: string;
  let investing: string;
  let ayu: Caller;
  let budi: Caller;

  const invite = (investor: Caller, name: string) =>
    api.call("PUT", `/competitions/${published.competitionId}/investors/${investor.sub}`, {
      as: admin, body: { name, organisation: `${name} Capital`, kind: "angel", ticket: { minIdr: 10_000_000, maxIdr: 50_000_000 }, sectors: ["kuliner"], email: `${investor.sub}@investor.id` },
    });
  const finalist = (i: number) => published.entrants.find((e) => e.submissionId === finalists[i])!;
  const overview = async () => ok(await api.call("GET", base, { as: admin }));

  beforeAll(async () => {
    published = await story.publishedCompetition(6);
    base = `/competitions/${published.competitionId}/meetings`;
    investing = `/investing/competitions/${published.competitionId}/meetings`;
    finalists = published.publication.places.filter((p: { outcome: string }) => p.outcome === "finalist").map((p: { submissionId: string }) => p.submissionId);
    [ayu, budi] = await Promise.all([api.user("investor"), api.user("investor")]);
    ok(await invite(ayu, "Ayu"));
    ok(await invite(budi, "Budi"));
  }, 120_000);

  it("are planned only after publication; bad plans are refused and nothing is written", async () => {
    const early = await story.classWithCompetition();
    refused(await api.call("PUT", `/competitions/${early.competitionId}/meetings`, { as: admin, body: plan }), 409, "results_not_published");
    refused(await api.call("GET", base, { as: admin }), 404, "meetings_not_planned");
    refused(await api.call("GET", investing, { as: ayu }), 404, "meetings_not_planned");
    refused(await api.call("PUT", base, { as: admin, body: { ...plan, finalistFloor: 2 } }), 400, "validation_failed");
    refused(await api.call("PUT", base, { as: admin, body: { ...plan, rooms: [{ name: "Meja 1" }, { name: "Meja 1" }] } }), 400, "validation_failed");
    refused(await api.call("PUT", base, { as: admin, body: { ...plan, slotCount: 0 } }), 400, "validation_failed");
    refused(await api.call("POST", `${base}/runs`, { as: admin }), 404, "meetings_not_planned");
    refused(await api.call("GET", base, { as: admin }), 404, "meetings_not_planned");
    refused(await api.call("PUT", base, { as: ayu, body: plan }), 403, "forbidden");
  });

  it("read every slot in the event's zone (WITA unless said)", async () => {
    const planned = ok(await api.call("PUT", base, { as: admin, body: plan }));
    expect(planned).toMatchObject({ timeZone: "Asia/Makassar", zone: "WITA", run: { status: "unscheduled" } });
    // 13:00 WITA is 05:00 UTC; 20 minutes a meeting, 5 between
    expect(planned.slots.map((s: { slotId: string; startsAt: string }) => [s.slotId, s.startsAt.slice(11, 16)])).toEqual([["s1", "05:00"], ["s2", "05:25"]]);
    expect(planned.slots[0].local.id).toMatch(/Rabu, 10 Maret 2027 pukul 13\.00 WITA$/);
    expect(planned.finalists).toHaveLength(5);
  });

  it("read the plan back as it was saved, every field the organisers sent", async () => {
    const whole = {
      ...plan, startTime: "08:30", timeZone: "Asia/Jakarta", slotMinutes: 15, gapMinutes: 0, slotCount: 3,
      rooms: [...plan.rooms, { name: "Meja 2" }], investorCap: 3, finalistCap: 2, finalistFloor: 1,
    };
    expect(ok(await api.call("PUT", base, { as: admin, body: whole }))).toMatchObject(whole);
    expect(await overview()).toMatchObject(whole);
    // a plan sent with the defaults reads back with them, and without the floor it no longer has
    ok(await api.call("PUT", base, { as: admin, body: plan }));
    const again = await overview();
    expect(again).toMatchObject({ ...plan, timeZone: "Asia/Makassar", gapMinutes: 5 });
    expect(again).not.toHaveProperty("finalistFloor");
  });

  it("take investors' rankings and everyone's free slots, refusing what is not a finalist or a slot, writing nothing then", async () => {
    const reserve = published.entrants.find((e) => !finalists.includes(e.submissionId))!;
    refused(await api.call("PUT", `${investing}/wish`, { as: ayu, body: { ranked: [reserve.submissionId], available: ["s1"] } }), 400, "validation_failed");
    refused(await api.call("PUT", `${investing}/wish`, { as: ayu, body: { ranked: [finalists[0]], available: ["s9"] } }), 400, "validation_failed");
    refused(await api.call("PUT", `${investing}/wish`, { as: ayu, body: { ranked: [finalists[0], finalists[0]], available: ["s1"] } }), 400, "validation_failed");
    expect(ok(await api.call("GET", investing, { as: ayu })).wish).toBeUndefined();
    // Ayu wants the first two finalists; Budi the third, then the first: the first can meet only one of them
    ok(await api.call("PUT", `${investing}/wish`, { as: ayu, body: { ranked: [finalists[0], finalists[1]], available: ["s1", "s2"] } }));
    ok(await api.call("PUT", `${investing}/wish`, { as: budi, body: { ranked: [finalists[2], finalists[0]], available: ["s1", "s2"] } }));
    const times = ok(await api.call("PUT", `${base}/me/times`, { as: finalist(0).applicant, body: { available: ["s1", "s2"] } }));
    expect(times.available).toEqual(["s1", "s2"]);
    refused(await api.call("PUT", `${base}/me/times`, { as: reserve.applicant, body: { available: ["s1"] } }), 404, "not_found");
    refused(await api.call("GET", `${base}/me`, { as: reserve.applicant }), 404, "not_found");
    const said = await overview();
    expect(said.investors.map((i: { ranked: number }) => i.ranked).sort()).toEqual([2, 2]);
    expect(said.finalists.find((f: { submissionId: string }) => f.submissionId === finalists[0]).available).toBe(2);
    expect(said.finalists.find((f: { submissionId: string }) => f.submissionId === finalists[1]).available).toBeNull();
  });

  it("schedule the most wanted meetings, explain the unmet one, and share contacts only when both accept", async () => {
    const sentBefore = api.outbox.sent().length;
    expect(ok(await api.call("POST", `${base}/runs`, { as: admin }), 202)).toMatchObject({ status: "pending", revision: 1 });
    await api.drainJobs();
    // one message per person, listing all their proposals, each with its local time
    const proposed = api.outbox.sent().slice(sentBefore).filter((m) => m.template === "meetingsProposed");
    const toAyu = proposed.filter((m) => m.recipient.userId === ayu.sub);
    expect(toAyu).toHaveLength(1);
    expect(toAyu[0]!.body.match(/WITA/g)).toHaveLength(2);
    expect(proposed.map((m) => m.recipient.userId).sort()).toEqual([ayu.sub, budi.sub, finalist(0).applicant.sub, finalist(1).applicant.sub, finalist(2).applicant.sub].sort());
    expect(proposed.every((m) => !/@|\+62/.test(m.body))).toBe(true);
    const day = await overview();
    expect(day.run).toMatchObject({ status: "done", total: 14 });
    const pairs = day.meetings.map((m: Meeting) => `${m.investorId === ayu.sub ? "ayu" : "budi"}→${finalists.indexOf(m.submissionId!)}`).sort();
    expect(pairs).toEqual(["ayu→0", "ayu→1", "budi→2"]);
    // nobody twice in a slot, a room once per slot
    for (const slot of ["s1", "s2"]) {
      const at = day.meetings.filter((m: Meeting) => m.slotId === slot);
      expect(new Set(at.map((m: Meeting) => m.room)).size).toBe(at.length);
      expect(new Set(at.map((m: Meeting) => m.investorId)).size).toBe(at.length);
    }
    expect(day.unmet).toEqual([expect.objectContaining({ investorId: budi.sub, submissionId: finalists[0], code: "finalist_cap" })]);
    expect(day.unmet[0].reason).toContain("batas maksimalnya");

    const mine = ok(await api.call("GET", investing, { as: ayu }));
    const second = mine.meetings.find((m: Meeting) => m.submissionId === finalists[1]);
    expect(second).toMatchObject({ status: "proposed" });
    expect(second.contact).toBeUndefined();
    expect(ok(await api.call("POST", `${investing}/${finalists[1]}/answer`, { as: ayu, body: { answer: "accepted", slotId: second.slotId } })).meetings.find((m: Meeting) => m.submissionId === finalists[1]).contact).toBeUndefined();
    const theirs = ok(await api.call("GET", `${base}/me`, { as: finalist(1).applicant }));
    expect(theirs.meetings).toEqual([expect.objectContaining({ investorId: ayu.sub, investorName: "Ayu", status: "proposed", theirAnswer: "accepted" })]);
    expect(JSON.stringify(theirs)).not.toContain("@investor.id");
    const both = ok(await api.call("POST", `${base}/me/${ayu.sub}/answer`, { as: finalist(1).applicant, body: { answer: "accepted", slotId: second.slotId } }));
    expect(both.meetings[0]).toMatchObject({ status: "confirmed", contact: { name: "Ayu", email: `${ayu.sub}@investor.id` } });
    const confirmed = ok(await api.call("GET", investing, { as: ayu })).meetings.find((m: Meeting) => m.submissionId === finalists[1]);
    await api.drainJobs();
    const confirmations = api.outbox.sent().filter((m) => m.template === "meetingConfirmed");
    expect(confirmations.map((m) => m.recipient.userId).sort()).toEqual([ayu.sub, finalist(1).applicant.sub].sort());
    expect(confirmations.find((m) => m.recipient.userId === ayu.sub)!.body).toContain(confirmed.contact.phone);
    // the phone as the profile stores it, in international form
    expect(confirmed.contact).toEqual({ ownerName: finalist(1).business.ownerName, phone: `+62${finalist(1).business.phone.replace(/\D/g, "").slice(1)}`, email: finalist(1).business.email });
    // Budi sees only his own meetings, and no contact of anyone
    const budis = ok(await api.call("GET", investing, { as: budi }));
    expect(budis.meetings.map((m: Meeting) => m.submissionId)).toEqual([finalists[2]]);
    expect(JSON.stringify(budis)).not.toContain(confirmed.contact.phone);
  });

  it("give a declined meeting's place to the next request, keeping the accepted meetings where they are", async () => {
    const earlier = (await overview()).meetings;
    const before = earlier.find((m: Meeting) => m.submissionId === finalists[1]);
    const budisProposal = earlier.find((m: Meeting) => m.investorId === budi.sub && m.submissionId === finalists[2]);
    refused(await api.call("POST", `${base}/me/${budi.sub}/answer`, { as: finalist(0).applicant, body: { answer: "declined", slotId: "s1" } }), 404, "not_found");
    const declined = earlier.find((m: Meeting) => m.investorId === ayu.sub && m.submissionId === finalists[0]);
    // the decline is written but its answer lost: the retry finds it declined, and the freed slot is still offered again
    const restore = loseNextAnswer();
    try {
      ok(await api.call("POST", `${base}/me/${ayu.sub}/answer`, { as: finalist(0).applicant, body: { answer: "declined", slotId: declined.slotId } }));
    } finally {
      restore();
    }
    await api.drainJobs();
    const day = await overview();
    expect(day.run).toMatchObject({ status: "done", revision: 2 });
    // Ayu hears of the decline; Budi of his new proposal
    const sent = api.outbox.sent();
    expect(sent.filter((m) => m.template === "meetingDeclined").map((m) => m.recipient.userId)).toEqual([ayu.sub]);
    expect(sent.filter((m) => m.template === "meetingsProposed" && m.recipient.userId === budi.sub).at(-1)!.body).toContain(finalist(0).business.businessName);
    const status = (investor: Caller, i: number) => day.meetings.find((m: Meeting) => m.investorId === investor.sub && m.submissionId === finalists[i])?.status;
    expect([status(ayu, 0), status(ayu, 1), status(budi, 0), status(budi, 2)]).toEqual(["declined", "confirmed", "proposed", "proposed"]);
    const kept = day.meetings.find((m: Meeting) => m.investorId === ayu.sub && m.submissionId === finalists[1]);
    expect([kept.slotId, kept.room]).toEqual([before.slotId, before.room]);
    // nobody answered Budi's other proposal yet, and moving it would gain nothing: it stays too
    const stayed = day.meetings.find((m: Meeting) => m.investorId === budi.sub && m.submissionId === finalists[2]);
    expect([stayed.slotId, stayed.room]).toEqual([budisProposal.slotId, budisProposal.room]);
    expect(day.unmet).toEqual([]);
    refused(await api.call("POST", `${investing}/${finalists[0]}/answer`, { as: ayu, body: { answer: "accepted", slotId: declined.slotId } }), 409, "meeting_declined");
    refused(await api.call("POST", `${investing}/${finalists[3]}/answer`, { as: ayu, body: { answer: "accepted", slotId: "s1" } }), 404, "not_found");
  });

  it("go into each person's own calendar file, which an independent parser reads in the event's local time", async () => {
    ok(await api.call("PUT", `/competitions/${published.competitionId}/demo-day`, { as: admin, body: { date: "2027-03-10", startTime: "09:00", place: "Aula KADIN NTT, Kupang", pitchMinutes: 7 } }));
    await api.drainJobs();
    // each finalist is told their pitch time, in their language and the event's zone
    const slotNotices = api.outbox.sent().filter((m) => m.template === "pitchSlot");
    expect(slotNotices).toHaveLength(5);
    expect(slotNotices.find((m) => m.recipient.userId === finalist(1).applicant.sub)!.body).toMatch(/slot 2: Rabu, 10 Maret 2027 pukul 09\.17 WITA, di Aula KADIN NTT, Kupang/);
    const day = await overview();
    const events = (answer: { status: number; headers: Record<string, string>; body: string }) => {
      expect(answer.status, String(answer.body).slice(0, 300)).toBe(200);
      expect(answer.headers["content-type"]).toMatch(/^text\/calendar/);
      expect(answer.headers["content-disposition"]).toBe('attachment; filename="demo-day.ics"');
      const calendar = new ICAL.Component(ICAL.parse(answer.body));
      return calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent)).map((event) => ({
        summary: event.summary, zone: event.startDate.zone!.tzid, local: `${event.startDate.hour}:${String(event.startDate.minute).padStart(2, "0")}`, utc: event.startDate.toJSDate().toISOString(),
      }));
    };
    // the finalist: their pitch (second in rank order: 7 minutes of pitch, 5 of questions, 5 between: 09:17 WITA) and their one meeting, confirmed with Ayu
    const kept = day.meetings.find((m: Meeting & { startsAt: string }) => m.investorId === ayu.sub && m.submissionId === finalists[1]);
    const mine = events(await api.call("GET", `/competitions/${published.competitionId}/calendar/me`, { as: finalist(1).applicant }));
    expect(mine).toEqual([
      { summary: expect.stringContaining("Pitch Anda di demo day"), zone: "Asia/Makassar", local: "9:17", utc: "2027-03-10T01:17:00.000Z" },
      { summary: `Pertemuan investor: Ayu (Ayu Capital) – ${finalist(1).business.businessName}`, zone: "Asia/Makassar", local: kept.slotId === "s1" ? "13:00" : "13:25", utc: kept.startsAt },
    ]);
    // Ayu: demo day as one event, and only the meeting still on (not the declined one)
    const ayus = events(await api.call("GET", `/investing/competitions/${published.competitionId}/calendar`, { as: ayu, headers: { "accept-language": "en" } }));
    expect(ayus.map((e) => [e.summary.split(":")[0], e.local])).toEqual([["Demo day", "9:00"], ["Investor meeting", kept.slotId === "s1" ? "13:00" : "13:25"]]);
    // the organisers: every pitch and every meeting still on
    const all = events(await api.call("GET", `/competitions/${published.competitionId}/calendar`, { as: admin }));
    expect(all.filter((e) => e.summary.startsWith("Pitch ")).map((e) => e.local)).toEqual(["9:00", "9:17", "9:34", "9:51", "10:08"]);
    expect(all.filter((e) => e.summary.startsWith("Pertemuan"))).toHaveLength(3);
    const reserve = published.entrants.find((e) => !finalists.includes(e.submissionId))!;
    refused(await api.call("GET", `/competitions/${published.competitionId}/calendar/me`, { as: reserve.applicant }), 404, "not_found");
    refused(await api.call("GET", `/investing/competitions/${published.competitionId}/calendar`, { as: await api.user("investor") }), 404, "not_found");
  });

  it("are nobody else's business: other investors and unknown competitions answer 404", async () => {
    const stranger = await api.user("investor");
    refused(await api.call("GET", investing, { as: stranger }), 404, "not_found");
    refused(await api.call("PUT", `${investing}/wish`, { as: stranger, body: { ranked: [], available: [] } }), 404, "not_found");
    refused(await api.call("GET", `/investing/competitions/${randomUUID()}/meetings`, { as: ayu }), 404, "not_found");
    refused(await api.call("POST", `${investing}/${finalists[1]}/answer`, { as: ayu, body: { answer: "maybe", slotId: "s1" } }), 400, "validation_failed");
  });
});
