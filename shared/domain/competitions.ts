import { DomainError, InvalidInput, type FieldIssue } from "./errors.js";

/**
 * The pitch competition of a class: its windows, how many judges read each submission, whether they
 * read blind, and the rubric they score by. Pure rules; storage and HTTP know nothing of them.
 */

type Text = { id: string; en: string };

export interface Criterion {
  criterionId: string;
  name: Text;
  guidance: Text;
  /** Relative weight; a submission's total is the weighted mean of its criteria on a 0–100 scale. */
  weight: number;
  scale: { min: number; max: number };
}

export interface CompetitionWindows {
  submissionOpensAt: string;
  submissionDeadline: string;
  judgingOpensAt: string;
  judgingClosesAt: string;
}

/** Judges per submission when the organiser does not say. */
export const DEFAULT_JUDGES_PER_SUBMISSION = 3;
/** Pitch decks: one PDF, small enough for a phone on a weak connection. */
export const PITCH_DECK_TYPES: Record<string, string[]> = { "application/pdf": ["pdf"] };

/** Each window opens before it closes, and judging cannot start before the submissions are in. */
export function checkWindows(windows: CompetitionWindows): void {
  const issues: FieldIssue[] = [];
  const before = (earlier: keyof CompetitionWindows, later: keyof CompetitionWindows, rule: string, strict = true) => {
    const ok = strict ? windows[earlier] < windows[later] : windows[earlier] <= windows[later];
    if (!ok) issues.push({ path: [later], code: "custom", message: rule });
  };
  before("submissionOpensAt", "submissionDeadline", "deadline_before_opening");
  before("submissionDeadline", "judgingOpensAt", "judging_before_deadline", false);
  before("judgingOpensAt", "judgingClosesAt", "judging_closes_before_opening");
  if (issues.length) throw new InvalidInput(issues);
}

/** Criterion ids are unique: scores are keyed by them. */
export function checkRubric(rubric: readonly Criterion[]): void {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  rubric.forEach((criterion, i) => {
    if (seen.has(criterion.criterionId)) issues.push({ path: ["rubric", i, "criterionId"], code: "custom", message: "criterion_duplicate" });
    seen.add(criterion.criterionId);
    if (criterion.scale.min >= criterion.scale.max) issues.push({ path: ["rubric", i, "scale", "max"], code: "custom", message: "scale_empty" });
  });
  if (issues.length) throw new InvalidInput(issues);
}

// ---- submissions ---------------------------------------------------------------------------------

export const submissionStatuses = ["draft", "submitted"] as const;
export type SubmissionStatus = (typeof submissionStatuses)[number];

/**
 * Changes are accepted from the opening to the deadline; the server's clock at the moment of writing
 * decides, and the write restates it (`data/competitions.ts#beforeDeadline`).
 */
export function assertSubmissionOpen(windows: CompetitionWindows, at: string): void {
  if (at < windows.submissionOpensAt) throw new DomainError("submission_not_open", { params: { at: windows.submissionOpensAt }, details: { opensAt: windows.submissionOpensAt } });
  if (at >= windows.submissionDeadline) throw new DomainError("submission_locked", { params: { at: windows.submissionDeadline }, details: { deadline: windows.submissionDeadline } });
}

export interface UseOfFunds {
  item: string;
  amountIdr: number;
}

/** The use of funds must add up to the capital asked for, to the rupiah. */
export function checkUseOfFunds(capitalAskIdr: number | undefined, useOfFunds: readonly UseOfFunds[] | undefined, field = "useOfFunds"): FieldIssue[] {
  if (capitalAskIdr === undefined || useOfFunds === undefined) return [];
  const total = useOfFunds.reduce((sum, entry) => sum + entry.amountIdr, 0);
  return total === capitalAskIdr ? [] : [{ path: [field], code: "custom", message: "use_of_funds_sum" }];
}

/** What a pitch must hold before it can be submitted; a draft may lack any of it. */
export const requiredPitchFields = ["title", "summary", "problem", "product", "targetMarket", "traction", "revenueLast12MonthsIdr", "capitalAskIdr", "useOfFunds", "team", "pitchDeck"] as const;

