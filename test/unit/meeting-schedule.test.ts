import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  floorsMet, greedySchedule, planMeetings, scheduleProblems,
  type Meeting, type MeetingInput, type MeetingInvestor, type MeetingSchedule,
} from "../../shared/domain/meeting-schedule.js";
import { scheduleMeetings } from "../../shared/solver/meeting-schedule.js";

// Every property is seeded so a failure reproduces; events are small so the file stays within seconds.
const check = <T>(property: fc.IAsyncProperty<T>, numRuns = 60) => fc.assert(property, { seed: 20270109, numRuns });

interface Shape {
  investors: number;
  finalists: number;
  slots: number;
  floors: boolean;
  /** The most rooms per slot and meetings per investor: 3 unless scarcer. */
  most?: number;
}

/** Mostly a value in [min, max], now and then 0: a slot without rooms, a side that takes no meeting, no request. */
const mostly = (min: number, max: number) => fc.oneof({ arbitrary: fc.integer({ min, max }), weight: 5 }, { arbitrary: fc.constant(0), weight: 1 });

/**
 * Random events of a given size: rooms 1–3 per slot, caps 1–3 (investors) and 1–4 (finalists), weights 1–5,
 * each now and then 0; each side available in about 80 % of the slots; a weight for every finalist and for
 * one who withdrew ("f-gone"); floors 1–3 for some finalists when `floors`.
 */
function event({ investors, finalists, slots, floors, most = 3 }: Shape): fc.Arbitrary<MeetingInput> {
  const available = fc.array(fc.integer({ min: 0, max: 9 }).map((n) => n < 8), { minLength: slots, maxLength: slots });
  // without bias: fast-check's small-value bias would make most events near-empty (no rooms, no availability)
  return fc
    .noBias(fc.record({
      slotCount: fc.integer({ min: Math.ceil(slots / 2), max: slots }),
      rooms: fc.array(mostly(1, most), { minLength: slots, maxLength: slots }),
      investors: fc.array(
        fc.record({ cap: mostly(1, most), available, prefs: fc.array(mostly(1, 5), { minLength: finalists + 1, maxLength: finalists + 1 }) }),
        // size "max": without it fast-check keeps arrays to about 10 items whatever maxLength says
        { minLength: Math.ceil(investors / 2), maxLength: investors, size: "max" },
      ),
      finalists: fc.array(
        fc.record({ cap: mostly(1, 4), available, floor: floors ? fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) : fc.constant(undefined) }),
        { minLength: Math.ceil(finalists / 2), maxLength: finalists, size: "max" },
      ),
    }))
    .map(({ slotCount, rooms, investors: investorList, finalists: finalistList }): MeetingInput => {
      const slotIds = Array.from({ length: slotCount }, (_, t) => `t${t + 1}`);
      const on = (flags: boolean[]) => slotIds.filter((_, t) => flags[t]);
      return {
        slots: slotIds,
        rooms: Object.fromEntries(slotIds.map((slot, t) => [slot, rooms[t]!])),
        investors: Object.fromEntries(investorList.map((investor, i) => [`i${i + 1}`, {
          cap: investor.cap,
          available: on(investor.available),
          prefs: Object.fromEntries(investor.prefs.map((weight, f) => [f < finalists ? `f${f + 1}` : "f-gone", weight])),
        }])),
        finalists: Object.fromEntries(finalistList.map((finalist, f) => [`f${f + 1}`, {
          cap: finalist.cap,
          available: on(finalist.available),
          ...(finalist.floor === undefined ? {} : { floor: finalist.floor }),
        }])),
      };
    });
}

/** Some confirmed meetings: possible ones, and a few that name a withdrawn investor or a gone slot. */
const withConfirmed = (events: fc.Arbitrary<MeetingInput>) =>
  events.chain((input) => {
    const possible: Meeting[] = planMeetings(input).possible.map((m) => [m.investor, m.finalist, m.slot]);
    const strays: Meeting[] = [["i-gone", "f1", "t1"], ["i1", "f1", "t-gone"]];
    return fc.subarray([...possible, ...strays], { maxLength: Math.min(6, possible.length + strays.length) }).map((confirmed): MeetingInput => ({ ...input, confirmed }));
  });

