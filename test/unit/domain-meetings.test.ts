import { describe, expect, it } from "vitest";
import {
  awaitsAnnouncement, isKept, meetingInputOf, meetingNotice, planKeepsMeetings, meetingSlots, meetingStatus, roomsOf, sharesContacts, weightsOf, type MeetingsPlan, type MeetingState,
} from "../../shared/domain/meetings.js";

const plan: MeetingsPlan = {
  date: "2027-03-10", startTime: "13:00", timeZone: "Asia/Makassar", slotMinutes: 20, gapMinutes: 5, slotCount: 3,
  rooms: [{ name: "Meja 1" }, { name: "Meja 2" }], investorCap: 2, finalistCap: 3,
};

const meeting = (fields: Partial<MeetingState & { proposedAt: string }> = {}): MeetingState & { proposedAt: string } => ({
  investorId: "i1", submissionId: "f1", slotId: "s1", room: "Meja 1", proposedAt: "2027-03-01T00:00:00.000Z", ...fields,
});

describe("meeting slots", () => {
  it("follow one another from the first meeting, in UTC from the event's zone", () => {
    expect(meetingSlots(plan)).toEqual([
      { slotId: "s1", startsAt: "2027-03-10T05:00:00.000Z", endsAt: "2027-03-10T05:20:00.000Z" },
      { slotId: "s2", startsAt: "2027-03-10T05:25:00.000Z", endsAt: "2027-03-10T05:45:00.000Z" },
      { slotId: "s3", startsAt: "2027-03-10T05:50:00.000Z", endsAt: "2027-03-10T06:10:00.000Z" },
    ]);
    expect(meetingSlots({ ...plan, timeZone: "Asia/Jakarta", gapMinutes: 0, slotCount: 2 }).map((s) => s.startsAt)).toEqual(["2027-03-10T06:00:00.000Z", "2027-03-10T06:20:00.000Z"]);
  });
});

describe("an investor's ranking", () => {
  it("weighs the first choice as many as there are finalists, one less each place after, never below one", () => {
    expect(weightsOf(["a", "b", "c"], 5)).toEqual({ a: 5, b: 4, c: 3 });
    expect(weightsOf(["a", "b", "c"], 2)).toEqual({ a: 2, b: 1, c: 1 });
    expect(weightsOf([], 5)).toEqual({});
  });
});

describe("a meeting's state", () => {
  it("is proposed until both accept, declined when either declines, cancelled above all", () => {
    expect(meetingStatus(meeting())).toBe("proposed");
    expect(meetingStatus(meeting({ investorAnswer: "accepted" }))).toBe("proposed");
    expect(meetingStatus(meeting({ finalistAnswer: "accepted" }))).toBe("proposed");
    expect(meetingStatus(meeting({ investorAnswer: "accepted", finalistAnswer: "accepted" }))).toBe("confirmed");
    expect(meetingStatus(meeting({ investorAnswer: "accepted", finalistAnswer: "declined" }))).toBe("declined");
    expect(meetingStatus(meeting({ investorAnswer: "declined" }))).toBe("declined");
    expect(meetingStatus(meeting({ investorAnswer: "accepted", finalistAnswer: "accepted", cancelledBecause: "unavailable" }))).toBe("cancelled");
  });

  it("is kept on a re-run once someone accepted and nobody declined; contacts only when both accepted", () => {
    expect([meeting(), meeting({ finalistAnswer: "accepted" }), meeting({ investorAnswer: "accepted", finalistAnswer: "declined" }), meeting({ investorAnswer: "accepted", cancelledBecause: "clash" })].map(isKept))
      .toEqual([false, true, false, false]);
    expect(sharesContacts(meeting({ investorAnswer: "accepted" }))).toBe(false);
    expect(sharesContacts(meeting({ investorAnswer: "accepted", finalistAnswer: "accepted" }))).toBe(true);
  });
});

