import { InvalidInput, type FieldIssue } from "./errors.js";
import { compareIds } from "./judge-assignment.js";
import { bootstrap, type BootstrapSettings } from "./ranking-bootstrap.js";
import { fitWith, rankingMethods, type RankingMethod } from "./ranking-fit.js";
import { clustersOf, keyDifference, type Keys } from "./ranking-order.js";
import { canonical, issue, partsOf, type JudgeScore } from "./ranking-panel.js";

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

// The steps live in their own modules: the panel (ranking-panel), the fits (ranking-fit), the order
// (ranking-order) and the bootstrap (ranking-bootstrap). This one puts them together and is the only one
// the rest of the code imports. The public names a step needs are declared with that step, so that no
// step imports this module (the layers test forbids cycles), and are passed on from here.
export { rankingMethods, type RankingMethod } from "./ranking-fit.js";
export { TIE_TOLERANCE } from "./ranking-order.js";
export type { JudgeScore } from "./ranking-panel.js";
export type { BootstrapSettings } from "./ranking-bootstrap.js";

export const selections = ["finalist", "reserve", "none"] as const;
export type Selection = (typeof selections)[number];

/** How an entry was told apart from its neighbours: its quality, the i-th tie-break key (from 0), or not at all. */
export type DecidedBy = "quality" | `tieBreak:${number}` | "unbroken";

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

export const DEFAULT_FINALISTS = 5;
export const DEFAULT_RESERVES = 3;
/**
 * 500 rounds keep the standard error of a probability at most √(0.25 / 500) ≈ 0.022, and rank 300
 * submissions (900 scores) in about 0.2 s of CPU. The cost grows linearly: 100,000 submissions
 * (300,000 scores) take about 40 s of CPU (`npm run bench -- ranking`).
 */
export const DEFAULT_BOOTSTRAP: BootstrapSettings = { rounds: 500, seed: 1 };
export const DEFAULT_CLOSE_CALL: readonly [number, number] = [0.2, 0.8];

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
