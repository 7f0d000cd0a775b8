import type { Highs } from "highs";
import {
  candidates, unassignedReason,
  type AssignmentInput, type AssignmentResult, type CandidatePair, type Candidates, type JudgePair, type UnassignedSubmission,
} from "../domain/judge-assignment.js";
import { highs, statusNames } from "./highs.js";

/**
 * Judge assignment with HiGHS: a few linear programs whose optima are proved, not guessed.
 *
 * Variables: x[j,s] ∈ [0,1] for every pair without a conflict, with a 1 in submission s's row (≤ k)
 * and a 1 in judge j's row. Every stage is a network flow (each column has at most two nonzeros, on the
 * two sides of the bipartite graph or between a judge and the sink), so the constraint matrix is totally
 * unimodular and the simplex method's optimal vertex is integral: the LP *is* the integer program.
 *
 * The objectives, in strict order:
 * 1. Coverage, then stability — stage "coverage": as many judge places filled as the conflicts and
 *    maximum loads allow, and among those as many `previous` pairs kept as possible (exact weights:
 *    both are integer counts). A withdrawal or a new conflict therefore moves only the pairs it touches.
 *    Only when some previous pairs cannot all stay does stage "keep" choose which (see `keep`).
 * 2. Balance, then certified curators and expertise — stage "balance", the kept pairs fixed: each
 *    judge's load is a sum of unit steps costing 1, 2, 3 … (a convex cost), so the optimum minimises
 *    Σ load². The load vectors a flow can reach form an M-convex set, where a Σ load² minimiser also has
 *    the least maximum and the greatest minimum load (Frank & Murota's "decreasingly minimal" elements),
 *    hence the least max − min. Balance outweighs all matches together, so matches only choose between
 *    equally balanced assignments; a certified curator's match counts above a plain one (`matchWeight`).
 * Stability comes before balance on purpose: scores already given stay with their judge. On a fresh
 * run (no `previous`) balance is optimal outright; after a withdrawal, it is optimal given the kept pairs.
 *
 * Speed: HiGHS gets only a pool of pairs (about 10 per submission) and load steps; round by round,
 * pricing adds every missing column whose reduced cost under the current duals is negative. When none
 * is left, LP duality says the pool's optimum is optimal for the full model — nothing is lost, while
 * simplex on all 285,000 pairs at 2,000 × 150 degenerates for minutes.
 *
 * Determinism: the input is put in canonical order (ids sorted) before the model is built, the WASM
 * build is single-threaded and HiGHS's random seed fixed, so the same input gives the same model and
 * the same vertex, whatever order the input came in.
 */

export interface StageStats {
  stage: "coverage" | "keep" | "balance";
  /** Columns HiGHS saw in the end: pairs in the pool and load steps. */
  columns: number;
  rows: number;
  /** Solves: one, plus one per round of columns added by pricing. */
  rounds: number;
  seconds: number;
  iterations: number;
}

export interface AssignOptions {
  /** Called after each stage, for benchmarks and logs. */
  onStage?: (stats: StageStats) => void;
  /** Give HiGHS every pair at once instead of pricing them in: the same optimum, slower; for tests. */
  everyPair?: boolean;
}

/**
 * What a pair is worth among equally balanced assignments: 2 when certified curators are preferred and
 * the judge's certificate covers the submission's cluster, 1 for another expertise match, else 0.
 *
 * Certified sits below coverage, stability and balance on purpose. Coverage and the hard rules are
 * what makes an assignment at all; kept pairs keep the scores already given; and balance is the
 * fairness promised to every judge, who gives the time for free — a certificate says who is best
 * placed to read a pitch of its cluster, not that its holder should read more of them (and a curator
 * without a maximum load would otherwise get the whole cluster). So the preference sends each judge's
 * fair share towards their certified clusters, as expertise already does, and before plain expertise.
 *
 * 2 : 1 and not lexicographic: a certified match worth more than every expertise match together
 * would weigh places + 1, and a balance step then (places + 1)² — about 10⁸ at 2,000 × 150, where one
 * match's reduced cost drowns in HiGHS's 1e-7 tolerances. With 2 : 1 a certified match is never given
 * up for one plain match elsewhere; against two it is a tie.
 */