const tiny = (floors: boolean) => event({ investors: 4, finalists: 3, slots: 3, floors });
/** Few rooms and one meeting per investor: floors and weights pull apart. */
const scarce = event({ investors: 4, finalists: 3, slots: 3, floors: true, most: 1 });
const small = (floors: boolean) => event({ investors: 7, finalists: 4, slots: 4, floors });

/** mulberry32, for mutations and shuffles drawn from one fast-check integer. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The best (floor met, then weight) over every schedule of a tiny event, by enumeration, written apart from
 * the domain's bookkeeping: each possible meeting in or out, in if it breaks no rule; the confirmed that
 * stay are always in.
 */
function bruteForce(input: MeetingInput): { floors: number; total: number } {
  const plan = planMeetings(input);
  const { roster, possible } = plan;
  const fixed = new Set(plan.confirmed);
  const chosen: number[] = [];
  /** Whether possible meeting p can join the chosen ones without breaking a rule. */
  const fits = (p: number) => {
    const m = possible[p]!;
    const same = chosen.map((q) => possible[q]!);
    return !same.some((o) => o.slot === m.slot && (o.investor === m.investor || o.finalist === m.finalist))
      && !same.some((o) => o.investor === m.investor && o.finalist === m.finalist)
      && same.filter((o) => o.slot === m.slot).length < roster.rooms.get(m.slot)!
      && same.filter((o) => o.investor === m.investor).length < roster.investors.get(m.investor)!.cap
      && same.filter((o) => o.finalist === m.finalist).length < roster.finalists.get(m.finalist)!.cap;
  };
  let best = { floors: -1, total: -1 };
  const visit = (p: number): void => {
    if (p === possible.length) {
      let floors = 0;
      for (const finalist of roster.finalists.values()) floors += Math.min(finalist.floor, chosen.filter((q) => possible[q]!.finalist === finalist.id).length);
      const total = chosen.reduce((sum, q) => sum + possible[q]!.weight, 0);
      if (floors > best.floors || (floors === best.floors && total > best.total)) best = { floors, total };
      return;
    }
    if (!fixed.has(p) && fits(p)) {
      chosen.push(p);
      visit(p + 1);
      chosen.pop();
    }
    visit(p + 1);
  };
  for (const p of plan.confirmed) {
    if (!fits(p)) throw new Error("the confirmed meetings clash");
    chosen.push(p);
  }
  visit(0);
  return best;
}

/** The same event with every key order, availability list and the confirmed list shuffled. */
function shuffled(input: MeetingInput, seed: number): MeetingInput {
  const next = random(seed);
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  const record = <T, U>(r: Readonly<Record<string, T>>, f: (value: T) => U) => Object.fromEntries(shuffle(Object.entries(r)).map(([k, v]) => [k, f(v)]));
  return {
    slots: input.slots,
    rooms: record(input.rooms, (n) => n),
    investors: record(input.investors, (i) => ({ cap: i.cap, available: shuffle(i.available), prefs: record(i.prefs, (w) => w) })),
    finalists: record(input.finalists, (f) => ({ ...f, available: shuffle(f.available) })),
    confirmed: input.confirmed && shuffle(input.confirmed),
  };
}

const ruleBreaks = (input: MeetingInput, schedule: MeetingSchedule) => scheduleProblems(input, schedule);

