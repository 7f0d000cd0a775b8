import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { testApi, type Caller, type TestApi } from "../support/api.js";
import { ok, refused } from "../support/answers.js";
import { scenarios, type Scenarios } from "../support/scenarios.js";

/*
 * Demo day (issue 11): organisers plan it for the published finalists — one slot each, in rank order or
 * a seeded random one, every time read in the event's zone — finalists confirm or ask to swap, the
 * organisers swap, investors read the programme.
 */

let api: TestApi;
let admin: Caller;
let story: Scenarios;

beforeAll(async () => {
  api = await testApi();
  admin = await api.user("admin");
  story = scenarios(api, admin);
});


const plan = { date: "2027-03-10", startTime: "09:00", place: "Aula Kantor Gubernur NTT, Kupang", pitchMinutes: 7, qaMinutes: 5, bufferMinutes: 3, breaks: [{ afterSlot: 3, minutes: 15 }] };

describe("demo day", () => {
  let published: Awaited<ReturnType<Scenarios["publishedCompetition"]>>;
  let finalists: string[];
  let base: string;

  beforeAll(async () => {
    // six pitches: five finalists and one reserve
    published = await story.publishedCompetition(6);
    base = `/competitions/${published.competitionId}/demo-day`;
    finalists = published.publication.places.filter((p: { outcome: string }) => p.outcome === "finalist").map((p: { submissionId: string }) => p.submissionId);
  }, 120_000);

  it("is planned only once the finalists are published, with a place or a link", async () => {
    const early = await story.classWithCompetition();
    refused(await api.call("PUT", `/competitions/${early.competitionId}/demo-day`, { as: admin, body: plan }), 409, "results_not_published");
    refused(await api.call("GET", base, { as: admin }), 404, "demo_day_not_found");
    refused(await api.call("PUT", base, { as: admin, body: { ...plan, place: undefined } }), 400, "validation_failed");
    refused(await api.call("PUT", base, { as: admin, body: { ...plan, startTime: "25:00" } }), 400, "validation_failed");
    refused(await api.call("PUT", base, { as: published.entrants[0]!.applicant, body: plan }), 403, "forbidden");
  });

  it("gives each finalist one slot in rank order, WITA by default: pitch, questions, buffer, and the break", async () => {
    const day = ok(await api.call("PUT", base, { as: admin, body: plan }));
    expect(day).toMatchObject({ timeZone: "Asia/Makassar", zone: "WITA", order: "rank" });
    expect(day.slots.map((s: { submissionId: string }) => s.submissionId)).toEqual(finalists);
    // 09:00 WITA is 01:00 UTC; 12 minutes a slot, 3 between, 15 after the third
    expect(day.slots.map((s: { startsAt: string }) => s.startsAt.slice(11, 16))).toEqual(["01:00", "01:15", "01:30", "01:57", "02:12"]);
    expect(day.slots[0].endsAt.slice(11, 16)).toBe("01:12");
    expect(day.slots[0].local.id).toMatch(/Rabu, 10 Maret 2027 pukul 09\.00 WITA$/);
    expect(day.slots[0].local.en).toMatch(/Wednesday,? 10 March 2027 at 09:00 WITA$/);
    expect(new Set(day.slots.map((s: { startsAt: string }) => s.startsAt)).size).toBe(5);
    expect(day.slots.every((s: { status: string }) => s.status === "assigned")).toBe(true);
  });

  it("draws a random order from a seed: the same seed, the same order; in WIT the times move", async () => {
    const first = ok(await api.call("PUT", base, { as: admin, body: { ...plan, order: "random", seed: 42, timeZone: "Asia/Jayapura" } }));
    const again = ok(await api.call("PUT", base, { as: admin, body: { ...plan, order: "random", seed: 42, timeZone: "Asia/Jayapura" } }));
    const order = first.slots.map((s: { submissionId: string }) => s.submissionId);
    expect(again.slots.map((s: { submissionId: string }) => s.submissionId)).toEqual(order);
    expect([...order].sort()).toEqual([...finalists].sort());
    expect(first.slots[0].startsAt.slice(11, 16)).toBe("00:00");
    expect(first.slots[0].local.en).toContain("09:00 WIT");
    ok(await api.call("PUT", base, { as: admin, body: plan }));
  });

  it("reads the plan back as it was saved, every field the organisers sent, breaks too", async () => {
    const whole = {
      ...plan, startTime: "08:30", timeZone: "Asia/Jayapura", onlineUrl: "https://meet.example.id/demo-day", bufferMinutes: 4,
      breaks: [{ afterSlot: 2, minutes: 10 }, { afterSlot: 4, minutes: 30 }], order: "random", seed: 7,
    };
    ok(await api.call("PUT", base, { as: admin, body: whole }));
    expect(ok(await api.call("GET", base, { as: admin }))).toMatchObject(whole);
    // finalists read the programme's breaks as well
    expect(ok(await api.call("GET", `${base}/me`, { as: published.entrants[0]!.applicant })).breaks).toEqual(whole.breaks);
    // a plan sent with the defaults reads back with them
    ok(await api.call("PUT", base, { as: admin, body: plan }));
    expect(ok(await api.call("GET", base, { as: admin }))).toMatchObject({ ...plan, timeZone: "Asia/Makassar", order: "rank" });
  });

  it("lets a finalist read, confirm or ask to swap their own slot; the organisers swap two", async () => {
    const [first, second] = published.entrants;
    const reserve = published.entrants.find((e) => !finalists.includes(e.submissionId))!;
    const mine = ok(await api.call("GET", `${base}/me`, { as: first!.applicant }));
    expect(mine.mine).toMatchObject({ slot: 1, submissionId: first!.submissionId, status: "assigned" });
    refused(await api.call("GET", `${base}/me`, { as: reserve.applicant }), 404, "not_found");
    expect(ok(await api.call("POST", `${base}/me/confirm`, { as: first!.applicant })).mine.status).toBe("confirmed");
    refused(await api.call("POST", `${base}/me/swap-request`, { as: second!.applicant, body: { reason: "sakit" } }), 400, "validation_failed");
    const asked = ok(await api.call("POST", `${base}/me/swap-request`, { as: second!.applicant, body: { reason: "Kapal dari Larantuka baru tiba pukul 10." } }));
    expect(asked.mine).toMatchObject({ status: "swap_requested", swapReason: "Kapal dari Larantuka baru tiba pukul 10." });
    // another finalist reads the programme without anyone's reason
    expect(JSON.stringify(ok(await api.call("GET", `${base}/me`, { as: first!.applicant })))).not.toContain("Larantuka");
    const organisers = ok(await api.call("GET", base, { as: admin }));
    expect(organisers.slots[1]).toMatchObject({ status: "swap_requested", swapReason: "Kapal dari Larantuka baru tiba pukul 10." });
    refused(await api.call("POST", `${base}/swaps`, { as: admin, body: { submissionIds: [second!.submissionId, second!.submissionId], reason: "Menukar jadwal." } }), 400, "validation_failed");
    refused(await api.call("POST", `${base}/swaps`, { as: admin, body: { submissionIds: [second!.submissionId, reserve.submissionId], reason: "Menukar jadwal." } }), 404, "not_found");
    const fifth = finalists[4]!;
    const swappedDay = ok(await api.call("POST", `${base}/swaps`, { as: admin, body: { submissionIds: [second!.submissionId, fifth], reason: "Kapal tiba pukul 10; tukar dengan slot terakhir." } }));
    expect(swappedDay.slots.map((s: { submissionId: string }) => s.submissionId)).toEqual([finalists[0], fifth, finalists[2], finalists[3], second!.submissionId]);
    expect(swappedDay.slots[1].status).toBe("assigned");
    expect(swappedDay.slots[4].status).toBe("assigned");
    expect(swappedDay.slots[0].status).toBe("confirmed");
  });

  it("shows investors the programme once published, nobody's reasons; others 404", async () => {
    const [investor, stranger] = await Promise.all([api.user("investor"), api.user("investor")]);
    ok(await api.call("PUT", `/competitions/${published.competitionId}/investors/${investor.sub}`, {
      as: admin, body: { name: "Yanti Lerik", organisation: "Flobamora Ventures", kind: "angel", ticket: { minIdr: 1, maxIdr: 2 }, sectors: ["kuliner"], email: "yanti@example.id" },
    }));
    const programme = ok(await api.call("GET", `/investing/competitions/${published.competitionId}/demo-day`, { as: investor }));
    expect(programme.slots).toHaveLength(5);
    expect(JSON.stringify(programme)).not.toContain("swapReason");
    refused(await api.call("GET", `/investing/competitions/${published.competitionId}/demo-day`, { as: stranger }), 404, "not_found");
    refused(await api.call("GET", `/investing/competitions/${randomUUID()}/demo-day`, { as: investor }), 404, "not_found");
  });
});
