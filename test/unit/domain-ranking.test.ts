import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInput } from "../../shared/domain/errors.js";
import {
  rankSubmissions, suggestExtraReviews, TIE_TOLERANCE,
  type JudgeScore, type RankedSubmission, type RankingOptions, type RankingResult,
} from "../../shared/domain/ranking.js";

// Every property is seeded so a failure reproduces; runs are modest and most switch the bootstrap off,
// so the file stays within a few seconds.
const check = <T>(property: fc.IProperty<T>, numRuns = 60) => fc.assert(property, { seed: 20270301, numRuns });

const NO_BOOTSTRAP: RankingOptions = { bootstrap: { rounds: 0, seed: 1 } };

/** `[judge, submission, score]` rows, the way a score sheet reads. */
const sheet = (rows: readonly (readonly [string, string, number])[]): JudgeScore[] => rows.map(([judge, submission, score]) => ({ judge, submission, score }));
const order = (result: RankingResult) => result.ranking.map((entry) => entry.submission);
const entry = (result: RankingResult, submission: string): RankedSubmission => result.ranking.find((e) => e.submission === submission)!;

/** mulberry32, for test data that is arbitrary but the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- the worked example -----------------------------------------------------------------------------

// Three judges, four submissions, two judges each: H is harsh, L lenient, N about neutral.
//
//        A    B    C    D
//   H   62    ·    ·   48
//   L    ·   74   70   68
//   N   74   64   60    ·
//
// Raw means: A 68, B 69, C 65, D 58 — B first, because B drew the lenient judge and A the harsh one.
//
// Additive fit. With the qualities eliminated, (L b)_j = Σ_{s∋j} (b_j − b_other(s)) / 2 and
// r_j = Σ_{s∋j} (y_js − y_other(s)) / 2:
//   r_H = (62 − 74)/2 + (48 − 68)/2 = −16;  r_L = (74 − 64)/2 + (70 − 60)/2 + (68 − 48)/2 = 20;  r_N = −4.
//   H: 2b_H − b_N − b_L = −32, and with b_H + b_L + b_N = 0 that is 3b_H = −32:   b_H = −32/3
//   L: 3b_L − 2b_N − b_H = 40 → 5b_L + b_H = 40:                                 b_L = 152/15
//   N: b_N = −b_H − b_L = 8/15 (and 3b_N − b_H − 2b_L = −8 checks)
// Qualities q_s = mean over s of (score − bias):
//   A = (62 + 32/3 + 74 − 8/15)/2 = 68 + 76/15    B = (74 − 152/15 + 64 − 8/15)/2 = 69 − 16/3
//   C = (70 − 152/15 + 60 − 8/15)/2 = 65 − 16/3   D = (48 + 32/3 + 68 − 152/15)/2 = 58 + 4/15
// So A (73.07) > B (63.67) > C (59.67) > D (58.27). Residuals ±0.4 on A and D, ±0.2 on B and C:
// 0.8 in squares over N − S − J + parts = 8 − 4 − 3 + 1 = 2 degrees of freedom, noise sd √0.4.
const example = sheet([
  ["H", "A", 62], ["N", "A", 74], ["L", "B", 74], ["N", "B", 64], ["L", "C", 70], ["N", "C", 60], ["H", "D", 48], ["L", "D", 68],
]);

describe("the additive ranking of the worked example", () => {
  const result = rankSubmissions(example, NO_BOOTSTRAP);

  it("corrects the harsh and the lenient judge, and so ranks A above B where the raw mean has B first", () => {
    expect(order(result)).toEqual(["A", "B", "C", "D"]);
    const expected = { A: 68 + 76 / 15, B: 69 - 16 / 3, C: 65 - 16 / 3, D: 58 + 4 / 15 };
    for (const [submission, quality] of Object.entries(expected)) expect(entry(result, submission).quality).toBeCloseTo(quality, 9);
    expect(result.bias.H).toBeCloseTo(-32 / 3, 9);
    expect(result.bias.L).toBeCloseTo(152 / 15, 9);
    expect(result.bias.N).toBeCloseTo(8 / 15, 9);
    expect(result.ranking.map((e) => e.raw)).toEqual([68, 69, 65, 58]);
    expect(result.noiseSd).toBeCloseTo(Math.sqrt(0.4), 9);
    expect(result).toMatchObject({ method: "additive", components: 1, parts: [], ties: [], boundaryTies: [], unranked: [], judgeLoads: { H: 2, L: 3, N: 3 } });
  });

  it("explains each quality by the judges' scores less their biases, by judge id", () => {
    expect(entry(result, "A").contributions).toEqual([
      { judge: "H", score: 62, bias: result.bias.H, adjusted: 62 - result.bias.H! },
      { judge: "N", score: 74, bias: result.bias.N, adjusted: 74 - result.bias.N! },
    ]);
    for (const e of result.ranking) expect(e.quality).toBeCloseTo((e.contributions[0]!.adjusted + e.contributions[1]!.adjusted) / 2, 12);
  });

  it("ranks every submission by quality, with the selection by position", () => {
    expect(result.ranking.map((e) => [e.rank, e.position, e.decidedBy, e.selection, e.judges, e.part])).toEqual([
      [1, 1, "quality", "finalist", 2, 0], [2, 2, "quality", "finalist", 2, 0], [3, 3, "quality", "finalist", 2, 0], [4, 4, "quality", "finalist", 2, 0],
    ]);
    const two = rankSubmissions(example, { ...NO_BOOTSTRAP, finalists: 1, reserves: 2 });
    expect(two.ranking.map((e) => e.selection)).toEqual(["finalist", "reserve", "reserve", "none"]);
    // Without a bootstrap the probabilities read the point ranking and nothing is a close call.
    expect(two.ranking.map((e) => [e.top5Probability, e.qualitySd, e.closeCall])).toEqual([[1, 0, false], [0, 0, false], [0, 0, false], [0, 0, false]]);
  });
});

// Standardised, by hand: judge means H 55, L 212/3, N 66; population sds H 7, L √(56/9), N √(104/3);
// overall mean 65 and sd √65. A's z are (62 − 55)/7 = 1 and (74 − 66)/√(104/3).
describe("the standardised ranking of the worked example", () => {
  const result = rankSubmissions(example, { ...NO_BOOTSTRAP, method: "standardised" });
  const sd = { H: 7, L: Math.sqrt(56 / 9), N: Math.sqrt(104 / 3) };

  it("reports each judge's mean above the overall mean as bias, and their sd over the overall sd as scale", () => {
    expect(result.bias.H).toBeCloseTo(-10, 9);
    expect(result.bias.L).toBeCloseTo(212 / 3 - 65, 9);
    expect(result.bias.N).toBeCloseTo(1, 9);
    for (const judge of ["H", "L", "N"] as const) expect(result.scale![judge]).toBeCloseTo(sd[judge] / Math.sqrt(65), 9);
  });

  it("reads the mean z back on the scale of the scores", () => {
    expect(entry(result, "A").quality).toBeCloseTo(65 + Math.sqrt(65) * (1 + 8 / sd.N) / 2, 9);
    expect(entry(result, "D").quality).toBeCloseTo(65 + Math.sqrt(65) * (-1 + (68 - 212 / 3) / sd.L) / 2, 9);
    expect(entry(result, "A").contributions[0]).toEqual({ judge: "H", score: 62, bias: result.bias.H, adjusted: 65 + Math.sqrt(65) });
    expect(order(result)).toEqual(["A", "B", "C", "D"]);
  });

  it("gives a judge with one score, or one score for everything, no say: their z are 0", () => {
    const withFlat = rankSubmissions([...example, ...sheet([["F", "A", 50], ["F", "B", 50], ["O", "C", 99]])], { ...NO_BOOTSTRAP, method: "standardised" });
    const mean = (65 * 8 + 50 + 50 + 99) / 11;
    for (const [judge, submission] of [["F", "A"], ["F", "B"], ["O", "C"]] as const) {
      expect(entry(withFlat, submission).contributions.find((c) => c.judge === judge)!.adjusted).toBeCloseTo(mean, 9);
    }
    expect(withFlat.scale).toMatchObject({ F: 0, O: 0 });
  });

  it("reads a judge whose scores are an affine transform of another's exactly as the other", () => {
    const rows = sheet([["P", "s1", 3], ["P", "s2", 7], ["P", "s3", 5], ["Q", "s1", 16], ["Q", "s2", 24], ["Q", "s3", 20], ["R", "s1", 6], ["R", "s3", 9]]);
    const result = rankSubmissions(rows, { ...NO_BOOTSTRAP, method: "standardised" });
    for (const submission of ["s1", "s2", "s3"]) {
      const [p, q] = entry(result, submission).contributions;
      expect(q!.adjusted).toBeCloseTo(p!.adjusted, 9);
    }
    expect(result.scale!.Q).toBeCloseTo(2 * result.scale!.P!, 9);
  });
});

// ---- properties -------------------------------------------------------------------------------------

/** Random panels: up to 6 judges, up to 8 submissions, 1–3 distinct judges on each, scores 0–100. */
const panels = fc
  .array(
    fc.record({
      judges: fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 3 }),
      scores: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
    }),
    { minLength: 2, maxLength: 8 },
  )
  .map((submissions) => submissions.flatMap(({ judges, scores }, s) => judges.map((j, i) => ({ judge: `j${j}`, submission: `s${s}`, score: scores[i]! }))));