describe("a schedule", () => {
  it("keeps every rule: nobody twice at once, rooms, caps, availability, each pair once, only requested pairs, true reasons", async () => {
    await check(fc.asyncProperty(withConfirmed(small(true)), async (input) => {
      const schedule = await scheduleMeetings(input);
      expect(ruleBreaks(input, schedule)).toEqual([]);
      expect(schedule.unmet.filter((u) => u.code === "not_chosen")).toEqual([]);
      expect(ruleBreaks(input, greedySchedule(input))).toEqual([]);
    }));
  });

  it("meets as much of the floors as any schedule can, then has the most weight, by enumeration on tiny events", async () => {
    const best = async (input: MeetingInput) => {
      const schedule = await scheduleMeetings(input);
      expect({ floors: floorsMet(input, schedule), total: schedule.total }).toEqual(bruteForce(input));
    };
    await check(fc.asyncProperty(withConfirmed(tiny(true)), best), 100);
    // where floors and weights pull apart: the floor must win every time, by exactly as much as it can
    await check(fc.asyncProperty(scarce, best), 150);
  });

  it("is never worse than first come, first served: more weight without floors", async () => {
    await check(fc.asyncProperty(small(false), async (input) => {
      expect((await scheduleMeetings(input)).total).toBeGreaterThanOrEqual(greedySchedule(input).total);
    }));
  });

  it("is never worse than first come, first served with floors: more floor met, and at equal floor more weight", async () => {
    await check(fc.asyncProperty(small(true), async (input) => {
      const exact = await scheduleMeetings(input);
      const greedy = greedySchedule(input);
      expect(floorsMet(input, exact)).toBeGreaterThanOrEqual(floorsMet(input, greedy));
      if (floorsMet(input, exact) === floorsMet(input, greedy)) expect(exact.total).toBeGreaterThanOrEqual(greedy.total);
    }));
  });
});

describe("determinism", () => {
  it("gives the same schedule for the same input, in whatever key order it comes", async () => {
    await check(fc.asyncProperty(withConfirmed(small(true)), fc.integer(), async (input, seed) => {
      const schedule = await scheduleMeetings(input);
      expect(await scheduleMeetings(input)).toEqual(schedule);
      expect(await scheduleMeetings(shuffled(input, seed))).toEqual(schedule);
    }), 40);
  });
});

