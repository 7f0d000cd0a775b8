import {
  planMeetings, scheduleOf, scheduleProblems,
  type MeetingInput, type MeetingPlan, type MeetingSchedule,
} from "../domain/meeting-schedule.js";
import { highs, statusNames } from "./highs.js";

/**
 * Investor meetings with HiGHS: one mixed-integer program whose optimum is proved, not guessed.
 *
 * Variables: x[i,f,t] ∈ {0,1} only for the meetings that may happen (`planMeetings`: a request, both sides
 * available in t, t has a room, both caps ≥ 1), and for each finalist with a floor, s_f ∈ [0, floor_f]
 * (continuous), the part of the floor met. Confirmed meetings that stay have x fixed to 1.
 * Rows, each written only where it can bind (a row over a single binary, or a cap no candidate count can
 * reach, says nothing):
 *   investor i in slot t:  Σ_f x[i,f,t] ≤ 1          finalist f in slot t:  Σ_i x[i,f,t] ≤ 1
 *   slot t:                Σ x[·,·,t] ≤ rooms[t]      pair (i,f):            Σ_t x[i,f,t] ≤ 1
 *   investor i:            Σ x[i,·,·] ≤ cap_i        finalist f:            Σ x[·,f,·] ≤ cap_f
 *   floor of f:            Σ x[·,f,·] − s_f ≥ 0
 * No big-M anywhere: every coefficient is 0, 1 or −1. Unlike the judge assignment, the LP relaxation is
 * not integral: three meetings that pairwise share an investor's cap of 1, a finalist's cap of 1 and a
 * slot's one room can each be taken half (test/unit/meeting-schedule.test.ts has one, LP 5.5 against 5),
 * so integrality is HiGHS's to prove by branch and cut. On the benchmark's events it does so at the root.
 *
 * Objective, maximised: F · Σ s_f + Σ w·x + ε · Σ_{earlier proposals} x, with ε = 1 / (proposals + 1) when every
 * weight is whole (0 otherwise), so the proposals' bonus sums below one weight unit: it only chooses among
 * schedules of equal floor and weight, the one that moves fewest earlier proposals. F = W + 1 and W the most weight any schedule can have
 * (each investor's `cap` largest weights, summed). The floors come first, exactly: two schedules differ in
 * weight by at most W < F, so one more unit of floor met always wins, and among schedules meeting the same
 * amount of floor the weight decides. At the optimum s_f = min(meetings_f, floor_f). One solve, not two:
 * solving for the floors alone, then fixing Σ s at its best and maximising the weight, gave the same
 * schedules 1.5–2.6× slower at 50 × 400 × 16 (measured). The numbers stay small (F ≈ 4,500, objective
 * ≈ 10⁶ at that size), far from where tolerances could blur one weight unit, and `mip_rel_gap` is 0: the
 * optimum is proved, not within HiGHS's default 0.01 % (which at 10⁶ could stop 100 weight units short).
 *
 * Determinism: the model is built from the plan's canonical order (investors and finalists by id, slots in
 * time order), the WASM build is single-threaded and HiGHS's random seed fixed, so the same input in
 * whatever key order gives the same model and the same optimum.
 *
 * The answer is checked against every rule (`scheduleProblems`) before it is returned; a schedule that
 * breaks one, or leaves out a meeting that still fits, throws instead.
 */

export interface ScheduleStats {
  /** Meeting variables, and floor variables. */
  meetings: number;
  floors: number;
  rows: number;
  seconds: number;
  /** Branch-and-bound nodes HiGHS explored (0: presolve solved it, 1: the root node did). */
  nodes: number;
  /** F: what one unit of floor is worth in the objective. */
  floorWeight: number;
}

export interface ScheduleOptions {
  /** HiGHS stops after this long; a schedule not proved optimal by then is an error, not an answer. */
  timeLimitSeconds?: number;
  /** Called after the solve, for benchmarks and logs. */
  onSolve?: (stats: ScheduleStats) => void;
}

const DEFAULT_TIME_LIMIT_SECONDS = 60;
/** HiGHS's integrality tolerance is 1e-6; a value further from 0 or 1 is a bug, not rounding. */
const EPSILON = 1e-5;

/** Names a row or a group of meetings without any two names colliding, whatever the ids contain. */
const name = (...parts: string[]): string => JSON.stringify(parts);

/** The most weight any schedule can have: each investor's `cap` largest weights among its possible pairs. */
function weightBound(plan: MeetingPlan): number {
  const weightsOf = new Map<string, Map<string, number>>();
  for (const { investor, finalist, weight } of plan.possible) {
    const pairs = weightsOf.get(investor) ?? new Map<string, number>();
    pairs.set(finalist, weight);
    weightsOf.set(investor, pairs);
  }
  let bound = 0;
  for (const [investor, pairs] of weightsOf) {
    const cap = plan.roster.investors.get(investor)!.cap;
    bound += [...pairs.values()].sort((a, b) => b - a).slice(0, cap).reduce((sum, w) => sum + w, 0);
  }
  return bound;
}

