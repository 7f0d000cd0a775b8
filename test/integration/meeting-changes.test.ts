import { beforeAll, describe, expect, it } from "vitest";
import { scheduleRun } from "../../shared/app/meetings.js";
import { findMeeting, findMeetings } from "../../shared/data/meetings.js";
import { testApi, type Caller, type TestApi } from "../support/api.js";
import { ok, refused } from "../support/answers.js";
import { scenarios, type Scenarios } from "../support/scenarios.js";

/*
 * Meetings while things change (issue 11), without the job runner: each scheduling run is done here by
 * hand, so what happens while one is pending is seen deterministically. Answers wait while a run is under
 * way and name the slot they answer; a plan may grow but not move meetings; a corrected publication that
 * takes a finalist away cancels their meetings at the next run.
 */

let api: TestApi;
let admin: Caller;
let story: Scenarios;

beforeAll(async () => {
  api = await testApi();
  admin = await api.user("admin");
  story = scenarios(api, admin);
});

const plan = { date: "2027-03-10", startTime: "13:00", slotMinutes: 20, slotCount: 2, rooms: [{ name: "Meja 1" }], investorCap: 2, finalistCap: 2 };

describe("meetings while things change", () => {
  let published: Awaited<ReturnType<Scenarios["publishedCompetition"]>>;
  let finalists: string[];
  let base: string;
  let investing: string;
  let investor: Caller;

  /** What the job does on the pending run. */
  const runScheduling = async () => {
    const run = (await findMeetings(published.competitionId))!;
    expect(run.status).toBe("pending");
    await scheduleRun(run, new Date());
  };
  const mine = async () => ok(await api.call("GET", investing, { as: investor })).meetings as { submissionId: string; slotId: string; status: string; cancelled?: { code: string; reason: string } }[];

  beforeAll(async () => {
    published = await story.publishedCompetition(6);
    base = `/competitions/${published.competitionId}/meetings`;
    investing = `/investing/competitions/${published.competitionId}/meetings`;
    finalists = published.publication.places.filter((p: { outcome: string }) => p.outcome === "finalist").map((p: { submissionId: string }) => p.submissionId);
    investor = await api.user("investor");
    ok(await api.call("PUT", `/competitions/${published.competitionId}/investors/${investor.sub}`, {
      as: admin, body: { name: "Maria Kewa", organisation: "Bank NTT", kind: "bank_kur", ticket: { minIdr: 1, maxIdr: 2 }, sectors: ["kuliner"], email: "maria@bank.example.id" },
    }));
    ok(await api.call("PUT", base, { as: admin, body: plan }));
    // the fifth finalist only in the first slot, the fourth only in the second
    ok(await api.call("PUT", `${investing}/wish`, { as: investor, body: { ranked: [finalists[4], finalists[3]], available: ["s1", "s2"] } }));
    ok(await api.call("PUT", `${base}/me/times`, { as: published.entrants.find((e) => e.submissionId === finalists[4])!.applicant, body: { available: ["s1"] } }));
    ok(await api.call("PUT", `${base}/me/times`, { as: published.entrants.find((e) => e.submissionId === finalists[3])!.applicant, body: { available: ["s2"] } }));
    ok(await api.call("POST", `${base}/runs`, { as: admin }), 202);
  }, 120_000);

  it("make answers and plan changes wait while a run is under way, and tell when to come back", async () => {
    await runScheduling();
    expect((await mine()).map((m) => [m.submissionId, m.slotId])).toEqual([[finalists[4], "s1"], [finalists[3], "s2"]]);
    ok(await api.call("POST", `${base}/runs`, { as: admin }), 202);
    const waiting = await api.call("POST", `${investing}/${finalists[4]}/answer`, { as: investor, body: { answer: "accepted", slotId: "s1" } });
    refused(waiting, 409, "meetings_rescheduling");
    expect(waiting.headers["retry-after"]).toBe("5");
    refused(await api.call("PUT", base, { as: admin, body: { ...plan, slotCount: 3 } }), 409, "meetings_rescheduling");
    await runScheduling();
    expect((await mine()).map((m) => m.status)).toEqual(["proposed", "proposed"]);
  });

  it("take an answer only for the slot the person saw", async () => {
    refused(await api.call("POST", `${investing}/${finalists[4]}/answer`, { as: investor, body: { answer: "accepted", slotId: "s2" } }), 409, "meeting_moved");
    expect((await mine())[0]!.status).toBe("proposed");
    ok(await api.call("POST", `${investing}/${finalists[4]}/answer`, { as: investor, body: { answer: "accepted", slotId: "s1" } }));
    const answered = (await findMeeting(published.competitionId, investor.sub, finalists[4]!))!;
    expect(answered.investorAnswer).toBe("accepted");
    // the same answer again writes nothing
    ok(await api.call("POST", `${investing}/${finalists[4]}/answer`, { as: investor, body: { answer: "accepted", slotId: "s1" } }));
    expect((await findMeeting(published.competitionId, investor.sub, finalists[4]!))!.updatedAt).toBe(answered.updatedAt);
  });

  it("let a plan grow, but never move a time or take away a slot or room a meeting is in", async () => {
    for (const moved of [{ startTime: "14:00" }, { date: "2027-03-11" }, { slotMinutes: 30 }, { gapMinutes: 10 }, { timeZone: "Asia/Jakarta" }, { slotCount: 1 }, { rooms: [{ name: "Meja 2" }] }]) {
      refused(await api.call("PUT", base, { as: admin, body: { ...plan, ...moved } }), 409, "meetings_times_fixed");
    }
    const grown = ok(await api.call("PUT", base, { as: admin, body: { ...plan, slotCount: 3, rooms: [{ name: "Meja 1" }, { name: "Meja 2" }], investorCap: 3 } }));
    expect(grown.slots).toHaveLength(3);
    expect(grown.meetings.map((m: { slotId: string }) => m.slotId)).toEqual(["s1", "s2"]);
  });

  it("cancel a finalist's meetings at the next run when a correction takes them out", async () => {
    // the fifth finalist withdraws after publication: a corrected version, and the first reserve moves up
    ok(await api.call("PUT", `${published.base}/ranking/overrides/${finalists[4]}`, { as: admin, body: { place: "withdrawn", reason: "Peserta mengundurkan diri sesudah pengumuman." } }));
    ok(await api.call("POST", `${published.base}/publications`, { as: admin, body: { reason: "Finalis kelima mengundurkan diri.", correcting: 1 } }), 201);
    const run = (await findMeetings(published.competitionId))!;
    expect(run).toMatchObject({ status: "pending", reason: "results_corrected" });
    await runScheduling();
    const meetings = await mine();
    const gone = meetings.find((m) => m.submissionId === finalists[4])!;
    expect(gone).toMatchObject({ status: "cancelled", cancelled: { code: "unknown" } });
    expect(meetings.find((m) => m.submissionId === finalists[3])!.status).toBe("proposed");
  });
});
