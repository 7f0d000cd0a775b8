import { InvalidInput, type FieldIssue } from "./errors.js";
import { compareIds } from "./judge-assignment.js";

/**
 * Ranking the pitch competition. Each submission is read by k judges drawn from a larger panel, so a
 * plain mean rewards whoever drew lenient judges. The ranking here corrects for the judges, says how sure
 * it is, and never breaks a tie it cannot explain:
 *
 * - **additive** (the default) fits score = quality(submission) + bias(judge) + noise by least squares,
 *   the biases summing to zero within each connected part of the judge–submission graph, and ranks on
 *   quality: the score an average judge of the panel would have given.
 * - **standardised** puts each judge's scores on a common scale (z-scores per judge) and reads the mean z
 *   back on the original scale; it also corrects judges who use a narrow or a wide part of the scale, but
 *   assumes each judge drew a representative share of the field, so with ~30 submissions a judge it
 *   costs accuracy when the judges are fair (`npm run bench -- ranking`).
 *
 * Ties within `TIE_TOLERANCE` go to the organiser's tie-break keys; a tie they do not break is reported,
 * shared rank and all. A seeded bootstrap gives each submission its chance of being a finalist.
 * The result depends on the input rows only as a set: everything is ordered by id internally, and ids are
 * compared by code unit (`compareIds`), never by locale.
 *
 * Errors: a judge scoring the same submission twice (`duplicate_score`) or a score that is not a finite
 * number (`score_not_finite`) is refused as `InvalidInput`, one issue per row at `["scores", row]`.
 */

export const rankingMethods = ["additive", "standardised"] as const;
export type RankingMethod = (typeof rankingMethods)[number];

export const selections = ["finalist", "reserve", "none"] as const;
export type Selection = (typeof selections)[number];

/** How an entry was told apart from its neighbours: its quality, the i-th tie-break key (from 0), or not at all. */
export type DecidedBy = "quality" | `tieBreak:${number}` | "unbroken";

/** One judge's weighted total for one submission, on any scale (0–100 in the app). */
export interface JudgeScore {
  judge: string;
  submission: string;
  score: number;
}

export interface BootstrapSettings {
  /** 0 switches the bootstrap off: probabilities then read the point ranking (1 for a finalist, 0 otherwise) and every spread is 0. */
  rounds: number;
  seed: number;
}

export interface RankingOptions {
  method?: RankingMethod | undefined;
  /** A submission read by fewer distinct judges is not ranked (its scores still inform the judges' biases). */
  minJudges?: number | undefined;
  finalists?: number | undefined;
  reserves?: number | undefined;
  /**
   * Every submission that should appear: one without a score is listed as unranked with 0 judges. Scores
   * of a submission missing from the list still count (the list adds, it never filters).
   */
  submissions?: readonly string[] | undefined;
  /** Per submission, keys compared in order, higher first, when qualities tie; a missing list (or key) counts as the lowest. */
  tieBreak?: Readonly<Record<string, readonly number[]>> | undefined;
  bootstrap?: BootstrapSettings | undefined;
  /** A submission whose finalist probability lies in [lo, hi] is a close call. */
  closeCall?: readonly [number, number] | undefined;
}

export interface Contribution {
  judge: string;
  score: number;
  bias: number;
  /** The score on the quality scale: score − bias (additive), or the judge's z placed on the overall scale (standardised). */
  adjusted: number;
}

export interface RankedSubmission {
  submission: string;
  /** Competition ranking: tied submissions share the better rank ("1, 2, 2, 4"). */
  rank: number;
  /** 1-based place in the order; unique, it decides the selection. */
  position: number;
  /** The mean of the adjusted scores: what an average judge of the panel would have given. */
  quality: number;
  /** The plain mean of its scores. */
  raw: number;
  /** Distinct judges who scored it. */
  judges: number;
  /** Share of bootstrap rounds in which it is among the finalists. */
  top5Probability: number;
  qualitySd: number;
  closeCall: boolean;
  selection: Selection;
  decidedBy: DecidedBy;
  /** Index into `parts` (0 when the whole panel is one part and `parts` is empty). */
  part: number;
  /** By judge id. */
  contributions: Contribution[];
}

export interface UnrankedSubmission {
  submission: string;
  judges: number;
  needed: number;
}