const matchWeight = (pair: CandidatePair): number => (pair.certified ? 2 : pair.expertise ? 1 : 0);

/** Reduced costs and integrality are compared with this; HiGHS's own tolerances are 1e-7. */
const EPSILON = 1e-6;
/** Pairs pricing may add per submission and round: enough to converge in a few rounds, few enough to stay small. */
const ENTERING_PER_SUBMISSION = 4;

/** Columns to add, in CSC form. */
class Columns {
  readonly cost: number[] = [];
  readonly lower: number[] = [];
  readonly upper: number[] = [];
  readonly starts: number[] = [0];
  readonly indices: number[] = [];
  readonly values: number[] = [];

  add(cost: number, lower: number, upper: number, entries: readonly (readonly [row: number, value: number])[]): void {
    this.cost.push(cost);
    this.lower.push(lower);
    this.upper.push(upper);
    for (const [row, value] of entries) {
      this.indices.push(row);
      this.values.push(value);
    }
    this.starts.push(this.indices.length);
  }

  get count(): number {
    return this.cost.length;
  }
}

/**
 * One stage's LP. The pair columns have the same shape in both stages — x[j,s] with a 1 in submission
 * row s and a 1 in judge row S + j — and differ in cost and bounds; a stage may add its own columns.
 */
interface Stage {
  name: StageStats["stage"];
  rowLower: readonly number[];
  rowUpper: readonly number[];
  /** Pairs this stage may use at all; the others are never given to HiGHS. */
  eligible: (p: number) => boolean;
  pairCost: (p: number) => number;
  /** The stage's own columns: called without duals for those to start with, then with each solve's row duals for those that price in. */
  ownColumns?: (rowDual: Float64Array | undefined) => Columns;
}

/**
 * Solves a stage over *all* candidate pairs while giving HiGHS only the pairs in `pool` (which must hold
 * a feasible solution) plus, round by round, the missing columns with a negative reduced cost c − Aᵀy.
 * `pool` grows in place, so the next stage starts from where this one ended. Returns each pooled pair's value.
 */
function solveStage(solver: Highs, c: Candidates, stage: Stage, pool: Set<number>, options: AssignOptions): Map<number, number> {
  const S = c.submissions.length;
  const numRows = stage.rowLower.length;
  const pairColumn: (number | undefined)[] = [];
  const instance = solver.createModel({
    numCols: 0,
    numRows,
    colCost: [],
    colLower: [],
    colUpper: [],
    rowLower: stage.rowLower,
    rowUpper: stage.rowUpper,
    matrix: { format: "csc", numRows, numCols: 0, starts: [0], indices: [], values: [] },
  });
  const add = (columns: Columns, pairs: readonly number[] = []) => {
    if (columns.count === 0) return;
    instance.addCols({
      cost: Float64Array.from(columns.cost),
      lower: Float64Array.from(columns.lower),
      upper: Float64Array.from(columns.upper),
      matrix: {
        format: "csc", numRows, numCols: columns.count,
        starts: Int32Array.from(columns.starts), indices: Int32Array.from(columns.indices), values: Float64Array.from(columns.values),
      },
    });
    pairColumn.push(...(pairs.length > 0 ? pairs : Array.from({ length: columns.count }, () => undefined)));
  };
  const addPairs = (pairs: readonly number[]) => {
    const columns = new Columns();
    for (const p of pairs) columns.add(stage.pairCost(p), 0, 1, [[c.pairs[p]!.submission, 1], [S + c.pairs[p]!.judge, 1]]);
    add(columns, pairs);
  };
  try {
    // Presolve off: with its equality rows, default presolve takes 30 s+ on this model at 2,000 × 150.
    // Simplex, not interior point: integrality needs a vertex.
    instance.options.set({ output_flag: false, presolve: "off", solver: "simplex" });
    addPairs([...pool].filter(stage.eligible).sort((a, b) => a - b));
    if (stage.ownColumns) add(stage.ownColumns(undefined));
    let rounds = 0;
    let iterations = 0;
    for (;;) {
      rounds += 1;
      const { modelStatus } = instance.run();
      // HiGHS returns int64 counters as BigInt; a number is what arithmetic and JSON need.
      iterations += Number(instance.info.get("simplex_iteration_count"));
      if (modelStatus !== solver.constants.modelStatus.optimal) {
        throw new Error(`judge assignment: the ${stage.name} stage ended with HiGHS status "${statusNames[modelStatus]}"`);
      }
      const { rowDual } = instance.getSolution();
      const entering = pricePairs(c, stage, pool, rowDual);
      const own = stage.ownColumns?.(rowDual) ?? new Columns();
      if (entering.length === 0 && own.count === 0) break;
      for (const p of entering) pool.add(p);
      addPairs(entering);
      add(own);
    }
    const { colValue } = instance.getSolution();
    options.onStage?.({ stage: stage.name, columns: pairColumn.length, rows: numRows, rounds, seconds: instance.getRunTime(), iterations });
    const values = new Map<number, number>();
    pairColumn.forEach((p, column) => p !== undefined && values.set(p, colValue[column]!));
    return values;
  } finally {
    instance.dispose();
  }
}

