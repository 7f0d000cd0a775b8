import { describe, expect, it } from "vitest";
import {
  Bookings, fewestFinalistMeetings, floorsMet, greedySchedule, investorsMet, planMeetings, rosterOf, scheduleOf, scheduleProblems,
  unmetReason, unmetReasonHolds,
  type Meeting, type MeetingInput, type MeetingSchedule,
} from "../../shared/domain/meeting-schedule.js";

// The pure half of the investor meetings, without the solver: test/unit/meeting-schedule.test.ts uses
// scheduleProblems as the judge of every solver result, so here the checker itself must catch each way a
// schedule can break the rules, and the reasons and the baseline must say what is true.

const input: MeetingInput = {
  slots: ["t1", "t2"],
  rooms: { t1: 1, t2: 2 },
  investors: {
    i1: { cap: 2, available: ["t1", "t2"], prefs: { f1: 5, f2: 3 } },
    i2: { cap: 1, available: ["t2"], prefs: { f1: 4, f3: 2 } },
  },
  finalists: {
    f1: { cap: 2, available: ["t1", "t2"], floor: 2 },
    f2: { cap: 1, available: ["t2"] },
  },
};
const valid: MeetingSchedule = {
  total: 12,
  meetings: [["i1", "f1", "t1"], ["i1", "f2", "t2"], ["i2", "f1", "t2"]],
  unmet: [{ investor: "i2", finalist: "f3", code: "not_a_finalist", reason: "f3 is not among the finalists (withdrawn or not selected)." }],
  dropped: [],
  belowFloor: [],
};
const codes = (i: MeetingInput, schedule: MeetingSchedule) => scheduleProblems(i, schedule).map((p) => `${p.code} ${p.subject}`);

