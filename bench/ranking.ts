import { compareIds } from "../shared/domain/judge-assignment.js";
import { DEFAULT_BOOTSTRAP, rankSubmissions, type JudgeScore, type RankingMethod, type RankingResult } from "../shared/domain/ranking.js";

const K = 3;
const FINALISTS = 5;
const SEEDS = 200;
const simulated = { submissions: 300, judges: 30 };
const timedSizes = [
  { submissions: 300, judges: 30 },
  { submissions: 1_000, judges: 100 },
  { submissions: 100_000, judges: 10_000 },
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

/** Box–Muller on the seeded generator. */
const normal = (next: () => number) => () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());

/**
 * k distinct judges per submission, loads as even as they can be (they differ by at most 1): every judge
 * fills the same number of places, shuffled, and a submission that drew a judge twice swaps the second
 * with a place elsewhere that keeps both submissions' judges distinct.
 */
function panel(submissions: number, judges: number, next: () => number): number[][] {
  const places = Array.from({ length: submissions * K }, (_, i) => i % judges);
  for (let i = places.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [places[i], places[j]] = [places[j]!, places[i]!];
  }
  const holds = (s: number, judge: number, except: number) => [0, 1, 2].some((slot) => slot !== except && places[s * K + slot] === judge);
  for (let s = 0; s < submissions; s++) {
    for (let slot = 0; slot < K; slot++) {
      while (holds(s, places[s * K + slot]!, slot)) {
        const other = Math.floor(next() * places.length);
        const [t, otherSlot] = [Math.floor(other / K), other % K];
        if (t === s || holds(s, places[other]!, slot) || holds(t, places[s * K + slot]!, otherSlot)) continue;
        [places[s * K + slot], places[other]] = [places[other]!, places[s * K + slot]!];
      }
    }
  }
  return Array.from({ length: submissions }, (_, s) => places.slice(s * K, s * K + K));
}

interface Competition {
  scores: JudgeScore[];
  /** True quality per submission id. */
  quality: Map<string, number>;
}

/**
 * True quality ~ N(60, 10); each judge has a bias ~ N(0, 8) and uses the scale more narrowly or widely
 * (× U(0.6, 1.4) around their own centre); noise ~ N(0, 4); scores kept on 0–100 as in the app.
 */
function competition(submissions: number, judges: number, seed: number, biased: boolean): Competition {
  const next = random(seed);
  const gauss = normal(next);
  const ids = Array.from({ length: submissions }, (_, s) => `s${String(s).padStart(6, "0")}`);
  const quality = new Map(ids.map((id) => [id, 60 + 10 * gauss()]));
  const judge = Array.from({ length: judges }, () => ({ bias: biased ? 8 * gauss() : 0, scale: biased ? 0.6 + 0.8 * next() : 1 }));
  const scores = panel(submissions, judges, next).flatMap((panelOf, s) => panelOf.map((j) => {
    const q = quality.get(ids[s]!)!;
    const score = 60 + judge[j]!.bias + judge[j]!.scale * (q - 60) + 4 * gauss();
    return { judge: `j${String(j).padStart(5, "0")}`, submission: ids[s]!, score: Math.min(100, Math.max(0, score)) };
  }));
  return { scores, quality };
}

interface Measures {
  overlap: number;
  tau: number;
  bestInFive: number;
  bestFirst: number;
}

/** How well an order (best first) recovers the true one. */
function measure(order: readonly string[], quality: Map<string, number>): Measures {
  const truth = [...quality.keys()].sort((a, b) => quality.get(b)! - quality.get(a)!);
  const trueFive = new Set(truth.slice(0, FINALISTS));
  let concordant = 0;
  let discordant = 0;
  for (let i = 0; i < order.length; i++) {
    for (let j = i + 1; j < order.length; j++) {
      if (quality.get(order[i]!)! > quality.get(order[j]!)!) concordant++;
      else discordant++;
    }
  }
  return {
    overlap: order.slice(0, FINALISTS).filter((id) => trueFive.has(id)).length / FINALISTS,
    tau: (concordant - discordant) / (concordant + discordant),
    bestInFive: order.slice(0, FINALISTS).includes(truth[0]!) ? 1 : 0,
    bestFirst: order[0] === truth[0] ? 1 : 0,
  };
}

const rawOrder = (result: RankingResult) =>
  [...result.ranking].sort((a, b) => b.raw - a.raw || compareIds(a.submission, b.submission)).map((e) => e.submission);

/** Mean and standard error. */
function summary(values: readonly number[]): { mean: number; se: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1);
  return { mean, se: Math.sqrt(variance / values.length) };
}

const pct = (x: { mean: number; se: number }) => `${(100 * x.mean).toFixed(1)} ± ${(100 * x.se).toFixed(1)}%`;
const num = (x: { mean: number; se: number }, digits = 3) => `${x.mean.toFixed(digits)} ± ${x.se.toFixed(digits)}`;
const seconds = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);