/** Connected designs: submission s is read by judges s and s + 1 (mod J) and maybe one more, with S ≥ J. */
const planted = fc
  .integer({ min: 2, max: 5 })
  .chain((J) => fc.record({
    J: fc.constant(J),
    quality: fc.array(fc.integer({ min: 20, max: 90 }), { minLength: J, maxLength: J + 5 }),
    bias: fc.array(fc.integer({ min: -15, max: 15 }), { minLength: J, maxLength: J }),
    extra: fc.array(fc.integer({ min: 0, max: J - 1 }), { minLength: J + 5, maxLength: J + 5 }),
  }));

describe("the ranking, for any panel", () => {
  it("is the same whatever order the rows come in", () => {
    const shuffled = panels.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })));
    check(fc.property(shuffled, ([rows, reordered]) => {
      const options: RankingOptions = { bootstrap: { rounds: 20, seed: 1 } };
      expect(rankSubmissions(reordered, options)).toEqual(rankSubmissions(rows, options));
    }), 40);
  });

  it("does not depend on the judges' names: same order, same qualities, probabilities within 0.05", () => {
    // Distinct scores, so the draws of a round (each submission's scores by score, then judge) are the same
    // whatever the judges are called; with equal scores only the pairing of draws to judges changes.
    check(fc.property(panels, (rows) => {
      const distinct = rows.map((row, i) => ({ ...row, score: row.score + i / 1000 }));
      const renamed = distinct.map((row) => ({ ...row, judge: `z${9 - Number(row.judge.slice(1))}` }));
      const options: RankingOptions = { bootstrap: { rounds: 30, seed: 3 } };
      const before = rankSubmissions(distinct, options);
      const after = rankSubmissions(renamed, options);
      expect(order(after)).toEqual(order(before));
      before.ranking.forEach((e, i) => {
        expect(after.ranking[i]!.quality).toBeCloseTo(e.quality, 9);
        expect(Math.abs(after.ranking[i]!.top5Probability - e.top5Probability)).toBeLessThanOrEqual(0.05);
      });
      for (const [judge, bias] of Object.entries(before.bias)) expect(after.bias[`z${9 - Number(judge.slice(1))}`]).toBeCloseTo(bias, 9);
    }), 40);
  });

  it("keeps the biases summing to zero within each part", () => {
    check(fc.property(panels, (rows) => {
      const result = rankSubmissions(rows, NO_BOOTSTRAP);
      const parts = result.components > 1 ? result.parts.map((part) => part.judges) : [Object.keys(result.bias)];
      for (const judges of parts) expect(Math.abs(judges.reduce((sum, judge) => sum + result.bias[judge]!, 0))).toBeLessThan(1e-9);
      expect(parts.flat().sort()).toEqual(Object.keys(result.bias).sort());
    }));
  });

  it("moves only the judge's bias and the level of their part when a judge adds a constant to every score", () => {
    check(fc.property(panels, fc.nat(), fc.integer({ min: -30, max: 30 }), (rows, pick, shift) => {
      const judge = rows[pick % rows.length]!.judge;
      const before = rankSubmissions(rows, NO_BOOTSTRAP);
      const after = rankSubmissions(rows.map((row) => (row.judge === judge ? { ...row, score: row.score + shift } : row)), NO_BOOTSTRAP);
      const partOf = (r: RankingResult, j: string) => (r.components > 1 ? r.parts.findIndex((part) => part.judges.includes(j)) : 0);
      const part = partOf(before, judge);
      const judgesInPart = Object.keys(before.bias).filter((j) => partOf(before, j) === part).length;
      const level = shift / judgesInPart;
      for (const e of before.ranking) expect(entry(after, e.submission).quality - e.quality).toBeCloseTo(e.part === part ? level : 0, 6);
      for (const [j, bias] of Object.entries(before.bias)) {
        const moved = (j === judge ? shift : 0) - (partOf(before, j) === part ? level : 0);
        expect(after.bias[j]! - bias).toBeCloseTo(moved, 6);
      }
      if (before.components === 1) expect(order(after)).toEqual(order(before));
    }));
  });

  it("recovers a planted model exactly: true qualities and centred biases, without noise, on a connected design", () => {
    check(fc.property(planted, ({ J, quality, bias, extra }) => {
      const centre = bias.reduce((a, b) => a + b, 0) / J;
      const trueBias = bias.map((b) => b - centre);
      const rows: JudgeScore[] = quality.flatMap((q, s) => [...new Set([s % J, (s + 1) % J, extra[s]!])].map((j) => ({ judge: `j${j}`, submission: `s${s}`, score: q + trueBias[j]! })));
      const result = rankSubmissions(rows, NO_BOOTSTRAP);
      expect(result.components).toBe(1);
      quality.forEach((q, s) => expect(Math.abs(entry(result, `s${s}`).quality - q)).toBeLessThan(1e-9));
      trueBias.forEach((b, j) => expect(Math.abs(result.bias[`j${j}`]! - b)).toBeLessThan(1e-9));
      expect(result.noiseSd).toBeLessThan(1e-4);
    }));
  });

  it("standardised: a judge who rescales their scores (a·x + c, a > 0) changes no order, and the qualities only by one common affine map", () => {
    check(fc.property(panels, fc.nat(), fc.double({ min: 0.25, max: 4, noNaN: true }), fc.integer({ min: -20, max: 20 }), (rows, pick, a, c) => {
      const judge = rows[pick % rows.length]!.judge;
      const options: RankingOptions = { ...NO_BOOTSTRAP, method: "standardised" };
      const before = rankSubmissions(rows, options);
      const after = rankSubmissions(rows.map((row) => (row.judge === judge ? { ...row, score: a * row.score + c } : row)), options);
      expect(order(after)).toEqual(order(before));
      // q = overall mean + overall sd × mean z: the mean z do not move, the overall mean and sd may.
      const q0 = before.ranking.map((e) => e.quality);
      const q1 = before.ranking.map((e) => entry(after, e.submission).quality);
      const [lo, hi] = [q0.indexOf(Math.min(...q0)), q0.indexOf(Math.max(...q0))];
      if (q0[hi]! - q0[lo]! < 1e-9) return;
      const slope = (q1[hi]! - q1[lo]!) / (q0[hi]! - q0[lo]!);
      expect(slope).toBeGreaterThan(0);
      q0.forEach((q, i) => expect(q1[i]!).toBeCloseTo(q1[lo]! + slope * (q - q0[lo]!), 6));
    }));
  });
});