describe("a re-run with confirmed meetings", () => {
  /**
   * After a first run, some of its meetings are confirmed; then weights change, availability shrinks
   * (never at a confirmed meeting's slot, for its two sides) and a newcomer wants every finalist badly.
   */
  function changed(input: MeetingInput, confirmed: readonly Meeting[], seed: number): MeetingInput {
    const next = random(seed);
    const keeps = (id: string, slot: string, side: 0 | 1) => confirmed.some((m) => m[side] === id && m[2] === slot);
    const investors: Record<string, MeetingInvestor> = {};
    for (const [id, investor] of Object.entries(input.investors)) {
      const prefs = Object.fromEntries(Object.keys(investor.prefs).map((f) => {
        const weight = Math.floor(next() * 6);
        return [f, confirmed.some(([i, ff]) => i === id && ff === f) ? Math.max(1, weight) : weight];
      }));
      investors[id] = { cap: investor.cap, available: investor.available.filter((slot) => keeps(id, slot, 0) || next() < 0.7), prefs };
    }
    investors["i-new"] = { cap: 3, available: [...input.slots], prefs: Object.fromEntries(Object.keys(input.finalists).map((f) => [f, 5])) };
    const finalists = Object.fromEntries(Object.entries(input.finalists).map(([id, f]) => [id, { ...f, available: f.available.filter((slot) => keeps(id, slot, 1) || next() < 0.7) }]));
    return { ...input, investors, finalists, confirmed };
  }

  it("keeps every confirmed meeting when changes elsewhere leave it possible", async () => {
    await check(fc.asyncProperty(small(true), fc.integer(), async (input, seed) => {
      const first = await scheduleMeetings(input);
      const pick = random(seed);
      const confirmed = first.meetings.filter(() => pick() < 0.5);
      const after = changed(input, confirmed, seed);
      const second = await scheduleMeetings(after);
      expect(second.dropped).toEqual([]);
      expect(second.meetings).toEqual(expect.arrayContaining(confirmed));
      expect(ruleBreaks(after, second)).toEqual([]);
    }), 50);
  });

  it("moves an earlier, unanswered proposal only when that gains floor or weight", async () => {
    await check(fc.asyncProperty(small(true), fc.integer(), async (input, seed) => {
      const first = await scheduleMeetings(input);
      const pick = random(seed);
      const proposed = first.meetings.filter(() => pick() < 0.7);
      const after = changed(input, [], seed);
      const [free, held] = await Promise.all([scheduleMeetings(after), scheduleMeetings({ ...after, proposed })]);
      // the same floor met and the same weight as without them; at least as many of them in place
      expect(held.total).toBe(free.total);
      expect(held.belowFloor).toEqual(free.belowFloor);
      const inPlace = (schedule: MeetingSchedule) => proposed.filter((m) => schedule.meetings.some((n) => n.join() === m.join())).length;
      expect(inPlace(held)).toBeGreaterThanOrEqual(inPlace(free));
      expect(ruleBreaks(after, held)).toEqual([]);
    }), 40);
  });

  it("leaves an unanswered proposal where it is when another slot would do as well", async () => {
    const input: MeetingInput = {
      slots: ["t1", "t2", "t3"],
      rooms: { t1: 1, t2: 1, t3: 1 },
      investors: { i1: { cap: 1, available: ["t1", "t2", "t3"], prefs: { f1: 3 } } },
      finalists: { f1: { cap: 1, available: ["t1", "t2", "t3"] } },
    };
    for (const slot of input.slots) expect((await scheduleMeetings({ ...input, proposed: [["i1", "f1", slot]] })).meetings).toEqual([["i1", "f1", slot]]);
    // but it does move when its slot is needed for more weight
    const busier: MeetingInput = { ...input, rooms: { t1: 1, t2: 0, t3: 0 }, investors: { ...input.investors, i2: { cap: 1, available: ["t1"], prefs: { f1: 5 } } } };
    expect((await scheduleMeetings({ ...busier, proposed: [["i1", "f1", "t1"]] })).meetings).toEqual([["i2", "f1", "t1"]]);
  });

  it("keeps a confirmed meeting the optimum alone would replace", async () => {
    const input: MeetingInput = {
      slots: ["t1"],
      rooms: { t1: 1 },
      investors: { i1: { cap: 1, available: ["t1"], prefs: { f1: 1, f2: 5 } } },
      finalists: { f1: { cap: 1, available: ["t1"] }, f2: { cap: 1, available: ["t1"] } },
    };
    expect((await scheduleMeetings(input)).meetings).toEqual([["i1", "f2", "t1"]]);
    const schedule = await scheduleMeetings({ ...input, confirmed: [["i1", "f1", "t1"]] });
    expect(schedule).toMatchObject({ total: 1, meetings: [["i1", "f1", "t1"]], unmet: [{ investor: "i1", finalist: "f2", code: "investor_cap" }], dropped: [] });
  });

  it("drops and reports a confirmed meeting whose side is no longer available, and schedules the rest anew", async () => {
    const input: MeetingInput = {
      slots: ["t1", "t2"],
      rooms: { t1: 2, t2: 2 },
      investors: {
        i1: { cap: 2, available: ["t2"], prefs: { f1: 5, f2: 2 } },
        i2: { cap: 1, available: ["t1", "t2"], prefs: { f2: 4 } },
      },
      finalists: { f1: { cap: 2, available: ["t1", "t2"] }, f2: { cap: 2, available: ["t1", "t2"] } },
      // i1 said yes to t1, then took t1 off their availability
      confirmed: [["i1", "f1", "t1"], ["i2", "f2", "t1"]],
    };
    const schedule = await scheduleMeetings(input);
    expect(schedule.dropped).toEqual([{ investor: "i1", finalist: "f1", slot: "t1", code: "unavailable", reason: "No longer available at t1: i1." }]);
    expect(schedule.meetings).toEqual([["i2", "f2", "t1"], ["i1", "f1", "t2"]]);
    expect(schedule.total).toBe(9);
  });
});