describe("the scheduler's input", () => {
  it("takes the rankings as weights, leaves declined pairs out, keeps accepted meetings and passes unanswered proposals", () => {
    const input = meetingInputOf(plan, ["f1", "f2"], [{ investorId: "i1", ranked: ["f2", "f1"], available: ["s1", "s2"] }, { investorId: "i2", ranked: ["f1"], available: ["s3"] }],
      new Map([["f1", ["s1"]]]), [meeting({ investorId: "i2", submissionId: "f1", finalistAnswer: "declined" }), meeting({ submissionId: "f2", slotId: "s2", investorAnswer: "accepted" }), meeting({ slotId: "s1" })]);
    expect(input).toEqual({
      slots: ["s1", "s2", "s3"],
      rooms: { s1: 2, s2: 2, s3: 2 },
      investors: { i1: { cap: 2, available: ["s1", "s2"], prefs: { f2: 2, f1: 1 } }, i2: { cap: 2, available: ["s3"], prefs: {} } },
      // f2 said nothing: free all day
      finalists: { f1: { cap: 3, available: ["s1"] }, f2: { cap: 3, available: ["s1", "s2", "s3"] } },
      confirmed: [["i1", "f2", "s2"]],
      proposed: [["i1", "f1", "s1"]],
    });
    expect(meetingInputOf({ ...plan, finalistFloor: 1 }, ["f1"], [], new Map(), []).finalists).toEqual({ f1: { cap: 3, available: ["s1", "s2", "s3"], floor: 1 } });
  });
});

describe("rooms", () => {
  it("stay with a kept meeting and fill in the plan's order for the others, never twice in a slot", () => {
    const kept = meeting({ investorId: "i2", slotId: "s1", room: "Meja 2", investorAnswer: "accepted" });
    expect(roomsOf([["i1", "f1", "s1"], ["i2", "f1", "s1"], ["i3", "f2", "s2"]], [kept], plan.rooms)).toEqual(["Meja 1", "Meja 2", "Meja 1"]);
    // a room the plan no longer has is replaced; an unanswered proposal keeps its room unless an accepted meeting holds it
    expect(roomsOf([["i2", "f1", "s1"]], [{ ...kept, room: "Aula" }], plan.rooms)).toEqual(["Meja 1"]);
    expect(roomsOf([["i1", "f1", "s1"], ["i2", "f1", "s1"]], [meeting({ investorId: "i2", room: "Meja 2" })], plan.rooms)).toEqual(["Meja 1", "Meja 2"]);
    expect(roomsOf([["i1", "f1", "s1"], ["i2", "f1", "s1"]], [meeting({ investorId: "i2", room: "Meja 1" })], plan.rooms)).toEqual(["Meja 2", "Meja 1"]);
    expect(roomsOf([["i1", "f1", "s1"], ["i2", "f1", "s1"]], [meeting({ investorId: "i2", room: "Meja 1" }), meeting({ room: "Meja 1", investorAnswer: "accepted" })], plan.rooms)).toEqual(["Meja 1", "Meja 2"]);
    // the accepted meeting wins its room even when the proposal comes first
    expect(roomsOf([["i2", "f1", "s1"], ["i1", "f1", "s1"]], [meeting({ investorId: "i2", room: "Meja 1" }), meeting({ room: "Meja 1", investorAnswer: "accepted" })], plan.rooms)).toEqual(["Meja 2", "Meja 1"]);
    // a proposal that moved to another slot holds nothing there
    expect(roomsOf([["i1", "f1", "s1"], ["i2", "f1", "s1"]], [meeting({ investorId: "i2", slotId: "s2", room: "Meja 1" })], plan.rooms)).toEqual(["Meja 1", "Meja 2"]);
  });
});