export interface RankingResult {
  method: RankingMethod;
  /** Best first. */
  ranking: RankedSubmission[];
  /** By submission id. */
  unranked: UnrankedSubmission[];
  /** Per judge: how much above an average judge they score (additive), or their mean above the overall mean (standardised). */
  bias: Record<string, number>;
  /** Standardised only: each judge's sd over the overall sd (0 for a judge who carries no ranking information). */
  scale?: Record<string, number>;
  /** Spread of each judge's bias over the bootstrap rounds. */
  biasSd: Record<string, number>;
  /** Scores given per judge. */
  judgeLoads: Record<string, number>;
  /**
   * The residual sd of the fit, over N − S − J + parts degrees of freedom; never below 1e-6 of the scores'
   * sd (and 1e-6) — a fit without freedom left, or an exact one — so the value of a review stays finite.
   */
  noiseSd: number;
  components: number;
  /** The judges and submissions of each part, ordered by their smallest submission id; empty when there is one part. */
  parts: { judges: string[]; submissions: string[] }[];
  /** Ties no key broke, best first. */
  ties: { rank: number; submissions: string[] }[];
  /** Unbroken ties across the finalist or the reserve cut: an organiser must decide them before publishing. */
  boundaryTies: { cut: "finalists" | "reserves"; submissions: string[] }[];
  bootstrap: BootstrapSettings;
}

/** Two qualities closer than this are a tie: differences below it are rounding, not judgement. */
export const TIE_TOLERANCE = 1e-6;
export const DEFAULT_FINALISTS = 5;
export const DEFAULT_RESERVES = 3;
/**
 * 500 rounds keep the standard error of a probability at most √(0.25 / 500) ≈ 0.022, and rank 300
 * submissions (900 scores) in about 0.2 s of CPU. The cost grows linearly: 100,000 submissions
 * (300,000 scores) take about 40 s of CPU (`npm run bench -- ranking`).
 */
export const DEFAULT_BOOTSTRAP: BootstrapSettings = { rounds: 500, seed: 1 };
export const DEFAULT_CLOSE_CALL: readonly [number, number] = [0.2, 0.8];

// ---- the panel in canonical form ------------------------------------------------------------------

/**
 * The scores as flat arrays, ordered by submission id, then judge id, whatever order they came in.
 * Submission s owns the scores `start[s]` … `start[s + 1] − 1`; a design for a fit adds a weight per
 * score (how many times it counts: 1 in the data, 0–n in a bootstrap round).
 */
interface Design {
  submissions: number;
  judges: number;
  start: Int32Array;
  judge: Int32Array;
  score: Float64Array;
  weight: Float64Array;
}

interface Panel extends Design {
  judgeIds: string[];
  submissionIds: string[];
}

const issue = (path: PropertyKey[], message: string): FieldIssue => ({ path, code: "custom", message });

function canonical(scores: readonly JudgeScore[]): Panel {
  const issues: FieldIssue[] = [];
  scores.forEach((row, i) => {
    if (!Number.isFinite(row.score)) issues.push(issue(["scores", i, "score"], "score_not_finite"));
  });
  const judgeIds = [...new Set(scores.map((row) => row.judge))].sort(compareIds);
  const submissionIds = [...new Set(scores.map((row) => row.submission))].sort(compareIds);
  const judgeIndex = new Map(judgeIds.map((id, j) => [id, j]));
  const submissionIndex = new Map(submissionIds.map((id, s) => [id, s]));

  // A counting sort by submission, then each submission's few rows by judge: linear, so 300,000 rows cost nothing.
  const S = submissionIds.length;
  const start = new Int32Array(S + 1);
  for (const row of scores) start[submissionIndex.get(row.submission)! + 1]! += 1;
  for (let s = 0; s < S; s++) start[s + 1]! += start[s]!;
  const rowAt = new Int32Array(scores.length);
  const filled = start.slice(0, S);
  scores.forEach((row, i) => {
    rowAt[filled[submissionIndex.get(row.submission)!]!++] = i;
  });
  const judge = new Int32Array(scores.length);
  const score = new Float64Array(scores.length);
  for (let s = 0; s < S; s++) {
    const rows = Array.from(rowAt.subarray(start[s]!, start[s + 1]!)).sort((a, b) => judgeIndex.get(scores[a]!.judge)! - judgeIndex.get(scores[b]!.judge)! || a - b);
    rows.forEach((i, offset) => {
      const o = start[s]! + offset;
      judge[o] = judgeIndex.get(scores[i]!.judge)!;
      score[o] = scores[i]!.score;
      if (offset > 0 && judge[o] === judge[o - 1]) issues.push(issue(["scores", i], "duplicate_score"));
    });
  }
  if (issues.length) throw new InvalidInput(issues);
  return { judgeIds, submissionIds, submissions: S, judges: judgeIds.length, start, judge, score, weight: new Float64Array(scores.length).fill(1) };
}

// ---- parts ----------------------------------------------------------------------------------------

/**
 * The connected parts of the judge–submission graph (scores of weight 0 do not connect). Qualities in
 * different parts share no judge, so their levels rest on the assumption that each part's judges are on
 * average fair. Parts are numbered by their smallest submission; a judge or submission without weight is −1.
 */
interface Parts {
  count: number;
  ofJudge: Int32Array;
  ofSubmission: Int32Array;
}