describe("the check of a schedule", () => {
  it("finds nothing wrong with a schedule that keeps every rule", () => {
    expect(codes(input, valid)).toEqual([]);
  });

  it("finds an investor and a finalist in two meetings at once, and a slot over its rooms", () => {
    // i1 meets f2 at t1 beside its meeting with f1 (f2 is not available then, either)
    const investorTwice: MeetingSchedule = { ...valid, total: 15, meetings: [["i1", "f1", "t1"], ["i1", "f2", "t1"], ["i2", "f1", "t2"]] };
    expect(codes(input, investorTwice)).toEqual(["finalist_unavailable i1 → f2 @ t1", "investor_double_booked i1 @ t1", "rooms_over t1", "wrong_total 15"]);
    const finalistTwice: MeetingSchedule = { ...valid, meetings: [["i1", "f1", "t2"], ["i1", "f2", "t2"], ["i2", "f1", "t2"]] };
    expect(codes(input, finalistTwice)).toEqual(["investor_double_booked i1 @ t2", "finalist_double_booked f1 @ t2", "rooms_over t2"]);
  });

  it("finds a side over its cap, and a pair that meets twice", () => {
    const roomy: MeetingInput = { ...input, rooms: { t1: 5, t2: 5 } };
    const capped: MeetingInput = { ...roomy, investors: { ...input.investors, i1: { ...input.investors.i1!, cap: 1 } } };
    expect(codes(capped, valid)).toEqual(["investor_over_cap i1"]);
    const twice: MeetingSchedule = { ...valid, total: 17, meetings: [["i1", "f1", "t1"], ["i1", "f1", "t2"], ["i2", "f1", "t2"]], unmet: [...valid.unmet] };
    const problems = codes(roomy, twice);
    expect(problems).toContain("pair_twice i1 → f1");
    expect(problems).toContain("finalist_double_booked f1 @ t2");
    expect(problems).toContain("finalist_over_cap f1");
  });

  it("finds a meeting at a time a side is not available, and one nobody asked for", () => {
    // i2 → f1 moved to t1, where i2 is away
    expect(codes(input, { ...valid, meetings: [["i1", "f1", "t1"], ["i2", "f1", "t1"], ["i1", "f2", "t2"]] }))
      .toEqual(["investor_unavailable i2 → f1 @ t1", "finalist_double_booked f1 @ t1", "rooms_over t1"]);
    const unasked: MeetingSchedule = { ...valid, meetings: [...valid.meetings, ["i2", "f2", "t2"]] };
    expect(codes(input, unasked)).toEqual(["not_preferred i2 → f2 @ t2", "investor_double_booked i2 @ t2", "finalist_double_booked f2 @ t2", "rooms_over t2", "investor_over_cap i2", "finalist_over_cap f2"]);
  });

  it("finds meetings out of order: slot order first, then investor, then finalist", () => {
    expect(codes(input, { ...valid, meetings: [["i2", "f1", "t2"], ["i1", "f1", "t1"], ["i1", "f2", "t2"]] }))
      .toEqual(["not_sorted i1 → f1 @ t1"]);
    expect(codes({ ...input, slots: ["t2", "t1"] }, valid)).toEqual(["not_sorted i1 → f2 @ t2"]);
  });

  it("finds meetings naming an investor, finalist or slot the input does not have", () => {
    const unknown: MeetingSchedule = { ...valid, meetings: [...valid.meetings, ["i9", "f9", "t9"]] };
    expect(codes(input, unknown)).toEqual(["unknown_investor i9 → f9 @ t9", "unknown_finalist i9 → f9 @ t9", "unknown_slot i9 → f9 @ t9", "rooms_over t9", "investor_over_cap i9", "finalist_over_cap f9"]);
  });

  it("finds a wrong total, a request left unreported, a met one reported, and a reason that does not hold", () => {
    expect(codes(input, { ...valid, total: 11 })).toEqual(["wrong_total 11"]);
    expect(codes(input, { ...valid, unmet: [] })).toEqual(["unmet_not_reported i2 → f3"]);
    const metReported = { ...valid, unmet: [{ investor: "i1", finalist: "f1", code: "investor_cap" as const, reason: "" }, ...valid.unmet] };
    expect(codes(input, metReported)).toEqual(["unmet_wrongly i1 → f1"]);
    const wrong = { ...valid, unmet: [{ ...valid.unmet[0]!, code: "no_common_time" as const }] };
    expect(codes(input, wrong)).toEqual(["wrong_reason i2 → f3"]);
    expect(codes(input, { ...valid, unmet: [valid.unmet[0]!, valid.unmet[0]!] })).toEqual(["not_sorted unmet"]);
  });

  it("finds a finalist below its floor not listed, or listed wrongly", () => {
    const short: MeetingSchedule = {
      ...valid, total: 7, meetings: [["i1", "f2", "t2"], ["i2", "f1", "t2"]],
      unmet: [{ investor: "i1", finalist: "f1", code: "not_chosen", reason: "" }, valid.unmet[0]!],
    };
    expect(codes(input, short)).toEqual(["below_floor_wrong f1"]);
    expect(codes(input, { ...short, belowFloor: [{ finalist: "f1", floor: 2, meetings: 1 }] })).toEqual([]);
    expect(codes(input, { ...valid, belowFloor: [{ finalist: "f2", floor: 1, meetings: 1 }] })).toEqual(["below_floor_wrong f2"]);
  });

  it("finds a confirmed meeting dropped while it still fits, and one dropped for a reason that does not hold", () => {
    const confirmed: MeetingInput = { ...input, confirmed: [["i1", "f1", "t2"]] };
    // valid has i1 → f1 at t1, not the confirmed t2
    expect(codes(confirmed, valid)).toEqual(["confirmed_dropped i1 → f1 @ t2"]);
    const claimed = { ...valid, dropped: [{ investor: "i1", finalist: "f1", slot: "t2", code: "unavailable" as const, reason: "" }] };
    expect(codes(confirmed, claimed)).toEqual(["confirmed_dropped i1 → f1 @ t2"]);
    // i2 at t2 is away after all: then the drop is justified, but "clash" is not the reason
    const away: MeetingInput = { ...input, confirmed: [["i2", "f1", "t1"]] };
    expect(codes(away, valid)).toEqual(["confirmed_dropped i2 → f1 @ t1"]);
    expect(codes(away, { ...valid, dropped: [{ investor: "i2", finalist: "f1", slot: "t1", code: "unavailable", reason: "" }] })).toEqual([]);
    expect(codes(away, { ...valid, dropped: [{ investor: "i2", finalist: "f1", slot: "t1", code: "clash", reason: "" }] })).toEqual(["wrong_reason i2 → f1 @ t1"]);
    // a meeting listed as dropped that was never confirmed, or that is in the schedule
    expect(codes(input, { ...valid, dropped: [{ investor: "i1", finalist: "f1", slot: "t1", code: "clash", reason: "" }] })).toEqual(["dropped_wrongly i1 → f1 @ t1"]);
  });
});