/** Per submission, the few pairs outside the pool with the most negative reduced cost. */
function pricePairs(c: Candidates, stage: Stage, pool: ReadonlySet<number>, rowDual: Float64Array): number[] {
  const S = c.submissions.length;
  const bySubmission = new Map<number, { p: number; reduced: number }[]>();
  c.pairs.forEach((pair, p) => {
    if (pool.has(p) || !stage.eligible(p)) return;
    const reduced = stage.pairCost(p) - rowDual[pair.submission]! - rowDual[S + pair.judge]!;
    if (reduced >= -EPSILON) return;
    const list = bySubmission.get(pair.submission) ?? [];
    list.push({ p, reduced });
    bySubmission.set(pair.submission, list);
  });
  return [...bySubmission.values()]
    .flatMap((list) => list.sort((a, b) => a.reduced - b.reduced || a.p - b.p).slice(0, ENTERING_PER_SUBMISSION).map(({ p }) => p))
    .sort((a, b) => a - b);
}

/**
 * The first pool: the previous pairs, and per submission a few judges taken round the judge list from an
 * offset that moves with the submission (so every judge appears about equally often), the heaviest
 * matches first. Pricing adds whatever else the optimum needs; this only decides how much it must.
 */
function firstPool(c: Candidates): Set<number> {
  const J = c.judges.length;
  const pool = new Set<number>();
  const bySubmission = c.submissions.map((): number[] => []);
  c.pairs.forEach((pair, p) => {
    bySubmission[pair.submission]!.push(p);
    if (pair.previous) pool.add(p);
  });
  bySubmission.forEach((pairs, s) => {
    const offset = (s * c.k) % J;
    const around = (p: number) => (c.pairs[p]!.judge - offset + J) % J;
    const ordered = [...pairs].sort((a, b) => around(a) - around(b));
    const matched = ordered.filter((p) => matchWeight(c.pairs[p]!) > 0).sort((a, b) => matchWeight(c.pairs[b]!) - matchWeight(c.pairs[a]!));
    for (const p of [...matched.slice(0, c.k + 1), ...ordered.slice(0, 2 * c.k + 2)]) pool.add(p);
  });
  return pool;
}

const asBinary = (value: number, stage: string): number => {
  const rounded = Math.round(value);
  if (Math.abs(value - rounded) > EPSILON || (rounded !== 0 && rounded !== 1)) {
    throw new Error(`judge assignment: the ${stage} stage returned a fractional pair (${value})`);
  }
  return rounded;
};

/**
 * Stage "coverage": the most judge places, then the most previous pairs. Both are integer counts and the
 * optimum is integral, so a weight of (previous pairs + 1) per place makes the order exact.
 * Rows: submissions (≤ k), judges (≤ capacity).
 */
