import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pitchingOrder, pitchSlotTimes, slotsToAnnounce, swapped, type DemoDayPlan, type PitchSlot } from "../../shared/domain/demo-day.js";

const plan: DemoDayPlan = { date: "2027-03-10", startTime: "09:00", timeZone: "Asia/Makassar", pitchMinutes: 7, qaMinutes: 5, bufferMinutes: 3, breaks: [] };

describe("pitch slot times", () => {
  it("start at the event's local time in its zone, one slot (pitch and questions) after another with the buffer between", () => {
    // 09:00 WITA = 01:00 UTC; 7 + 5 minutes a slot, 3 between: 01:00–01:12, 01:15–01:27
    expect(pitchSlotTimes(plan, 2)).toEqual([
      { startsAt: "2027-03-10T01:00:00.000Z", endsAt: "2027-03-10T01:12:00.000Z" },
      { startsAt: "2027-03-10T01:15:00.000Z", endsAt: "2027-03-10T01:27:00.000Z" },
    ]);
  });

  it("read the zone as a fixed offset (WIB +7, WIT +9) and put a break after the slot it names", () => {
    expect(pitchSlotTimes({ ...plan, timeZone: "Asia/Jakarta" }, 1)[0]!.startsAt).toBe("2027-03-10T02:00:00.000Z");
    expect(pitchSlotTimes({ ...plan, timeZone: "Asia/Jayapura", startTime: "08:30" }, 1)[0]!.startsAt).toBe("2027-03-09T23:30:00.000Z");
    // a 20-minute break after the first slot instead of the 3-minute buffer: the second starts 01:32
    expect(pitchSlotTimes({ ...plan, breaks: [{ afterSlot: 1, minutes: 20 }] }, 2)[1]!.startsAt).toBe("2027-03-10T01:32:00.000Z");
    // after the second only: the buffer first (01:15), then the break (01:27 + 20 = 01:47)
    expect(pitchSlotTimes({ ...plan, breaks: [{ afterSlot: 2, minutes: 20 }] }, 3).map((slot) => slot.startsAt.slice(11, 16))).toEqual(["01:00", "01:15", "01:47"]);
  });

  it("never overlap", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 3, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (count, pitch, qa, buffer) => {
      const slots = pitchSlotTimes({ ...plan, pitchMinutes: pitch, qaMinutes: qa, bufferMinutes: buffer }, count);
      expect(slots).toHaveLength(count);
      for (let i = 1; i < slots.length; i++) expect(slots[i]!.startsAt >= slots[i - 1]!.endsAt).toBe(true);
    }), { seed: 2027 });
  });
});

describe("the pitching order", () => {
  const ranked = ["a", "b", "c", "d", "e"];

  it("is the rank order, or a permutation the seed decides: the same seed, the same order", () => {
    expect(pitchingOrder(ranked, "rank")).toEqual(ranked);
    expect(pitchingOrder(ranked, "random", 7)).toEqual(pitchingOrder(ranked, "random", 7));
    // the order a seed gives is part of the record: an organiser who says "seed 7" gets this, on any machine
    expect(pitchingOrder(ranked, "random", 7)).toEqual(["d", "b", "c", "e", "a"]);
    expect(new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => pitchingOrder(ranked, "random", seed).join(""))).size).toBeGreaterThan(1);
    fc.assert(fc.property(fc.uniqueArray(fc.string(), { maxLength: 12 }), fc.nat(), (ids, seed) => {
      expect([...pitchingOrder(ids, "random", seed)].sort()).toEqual([...ids].sort());
    }), { seed: 2027 });
  });
});

describe("a swap", () => {
  const slots: PitchSlot[] = ["a", "b", "c"].map((id, i) => ({ startsAt: `t${i}`, endsAt: `u${i}`, submissionId: id, status: "confirmed" }));

  it("trades two finalists' times, asks both to confirm again, and leaves the others", () => {
    const after = swapped(slots, "a", "c");
    expect(after.map((s) => [s.startsAt, s.submissionId, s.status])).toEqual([["t0", "c", "assigned"], ["t1", "b", "confirmed"], ["t2", "a", "assigned"]]);
    // every finalist still holds exactly one slot
    expect(after.map((s) => s.submissionId).sort()).toEqual(["a", "b", "c"]);
  });
});

describe("slots to announce", () => {
  const slot = (submissionId: string, startsAt: string, status: PitchSlot["status"] = "assigned"): PitchSlot => ({ submissionId, startsAt, endsAt: startsAt, status });
  it("are every slot at first, then only those whose finalist has a new time", () => {
    const first = [slot("a", "01:00"), slot("b", "01:15")];
    expect(slotsToAnnounce(undefined, first)).toEqual(first);
    expect(slotsToAnnounce(first, [slot("a", "01:00", "confirmed"), slot("b", "01:15", "swap_requested")])).toEqual([]);
    expect(slotsToAnnounce(first, swapped(first, "a", "b"))).toEqual([slot("b", "01:00"), slot("a", "01:15")]);
    expect(slotsToAnnounce(first, [slot("a", "02:00"), slot("b", "01:15")])).toEqual([slot("a", "02:00")]);
  });
});