function partsOf(d: Design): Parts {
  const { submissions: S, judges: J, start, judge, weight } = d;
  // Union-find over the judges alone (a submission joins its judges together), by size, with path
  // halving: a few small arrays, which matters when every bootstrap round needs its own parts.
  const parent = new Int32Array(J);
  const size = new Int32Array(J).fill(1);
  for (let j = 0; j < J; j++) parent[j] = j;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const first = new Int32Array(S).fill(-1);
  for (let s = 0; s < S; s++) {
    for (let o = start[s]!; o < start[s + 1]!; o++) {
      if (weight[o] === 0) continue;
      if (first[s] === -1) {
        first[s] = judge[o]!;
        continue;
      }
      const a = find(first[s]!);
      const b = find(judge[o]!);
      if (a === b) continue;
      const [big, small] = size[a]! >= size[b]! ? [a, b] : [b, a];
      parent[small] = big;
      size[big]! += size[small]!;
    }
  }
  const label = new Int32Array(J).fill(-1);
  const ofSubmission = new Int32Array(S).fill(-1);
  let count = 0;
  for (let s = 0; s < S; s++) {
    if (first[s] === -1) continue;
    const root = find(first[s]!);
    if (label[root] === -1) label[root] = count++;
    ofSubmission[s] = label[root]!;
  }
  // A judge whose scores all weigh 0 joined nobody, and no submission labelled them: −1.
  const ofJudge = new Int32Array(J);
  for (let j = 0; j < J; j++) ofJudge[j] = label[find(j)]!;
  return { count, ofJudge, ofSubmission };
}

// ---- the fits -------------------------------------------------------------------------------------

interface Fit {
  quality: Float64Array;
  bias: Float64Array;
  /** Judges with weight in this fit; the others have bias 0 and are left out of the bootstrap's spreads. */
  active: Uint8Array;
  scale?: Float64Array;
  /** A judge's score on the quality scale; a submission's quality is the weighted mean of its adjusted scores. */
  adjusted(judge: number, score: number): number;
}

/** Relative residual at which the bias system counts as solved: equal true qualities come out equal to ~1e-9. */
const CG_TOLERANCE = 1e-12;

/** (L x)_j = Σ over j's scores w (x_j − t_s), t_s the weighted mean of x over s's judges: O(scores), no matrix. */
function applyJudgeSystem(d: Design, total: Float64Array, x: Float64Array, out: Float64Array): void {
  const { submissions: S, start, judge, weight } = d;
  out.fill(0);
  for (let s = 0; s < S; s++) {
    if (total[s] === 0) continue;
    const from = start[s]!;
    const to = start[s + 1]!;
    let t = 0;
    for (let o = from; o < to; o++) t += weight[o]! * x[judge[o]!]!;
    t /= total[s]!;
    for (let o = from; o < to; o++) out[judge[o]!]! += weight[o]! * (x[judge[o]!]! - t);
  }
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
};

/**
 * Solves L b = rhs by conjugate gradients with a Jacobi preconditioner, from the `b` given (0, or the
 * full data's biases in a bootstrap round). L is positive semidefinite with the per-part constants as its
 * null space and rhs is orthogonal to them, so the iteration converges; what it leaves in the null space
 * (the warm start's, and rounding's drift) the caller removes by centring each part.
 */
function conjugateGradient(d: Design, total: Float64Array, rhs: Float64Array, inverseDiagonal: Float64Array, b: Float64Array): void {
  const J = d.judges;
  const r = new Float64Array(J);
  const z = new Float64Array(J);
  const p = new Float64Array(J);
  const q = new Float64Array(J);
  applyJudgeSystem(d, total, b, q);
  for (let j = 0; j < J; j++) r[j] = rhs[j]! - q[j]!;
  const tolerance = CG_TOLERANCE * Math.max(Math.sqrt(dot(rhs, rhs)), Math.sqrt(dot(q, q)));
  for (let j = 0; j < J; j++) z[j] = r[j]! * inverseDiagonal[j]!;
  p.set(z);
  let rz = dot(r, z);
  // Exact arithmetic needs at most J steps; the margin covers rounding on long chains of judges.
  const maxIterations = 2 * J + 100;
  for (let iteration = 0; iteration < maxIterations && Math.sqrt(dot(r, r)) > tolerance && rz > 0; iteration++) {
    applyJudgeSystem(d, total, p, q);
    const curvature = dot(p, q);
    if (!(curvature > 0)) break;
    const alpha = rz / curvature;
    for (let j = 0; j < J; j++) {
      b[j]! += alpha * p[j]!;
      r[j]! -= alpha * q[j]!;
      z[j] = r[j]! * inverseDiagonal[j]!;
    }
    const next = dot(r, z);
    const beta = next / rz;
    rz = next;
    for (let j = 0; j < J; j++) p[j] = z[j]! + beta * p[j]!;
  }
}