describe("the plan", () => {
  it("lists every meeting that may happen, by investor, finalist and slot order, whatever order the keys came in", () => {
    const reordered: MeetingInput = {
      slots: ["t1", "t2"],
      rooms: { t2: 2, t1: 1 },
      investors: { i2: { cap: 1, available: ["t2"], prefs: { f3: 2, f1: 4 } }, i1: { cap: 2, available: ["t2", "t1"], prefs: { f2: 3, f1: 5 } } },
      finalists: { f2: { cap: 1, available: ["t2"] }, f1: { cap: 2, available: ["t2", "t1"], floor: 2 } },
    };
    const possible = (i: MeetingInput) => planMeetings(i).possible.map((m) => `${m.investor} ${m.finalist} ${m.slot} ${m.weight}`);
    expect(possible(input)).toEqual(["i1 f1 t1 5", "i1 f1 t2 5", "i1 f2 t2 3", "i2 f1 t2 4"]);
    expect(possible(reordered)).toEqual(possible(input));
    // slots keep their given order: it is the order of time
    expect(possible({ ...input, slots: ["t2", "t1"] })).toEqual(["i1 f1 t2 5", "i1 f1 t1 5", "i1 f2 t2 3", "i2 f1 t2 4"]);
  });

  it("leaves out weight 0, slots without rooms, and sides with cap 0", () => {
    const trimmed: MeetingInput = {
      ...input,
      rooms: { t1: 0, t2: 2 },
      investors: { ...input.investors, i1: { cap: 2, available: ["t1", "t2"], prefs: { f1: 5, f2: 0 } } },
      finalists: { ...input.finalists, f2: { cap: 0, available: ["t2"] } },
    };
    expect(planMeetings(trimmed).possible.map((m) => `${m.investor} ${m.finalist} ${m.slot}`)).toEqual(["i1 f1 t2", "i2 f1 t2"]);
  });

  it("refuses a slot listed twice", () => {
    expect(() => planMeetings({ ...input, slots: ["t1", "t1"] })).toThrow("the slot t1 appears twice");
  });

  it("keeps a floor no higher than the cap", () => {
    expect(rosterOf({ ...input, finalists: { f1: { cap: 1, available: [], floor: 3 } } }).finalists.get("f1")?.floor).toBe(1);
  });
});

describe("confirmed meetings", () => {
  const dropped = (confirmed: Meeting[], change: Partial<MeetingInput> = {}) =>
    planMeetings({ ...input, ...change, confirmed }).dropped.map((d) => `${d.code} ${d.investor} ${d.finalist} ${d.slot}`);

  it("stay when they still can happen", () => {
    const plan = planMeetings({ ...input, confirmed: [["i2", "f1", "t2"], ["i1", "f1", "t1"]] });
    expect(plan.dropped).toEqual([]);
    expect(plan.confirmed.map((p) => plan.possible[p]).map((m) => `${m?.investor} ${m?.finalist} ${m?.slot}`)).toEqual(["i1 f1 t1", "i2 f1 t2"]);
  });

  it("are dropped when they name someone or a slot no longer there, or the investor no longer asks", () => {
    expect(dropped([["i9", "f1", "t1"], ["i1", "f9", "t1"], ["i1", "f1", "t9"], ["i2", "f2", "t2"]]))
      .toEqual(["unknown i1 f9 t1", "unknown i9 f1 t1", "not_preferred i2 f2 t2", "unknown i1 f1 t9"]);
  });

  it("are dropped when a side is no longer available, and the reason names who", () => {
    const plan = planMeetings({ ...input, confirmed: [["i2", "f2", "t1"]], investors: { ...input.investors, i2: { cap: 1, available: ["t2"], prefs: { f2: 1 } } } });
    expect(plan.dropped).toEqual([{ investor: "i2", finalist: "f2", slot: "t1", code: "unavailable", reason: "No longer available at t1: i2, f2." }]);
  });

  it("that clash are kept in slot order: the later one goes when a cap, the rooms or both sides' time no longer allow both", () => {
    const lowered = (cap: number): Partial<MeetingInput> => ({ investors: { ...input.investors, i1: { ...input.investors.i1!, cap } } });
    expect(dropped([["i1", "f2", "t2"], ["i1", "f1", "t1"]], lowered(1))).toEqual(["clash i1 f2 t2"]);
    expect(dropped([["i1", "f1", "t2"], ["i2", "f1", "t2"]], { rooms: { t1: 1, t2: 1 } })).toEqual(["clash i2 f1 t2"]);
    expect(dropped([["i1", "f1", "t2"], ["i1", "f2", "t2"]])).toEqual(["clash i1 f2 t2"]);
    expect(dropped([["i1", "f1", "t2"], ["i1", "f1", "t1"]])).toEqual(["clash i1 f1 t2"]);
    // the same meeting twice is one meeting
    expect(dropped([["i1", "f1", "t1"], ["i1", "f1", "t1"]])).toEqual([]);
  });
});