describe("hand-checked events", () => {
  it("the issue's example: i1 meets f1 at t1 (total 5), and f2 is not a finalist", async () => {
    const input: MeetingInput = {
      slots: ["t1", "t2"],
      rooms: { t1: 3, t2: 3 },
      investors: { i1: { cap: 3, available: ["t1"], prefs: { f1: 5, f2: 3 } } },
      finalists: { f1: { cap: 8, available: ["t1", "t2"] } },
    };
    expect(await scheduleMeetings(input)).toEqual({
      total: 5,
      meetings: [["i1", "f1", "t1"]],
      unmet: [{ investor: "i1", finalist: "f2", code: "not_a_finalist", reason: "f2 is not among the finalists (withdrawn or not selected)." }],
      dropped: [],
      belowFloor: [],
    });
  });

  it("beats first come, first served where the first investor takes the finalist the second needs", async () => {
    // One slot, rooms to spare. i1 comes first and takes f1; i2 wants only f1 and finds it busy. The
    // optimum sends i1 to f2 instead: 4 + 5 = 9 against 5.
    const input: MeetingInput = {
      slots: ["t1"],
      rooms: { t1: 3 },
      investors: { i1: { cap: 2, available: ["t1"], prefs: { f1: 5, f2: 4 } }, i2: { cap: 2, available: ["t1"], prefs: { f1: 5 } } },
      finalists: { f1: { cap: 5, available: ["t1"] }, f2: { cap: 5, available: ["t1"] } },
    };
    const greedy = greedySchedule(input);
    expect(greedy).toMatchObject({ total: 5, meetings: [["i1", "f1", "t1"]] });
    expect(greedy.unmet.map((u) => `${u.investor} ${u.finalist} ${u.code}`)).toEqual(["i1 f2 times_taken", "i2 f1 times_taken"]);
    const exact = await scheduleMeetings(input);
    expect(exact).toMatchObject({ total: 9, meetings: [["i1", "f2", "t1"], ["i2", "f1", "t1"]] });
    expect(exact.unmet).toEqual([{ investor: "i1", finalist: "f1", code: "times_taken", reason: "At each time both are available (t1), i1 or f1 already has another meeting, or every room is taken." }]);
  });

  it("gives a finalist its floor before a heavier meeting elsewhere, and reports a floor it cannot meet", async () => {
    const input: MeetingInput = {
      slots: ["t1"],
      rooms: { t1: 1 },
      investors: { i1: { cap: 1, available: ["t1"], prefs: { f1: 5, f2: 1 } } },
      finalists: { f1: { cap: 3, available: ["t1"] }, f2: { cap: 3, available: ["t1"] } },
    };
    expect((await scheduleMeetings(input)).meetings).toEqual([["i1", "f1", "t1"]]);
    const floored = { ...input, finalists: { ...input.finalists, f2: { cap: 3, available: ["t1"], floor: 1 } } };
    expect(await scheduleMeetings(floored)).toMatchObject({ total: 1, meetings: [["i1", "f2", "t1"]], unmet: [{ finalist: "f1", code: "investor_cap" }], belowFloor: [] });
    // two floors, one meeting to give: the weight decides between them, and the other is reported short
    const both = { ...floored, finalists: { f1: { cap: 3, available: ["t1"], floor: 2 }, f2: floored.finalists.f2 } };
    expect(await scheduleMeetings(both)).toMatchObject({ total: 5, meetings: [["i1", "f1", "t1"]], belowFloor: [{ finalist: "f1", floor: 2, meetings: 1 }, { finalist: "f2", floor: 1, meetings: 0 }] });
  });

  it("spreads meetings to meet every floor where weights alone would pile them on one finalist", async () => {
    const investor = (prefs: Record<string, number>) => ({ cap: 2, available: ["t1", "t2"], prefs });
    const input: MeetingInput = {
      slots: ["t1", "t2"],
      rooms: { t1: 2, t2: 2 },
      investors: { i1: investor({ f1: 5, f2: 1 }), i2: investor({ f1: 5, f2: 1 }) },
      finalists: { f1: { cap: 4, available: ["t1", "t2"] }, f2: { cap: 4, available: ["t1", "t2"], floor: 2 } },
    };
    // Both investors meet both finalists either way (caps of 2, two slots): the floor changes nothing here…
    expect((await scheduleMeetings(input)).total).toBe(12);
    // …until each investor has time for one meeting only: then f2's floor takes both.
    const busy = { ...input, investors: { i1: { ...investor({ f1: 5, f2: 1 }), cap: 1 }, i2: { ...investor({ f1: 5, f2: 1 }), cap: 1 } } };
    expect(await scheduleMeetings({ ...busy, finalists: { ...busy.finalists, f2: { cap: 4, available: ["t1", "t2"] } } })).toMatchObject({ total: 10 });
    const floored = await scheduleMeetings(busy);
    expect(floored).toMatchObject({ total: 2, belowFloor: [] });
    expect(floored.meetings.map(([i, f]) => `${i} ${f}`).sort()).toEqual(["i1 f2", "i2 f2"]);
  });

  it("stays whole where the LP relaxation would take three clashing meetings by halves", async () => {
    // i1 → f2 at t3 (5), i1 → f3 at t1 (2) and i3 → f2 at t1 (4) pairwise share i1's cap, f2's cap and
    // t1's one room: the LP relaxation takes half of each, 5.5. Whole meetings reach 5 at most.
    const input: MeetingInput = {
      slots: ["t1", "t2", "t3"],
      rooms: { t1: 1, t2: 0, t3: 2 },
      investors: {
        i1: { cap: 1, available: ["t1", "t2", "t3"], prefs: { f2: 5, f3: 2 } },
        i3: { cap: 1, available: ["t1", "t2"], prefs: { f2: 4 } },
      },
      finalists: { f2: { cap: 1, available: ["t1", "t2", "t3"] }, f3: { cap: 1, available: ["t1"] } },
    };
    const schedule = await scheduleMeetings(input);
    expect(schedule.total).toBe(5);
    expect(schedule.meetings.map(([i, f]) => `${i} ${f}`)).toEqual(["i1 f2"]);
  });

  it("says when every room is taken at each time both sides could meet", async () => {
    const input: MeetingInput = {
      slots: ["t1", "t2"],
      rooms: { t1: 1, t2: 0 },
      investors: { i1: { cap: 2, available: ["t1", "t2"], prefs: { f1: 3 } }, i2: { cap: 2, available: ["t1", "t2"], prefs: { f2: 5 } } },
      finalists: { f1: { cap: 2, available: ["t1", "t2"] }, f2: { cap: 2, available: ["t1", "t2"] } },
    };
    expect(await scheduleMeetings(input)).toEqual({
      total: 5,
      meetings: [["i2", "f2", "t1"]],
      unmet: [{ investor: "i1", finalist: "f1", code: "rooms_full", reason: "Every room is taken at each time both are available (t1, t2)." }],
      dropped: [],
      belowFloor: [],
    });
  });

  it("says when the two are never free together, or a finalist is full", async () => {
    const input: MeetingInput = {
      slots: ["t1", "t2"],
      rooms: { t1: 2, t2: 2 },
      investors: { i1: { cap: 2, available: ["t1"], prefs: { f1: 3, f2: 2 } }, i2: { cap: 2, available: ["t2"], prefs: { f1: 4 } } },
      finalists: { f1: { cap: 1, available: ["t1", "t2"] }, f2: { cap: 1, available: ["t2"] } },
    };
    const schedule = await scheduleMeetings(input);
    expect(schedule.meetings).toEqual([["i2", "f1", "t2"]]);
    expect(schedule.unmet.map((u) => `${u.investor} ${u.finalist} ${u.code}`)).toEqual(["i1 f1 finalist_cap", "i1 f2 no_common_time"]);
  });

  it("schedules nothing, without calling HiGHS, when no meeting is possible", async () => {
    const input: MeetingInput = { slots: [], rooms: {}, investors: { i1: { cap: 1, available: [], prefs: { f1: 2 } } }, finalists: {} };
    expect(await scheduleMeetings(input)).toMatchObject({ total: 0, meetings: [], unmet: [{ code: "not_a_finalist" }] });
  });

  it("fails rather than answer when HiGHS cannot prove the optimum in time", async () => {
    const input: MeetingInput = {
      slots: ["t1", "t2"],
      rooms: { t1: 1, t2: 1 },
      investors: { i1: { cap: 2, available: ["t1", "t2"], prefs: { f1: 3, f2: 2 } }, i2: { cap: 1, available: ["t1", "t2"], prefs: { f1: 4 } } },
      finalists: { f1: { cap: 2, available: ["t1", "t2"] }, f2: { cap: 1, available: ["t1", "t2"] } },
    };
    await expect(scheduleMeetings(input, { timeLimitSeconds: 0 })).rejects.toThrow(/HiGHS ended with status "time limit"/);
  });
});