/**
 * score(j, s) = quality(s) + bias(j) + noise, by weighted least squares. The qualities are eliminated
 * (q_s = (Y_s − Σ_{j∈s} w b_j) / n_s) and the judges' system solved by conjugate gradients, so 300,000
 * scores need a few arrays of their own length and no matrix.
 */
function fitAdditive(d: Design, warm?: Float64Array): Fit {
  const { submissions: S, judges: J, start, judge, score, weight } = d;
  const parts = partsOf(d);
  const total = new Float64Array(S);
  const mean = new Float64Array(S);
  const load = new Float64Array(J);
  const rhs = new Float64Array(J);
  const diagonal = new Float64Array(J);
  for (let s = 0; s < S; s++) {
    const from = start[s]!;
    const to = start[s + 1]!;
    let n = 0;
    let sum = 0;
    for (let o = from; o < to; o++) {
      n += weight[o]!;
      sum += weight[o]! * score[o]!;
    }
    if (n === 0) continue;
    total[s] = n;
    mean[s] = sum / n;
    for (let o = from; o < to; o++) {
      const w = weight[o]!;
      const j = judge[o]!;
      load[j]! += w;
      rhs[j]! += w * (score[o]! - mean[s]!);
      diagonal[j]! += w - (w * w) / n;
    }
  }
  // A judge alone on all their submissions has an empty row: their bias is fixed by the centring alone.
  const inverseDiagonal = new Float64Array(J);
  for (let j = 0; j < J; j++) inverseDiagonal[j] = diagonal[j]! > 1e-12 * load[j]! ? 1 / diagonal[j]! : 0;
  const bias = new Float64Array(J);
  const active = new Uint8Array(J);
  for (let j = 0; j < J; j++) {
    active[j] = load[j]! > 0 ? 1 : 0;
    if (warm && active[j]) bias[j] = warm[j]!;
  }
  conjugateGradient(d, total, rhs, inverseDiagonal, bias);

  // Biases sum to zero within each part: the fairness assumption, and what pins each part's level.
  const sum = new Float64Array(parts.count);
  const count = new Float64Array(parts.count);
  for (let j = 0; j < J; j++) {
    const p = parts.ofJudge[j]!;
    if (p < 0) bias[j] = 0;
    else {
      sum[p]! += bias[j]!;
      count[p]! += 1;
    }
  }
  for (let j = 0; j < J; j++) {
    const p = parts.ofJudge[j]!;
    if (p >= 0) bias[j]! -= sum[p]! / count[p]!;
  }
  const quality = new Float64Array(S);
  for (let s = 0; s < S; s++) {
    if (total[s] === 0) continue;
    let biasSum = 0;
    for (let o = start[s]!; o < start[s + 1]!; o++) biasSum += weight[o]! * bias[judge[o]!]!;
    quality[s] = mean[s]! - biasSum / total[s]!;
  }
  return { quality, bias, active, adjusted: (j, y) => y - bias[j]! };
}

/**
 * z = (score − judge mean) / judge sd (population sd), and quality = overall mean + overall sd × mean z,
 * so it reads on the original scale. A judge with fewer than 2 scores, or who gave every submission the
 * same score, has no scale to divide by: all their z are 0, i.e. "average" — they carry no ranking
 * information, and pull the submissions they read towards the overall mean.
 */
function fitStandardised(d: Design): Fit {
  const { submissions: S, judges: J, start, judge, score, weight } = d;
  const load = new Float64Array(J);
  const judgeSum = new Float64Array(J);
  let total = 0;
  let sum = 0;
  for (let o = 0; o < start[S]!; o++) {
    const w = weight[o]!;
    load[judge[o]!]! += w;
    judgeSum[judge[o]!]! += w * score[o]!;
    total += w;
    sum += w * score[o]!;
  }
  const overallMean = total > 0 ? sum / total : 0;
  const judgeMean = new Float64Array(J);
  for (let j = 0; j < J; j++) judgeMean[j] = load[j]! > 0 ? judgeSum[j]! / load[j]! : 0;
  const squares = new Float64Array(J);
  let overallSquares = 0;
  for (let o = 0; o < start[S]!; o++) {
    const w = weight[o]!;
    squares[judge[o]!]! += w * (score[o]! - judgeMean[judge[o]!]!) ** 2;
    overallSquares += w * (score[o]! - overallMean) ** 2;
  }
  const overallSd = total > 0 ? Math.sqrt(overallSquares / total) : 0;
  const judgeSd = new Float64Array(J);
  const bias = new Float64Array(J);
  const scale = new Float64Array(J);
  const active = new Uint8Array(J);
  for (let j = 0; j < J; j++) {
    if (load[j] === 0) continue;
    active[j] = 1;
    const sd = Math.sqrt(squares[j]! / load[j]!);
    // The mean of equal scores is not always exactly that score: rounding leaves an sd of ~1e-16 × mean.
    const informative = load[j]! >= 2 && sd > 1e-12 * Math.max(1, Math.abs(judgeMean[j]!));
    judgeSd[j] = informative ? sd : 0;
    bias[j] = judgeMean[j]! - overallMean;
    scale[j] = informative && overallSd > 0 ? sd / overallSd : 0;
  }
  const adjusted = (j: number, y: number) => (judgeSd[j]! > 0 ? overallMean + (overallSd * (y - judgeMean[j]!)) / judgeSd[j]! : overallMean);
  const quality = new Float64Array(S);
  for (let s = 0; s < S; s++) {
    let n = 0;
    let value = 0;
    for (let o = start[s]!; o < start[s + 1]!; o++) {
      n += weight[o]!;
      value += weight[o]! * adjusted(judge[o]!, score[o]!);
    }
    quality[s] = n > 0 ? value / n : 0;
  }
  return { quality, bias, active, scale, adjusted };
}