export function missingPitchFields(pitch: Partial<Record<(typeof requiredPitchFields)[number], unknown>>): FieldIssue[] {
  return requiredPitchFields
    .filter((field) => pitch[field] === undefined || (Array.isArray(pitch[field]) && (pitch[field] as unknown[]).length === 0))
    .map((field) => ({ path: [field], code: "custom", message: "required_to_submit" }));
}

// ---- judging -------------------------------------------------------------------------------------

export const reviewStatuses = ["assigned", "draft", "submitted"] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

/** Scores are given from the opening of judging until it closes; revisions too. */
export function assertJudgingOpen(windows: CompetitionWindows, at: string): void {
  if (at < windows.judgingOpensAt) throw new DomainError("judging_not_open", { params: { at: windows.judgingOpensAt }, details: { opensAt: windows.judgingOpensAt } });
  if (at >= windows.judgingClosesAt) throw new DomainError("judging_closed", { params: { at: windows.judgingClosesAt }, details: { closedAt: windows.judgingClosesAt } });
}

/**
 * Every score names a criterion of the rubric and lies on its scale; a submitted review scores them all.
 * The schema already made them integers.
 */
export function checkScores(rubric: readonly Criterion[], scores: Readonly<Record<string, number>>, submitting: boolean): void {
  const byId = new Map(rubric.map((criterion) => [criterion.criterionId, criterion]));
  const issues: FieldIssue[] = [];
  for (const [criterionId, score] of Object.entries(scores)) {
    const criterion = byId.get(criterionId);
    if (!criterion) issues.push({ path: ["scores", criterionId], code: "custom", message: "criterion_unknown" });
    else if (score < criterion.scale.min || score > criterion.scale.max) issues.push({ path: ["scores", criterionId], code: "custom", message: "score_out_of_scale" });
  }
  if (submitting) {
    for (const criterion of rubric) if (scores[criterion.criterionId] === undefined) issues.push({ path: ["scores", criterion.criterionId], code: "custom", message: "score_required" });
  }
  if (issues.length) throw new InvalidInput(issues);
}

/**
 * The weighted total on 0–100: each score is placed on its own scale (min → 0, max → 1) and the
 * criteria are averaged by weight, so rubrics with different scales compare.
 */
export function weightedTotal(rubric: readonly Criterion[], scores: Readonly<Record<string, number>>): number | undefined {
  let sum = 0;
  let weights = 0;
  for (const criterion of rubric) {
    const score = scores[criterion.criterionId];
    if (score === undefined) return undefined;
    sum += criterion.weight * ((score - criterion.scale.min) / (criterion.scale.max - criterion.scale.min));
    weights += criterion.weight;
  }
  return weights === 0 ? undefined : Math.round((sum / weights) * 100 * 100) / 100;
}

// ---- conflicts of interest -----------------------------------------------------------------------

export const tieRelations = ["own", "family", "client", "shareholding", "other"] as const;
export type TieRelation = (typeof tieRelations)[number];

/** A business a judge is tied to (their own, a relative's, a client's …), known by its NIB or phone. */
export interface Tie {
  relation: TieRelation;
  nib?: string | undefined;
  /** E.164, as profiles store it. */
  phone?: string | undefined;
  note?: string | undefined;
}

export interface Entrant {
  submissionId: string;
  nib: string;
  phone: string;
}

/** Submissions whose business shares a NIB or a phone number with one of the judge's declared ties. */
export function tiedSubmissions(ties: readonly Tie[], entrants: readonly Entrant[]): { submissionId: string; relation: TieRelation; by: "nib" | "phone" }[] {
  const found: { submissionId: string; relation: TieRelation; by: "nib" | "phone" }[] = [];
  for (const entrant of entrants) {
    const tie = ties.find((t) => t.nib !== undefined && t.nib === entrant.nib) ?? ties.find((t) => t.phone !== undefined && t.phone === entrant.phone);
    if (tie) found.push({ submissionId: entrant.submissionId, relation: tie.relation, by: tie.nib !== undefined && tie.nib === entrant.nib ? "nib" : "phone" });
  }
  return found;
}