describe("npm run schedule", () => {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), "schedule-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // `node --import tsx`, as the npm script runs it through tsx, without the half second npx takes to start
  const run = (file: string, content: string) => {
    writeFileSync(join(dir, file), content);
    return spawnSync(process.execPath, ["--import", "tsx", "infra/local/schedule.ts", join(dir, file)], { cwd: root, encoding: "utf8" });
  };

  it("prints the schedule of the issue's example on one line", () => {
    const input = {
      slots: ["t1", "t2"], rooms: { t1: 3, t2: 3 },
      investors: { i1: { cap: 3, available: ["t1"], prefs: { f1: 5, f2: 3 } } },
      finalists: { f1: { cap: 8, available: ["t1", "t2"], floor: 2 } },
      confirmed: [["i1", "f9", "t1"]],
    };
    const { status, stdout, stderr } = run("input.json", JSON.stringify(input));
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(stdout)).toEqual({
      total: 5,
      meetings: [["i1", "f1", "t1"]],
      unmet: [{ investor: "i1", finalist: "f2", reason: "f2 is not among the finalists (withdrawn or not selected).", code: "not_a_finalist" }],
      dropped: [{ investor: "i1", finalist: "f9", slot: "t1", reason: "This confirmed meeting names an investor, finalist or time that is no longer in the schedule.", code: "unknown" }],
      belowFloor: [{ finalist: "f1", floor: 2, meetings: 1 }],
    });
  });

  it("refuses bad input with exit code 2 and one line, not a stack trace", () => {
    const shape = run("shape.json", JSON.stringify({ slots: ["t1"], rooms: { t1: 1 }, investors: { i1: { cap: 1.5, available: [], prefs: {} } }, finalists: {}, extra: true }));
    expect(shape.status).toBe(2);
    expect(shape.stdout).toBe("");
    expect(shape.stderr).toMatch(/^.*shape\.json is not a valid schedule input: investors\.i1\.cap: .*; \(top level\): .*"extra".*\n$/);

    const slots = run("slots.json", JSON.stringify({
      slots: ["t1", "t1"], rooms: { t2: 1 },
      investors: { i1: { cap: 1, available: ["t3"], prefs: { f1: 2 } } },
      finalists: { f1: { cap: 1, available: [], floor: 2 } },
    }));
    expect(slots.status).toBe(2);
    expect(slots.stderr).toMatch(/^.*slots\.json is not a valid schedule input: slots\[1\]: the slot "t1" is listed twice; rooms: no room count for the slot "t1"; rooms\.t2: "t2" is not one of the slots; and 2 more\n$/);

    const broken = run("broken.json", '{"slots": [');
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/is not valid JSON/);
    for (const { stderr } of [shape, slots, broken]) expect(stderr).not.toMatch(/\n\s+at /);
  });
});