// ---- ties -------------------------------------------------------------------------------------------

/** Two judges who read everything, so equal score pairs are equal qualities. */
const everyoneReads = (scores: Record<string, readonly [number, number]>) =>
  sheet(Object.entries(scores).flatMap(([submission, [a, b]]) => [["ja", submission, a], ["jb", submission, b]] as const));

describe("ties", () => {
  const tied = everyoneReads({ top: [90, 92], t1: [80, 80], t2: [80, 80], t3: [80, 80], t4: [80, 80], low: [60, 62] });

  it("go to the tie-break keys, higher first at each key in turn, a missing list counting as the lowest", () => {
    const result = rankSubmissions(tied, { ...NO_BOOTSTRAP, tieBreak: { t1: [5, -100], t2: [5, -50], t3: [7], low: [99] } });
    expect(order(result)).toEqual(["top", "t3", "t2", "t1", "t4", "low"]);
    expect(result.ranking.map((e) => [e.rank, e.decidedBy])).toEqual([
      [1, "quality"], [2, "tieBreak:0"], [3, "tieBreak:1"], [4, "tieBreak:1"], [5, "tieBreak:0"], [6, "quality"],
    ]);
    expect(result.ties).toEqual([]);
  });

  it("that no key breaks share a rank (1, 2, 2, …), are ordered by id, listed, and block the cut they straddle", () => {
    const result = rankSubmissions(tied, { ...NO_BOOTSTRAP, finalists: 3, reserves: 2, tieBreak: { t4: [1] } });
    expect(result.ranking.map((e) => [e.submission, e.rank, e.decidedBy, e.selection])).toEqual([
      ["top", 1, "quality", "finalist"],
      ["t4", 2, "tieBreak:0", "finalist"],
      ["t1", 3, "unbroken", "finalist"],
      ["t2", 3, "unbroken", "reserve"],
      ["t3", 3, "unbroken", "reserve"],
      ["low", 6, "quality", "none"],
    ]);
    expect(result.ties).toEqual([{ rank: 3, submissions: ["t1", "t2", "t3"] }]);
    expect(result.boundaryTies).toEqual([{ cut: "finalists", submissions: ["t1", "t2", "t3"] }]);
    const both = rankSubmissions(tied, { ...NO_BOOTSTRAP, finalists: 2, reserves: 1 });
    expect(both.boundaryTies).toEqual([
      { cut: "finalists", submissions: ["t1", "t2", "t3", "t4"] },
      { cut: "reserves", submissions: ["t1", "t2", "t3", "t4"] },
    ]);
    expect(rankSubmissions(tied, { ...NO_BOOTSTRAP, finalists: 1, reserves: 4 }).boundaryTies).toEqual([]);
  });

  it(`count qualities within ${TIE_TOLERANCE} as equal, so rounding never decides`, () => {
    const close = everyoneReads({ a: [70, 70], b: [70.0000008, 70.0000008], c: [69, 69] });
    const result = rankSubmissions(close, { ...NO_BOOTSTRAP, tieBreak: { a: [1] } });
    expect(order(result)).toEqual(["a", "b", "c"]);
    expect(result.ranking.map((e) => e.decidedBy)).toEqual(["tieBreak:0", "tieBreak:0", "quality"]);
    expect(rankSubmissions(close, NO_BOOTSTRAP).ties).toEqual([{ rank: 1, submissions: ["a", "b"] }]);
  });
});

