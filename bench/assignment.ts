import {
  assignmentChanges, checkAssignment, compareIds,
  type AssignmentInput, type AssignmentResult, type JudgePair,
} from "../shared/domain/judge-assignment.js";
import { sectorCodes } from "../shared/domain/reference.js";
import { assignJudges, type StageStats } from "../shared/solver/judge-assignment.js";

const K = 3;
const CONFLICT_SHARE = 0.05;
const sizes = [
  { submissions: 300, judges: 30 },
  { submissions: 2_000, judges: 150 },
];

/** mulberry32: a small seeded generator, so every run benchmarks the same competitions. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A competition: sectors drawn at random, judges with one or two sectors, 5% of pairs in conflict. */
function competition(submissions: number, judges: number, seed: number): AssignmentInput {
  const next = random(seed);
  const sector = () => sectorCodes[Math.floor(next() * sectorCodes.length)]!;
  const input: AssignmentInput = {
    k: K,
    submissions: Array.from({ length: submissions }, (_, i) => ({ id: `s${String(i).padStart(4, "0")}`, sector: sector() })),
    judges: Array.from({ length: judges }, (_, i) => ({ id: `j${String(i).padStart(3, "0")}`, sectors: next() < 0.5 ? [sector()] : [sector(), sector()] })),
    conflicts: [],
  };
  const conflicts: JudgePair[] = [];
  for (const judge of input.judges) for (const submission of input.submissions) if (next() < CONFLICT_SHARE) conflicts.push([judge.id, submission.id]);
  return { ...input, conflicts };
}

/**
 * The baseline: a greedy round-robin pass — each submission, in id order, takes the next k judges round
 * the judge list that have no conflict with it. Fast and simple, but it proves nothing and remembers
 * nothing: a withdrawal means running it again.
 */
function roundRobin(input: AssignmentInput): AssignmentResult {
  const judges = [...input.judges].sort((a, b) => compareIds(a.id, b.id));
  const conflicted = new Set(input.conflicts.map(([j, s]) => `${j}\n${s}`));
  const loads = Object.fromEntries(judges.map((judge) => [judge.id, 0]));
  const assignments: JudgePair[] = [];
  let next = 0;
  for (const submission of [...input.submissions].sort((a, b) => compareIds(a.id, b.id))) {
    let taken = 0;
    for (let tried = 0; tried < judges.length && taken < input.k; tried++) {
      const judge = judges[(next + tried) % judges.length]!;
      if (conflicted.has(`${judge.id}\n${submission.id}`)) continue;
      assignments.push([judge.id, submission.id]);
      loads[judge.id]! += 1;
      taken += 1;
      if (taken === input.k) next = (next + tried + 1) % judges.length;
    }
  }
  return { assignments, unassigned: [], loads };
}

function expertiseShare(input: AssignmentInput, result: AssignmentResult): number {
  const sectorOf = new Map(input.submissions.map((s) => [s.id, s.sector]));
  const sectorsOf = new Map(input.judges.map((j) => [j.id, j.sectors]));
  const matched = result.assignments.filter(([j, s]) => sectorsOf.get(j)!.includes(sectorOf.get(s)!)).length;
  return matched / Math.max(1, result.assignments.length);
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const ms = (x: number) => (x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);

/**
 * The exact assignment against the greedy baseline, on the two sizes: time, balance (max − min
 * load), coverage (places filled of k per submission), expertise matches, and how many pairs move when
 * one judge withdraws (the solver re-run with `previous`, the baseline re-run from scratch).
 */
export async function run(): Promise<void> {
  // The first solve in a process loads the WASM (55–75 ms) and runs it unoptimised until V8 has compiled
  // it fully: a cold Lambda pays this once. It is measured apart, on a different 300 × 30 competition.
  const warmUp = await timed(() => assignJudges(competition(300, 30, 1)));
  console.log(`assignment: k = ${K}, ${pct(CONFLICT_SHARE)} of pairs in conflict, seeded`);
  console.log(`  first solve in this process (300 × 30, WASM load and warm-up): ${ms(warmUp.ms)}`);

  for (const [index, size] of sizes.entries()) {
    const input = competition(size.submissions, size.judges, 42 + index);
    const places = K * size.submissions;
    const stages: StageStats[] = [];
    const exact = await timed(() => assignJudges(input, { onStage: (stats) => stages.push(stats) }));
    const problems = checkAssignment(input, exact.value).problems;
    if (problems.length > 0) throw new Error(`the assignment breaks a rule: ${JSON.stringify(problems.slice(0, 5))}`);
    const greedy = await timed(() => roundRobin(input));

    // One judge withdraws: the one with the most expertise matches would hurt most; take a seeded one.
    const gone = input.judges[Math.floor(random(7 + index)() * input.judges.length)]!.id;
    const after: AssignmentInput = { ...input, judges: input.judges.filter((judge) => judge.id !== gone), previous: exact.value.assignments };
    const rerunStages: StageStats[] = [];
    const rerun = await timed(() => assignJudges(after, { onStage: (stats) => rerunStages.push(stats) }));
    const moved = assignmentChanges(exact.value.assignments, rerun.value.assignments).added.length;
    const greedyAfter = roundRobin({ ...after, previous: undefined });
    const greedyMoved = assignmentChanges(greedy.value.assignments, greedyAfter.assignments).added.length;

    const row = (label: string, exactValue: string, greedyValue: string, ratio = "") =>
      console.log(`  ${label.padEnd(34)}${exactValue.padStart(14)}${greedyValue.padStart(14)}${ratio.padStart(12)}`);
    console.log(`\n${size.submissions} submissions × ${size.judges} judges: ${input.conflicts.length} conflicts, ${places} places`);
    row("", "HiGHS", "round-robin", "ratio");
    row("time", ms(exact.ms), ms(greedy.ms), `${(exact.ms / greedy.ms).toFixed(0)}×`);
    row("balance (max − min load)", String(checkAssignment(input, exact.value).balance), String(checkAssignment(input, greedy.value).balance));
    row("coverage", pct(exact.value.assignments.length / places), pct(greedy.value.assignments.length / places));
    row("expertise matches", pct(expertiseShare(input, exact.value)), pct(expertiseShare(input, greedy.value)),
      `${(expertiseShare(input, exact.value) / expertiseShare(input, greedy.value)).toFixed(2)}×`);
    row(`judge ${gone} withdraws (load ${exact.value.loads[gone]}): moved`, String(moved), String(greedyMoved));
    row("  re-run time", ms(rerun.ms), "");
    row("  balance after", String(checkAssignment(after, rerun.value).balance), String(checkAssignment(after, greedyAfter).balance));
    row("  coverage after", pct(rerun.value.assignments.length / places), pct(greedyAfter.assignments.length / places));
    const describe = (list: StageStats[]) =>
      list.map((s) => `${s.stage} ${s.seconds.toFixed(2)} s (${s.columns} columns, ${s.rounds} round${s.rounds === 1 ? "" : "s"}, ${s.iterations} iterations)`).join("; ");
    console.log(`  HiGHS stages: ${describe(stages)}`);
    console.log(`  re-run stages: ${describe(rerunStages)}`);
  }
}
