import { fitWith, type Fit, type RankingMethod } from "./ranking-fit.js";
import { topOf, type Keys } from "./ranking-order.js";
import type { Design, Panel } from "./ranking-panel.js";

/**
 * How sure the ranking is: each submission's scores resampled, refitted and re-ordered, round after
 * round. Seeded by its own small PRNG rather than Math.random, so the same rows and seed give the same
 * probabilities on every machine, and a published result can be reproduced.
 */

export interface BootstrapSettings {
  /** 0 switches the bootstrap off: probabilities then read the point ranking (1 for a finalist, 0 otherwise) and every spread is 0. */
  rounds: number;
  seed: number;
}

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
export function bootstrap(panel: Panel, full: Fit, method: RankingMethod, ranked: Int32Array, keys: readonly Keys[], finalists: number, { rounds, seed }: BootstrapSettings): Spread {
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
