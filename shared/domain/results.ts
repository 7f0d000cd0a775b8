import type { CompetitionWindows, Criterion } from "./competitions.js";
import { DomainError, InvalidInput, type FieldIssue } from "./errors.js";

/**
 * The results of a competition, the pure half: the tie-break order declared before judging, the
 * organisers' overrides on the computed order, who becomes a finalist or a reserve, and what an
 * applicant's result is. The ranking itself (scores → order) is `ranking.ts`.
 */

/** Finalists pitch to investors; reserves replace a finalist who withdraws, in order. */
export const FINALISTS = 5;
export const RESERVES = 3;

/** The tie-break key that prefers the earlier final submission; every other key names a rubric criterion. */
export const EARLIER_SUBMISSION = "submittedAt";

/** Unless the organisers declare another: the criterion of highest weight (the first of them), then the earlier final submission. */
export function defaultTieBreak(rubric: readonly Criterion[]): string[] {
  const heaviest = rubric.reduce((best, criterion) => (criterion.weight > best.weight ? criterion : best), rubric[0]!);
  return [heaviest.criterionId, EARLIER_SUBMISSION];
}

/** Below every real tie-break value (a mean on 0–1, minus an epoch time in milliseconds). */
export const NOTHING_TO_GO_ON = -Number.MAX_SAFE_INTEGER;

/** Each key is a criterion of the rubric or the submission time, each once. */
export function checkTieBreak(rubric: readonly Criterion[], tieBreak: readonly string[]): void {
  const known = new Set([...rubric.map((criterion) => criterion.criterionId), EARLIER_SUBMISSION]);
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  tieBreak.forEach((key, i) => {
    if (!known.has(key)) issues.push({ path: ["tieBreak", i], code: "custom", message: "tie_break_unknown" });
    else if (seen.has(key)) issues.push({ path: ["tieBreak", i], code: "custom", message: "tie_break_duplicate" });
    seen.add(key);
  });
  if (issues.length) throw new InvalidInput(issues);
}

/** The order and method are fixed once judging opens, so nobody chooses them knowing the scores. */
export function assertBeforeJudging(windows: CompetitionWindows, at: string): void {
  if (at >= windows.judgingOpensAt) throw new DomainError("ranking_rules_fixed", { params: { at: windows.judgingOpensAt }, details: { judgingOpensAt: windows.judgingOpensAt } });
}

/**
 * One submission's tie-break values, higher first at each key: a criterion's mean on 0–1 of its scale,
 * the earlier time as minus its epoch milliseconds. Nothing to go on counts lowest, as a finite number:
 * the export is JSON, which has no infinity.
 */
export function tieBreakValues(
  order: readonly string[],
  rubric: readonly Criterion[],
  scoreSheets: readonly Readonly<Record<string, number>>[],
  submittedAt: string | undefined,
): number[] {
  const byId = new Map(rubric.map((criterion) => [criterion.criterionId, criterion]));
  return order.map((key) => {
    if (key === EARLIER_SUBMISSION) return submittedAt ? -Date.parse(submittedAt) : NOTHING_TO_GO_ON;
    const criterion = byId.get(key)!;
    const values = scoreSheets.map((scores) => scores[key]).filter((score): score is number => score !== undefined);
    if (!values.length) return NOTHING_TO_GO_ON;
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    return (mean - criterion.scale.min) / (criterion.scale.max - criterion.scale.min);
  });
}

// ---- the organisers' hand on the order ---------------------------------------------------------------

/** A place given by an organiser with a written reason, or a submission withdrawn from the competition. */
export type OverridePlace = number | "withdrawn";

export interface Override {
  submissionId: string;
  place: OverridePlace;
  reason: string;
  by: string;
  at: string;
}

/**
 * The final order: the computed one, withdrawn submissions taken out (everyone after moves up, so
 * reserves replace finalists in order), then each placed submission put at its place, lowest place
 * first. Overrides naming submissions that are not ranked are ignored (the use case refuses them).
 */