function fitWith(method: RankingMethod, d: Design, warm?: Float64Array): Fit {
  return method === "additive" ? fitAdditive(d, warm) : fitStandardised(d);
}

// ---- the order ------------------------------------------------------------------------------------

type Keys = readonly number[] | undefined;

/** The first key where `a` and `b` differ and which is higher there (1: a), or index −1 when they are equal. */
function keyDifference(a: Keys, b: Keys): { index: number; sign: number } {
  const length = Math.max(a?.length ?? 0, b?.length ?? 0);
  for (let i = 0; i < length; i++) {
    const x = a?.[i] ?? -Infinity;
    const y = b?.[i] ?? -Infinity;
    if (x !== y) return { index: i, sign: x > y ? 1 : -1 };
  }
  return { index: -1, sign: 0 };
}

/**
 * Submissions best first, in clusters of tied quality: a submission within TIE_TOLERANCE of the one
 * above it joins that one's cluster (so a cluster is a chain, and does not depend on where it starts).
 * Within a cluster the tie-break keys decide, higher first, then the submission id, for a stable order.
 */
function clustersOf(members: readonly number[], quality: Float64Array, keys: readonly Keys[], ids: readonly string[]): number[][] {
  const sorted = [...members].sort((a, b) => quality[b]! - quality[a]! || compareIds(ids[a]!, ids[b]!));
  const clusters: number[][] = [];
  sorted.forEach((s, i) => {
    if (i > 0 && quality[sorted[i - 1]!]! - quality[s]! <= TIE_TOLERANCE) clusters.at(-1)!.push(s);
    else clusters.push([s]);
  });
  for (const cluster of clusters) if (cluster.length > 1) cluster.sort((a, b) => -keyDifference(keys[a], keys[b]).sign || compareIds(ids[a]!, ids[b]!));
  return clusters;
}

/** The `count` best of `members` in the same order as the full ranking, without sorting all of them. */
function topOf(members: Int32Array, count: number, quality: Float64Array, keys: readonly Keys[], ids: readonly string[]): number[] {
  if (count <= 0) return [];
  if (members.length <= count) return clustersOf(Array.from(members), quality, keys, ids).flat();
  // The count-th best quality, by a min-heap of the best `count` seen.
  const heap = new Float64Array(count);
  let size = 0;
  for (const s of members) {
    const value = quality[s]!;
    if (size < count) {
      let i = size++;
      while (i > 0 && heap[(i - 1) >> 1]! > value) {
        heap[i] = heap[(i - 1) >> 1]!;
        i = (i - 1) >> 1;
      }
      heap[i] = value;
    } else if (value > heap[0]!) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= count) break;
        const child = left + 1 < count && heap[left + 1]! < heap[left]! ? left + 1 : left;
        if (heap[child]! >= value) break;
        heap[i] = heap[child]!;
        i = child;
      }
      heap[i] = value;
    }
  }
  // Everything that can share a cluster with the count-th: widen until the cluster across the cut is whole.
  let lower = heap[0]! - TIE_TOLERANCE;
  for (;;) {
    const candidates: number[] = [];
    for (const s of members) if (quality[s]! >= lower) candidates.push(s);
    const clusters = clustersOf(candidates, quality, keys, ids);
    let seen = 0;
    const across = clusters.find((cluster) => (seen += cluster.length) >= count)!;
    const floor = across.reduce((least, s) => Math.min(least, quality[s]!), Infinity) - TIE_TOLERANCE;
    if (floor >= lower) return clusters.flat().slice(0, count);
    lower = floor;
  }
}

// ---- the bootstrap --------------------------------------------------------------------------------