function coverFirst(solver: Highs, c: Candidates, pool: Set<number>, options: AssignOptions): number[] {
  const place = c.pairs.filter((pair) => pair.previous).length + 1;
  const values = solveStage(solver, c, {
    name: "coverage",
    rowLower: [...c.submissions.map(() => 0), ...c.judges.map(() => 0)],
    rowUpper: [...c.submissions.map(() => c.k), ...c.capacity],
    eligible: () => true,
    pairCost: (p) => -place - (c.pairs[p]!.previous ? 1 : 0),
  }, pool, options);
  return c.pairs.map((_, p) => asBinary(values.get(p) ?? 0, "coverage"));
}

/**
 * Stage "keep", only when not every previous pair can stay (k lowered, a maximum load lowered, or
 * coverage needing a judge's place): *which* ones stay. Stage "coverage" proved how many; here, with the places fixed,
 * the most of them again, preferring pairs already scored (their scores keep counting), then expertise
 * matches, then the pairs of judges with fewer previous pairs (so the judge who had the most gives one
 * up), then the canonical order — each preference worth less than the one before and all of them
 * together less than one kept pair, so the count stays the most.
 * Preferences that differ pair by pair leave few ties, so the choice rarely hinges on the pool pricing started from. Columns: x, and per judge its load g_j
 * (≤ capacity). Rows: submissions (≤ k), judges (Σ x − g_j = 0), the sink (Σ g = places).
 */
function keep(solver: Highs, c: Candidates, first: readonly number[], pool: Set<number>, options: AssignOptions): number[] {
  const S = c.submissions.length;
  const J = c.judges.length;
  const places = first.reduce((sum, v) => sum + v, 0);
  const previous = c.pairs.flatMap((pair, p) => (pair.previous ? [p] : []));
  const previousOf = c.judges.map(() => 0);
  for (const p of previous) previousOf[c.pairs[p]!.judge]! += 1;
  const most = Math.max(...previousOf) + 1;
  const rank = new Map(previous.map((p, i) => [p, i]));
  const preference = (p: number) => {
    const pair = c.pairs[p]!;
    return (pair.scored ? 0.5 : 0) + (pair.expertise ? 0.25 : 0) + 0.125 * (1 - previousOf[pair.judge]! / most) + (0.1 * (previous.length - rank.get(p)!)) / (previous.length + 1);
  };
  const whole = previous.length + 1;
  const loads = new Columns();
  c.judges.forEach((_, j) => loads.add(0, 0, c.capacity[j]!, [[S + j, -1], [S + J, 1]]));
  const values = solveStage(solver, c, {
    name: "keep",
    rowLower: [...c.submissions.map(() => 0), ...c.judges.map(() => 0), places],
    rowUpper: [...c.submissions.map(() => c.k), ...c.judges.map(() => 0), places],
    eligible: () => true,
    pairCost: (p) => (c.pairs[p]!.previous ? -whole - preference(p) : 0),
    ownColumns: (rowDual) => (rowDual ? new Columns() : loads),
  }, pool, options);
  return c.pairs.map((_, p) => asBinary(values.get(p) ?? 0, "keep"));
}

/**
 * Stage "balance": the same places, the kept previous pairs fixed, the most even loads, then the
 * heaviest matches. Judge j's load is Σ_t w[j,t], the t-th unit costing t · unit (less a constant),
 * a unit being more than every place's heaviest match together; pairs cost −`matchWeight`. The kept
 * pairs are constants, not columns (after a withdrawal HiGHS then sees only the submissions that lost
 * a judge). Rows: submissions (≤ k − kept), judges (Σ x − Σ w = −kept), the sink (Σ w = places).
 * The first steps cover the earlier stage's loads, so its solution is feasible from the start; step t enters when its reduced cost (t − base) · unit + y_j − y_sink is negative.
 */