export function applyOverrides(computed: readonly string[], overrides: readonly Override[]): string[] {
  const ranked = new Set(computed);
  const mine = overrides.filter((override) => ranked.has(override.submissionId));
  const moved = new Set(mine.map((override) => override.submissionId));
  const order = computed.filter((submissionId) => !moved.has(submissionId));
  const placed = mine.filter((override): override is Override & { place: number } => override.place !== "withdrawn")
    .sort((a, b) => a.place - b.place || (a.submissionId < b.submissionId ? -1 : 1));
  for (const { submissionId, place } of placed) order.splice(Math.min(place - 1, order.length), 0, submissionId);
  return order;
}

/**
 * A tie the ranking could not break is never broken silently: while one straddles the cut of the
 * finalists or of the reserves in the final order, and no organiser placed any of its submissions,
 * the results cannot be published.
 */
export function unresolvedTies(order: readonly string[], ties: readonly { submissions: readonly string[] }[], overrides: readonly Override[]): { cut: "finalists" | "reserves"; submissions: string[] }[] {
  // only a place an organiser gave decides a tie; a withdrawal elsewhere does not
  const overridden = new Set(overrides.filter((override) => override.place !== "withdrawn").map((override) => override.submissionId));
  const position = new Map(order.map((submissionId, i) => [submissionId, i]));
  const cuts = [["finalists", FINALISTS], ["reserves", FINALISTS + RESERVES]] as const;
  return ties.flatMap((tie) => {
    if (tie.submissions.some((submissionId) => overridden.has(submissionId))) return [];
    const positions = tie.submissions.flatMap((submissionId) => (position.has(submissionId) ? [position.get(submissionId)!] : []));
    return cuts
      .filter(([, cut]) => positions.some((p) => p < cut) && positions.some((p) => p >= cut))
      .map(([name]) => ({ cut: name, submissions: [...tie.submissions] }));
  });
}

/** The ranked submissions an organiser withdrew, in the order of the overrides. */
export function withdrawnFrom(overrides: readonly Override[], ranked: { has(submissionId: string): boolean }): string[] {
  return overrides.filter((override) => override.place === "withdrawn" && ranked.has(override.submissionId)).map((override) => override.submissionId);
}

export const outcomes = ["finalist", "reserve", "not_selected", "withdrawn", "not_ranked"] as const;
export type Outcome = (typeof outcomes)[number];

/** Where each submission ends in a final order: the first five are finalists, the next three reserves. */
export function outcomeAt(position: number): Outcome {
  if (position < FINALISTS) return "finalist";
  if (position < FINALISTS + RESERVES) return "reserve";
  return "not_selected";
}

/** Where one submission ended in a published version. */
export interface Result {
  version: number;
  publishedAt: string;
  outcome: Outcome;
  place?: number;
}

export interface PublishedOrder {
  version: number;
  publishedAt: string;
  places: readonly { submissionId: string; place: number; outcome: Outcome }[];
  withdrawn: readonly string[];
}

export function resultIn(publication: PublishedOrder, submissionId: string): Result {
  const { version, publishedAt } = publication;
  const placed = publication.places.find((p) => p.submissionId === submissionId);
  if (placed) return { version, publishedAt, outcome: placed.outcome, place: placed.place };
  return { version, publishedAt, outcome: publication.withdrawn.includes(submissionId) ? "withdrawn" : "not_ranked" };
}

/** What the audit log records: every look at the ranking, every change to it, every publication. */
export const auditActions = ["ranking_previewed", "scores_exported", "place_overridden", "override_cleared", "extra_reviews_requested", "results_published"] as const;
export type AuditAction = (typeof auditActions)[number];

/** Results are computed and published only once judging has closed: before, scores can still change. */
export function assertJudgingClosed(windows: CompetitionWindows, at: string): void {
  if (at < windows.judgingClosesAt) throw new DomainError("judging_not_closed", { params: { at: windows.judgingClosesAt }, details: { judgingClosesAt: windows.judgingClosesAt } });
}