// ---- coverage of the panel --------------------------------------------------------------------------

describe("who is ranked", () => {
  it("leaves out a submission read by fewer than minJudges judges, whose scores still inform the biases", () => {
    const extra = sheet([["H", "E", 40]]);
    const result = rankSubmissions([...example, ...extra], { ...NO_BOOTSTRAP, minJudges: 2, submissions: ["A", "Z"] });
    expect(order(result)).toEqual(["A", "B", "C", "D"]);
    expect(result.unranked).toEqual([{ submission: "E", judges: 1, needed: 2 }, { submission: "Z", judges: 0, needed: 2 }]);
    // E is H's alone: it moves no bias here, but it counts in H's load and in the fit.
    expect(result.judgeLoads.H).toBe(3);
    const informs = rankSubmissions([...example, ...sheet([["H", "E", 40], ["N", "E", 55]])], { ...NO_BOOTSTRAP, minJudges: 3 });
    expect(informs.ranking).toEqual([]);
    expect(informs.bias.H).not.toBeCloseTo(rankSubmissions(example, NO_BOOTSTRAP).bias.H!, 3);
  });

  it("finds a split panel: two parts listed by their smallest submission, biases centred in each", () => {
    const rows = sheet([
      ["b1", "p2", 60], ["b2", "p2", 70], ["b1", "p5", 50], ["b2", "p5", 64],
      ["a1", "p1", 80], ["a2", "p1", 70], ["a1", "p9", 75], ["a3", "p9", 61], ["a2", "p3", 55], ["a3", "p3", 52],
    ]);
    const result = rankSubmissions(rows, NO_BOOTSTRAP);
    expect(result.components).toBe(2);
    expect(result.parts).toEqual([{ judges: ["a1", "a2", "a3"], submissions: ["p1", "p3", "p9"] }, { judges: ["b1", "b2"], submissions: ["p2", "p5"] }]);
    expect(result.bias.a1! + result.bias.a2! + result.bias.a3!).toBeCloseTo(0, 9);
    expect(result.bias.b1! + result.bias.b2!).toBeCloseTo(0, 9);
    expect(result.bias.b1).toBeCloseTo(-6, 9);
    expect(Object.fromEntries(result.ranking.map((e) => [e.submission, e.part]))).toEqual({ p1: 0, p3: 0, p9: 0, p2: 1, p5: 1 });
  });

  it("refuses a judge scoring a submission twice, and a score that is not a finite number, row by row", () => {
    const rows = [...example, { judge: "N", submission: "A", score: 71 }, { judge: "H", submission: "B", score: Number.NaN }];
    expect(() => rankSubmissions(rows)).toThrow(InvalidInput);
    try {
      rankSubmissions(rows);
    } catch (error) {
      expect((error as InvalidInput).issues).toEqual([
        { path: ["scores", 9, "score"], code: "custom", message: "score_not_finite" },
        { path: ["scores", 8], code: "custom", message: "duplicate_score" },
      ]);
    }
    expect(() => rankSubmissions(example, { minJudges: 0 })).toThrow(InvalidInput);
    expect(() => rankSubmissions(example, { closeCall: [0.8, 0.2] })).toThrow(InvalidInput);
  });
});