function balance(solver: Highs, c: Candidates, first: readonly number[], pool: Set<number>, options: AssignOptions): number[] {
  const S = c.submissions.length;
  const J = c.judges.length;
  const sinkRow = S + J;
  const places = first.reduce((sum, v) => sum + v, 0);
  const unit = places * c.pairs.reduce((heaviest, pair) => Math.max(heaviest, matchWeight(pair)), 1) + 1;
  // Σ w = places is fixed, so a constant per step changes nothing but the numbers: counting steps from
  // the average keeps the costs HiGHS sees small (a few units) instead of load × places.
  const base = Math.floor(places / J);
  const fixed = c.pairs.map((pair, p) => pair.previous && first[p] === 1);
  const keptOf = c.submissions.map(() => 0);
  const keptBy = c.judges.map(() => 0);
  const firstLoad = c.judges.map(() => 0);
  c.pairs.forEach((pair, p) => {
    firstLoad[pair.judge]! += first[p]!;
    if (!fixed[p]) return;
    keptOf[pair.submission]! += 1;
    keptBy[pair.judge]! += 1;
  });
  const stepsOf = firstLoad.map((load, j) => Math.min(c.capacity[j]!, Math.max(load, Math.ceil(places / J) + 1)));
  const inModel = c.judges.map(() => 0);
  const steps = (rowDual: Float64Array | undefined): Columns => {
    const columns = new Columns();
    c.judges.forEach((_, j) => {
      const entering = (t: number) => t <= stepsOf[j]! || (rowDual !== undefined && (t - base) * unit + rowDual[S + j]! - rowDual[sinkRow]! < -EPSILON);
      while (inModel[j]! < c.capacity[j]! && entering(inModel[j]! + 1)) {
        inModel[j]! += 1;
        columns.add((inModel[j]! - base) * unit, 0, 1, [[S + j, -1], [sinkRow, 1]]);
      }
    });
    return columns;
  };
  const values = solveStage(solver, c, {
    name: "balance",
    rowLower: [...c.submissions.map(() => 0), ...keptBy.map((kept) => -kept), places],
    rowUpper: [...keptOf.map((kept) => c.k - kept), ...keptBy.map((kept) => -kept), places],
    eligible: (p) => !fixed[p] && keptOf[c.pairs[p]!.submission]! < c.k,
    pairCost: (p) => -matchWeight(c.pairs[p]!),
    ownColumns: steps,
  }, pool, options);
  return c.pairs.map((_, p) => (fixed[p] ? 1 : asBinary(values.get(p) ?? 0, "balance")));
}

/** Exactly k judges per submission where the conflicts and loads allow, proved balanced; see above. */
export async function assignJudges(input: AssignmentInput, options: AssignOptions = {}): Promise<AssignmentResult> {
  const c = candidates(input);
  let chosen = c.pairs.map(() => 0);
  if (c.pairs.length > 0) {
    const solver = await highs();
    const pool = options.everyPair ? new Set(c.pairs.keys()) : firstPool(c);
    chosen = coverFirst(solver, c, pool, options);
    const kept = c.pairs.filter((pair, p) => pair.previous && chosen[p] === 1).length;
    if (kept < c.pairs.filter((pair) => pair.previous).length) chosen = keep(solver, c, chosen, pool, options);
    if (chosen.some((v) => v === 1)) chosen = balance(solver, c, chosen, pool, options);
  }
  return result(c, chosen);
}

function result(c: Candidates, chosen: readonly number[]): AssignmentResult {
  const assigned = c.submissions.map(() => 0);
  const load = c.judges.map(() => 0);
  const byJudge: JudgePair[][] = c.judges.map(() => []);
  c.pairs.forEach((pair, p) => {
    if (chosen[p] !== 1) return;
    assigned[pair.submission]! += 1;
    load[pair.judge]! += 1;
    byJudge[pair.judge]!.push([c.judges[pair.judge]!.id, c.submissions[pair.submission]!.id]);
  });
  const unassigned: UnassignedSubmission[] = [];
  c.submissions.forEach((submission, s) => {
    const got = assigned[s]!;
    if (got >= c.k) return;
    const { code, reason } = unassignedReason(c.k, got, c.withoutConflict[s]!);
    unassigned.push({ submission: submission.id, missing: c.k - got, reason, code });
  });
  // Judges and submissions are in id order and pairs are by submission, so each judge's list is sorted.
  return {
    assignments: byJudge.flat(),
    unassigned,
    loads: Object.fromEntries(c.judges.map((judge, j) => [judge.id, load[j]!])),
  };
}
