import { partsOf, type Design } from "./ranking-panel.js";

/**
 * The two ways of reading judges' scores as qualities (see `ranking.ts`): the additive least-squares
 * fit, solved by conjugate gradients so that 300,000 scores need no matrix, and the per-judge
 * standardisation. Apart from the ranking because the bootstrap refits with them in every round.
 */

export const rankingMethods = ["additive", "standardised"] as const;
export type RankingMethod = (typeof rankingMethods)[number];

export interface Fit {
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

export function fitWith(method: RankingMethod, d: Design, warm?: Float64Array): Fit {
  return method === "additive" ? fitAdditive(d, warm) : fitStandardised(d);
}