// ---- the bootstrap ----------------------------------------------------------------------------------

/** 16 submissions, 8 judges, 3 each, qualities 40 … 85 with noise: a clear leader, a clear last, a crowd at the cut. */
function competition(): JudgeScore[] {
  const next = random(11);
  const judgeBias = Array.from({ length: 8 }, () => (next() - 0.5) * 16);
  return Array.from({ length: 16 }, (_, s) => {
    const quality = s === 0 ? 95 : s === 15 ? 10 : 45 + 2.5 * s;
    return [s % 8, (s + 3) % 8, (s + 5) % 8].map((j) => ({ judge: `j${j}`, submission: `s${String(s).padStart(2, "0")}`, score: quality + judgeBias[j]! + (next() - 0.5) * 12 }));
  }).flat();
}

describe("the bootstrap", () => {
  const rows = competition();
  const result = rankSubmissions(rows, { bootstrap: { rounds: 300, seed: 7 } });

  it("is deterministic: the same seed gives the same probabilities, another seed others", () => {
    expect(rankSubmissions(rows, { bootstrap: { rounds: 300, seed: 7 } })).toEqual(result);
    const other = rankSubmissions(rows, { bootstrap: { rounds: 300, seed: 8 } });
    expect(other.ranking.map((e) => e.top5Probability)).not.toEqual(result.ranking.map((e) => e.top5Probability));
    expect(other.bootstrap).toEqual({ rounds: 300, seed: 8 });
  });

  it("gives a clear leader probability 1 and a submission far below 0", () => {
    expect(entry(result, "s00")).toMatchObject({ position: 1, top5Probability: 1, closeCall: false });
    expect(entry(result, "s15")).toMatchObject({ position: 16, top5Probability: 0, closeCall: false });
    const total = result.ranking.reduce((sum, e) => sum + e.top5Probability, 0);
    expect(total).toBeCloseTo(5, 9);
  });

  it("marks as close calls exactly the submissions whose probability lies in the range", () => {
    const close = result.ranking.filter((e) => e.closeCall).map((e) => e.submission);
    expect(close.length).toBeGreaterThan(0);
    expect(close).toEqual(result.ranking.filter((e) => e.top5Probability >= 0.2 && e.top5Probability <= 0.8).map((e) => e.submission));
    const wide = rankSubmissions(rows, { bootstrap: { rounds: 300, seed: 7 }, closeCall: [0.01, 0.99] });
    expect(wide.ranking.filter((e) => e.closeCall).length).toBeGreaterThan(close.length);
  });

  it("measures spreads: every quality and bias varies from round to round", () => {
    for (const e of result.ranking) expect(e.qualitySd).toBeGreaterThan(0);
    for (const sd of Object.values(result.biasSd)) expect(sd).toBeGreaterThan(0);
  });
});