function accuracy(biased: boolean): void {
  const methods: RankingMethod[] = ["additive", "standardised"];
  const columns = ["raw mean", ...methods];
  const results: Record<string, Measures[]> = Object.fromEntries(columns.map((c) => [c, []]));
  for (let seed = 1; seed <= SEEDS; seed++) {
    const { scores, quality } = competition(simulated.submissions, simulated.judges, seed, biased);
    // Without the bootstrap: the point ranking is what is measured here (rounds 0 switches it off).
    for (const method of methods) {
      const result = rankSubmissions(scores, { method, finalists: FINALISTS, bootstrap: { rounds: 0, seed: 1 } });
      results[method]!.push(measure(result.ranking.map((e) => e.submission), quality));
      if (method === "additive") results["raw mean"]!.push(measure(rawOrder(result), quality));
    }
  }
  const row = (label: string, values: string[]) => console.log(`  ${label.padEnd(34)}${values.map((v) => v.padStart(18)).join("")}`);
  // The same competitions go through every method, so the differences to the raw mean are paired.
  const paired = (c: string, of: (m: Measures) => number) => summary(results[c]!.map((m, i) => of(m) - of(results["raw mean"]![i]!)));
  console.log(`\n${biased ? "biased judges (bias ~ N(0, 8), scale × U(0.6, 1.4))" : "unbiased judges (bias 0, scale 1)"}: ${SEEDS} competitions, mean ± standard error`);
  row("", columns);
  row("overlap with the true top five", columns.map((c) => pct(summary(results[c]!.map((m) => m.overlap)))));
  row("  − raw mean, paired", columns.map((c) => (c === "raw mean" ? "" : pct(paired(c, (m) => m.overlap)))));
  row("Kendall tau with the true order", columns.map((c) => num(summary(results[c]!.map((m) => m.tau)))));
  row("  − raw mean, paired", columns.map((c) => (c === "raw mean" ? "" : num(paired(c, (m) => m.tau), 4))));
  row("true best among the five", columns.map((c) => pct(summary(results[c]!.map((m) => m.bestInFive)))));
  row("true best ranked first", columns.map((c) => pct(summary(results[c]!.map((m) => m.bestFirst)))));
}

function timing(): void {
  const { rounds, seed } = DEFAULT_BOOTSTRAP;
  // Wall time, and the process's CPU time beside it: on a shared machine the second varies less.
  const clock = () => ({ wall: performance.now(), cpu: (process.cpuUsage().user + process.cpuUsage().system) / 1000 });
  console.log(`\ntime of rankSubmissions (additive), k = ${K}, bootstrap ${rounds} rounds (the default), seed ${seed}`);
  const row = (label: string, values: string[]) => console.log(`  ${label.padEnd(22)}${values.map((v) => v.padStart(14)).join("")}`);
  row("", ["scores", "no bootstrap", "with it", "CPU", "per round"]);
  const measured: { scores: number; ms: number; cpu: number }[] = [];
  for (const { submissions, judges } of timedSizes) {
    const { scores } = competition(submissions, judges, 42, true);
    const started = clock();
    rankSubmissions(scores, { bootstrap: { rounds: 0, seed } });
    const fitted = clock();
    rankSubmissions(scores, { bootstrap: { rounds, seed } });
    const done = clock();
    const [pointMs, fullMs] = [fitted.wall - started.wall, done.wall - fitted.wall];
    measured.push({ scores: scores.length, ms: fullMs, cpu: done.cpu - fitted.cpu });
    row(`${submissions.toLocaleString("en")} × ${judges.toLocaleString("en")}`, [
      scores.length.toLocaleString("en"), seconds(pointMs), seconds(fullMs), seconds(done.cpu - fitted.cpu), `${((fullMs - pointMs) / rounds).toFixed(1)} ms`,
    ]);
  }
  for (let i = 1; i < measured.length; i++) {
    const [before, after] = [measured[i - 1]!, measured[i]!];
    console.log(`  ${before.scores.toLocaleString("en")} → ${after.scores.toLocaleString("en")} scores: size × ${(after.scores / before.scores).toFixed(0)}, `
      + `time × ${(after.ms / before.ms).toFixed(1)} (CPU × ${(after.cpu / before.cpu).toFixed(1)})`);
  }
}

/**
 * The corrected rankings against the raw mean on simulated competitions whose true qualities are known,
 * with and without biased judges; then the time of a ranking with the default bootstrap as it grows.
 */
export async function run(): Promise<void> {
  console.log(`ranking: ${simulated.submissions} submissions × ${simulated.judges} judges, k = ${K}, balanced loads, noise ~ N(0, 4), ${FINALISTS} finalists, seeded`);
  rankSubmissions(competition(300, 30, 0, true).scores); // warm-up: V8 compiles the fit before anything is timed
  accuracy(true);
  accuracy(false);
  timing();
}
