import { InvalidInput, type FieldIssue } from "./errors.js";
import { compareIds } from "./judge-assignment.js";

/**
 * The ranking's input in the shape every later step works on: the scores checked and laid out as flat
 * arrays in id order (so the result depends on the rows only as a set), and the connected parts of the
 * judge–submission graph, which pin each part's level in the fits and are reported in the result. The
 * fits and the bootstrap walk these arrays thousands of times, so they are built once, here.
 */

/** One judge's weighted total for one submission, on any scale (0–100 in the app). */
export interface JudgeScore {
  judge: string;
  submission: string;
  score: number;
}

// ---- the panel in canonical form ------------------------------------------------------------------

/**
 * The scores as flat arrays, ordered by submission id, then judge id, whatever order they came in.
 * Submission s owns the scores `start[s]` … `start[s + 1] − 1`; a design for a fit adds a weight per
 * score (how many times it counts: 1 in the data, 0–n in a bootstrap round).
 */
export interface Design {
  submissions: number;
  judges: number;
  start: Int32Array;
  judge: Int32Array;
  score: Float64Array;
  weight: Float64Array;
}

export interface Panel extends Design {
  judgeIds: string[];
  submissionIds: string[];
}

export const issue = (path: PropertyKey[], message: string): FieldIssue => ({ path, code: "custom", message });

export function canonical(scores: readonly JudgeScore[]): Panel {
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

export function partsOf(d: Design): Parts {
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