/** The schedule with the most of every floor met, then the most weight; see above. */
export async function scheduleMeetings(input: MeetingInput, options: ScheduleOptions = {}): Promise<MeetingSchedule> {
  const plan = planMeetings(input);
  const chosen = plan.possible.length === 0 ? [] : await solve(plan, options);
  const schedule = scheduleOf(plan, chosen);
  const problems = scheduleProblems(input, schedule);
  if (problems.length > 0) throw new Error(`meeting schedule: the solver's schedule breaks a rule: ${JSON.stringify(problems.slice(0, 5))}`);
  const fits = schedule.unmet.find((u) => u.code === "not_chosen");
  if (fits) throw new Error(`meeting schedule: the solver left out ${fits.investor} → ${fits.finalist}, which still fits`);
  return schedule;
}

/** Each meeting's groups, one per kind of row, with the most meetings the group may hold. */
function groupsOf(plan: MeetingPlan, p: number): [group: string, limit: number][] {
  const { investor, finalist, slot } = plan.possible[p]!;
  const { roster } = plan;
  return [
    [name("investor in slot", investor, slot), 1],
    [name("finalist in slot", finalist, slot), 1],
    [name("pair", investor, finalist), 1],
    [name("rooms", slot), roster.rooms.get(slot)!],
    [name("investor cap", investor), roster.investors.get(investor)!.cap],
    [name("finalist cap", finalist), roster.finalists.get(finalist)!.cap],
  ];
}

/** The chosen meetings, as indices into `plan.possible`. */
async function solve(plan: MeetingPlan, options: ScheduleOptions): Promise<number[]> {
  const { roster, possible } = plan;
  const floorWeight = weightBound(plan) + 1;
  const groups = possible.map((_, p) => groupsOf(plan, p));
  const size = new Map<string, number>();
  for (const list of groups) for (const [group] of list) size.set(group, (size.get(group) ?? 0) + 1);
  const floored = [...roster.finalists.values()].filter((f) => f.floor > 0 && possible.some((m) => m.finalist === f.id));

  // Rows are numbered as the columns first touch them: the floors first, then the order of `possible`.
  const rowIndex = new Map<string, number>();
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const row = (group: string, lower: number, upper: number): number => {
    let r = rowIndex.get(group);
    if (r === undefined) {
      r = rowLower.length;
      rowIndex.set(group, r);
      rowLower.push(lower);
      rowUpper.push(upper);
    }
    return r;
  };
  const floorRow = new Map(floored.map((f) => [f.id, row(name("floor", f.id), 0, Infinity)]));

  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const entry = (r: number, value: number) => {
    indices.push(r);
    values.push(value);
  };
  possible.forEach((m, p) => {
    // A group that cannot exceed its limit needs no row: the binaries' bounds already keep it.
    for (const [group, limit] of groups[p]!) if (size.get(group)! > limit) entry(row(group, -Infinity, limit), 1);
    const floor = floorRow.get(m.finalist);
    if (floor !== undefined) entry(floor, 1);
    starts.push(indices.length);
  });
  for (const f of floored) {
    entry(floorRow.get(f.id)!, -1);
    starts.push(indices.length);
  }

  const solver = await highs();
  const numCols = possible.length + floored.length;
  const numRows = rowLower.length;
  const confirmed = new Set(plan.confirmed);
  const stays = new Set(plan.proposed);
  const stayBonus = possible.every((m) => Number.isInteger(m.weight)) ? 1 / (stays.size + 1) : 0;
  const infinity = solver.infinity;
  const bound = (x: number) => (x === Infinity ? infinity : x === -Infinity ? -infinity : x);
  const model = solver.createModel({
    numCols,
    numRows,
    sense: solver.constants.objectiveSense.maximize,
    colCost: Float64Array.from([...possible.map((m, p) => m.weight + (stays.has(p) ? stayBonus : 0)), ...floored.map(() => floorWeight)]),
    colLower: Float64Array.from([...possible.map((_, p) => (confirmed.has(p) ? 1 : 0)), ...floored.map(() => 0)]),
    colUpper: Float64Array.from([...possible.map(() => 1), ...floored.map((f) => f.floor)]),
    rowLower: Float64Array.from(rowLower, bound),
    rowUpper: Float64Array.from(rowUpper, bound),
    matrix: { format: "csc", numRows, numCols, starts: Int32Array.from(starts), indices: Int32Array.from(indices), values: Float64Array.from(values) },
    integrality: Int32Array.from([...possible.map(() => 1), ...floored.map(() => 0)]),
  });
  try {
    model.options.set({
      output_flag: false,
      // "optimal" must mean proved (see above).
      mip_rel_gap: 0,
      time_limit: options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS,
    });
    const { modelStatus } = model.run();
    if (modelStatus !== solver.constants.modelStatus.optimal) {
      throw new Error(`meeting schedule: HiGHS ended with status "${statusNames[modelStatus]}" after ${model.getRunTime().toFixed(1)} s, not a proved optimum`);
    }
    const { colValue } = model.getSolution();
    options.onSolve?.({
      meetings: possible.length,
      floors: floored.length,
      rows: numRows,
      seconds: model.getRunTime(),
      // HiGHS returns int64 counters as BigInt; a number is what arithmetic and JSON need.
      nodes: Number(model.info.get("mip_node_count")),
      floorWeight,
    });
    const chosen: number[] = [];
    possible.forEach((_, p) => {
      const value = colValue[p]!;
      const rounded = Math.round(value);
      if (Math.abs(value - rounded) > EPSILON || (rounded !== 0 && rounded !== 1)) throw new Error(`meeting schedule: HiGHS returned a fractional meeting (${value})`);
      if (rounded === 1) chosen.push(p);
    });
    return chosen;
  } finally {
    model.dispose();
  }
}
