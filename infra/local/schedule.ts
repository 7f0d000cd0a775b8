import * as z from "zod/mini";
import type { MeetingInput } from "../../shared/domain/meeting-schedule.js";
import { scheduleMeetings } from "../../shared/solver/meeting-schedule.js";
import { readJsonInput } from "./json-command.js";

// The investor-meeting schedule as a command over JSON, so anyone can reproduce what the organisers
// publish. Exit codes: 0 done, 2 bad usage or bad input (one line, never a stack trace), 1 the solver failed.

const usage = `Usage: npm run schedule -- <input.json | ->

Reads the pitch event's slots, rooms, investors and finalists as JSON (from the file, or stdin with "-"):
  {"slots":["t1","t2"],"rooms":{"t1":3,"t2":3},
   "investors":{"i1":{"cap":3,"available":["t1"],"prefs":{"f1":5,"f2":3}}},
   "finalists":{"f1":{"cap":8,"available":["t1","t2"],"floor":2}},
   "confirmed":[["i1","f1","t1"]]}
("floor" and "confirmed" are optional; slots are in time order; weights are whole numbers, 0 = no request)
and prints the schedule:
  {"total":5,"meetings":[["i1","f1","t1"]],"unmet":[{"investor":"i1","finalist":"f2","reason":"…","code":"…"}],
   "dropped":[],"belowFloor":[]}

One-on-one meetings, nobody in two at once, at most rooms[slot] per slot, caps kept, both sides available,
each pair once, only requested pairs. As much of every finalist's floor as possible first, then the most
preference weight. Confirmed meetings stay; one that can no longer happen is listed in "dropped" with the
reason. A preference for someone not among the finalists is listed as unmet, not refused.
The same input always gives the same output.`;

// Limits keep one run within seconds: 50 finalists × 400 investors × 16 slots solves in about 1.5 s.
const Id = z.string().check(z.minLength(1), z.maxLength(100));
const Count = (max: number) => z.int().check(z.gte(0), z.lte(max));
const Slots = z.array(Id).check(z.maxLength(200));
const MAX = { investors: 2_000, finalists: 500, prefs: 200 };

/**
 * The command's input, the issue's shape. It would move to shared/api/schemas when an API route takes it.
 * Slot names must be the slots listed (a typo would silently lose availability); names of investors and
 * finalists are not checked against each other: an unknown finalist in `prefs` is an unmet request, an
 * unknown anything in `confirmed` a dropped meeting, as after a withdrawal.
 */
const ScheduleInput = z
  .strictObject({
    slots: Slots,
    rooms: z.record(Id, Count(1_000)),
    investors: z.record(Id, z.strictObject({ cap: Count(100), available: Slots, prefs: z.record(Id, Count(100)) })),
    finalists: z.record(Id, z.strictObject({ cap: Count(1_000), available: Slots, floor: z.optional(Count(1_000)) })),
    confirmed: z.optional(z.array(z.tuple([Id, Id, Id])).check(z.maxLength(100_000))),
  })
  .check(z.superRefine((input, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: "custom", message, path, input });
    const slots = new Set<string>();
    input.slots.forEach((slot, t) => {
      if (slots.size === slots.add(slot).size) issue(["slots", t], `the slot "${slot}" is listed twice`);
    });
    for (const slot of slots) if (!Object.hasOwn(input.rooms, slot)) issue(["rooms"], `no room count for the slot "${slot}"`);
    for (const slot of Object.keys(input.rooms)) if (!slots.has(slot)) issue(["rooms", slot], `"${slot}" is not one of the slots`);
    const availability = (side: "investors" | "finalists", id: string, available: readonly string[]) =>
      available.forEach((slot, k) => {
        if (!slots.has(slot)) issue([side, id, "available", k], `"${slot}" is not one of the slots`);
      });
    for (const [id, investor] of Object.entries(input.investors)) {
      availability("investors", id, investor.available);
      if (Object.keys(investor.prefs).length > MAX.prefs) issue(["investors", id, "prefs"], `at most ${MAX.prefs} preferences`);
    }
    for (const [id, finalist] of Object.entries(input.finalists)) {
      availability("finalists", id, finalist.available);
      if ((finalist.floor ?? 0) > finalist.cap) issue(["finalists", id, "floor"], `the floor ${finalist.floor} is above the cap ${finalist.cap}`);
    }
    if (Object.keys(input.investors).length > MAX.investors) issue(["investors"], `at most ${MAX.investors} investors`);
    if (Object.keys(input.finalists).length > MAX.finalists) issue(["finalists"], `at most ${MAX.finalists} finalists`);
  }));

// What the schema lets through is a `MeetingInput` (checked here, so the two cannot drift apart).
const typed = (input: z.output<typeof ScheduleInput>): MeetingInput => input;

const { input } = readJsonInput("schedule", usage, ScheduleInput, "schedule input");

try {
  console.log(JSON.stringify(await scheduleMeetings(typed(input))));
} catch (error) {
  console.error(`The schedule failed: ${(error as Error).message}`);
  process.exit(1);
}