describe("reasons for a request not met", () => {
  const roster = rosterOf(input);
  const reason = (meetings: Meeting[], investorId: string, finalistId: string, i: MeetingInput = input) =>
    unmetReason(rosterOf(i), new Bookings(meetings), investorId, finalistId);

  it("say when the finalist is not a finalist, or the two are never available together", () => {
    expect(reason([], "i2", "f3")).toEqual({ code: "not_a_finalist", reason: "f3 is not among the finalists (withdrawn or not selected)." });
    const apart: MeetingInput = { ...input, investors: { ...input.investors, i2: { cap: 1, available: ["t1"], prefs: { f2: 4 } } } };
    expect(reason([], "i2", "f2", apart)).toEqual({ code: "no_common_time", reason: "i2 and f2 are never available at the same time." });
  });

  it("say when a side has its maximum, investor first", () => {
    expect(reason([["i2", "f1", "t2"]], "i2", "f3", { ...input, finalists: { ...input.finalists, f3: { cap: 1, available: ["t2"] } } }))
      .toEqual({ code: "investor_cap", reason: "i2 already has 1 meeting(s), their maximum." });
    expect(reason([["i2", "f2", "t2"]], "i1", "f2")).toEqual({ code: "finalist_cap", reason: "f2 already has 1 meeting(s), their maximum." });
  });

  it("say when every room is taken at each common time, or a side is busy at each", () => {
    expect(reason([["i2", "f2", "t1"], ["i2", "f1", "t2"], ["i1", "f2", "t2"]], "i1", "f1", { ...input, rooms: { t1: 1, t2: 2 } }))
      .toEqual({ code: "rooms_full", reason: "Every room is taken at each time both are available (t1, t2)." });
    expect(reason([["i1", "f2", "t2"]], "i2", "f2", { ...input, finalists: { ...input.finalists, f2: { cap: 3, available: ["t2"] } }, investors: { ...input.investors, i2: { cap: 1, available: ["t2"], prefs: { f2: 1 } } } }))
      .toEqual({ code: "times_taken", reason: "At each time both are available (t2), i2 or f2 already has another meeting, or every room is taken." });
  });

  it("say when the meeting would still fit, naming the first slot where it does", () => {
    expect(reason([], "i1", "f1")).toEqual({ code: "not_chosen", reason: "This meeting would still fit at t1 but is not scheduled." });
  });

  it("hold only when true: each code is checked against the schedule", () => {
    const none = new Bookings();
    expect(unmetReasonHolds(roster, none, "i1", "f1", "not_a_finalist")).toBe(false);
    expect(unmetReasonHolds(roster, none, "i1", "f1", "investor_cap")).toBe(false);
    expect(unmetReasonHolds(roster, none, "i1", "f1", "rooms_full")).toBe(false);
    expect(unmetReasonHolds(roster, none, "i1", "f1", "times_taken")).toBe(false);
    expect(unmetReasonHolds(roster, new Bookings([["i2", "f2", "t1"]]), "i1", "f1", "times_taken")).toBe(false);
    expect(unmetReasonHolds(roster, new Bookings([["i2", "f2", "t1"], ["i1", "f2", "t2"]]), "i1", "f1", "times_taken")).toBe(true);
    expect(unmetReasonHolds(roster, none, "i9", "f1", "not_a_finalist")).toBe(false);
  });
});

describe("the greedy baseline", () => {
  it("serves investors in input order, each by descending weight, each at the earliest free slot", () => {
    const fcfs: MeetingInput = {
      slots: ["t1", "t2"],
      rooms: { t1: 5, t2: 5 },
      // i2 comes first in the input and takes f1 at t1; i1 then takes f1 at t2 and its lighter f2 at t1
      investors: { i2: { cap: 2, available: ["t1", "t2"], prefs: { f1: 2 } }, i1: { cap: 2, available: ["t1", "t2"], prefs: { f2: 1, f1: 4 } } },
      finalists: { f1: { cap: 2, available: ["t1", "t2"] }, f2: { cap: 2, available: ["t1", "t2"] } },
    };
    const schedule = greedySchedule(fcfs);
    expect(schedule.meetings).toEqual([["i1", "f2", "t1"], ["i2", "f1", "t1"], ["i1", "f1", "t2"]]);
    expect(schedule.total).toBe(7);
    expect(scheduleProblems(fcfs, schedule)).toEqual([]);
  });

  it("keeps the confirmed meetings first and respects caps and rooms", () => {
    const schedule = greedySchedule({ ...input, confirmed: [["i2", "f1", "t2"]] });
    expect(schedule.meetings).toEqual([["i1", "f1", "t1"], ["i1", "f2", "t2"], ["i2", "f1", "t2"]]);
    expect(scheduleProblems({ ...input, confirmed: [["i2", "f1", "t2"]] }, schedule)).toEqual([]);
    expect(greedySchedule(input)).toEqual(valid);
  });
});

describe("measures", () => {
  it("count the floors met, the investors with a meeting and the fewest meetings of a finalist", () => {
    expect(floorsMet(input, valid)).toBe(2);
    expect(investorsMet(valid)).toBe(2);
    expect(fewestFinalistMeetings(input, valid)).toBe(1);
    expect(fewestFinalistMeetings({ ...input, finalists: {} }, valid)).toBe(0);
    const plan = planMeetings(input);
    expect(floorsMet(input, scheduleOf(plan, [0]))).toBe(1);
  });
});