describe("what a change tells both sides", () => {
  it("a confirmation, a decline, a cancellation (also of a proposal taken back); nothing for a proposal, a room or a first yes", () => {
    expect(meetingNotice(undefined, meeting())).toBeUndefined();
    expect(meetingNotice(meeting(), meeting({ slotId: "s2" }))).toBeUndefined();
    expect(meetingNotice(meeting(), meeting({ room: "Meja 2" }))).toBeUndefined();
    expect(meetingNotice(meeting(), meeting({ investorAnswer: "accepted" }))).toBeUndefined();
    expect(meetingNotice(meeting({ investorAnswer: "accepted" }), meeting({ investorAnswer: "accepted", finalistAnswer: "accepted" }))).toBe("confirmed");
    expect(meetingNotice(meeting({ investorAnswer: "accepted", finalistAnswer: "accepted" }), meeting({ investorAnswer: "accepted", finalistAnswer: "accepted", room: "Meja 2" }))).toBeUndefined();
    expect(meetingNotice(meeting(), meeting({ finalistAnswer: "declined" }))).toBe("declined");
    expect(meetingNotice(meeting({ investorAnswer: "accepted", finalistAnswer: "accepted" }), meeting({ investorAnswer: "declined", finalistAnswer: "accepted" }))).toBe("declined");
    expect(meetingNotice(meeting({ finalistAnswer: "declined" }), meeting({ finalistAnswer: "declined", investorAnswer: "declined" }))).toBeUndefined();
    expect(meetingNotice(meeting({ investorAnswer: "accepted" }), meeting({ investorAnswer: "accepted", cancelledBecause: "unavailable" }))).toBe("cancelled");
    expect(meetingNotice(meeting(), undefined)).toBe("cancelled");
    expect(meetingNotice(meeting({ investorAnswer: "accepted", finalistAnswer: "accepted" }), undefined)).toBe("cancelled");
    expect(meetingNotice(meeting({ finalistAnswer: "declined" }), undefined)).toBeUndefined();
    expect(meetingNotice(undefined, undefined)).toBeUndefined();
  });

  it("announces a proposal once, and again when it moves or is made again", () => {
    expect(awaitsAnnouncement(meeting())).toBe(true);
    expect(awaitsAnnouncement({ ...meeting(), announcedAt: "2027-03-01T00:00:00.000Z" })).toBe(false);
    expect(awaitsAnnouncement({ ...meeting({ proposedAt: "2027-03-02T00:00:00.000Z" }), announcedAt: "2027-03-01T00:00:00.000Z" })).toBe(true);
    expect(awaitsAnnouncement(meeting({ finalistAnswer: "declined" }))).toBe(false);
    expect(awaitsAnnouncement(meeting({ investorAnswer: "accepted", finalistAnswer: "accepted" }))).toBe(false);
  });
});

describe("a new plan once meetings are proposed", () => {
  const proposed = [meeting({ slotId: "s2", room: "Meja 2" }), meeting({ investorId: "i2", slotId: "s1", room: "Meja 1", investorAnswer: "accepted", finalistAnswer: "accepted" })];
  it("may add slots and rooms and change the caps", () => {
    expect(planKeepsMeetings(plan, { ...plan, slotCount: 5, rooms: [...plan.rooms, { name: "Aula" }], investorCap: 4, finalistCap: 1, finalistFloor: 1 }, proposed)).toBe(true);
    expect(planKeepsMeetings(plan, { ...plan, rooms: [{ name: "Meja 2", onlineUrl: "https://meet.example.id/2" }, { name: "Meja 1" }] }, proposed)).toBe(true);
  });

  it("may not move a time, nor take away a slot or a room a meeting is in", () => {
    for (const moved of [{ date: "2027-03-11" }, { startTime: "13:30" }, { timeZone: "Asia/Jakarta" as const }, { slotMinutes: 30 }, { gapMinutes: 0 }, { slotCount: 1 }, { rooms: [{ name: "Meja 1" }] }, { rooms: [{ name: "Meja 2" }] }]) {
      expect(planKeepsMeetings(plan, { ...plan, ...moved }, proposed), JSON.stringify(moved)).toBe(false);
    }
    // a slot or room only a declined or cancelled meeting was in may go, and without meetings anything may change
    const gone = [meeting({ slotId: "s3", room: "Meja 2", finalistAnswer: "declined" }), meeting({ investorId: "i2", slotId: "s3", room: "Meja 2", investorAnswer: "accepted", cancelledBecause: "clash" })];
    expect(planKeepsMeetings(plan, { ...plan, slotCount: 2, rooms: [{ name: "Meja 1" }] }, [...gone, meeting({ slotId: "s1", room: "Meja 1" })])).toBe(true);
    expect(planKeepsMeetings(plan, { ...plan, startTime: "08:00", slotCount: 1, rooms: [{ name: "Aula" }] }, gone)).toBe(true);
    expect(planKeepsMeetings(plan, { ...plan, startTime: "08:00" }, [])).toBe(true);
  });
});