/** mulberry32: small, seeded, the same on every machine. */
function random(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Spread {
  inTop: Float64Array;
  qualitySd: Float64Array;
  biasSd: Float64Array;
}

/**
 * Each round draws, for every submission, as many of its scores as it has, with replacement; refits with
 * the same method (conjugate gradients warm-started from the full data's biases); and takes the finalists,
 * ties broken by the keys, then the id. With k = 3 scores a submission, resampling understates the
 * variance by about (k − 1)/k: the spreads and probabilities are a little too confident, never too shy.
 */
function bootstrap(panel: Panel, full: Fit, method: RankingMethod, ranked: Int32Array, keys: readonly Keys[], finalists: number, { rounds, seed }: BootstrapSettings): Spread {
  const { submissions: S, judges: J, start, judge, score } = panel;
  const N = start[S]!;
  // Each submission's scores in (score, judge) order, so renaming judges changes the draws only among equal scores.
  const drawOrder = new Int32Array(N);
  for (let s = 0; s < S; s++) {
    const rows = Array.from({ length: start[s + 1]! - start[s]! }, (_, i) => start[s]! + i).sort((a, b) => score[a]! - score[b]! || judge[a]! - judge[b]!);
    drawOrder.set(rows, start[s]!);
  }
  const next = random(seed);
  const times = new Float64Array(N);
  const round: Design = { submissions: S, judges: J, start: new Int32Array(S + 1), judge: new Int32Array(N), score: new Float64Array(N), weight: new Float64Array(N) };
  const inTop = new Float64Array(S);
  // Welford's running mean and sum of squares, per submission and per judge.
  const qualityMean = new Float64Array(S);
  const qualitySquares = new Float64Array(S);
  const biasRounds = new Float64Array(J);
  const biasMean = new Float64Array(J);
  const biasSquares = new Float64Array(J);
  for (let r = 0; r < rounds; r++) {
    times.fill(0);
    for (let s = 0; s < S; s++) {
      const n = start[s + 1]! - start[s]!;
      for (let i = 0; i < n; i++) times[drawOrder[start[s]! + Math.floor(next() * n)]!]! += 1;
    }
    let kept = 0;
    for (let s = 0; s < S; s++) {
      round.start[s] = kept;
      for (let o = start[s]!; o < start[s + 1]!; o++) {
        if (times[o] === 0) continue;
        round.judge[kept] = judge[o]!;
        round.score[kept] = score[o]!;
        round.weight[kept] = times[o]!;
        kept++;
      }
    }
    round.start[S] = kept;
    const fit = fitWith(method, round, full.bias);
    for (let s = 0; s < S; s++) {
      const delta = fit.quality[s]! - qualityMean[s]!;
      qualityMean[s]! += delta / (r + 1);
      qualitySquares[s]! += delta * (fit.quality[s]! - qualityMean[s]!);
    }
    for (let j = 0; j < J; j++) {
      if (!fit.active[j]) continue;
      const n = ++biasRounds[j]!;
      const delta = fit.bias[j]! - biasMean[j]!;
      biasMean[j]! += delta / n;
      biasSquares[j]! += delta * (fit.bias[j]! - biasMean[j]!);
    }
    for (const s of topOf(ranked, finalists, fit.quality, keys, panel.submissionIds)) inTop[s]! += 1;
  }
  const qualitySd = qualitySquares.map((squares) => (rounds > 1 ? Math.sqrt(squares / (rounds - 1)) : 0));
  const biasSd = biasSquares.map((squares, j) => (biasRounds[j]! > 1 ? Math.sqrt(squares / (biasRounds[j]! - 1)) : 0));
  return { inTop, qualitySd, biasSd };
}

// ---- the ranking ----------------------------------------------------------------------------------

interface Settings {
  method: RankingMethod;
  minJudges: number;
  finalists: number;
  reserves: number;
  bootstrap: BootstrapSettings;
  closeCall: readonly [number, number];
}

function settle(options: RankingOptions): Settings {
  const settings: Settings = {
    method: options.method ?? "additive",
    minJudges: options.minJudges ?? 1,
    finalists: options.finalists ?? DEFAULT_FINALISTS,
    reserves: options.reserves ?? DEFAULT_RESERVES,
    bootstrap: options.bootstrap ?? DEFAULT_BOOTSTRAP,
    closeCall: options.closeCall ?? DEFAULT_CLOSE_CALL,
  };
  const issues: FieldIssue[] = [];
  const whole = (value: number, min: number) => Number.isSafeInteger(value) && value >= min;
  if (!rankingMethods.includes(settings.method)) issues.push(issue(["method"], "field_invalid"));
  if (!whole(settings.minJudges, 1)) issues.push(issue(["minJudges"], "field_invalid"));
  if (!whole(settings.finalists, 0)) issues.push(issue(["finalists"], "field_invalid"));
  if (!whole(settings.reserves, 0)) issues.push(issue(["reserves"], "field_invalid"));
  if (!whole(settings.bootstrap.rounds, 0)) issues.push(issue(["bootstrap", "rounds"], "field_invalid"));
  if (!Number.isSafeInteger(settings.bootstrap.seed)) issues.push(issue(["bootstrap", "seed"], "field_invalid"));
  const [lo, hi] = settings.closeCall;
  if (!(lo >= 0 && lo <= hi && hi <= 1)) issues.push(issue(["closeCall"], "field_invalid"));
  for (const [submission, list] of Object.entries(options.tieBreak ?? {})) {
    if (!list.every(Number.isFinite)) issues.push(issue(["tieBreak", submission], "field_invalid"));
  }
  if (issues.length) throw new InvalidInput(issues);
  return settings;
}

const record = (ids: readonly string[], values: ArrayLike<number>): Record<string, number> =>
  Object.fromEntries(ids.map((id, i) => [id, values[i]!]));

/**
 * Ranks the submissions by estimated quality; see the top of this file. `scores` may come in any order;
 * the result is the same for the same set of rows.
 */
export function rankSubmissions(scores: readonly JudgeScore[], options: RankingOptions = {}): RankingResult {
  const settings = settle(options);
  const { method, minJudges, finalists, reserves } = settings;
  const panel = canonical(scores);
  const { submissions: S, judges: J, start, judge, score, judgeIds, submissionIds } = panel;
  const parts = partsOf(panel);
  const fit = fitWith(method, panel);
  const keys: Keys[] = submissionIds.map((id) => (options.tieBreak && Object.hasOwn(options.tieBreak, id) ? options.tieBreak[id] : undefined));

  // Duplicates are refused, so a submission's scores come from as many distinct judges.
  const judgesOf = (s: number) => start[s + 1]! - start[s]!;
  const ranked: number[] = [];
  const unranked: UnrankedSubmission[] = [];
  for (let s = 0; s < S; s++) {
    if (judgesOf(s) >= minJudges) ranked.push(s);
    else unranked.push({ submission: submissionIds[s]!, judges: judgesOf(s), needed: minJudges });
  }
  const scored = new Set(submissionIds);
  for (const id of new Set(options.submissions ?? [])) if (!scored.has(id)) unranked.push({ submission: id, judges: 0, needed: minJudges });
  unranked.sort((a, b) => compareIds(a.submission, b.submission));

  // The order, and for each place how it was decided. A cluster is already by keys, then id, so the
  // submissions whose keys are all equal (an unbroken tie) stand together, by id only.
  const order: { s: number; rank: number; decidedBy: DecidedBy; group: number[] }[] = [];
  for (const cluster of clustersOf(ranked, fit.quality, keys, submissionIds)) {
    const groups: number[][] = [];
    cluster.forEach((s, i) => {
      if (i > 0 && keyDifference(keys[cluster[i - 1]!], keys[s]).index === -1) groups.at(-1)!.push(s);
      else groups.push([s]);
    });
    let i = 0;
    for (const group of groups) {
      const rank = order.length + 1;
      for (const s of group) {
        const neighbours = [cluster[i - 1], cluster[i + 1]].filter((n) => n !== undefined);
        const decidedBy: DecidedBy = cluster.length === 1 ? "quality"
          : group.length > 1 ? "unbroken"
          : `tieBreak:${Math.max(...neighbours.map((n) => keyDifference(keys[s], keys[n]).index))}`;
        order.push({ s, rank, decidedBy, group });
        i++;
      }
    }
  }

  const ties = order
    .filter((entry, i) => entry.group.length > 1 && (i === 0 || order[i - 1]!.group !== entry.group))
    .map((entry) => ({ rank: entry.rank, submissions: entry.group.map((s) => submissionIds[s]!) }));
  const boundaryTies: RankingResult["boundaryTies"] = [];
  const cuts: ["finalists" | "reserves", number][] = [["finalists", finalists]];
  if (reserves > 0) cuts.push(["reserves", finalists + reserves]);
  for (const [cut, after] of cuts) {
    if (after <= 0 || after >= order.length) continue;
    const [above, below] = [order[after - 1]!, order[after]!];
    if (above.group === below.group) boundaryTies.push({ cut, submissions: above.group.map((s) => submissionIds[s]!) });
  }

  const rounds = settings.bootstrap.rounds;
  const spread = rounds > 0 ? bootstrap(panel, fit, method, Int32Array.from(ranked), keys, finalists, settings.bootstrap) : undefined;

  // Residual variance, for the value of one more review (`suggestExtraReviews`).
  let squares = 0;
  let mean = 0;
  for (let s = 0; s < S; s++) for (let o = start[s]!; o < start[s + 1]!; o++) mean += score[o]!;
  mean /= Math.max(1, start[S]!);
  let spreadOfScores = 0;
  for (let s = 0; s < S; s++) {
    for (let o = start[s]!; o < start[s + 1]!; o++) {
      squares += (fit.adjusted(judge[o]!, score[o]!) - fit.quality[s]!) ** 2;
      spreadOfScores += (score[o]! - mean) ** 2;
    }
  }
  const freedom = start[S]! - S - J + parts.count;
  const floor = 1e-12 * Math.max(1, spreadOfScores / Math.max(1, start[S]!));
  const noiseSd = Math.sqrt(Math.max(freedom > 0 ? squares / freedom : 0, floor));

  const [lo, hi] = settings.closeCall;
  const ranking: RankedSubmission[] = order.map(({ s, rank, decidedBy }, i) => {
    const position = i + 1;
    const top5Probability = spread ? spread.inTop[s]! / rounds : position <= finalists ? 1 : 0;
    let raw = 0;
    const contributions: Contribution[] = [];
    for (let o = start[s]!; o < start[s + 1]!; o++) {
      raw += score[o]!;
      contributions.push({ judge: judgeIds[judge[o]!]!, score: score[o]!, bias: fit.bias[judge[o]!]!, adjusted: fit.adjusted(judge[o]!, score[o]!) });
    }
    return {
      submission: submissionIds[s]!,
      rank,
      position,
      quality: fit.quality[s]!,
      raw: raw / judgesOf(s),
      judges: judgesOf(s),
      top5Probability,
      qualitySd: spread?.qualitySd[s] ?? 0,
      closeCall: spread !== undefined && top5Probability >= lo && top5Probability <= hi,
      selection: position <= finalists ? "finalist" : position <= finalists + reserves ? "reserve" : "none",
      decidedBy,
      part: parts.count > 1 ? parts.ofSubmission[s]! : 0,
      contributions,
    };
  });

  const partList: RankingResult["parts"] = [];
  if (parts.count > 1) {
    for (let p = 0; p < parts.count; p++) partList.push({ judges: [], submissions: [] });
    judgeIds.forEach((id, j) => partList[parts.ofJudge[j]!]!.judges.push(id));
    submissionIds.forEach((id, s) => partList[parts.ofSubmission[s]!]!.submissions.push(id));
  }
  const loads = judgeIds.map(() => 0);
  for (let o = 0; o < start[S]!; o++) loads[judge[o]!]! += 1;

  return {
    method,
    ranking,
    unranked,
    bias: record(judgeIds, fit.bias),
    ...(fit.scale ? { scale: record(judgeIds, fit.scale) } : {}),
    biasSd: record(judgeIds, spread?.biasSd ?? new Float64Array(J)),
    judgeLoads: record(judgeIds, loads),
    noiseSd,
    components: parts.count,
    parts: partList,
    ties,
    boundaryTies,
    bootstrap: { rounds, seed: settings.bootstrap.seed },
  };
}

// ---- where one more review helps most -------------------------------------------------------------

export interface ExtraReviewOptions {
  /** Whether the judge may read the submission (no conflict, not withdrawn, below their maximum load …). */
  canReview: (judge: string, submission: string) => boolean;
  perCloseCall?: number | undefined;
}

export interface ExtraReviewSuggestion {
  submission: string;
  top5Probability: number;
  qualitySd: number;
  /** Best first. */
  suggestions: { judge: string; qualitySdAfter: number }[];
}

/**
 * For each close call, best first, the judges whose one more review would narrow its quality most: a
 * review by judge j is a measurement with variance noise + bias variance of j, so the expected variance
 * after it is 1 / (1 / qualityVar + 1 / (noiseVar + biasVar_j)). Ties go to the judge with fewer scores,
 * then the judge id. Judges already scoring the submission, and those `canReview` refuses, are left out.
 */
export function suggestExtraReviews(result: RankingResult, { canReview, perCloseCall = 2 }: ExtraReviewOptions): ExtraReviewSuggestion[] {
  const judges = Object.keys(result.judgeLoads).sort(compareIds);
  const noiseVar = result.noiseSd ** 2;
  return result.ranking
    .filter((entry) => entry.closeCall)
    .map((entry) => {
      const scoring = new Set(entry.contributions.map((c) => c.judge));
      const qualityVar = entry.qualitySd ** 2;
      const suggestions = judges
        .filter((judge) => !scoring.has(judge) && canReview(judge, entry.submission))
        .map((judge) => ({ judge, qualitySdAfter: Math.sqrt(1 / (1 / qualityVar + 1 / (noiseVar + (result.biasSd[judge] ?? 0) ** 2))) }))
        .sort((a, b) => a.qualitySdAfter - b.qualitySdAfter || result.judgeLoads[a.judge]! - result.judgeLoads[b.judge]! || compareIds(a.judge, b.judge))
        .slice(0, perCloseCall);
      return { submission: entry.submission, top5Probability: entry.top5Probability, qualitySd: entry.qualitySd, suggestions };
    });
}
