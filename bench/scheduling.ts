import {
  fewestFinalistMeetings, floorsMet, greedySchedule, investorsMet, scheduleProblems,
  type MeetingFinalist, type MeetingInput, type MeetingInvestor, type MeetingSchedule,
} from "../shared/domain/meeting-schedule.js";
import { scheduleMeetings, type ScheduleStats } from "../shared/solver/meeting-schedule.js";

const events = [
  { name: "pitch day", finalists: 5, investors: 40, slots: 8, rooms: [2, 3] },
  { name: "regional event", finalists: 50, investors: 400, slots: 16, rooms: [20, 20] },
] as const;
const SEEDS = [1, 2, 3];
/** The share of finalists given a floor (2–4 meetings). */
const FLOOR_SHARE = 0.3;

/** mulberry32: a small seeded generator, so every run benchmarks the same events. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An event: each investor wants 3–8 finalists (weights 1–5) and has a cap of 2–4; finalists have caps of
 * 8–12, some a floor of 2–4; everyone is available in 50–90 % of the slots; rooms per slot in the range.
 */
function event(spec: (typeof events)[number], seed: number): MeetingInput {
  const next = random(seed);
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const pick = <T>(items: readonly T[], n: number): T[] => {
    const pool = [...items];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    return pool.slice(0, n);
  };
  const slots = Array.from({ length: spec.slots }, (_, t) => `t${String(t + 1).padStart(2, "0")}`);
  const available = () => {
    const chosen = new Set(pick(slots, Math.round(spec.slots * (0.5 + 0.4 * next()))));
    return slots.filter((slot) => chosen.has(slot));
  };
  const finalistIds = Array.from({ length: spec.finalists }, (_, f) => `f${String(f + 1).padStart(3, "0")}`);
  const finalists: Record<string, MeetingFinalist> = {};
  for (const id of finalistIds) {
    finalists[id] = { cap: between(8, 12), available: available(), ...(next() < FLOOR_SHARE ? { floor: between(2, 4) } : {}) };
  }
  const investors: Record<string, MeetingInvestor> = {};
  for (let i = 0; i < spec.investors; i++) {
    const wanted = pick(finalistIds, Math.min(finalistIds.length, between(3, 8)));
    investors[`i${String(i + 1).padStart(3, "0")}`] = {
      cap: between(2, 4),
      available: available(),
      prefs: Object.fromEntries(wanted.map((id) => [id, between(1, 5)])),
    };
  }
  const rooms = Object.fromEntries(slots.map((slot) => [slot, between(spec.rooms[0], spec.rooms[1])]));
  return { slots, rooms, investors, finalists };
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

const ms = (x: number) => (x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);
const ratio = (a: number, b: number) => (b === 0 ? (a === 0 ? "1.00×" : "∞") : `${(a / b).toFixed(2)}×`);

function measures(input: MeetingInput, schedule: MeetingSchedule) {
  const problems = scheduleProblems(input, schedule);
  if (problems.length > 0) throw new Error(`a schedule breaks a rule: ${JSON.stringify(problems.slice(0, 5))}`);
  return {
    total: schedule.total,
    meetings: schedule.meetings.length,
    investors: investorsMet(schedule),
    fewest: fewestFinalistMeetings(input, schedule),
    floors: floorsMet(input, schedule),
  };
}

/**
 * The exact schedule against first come, first served, on the issue's two sizes and three seeds each:
 * satisfied preference weight, meetings, investors with at least one meeting, the fewest meetings any
 * finalist gets, how much of the floors is met, and time — the solver's numbers as ratios to the greedy's.
 */
export async function run(): Promise<void> {
  // The first solve in a process loads the WASM (55–75 ms) and warms it up: measured apart, on a third seed.
  const warmUp = await timed(() => scheduleMeetings(event(events[0], 99)));
  console.log(`scheduling: investor meetings, exact (HiGHS MILP) vs first come first served, seeded; ${FLOOR_SHARE * 100}% of finalists with a floor`);
  console.log(`  first solve in this process (WASM load and warm-up): ${ms(warmUp.ms)}`);

  for (const spec of events) {
    console.log(`\n${spec.name}: ${spec.finalists} finalists × ${spec.investors} investors, ${spec.slots} slots, ${spec.rooms[0] === spec.rooms[1] ? spec.rooms[0] : `${spec.rooms[0]}–${spec.rooms[1]}`} rooms per slot`);
    const row = (cells: string[]) => console.log(`  ${cells[0]!.padEnd(6)}${cells.slice(1).map((cell, i) => cell.padStart(i === 4 ? 27 : 21)).join("")}`);
    const floors = (input: MeetingInput) => Object.values(input.finalists).reduce((sum, f) => sum + Math.min(f.floor ?? 0, f.cap), 0);
    row(["seed", "weight", "investors met", "fewest per finalist", "floors met", "time"]);
    for (const seed of SEEDS) {
      const input = event(spec, seed);
      let stats: ScheduleStats | undefined;
      const exact = await timed(() => scheduleMeetings(input, { onSolve: (s) => (stats = s) }));
      const greedy = await timed(() => greedySchedule(input));
      const a = measures(input, exact.value);
      const b = measures(input, greedy.value);
      row([String(seed), `${a.total}/${b.total} ${ratio(a.total, b.total)}`, `${a.investors}/${b.investors} ${ratio(a.investors, b.investors)}`,
        `${a.fewest}/${b.fewest}`, `${a.floors}/${b.floors} of ${floors(input)}`, `${ms(exact.ms)}/${ms(greedy.ms)} ${ratio(exact.ms, greedy.ms)}`]);
      if (stats) {
        console.log(`        ${stats.meetings} meeting variables, ${stats.floors} floors (F = ${stats.floorWeight}), ${stats.rows} rows, ${stats.nodes} node${stats.nodes === 1 ? "" : "s"}, ${stats.seconds.toFixed(2)} s in HiGHS; meetings ${a.meetings}/${b.meetings}`);
      }
    }
  }
  console.log("\n  each cell: HiGHS/greedy, then the ratio; time includes planning, building the model, reasons and the self-check");
}