describe("extra reviews", () => {
  const rows = competition();
  const result = rankSubmissions(rows, { bootstrap: { rounds: 300, seed: 7 } });

  it("suggest, for each close call, judges not already on it whom canReview allows, the most useful first", () => {
    const refused = "j1";
    const suggestions = suggestExtraReviews(result, { canReview: (judge) => judge !== refused, perCloseCall: 3 });
    expect(suggestions.map((s) => s.submission)).toEqual(result.ranking.filter((e) => e.closeCall).map((e) => e.submission));
    for (const suggestion of suggestions) {
      const e = entry(result, suggestion.submission);
      const scoring = e.contributions.map((c) => c.judge);
      expect(suggestion.suggestions).toHaveLength(3);
      for (const { judge, qualitySdAfter } of suggestion.suggestions) {
        expect(scoring).not.toContain(judge);
        expect(judge).not.toBe(refused);
        const after = 1 / (1 / e.qualitySd ** 2 + 1 / (result.noiseSd ** 2 + result.biasSd[judge]! ** 2));
        expect(qualitySdAfter).toBeCloseTo(Math.sqrt(after), 12);
        expect(qualitySdAfter).toBeLessThan(e.qualitySd);
      }
      const sds = suggestion.suggestions.map((s) => s.qualitySdAfter);
      expect(sds).toEqual([...sds].sort((a, b) => a - b));
    }
  });

  it("order equally useful judges by fewer scores given, then by id", () => {
    const closeCall = { ...result.ranking[0]!, submission: "x", closeCall: true, top5Probability: 0.5, qualitySd: 2, contributions: [{ judge: "a", score: 1, bias: 0, adjusted: 1 }] };
    const built: RankingResult = {
      ...result,
      ranking: [closeCall, { ...closeCall, submission: "y", closeCall: false }],
      noiseSd: 1,
      biasSd: { a: 0, b: 0.5, c: 0.5, d: 0.5, e: 0.1, f: 0.5 },
      judgeLoads: { a: 1, b: 4, c: 3, d: 3, e: 9, f: 1 },
    };
    const [only, ...none] = suggestExtraReviews(built, { canReview: (judge) => judge !== "f", perCloseCall: 4 });
    expect(none).toEqual([]);
    expect(only!.suggestions.map((s) => s.judge)).toEqual(["e", "c", "d", "b"]);
    expect(only!.suggestions[0]!.qualitySdAfter).toBeCloseTo(Math.sqrt(1 / (1 / 4 + 1 / 1.01)), 12);
    expect(suggestExtraReviews(built, { canReview: () => true })[0]!.suggestions.map((s) => s.judge)).toEqual(["e", "f"]);
  });
});
