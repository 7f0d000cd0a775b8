import type { AssignmentRequest } from "../api/schemas/judge-assignment.js";
import type { Certification, ConflictInput, JudgeInvite } from "../api/schemas/judges.js";
import type { ScoreInput } from "../api/schemas/review-sheets.js";
import type { TiesInput } from "../api/schemas/ties.js";
import { assertJudgingOpen, checkScores, tiedSubmissions, weightedTotal } from "../domain/competitions.js";
import { DomainError } from "../domain/errors.js";
import { localTime, zoneOfRegency } from "../domain/time.js";
import { assignmentChanges, loadBalance, type AssignmentInput, type JudgePair } from "../domain/judge-assignment.js";
import type { ItemChange } from "../data/changes.js";
import { assignmentRunsCompleted, assignmentRunsRequested, completeAssignmentRun, findAssignmentRun, requestAssignmentRun, whileJudgingOpen, type AssignmentReason, type AssignmentRunItem, type CompetitionItem } from "../data/competitions.js";
import { competitionsOfJudge, conflictsOf, conflictsPage, findConflict, findJudge, findJudgeNames, judgesOf, putConflict, saveCertification, saveJudge, updateActiveJudge, type ConflictItem, type JudgeItem } from "../data/judges.js";
import type { Page } from "../data/pagination.js";
import { findPitch, findPitchSummaries, submittedPitches, type PitchItem, type PitchSummary } from "../data/pitches.js";
import { assignPair, extraReviewsAdded, findReview, stillUnassigned, markNoticed, reviewsOf, reviewsOfJudge, unassign, unassignActive, unnoticedReviews, writeScores, type ReviewItem } from "../data/reviews.js";
import { transact } from "../data/transactions.js";
import { isJudgeSk } from "../data/keys.js";
import type { NotificationData, NotificationTemplate } from "../i18n/notifications.js";
import { notifierInUse } from "../notify/notifier.js";
import { assignJudges } from "../solver/judge-assignment.js";
import { getCompetition } from "./competitions.js";
import { inEventZone } from "./event-time.js";
import { getClass } from "./lookups.js";
import { inBatches, readAll, settle } from "./retry.js";

// ---- judges on a competition (organisers) ----------------------------------------------------------

/** Invites a judge (or changes the invitation); an assignment already made is completed with them. */
export async function inviteJudge(competitionId: string, judgeId: string, invite: JudgeInvite, now: Date): Promise<JudgeItem> {
  const competition = await getCompetition(competitionId);
  const at = now.toISOString();
  const judge = await saveJudge({ competitionId, judgeId, ...invite, status: "invited", competitionTitle: competition.title, updatedAt: at }, at);
  await rerun(competitionId, "judge_invited", at);
  return judge;
}

export async function getJudge(competitionId: string, judgeId: string): Promise<JudgeItem> {
  const judge = await findJudge(competitionId, judgeId);
  if (!judge) throw new DomainError("judge_not_found");
  return judge;
}

export async function listJudges(competitionId: string): Promise<JudgeItem[]> {
  await getCompetition(competitionId);
  return judgesOf(competitionId);
}

/**
 * Records, replaces or clears (`undefined`) a judge's curator certificate. Nothing is re-run: a
 * certificate only chooses between equally balanced assignments, and a re-run keeps every pair it
 * can, so it would move nothing; the next run counts it.
 */
export async function certifyJudge(competitionId: string, judgeId: string, certification: Certification | undefined, now: Date): Promise<JudgeItem> {
  const judge = await saveCertification(competitionId, judgeId, certification, now.toISOString());
  if (!judge) throw new DomainError("judge_not_found");
  return judge;
}

/** The judge leaves; the assignment moves only their submissions, and scores already given by others stay. */
export async function withdrawJudge(competitionId: string, judgeId: string, now: Date): Promise<JudgeItem> {
  const at = now.toISOString();
  const judge = await settle(async () => {
    const current = await getJudge(competitionId, judgeId);
    if (current.status === "withdrawn") return current;
    return (await transact([updateActiveJudge(competitionId, judgeId, { status: "withdrawn", withdrawnAt: at, updatedAt: at })])) ? { ...current, status: "withdrawn" as const, withdrawnAt: at } : undefined;
  });
  await rerun(competitionId, "judge_withdrawn", at);
  return judge;
}

/** A conflict the organisers know of: the judge loses the submission at once, and the assignment replaces them. */
export async function addConflict(competitionId: string, conflict: ConflictInput, organiserId: string, now: Date): Promise<ConflictItem> {
  const at = now.toISOString();
  const item = await settle(async () => {
    const [, pitch, review] = await Promise.all([getJudge(competitionId, conflict.judgeId), findPitch(competitionId, conflict.submissionId), findReview(competitionId, conflict.judgeId, conflict.submissionId)]);
    if (!pitch) throw new DomainError("not_found");
    const recorded: ConflictItem = { competitionId, ...conflict, recordedBy: organiserId, recordedAt: at };
    // the pair as read, restated: assigned → taken away at once; not assigned → still not, or read again
    const items = [putConflict(recorded), review?.active ? unassignActive(competitionId, conflict.judgeId, conflict.submissionId, at) : stillUnassigned(competitionId, conflict.judgeId, conflict.submissionId)];
    return (await transact(items)) ? recorded : undefined;
  });
  await rerun(competitionId, "conflict_added", at);
  return item;
}

/** A recorded conflict with what organisers know it by: the judge's name, and the pitch. */
export type NamedConflict = ConflictItem & { judgeName?: string; pitch?: PitchSummary };

/** The conflicts organisers recorded, a page at a time, each with its judge's name and its pitch as they are today. */
export async function listConflicts(competitionId: string, limit: number, cursor?: string): Promise<Page<NamedConflict>> {
  const [, page] = await Promise.all([getCompetition(competitionId), conflictsPage(competitionId, limit, cursor)]);
  const [judges, pitches] = await Promise.all([
    readAll([...new Set(page.items.map((conflict) => conflict.judgeId))], (ids) => findJudgeNames(competitionId, ids)),
    readAll([...new Set(page.items.map((conflict) => conflict.submissionId))], (ids) => findPitchSummaries(competitionId, ids)),
  ]);
  const names = new Map(judges.map((judge) => [judge.judgeId, judge.name]));
  const pitchOf = new Map(pitches.map((pitch) => [pitch.submissionId, pitch]));
  return { items: page.items.map((conflict) => ({ ...conflict, judgeName: names.get(conflict.judgeId), pitch: pitchOf.get(conflict.submissionId) })), nextCursor: page.nextCursor };
}

/** Asks for a new assignment only where one was made: before that there is nothing to move. */
async function rerun(competitionId: string, reason: AssignmentReason, at: string) {
  await requestAssignmentRun(competitionId, reason, at, { onlyIfAssigned: true });
}

// ---- the assignment ------------------------------------------------------------------------------

/** The organiser asks for the assignment; a job computes it and writes the pairs. */
export async function requestAssignment(competitionId: string, now: Date, request: AssignmentRequest = { preferCertifiedCurators: false }): Promise<AssignmentRunItem> {
  await getCompetition(competitionId);
  return (await requestAssignmentRun(competitionId, "requested", now.toISOString(), request))!;
}

export async function assignmentRun(competitionId: string): Promise<AssignmentRunItem> {
  await getCompetition(competitionId);
  const run = await findAssignmentRun(competitionId);
  if (!run) throw new DomainError("not_found");
  return run;
}

/** Conflicts the organisers recorded, and those found from the ties the judges declared (same NIB or phone). */
const entrantOf = (pitch: PitchSummary) => ({ submissionId: pitch.submissionId, nib: pitch.business.nib, phone: pitch.business.phone });

function conflictPairs(judges: readonly JudgeItem[], pitches: readonly PitchSummary[], recorded: readonly { judgeId: string; submissionId: string }[]): JudgePair[] {
  const entrants = pitches.map(entrantOf);
  return [
    ...recorded.map((c): JudgePair => [c.judgeId, c.submissionId]),
    ...judges.flatMap((judge) => tiedSubmissions(judge.ties, entrants).map((tie): JudgePair => [judge.judgeId, tie.submissionId])),
  ];
}

/**
 * The job's work for one requested run: read the competition whole, solve, and write only the pairs
 * that change. Every write is idempotent, and the outcome is recorded only for the revision computed,
 * so a run repeated by the event source, or overtaken by a newer request, leaves the same pairs.
 */
export async function runAssignment(run: AssignmentRunItem, now: Date): Promise<void> {
  const competitionId = run.competitionId;
  const at = now.toISOString();
  const [competition, pitches, judges, recorded, reviews] = await Promise.all([
    getCompetition(competitionId), submittedPitches(competitionId), judgesOf(competitionId), conflictsOf(competitionId), reviewsOf(competitionId, ["judgeId", "submissionId", "active", "status", "extra"]),
  ]);
  const active = judges.filter((judge) => judge.status === "invited");
  const current = reviews.filter((review) => review.active && !review.extra);
  const previous = current.map((review): JudgePair => [review.judgeId, review.submissionId]);
  const scored = current.filter((review) => review.status !== "assigned").map((review): JudgePair => [review.judgeId, review.submissionId]);
  // the organisers' extra reviews stay as they are, outside the k the solver places (and never twice),
  // unless their judge left or is now in conflict with the pitch: then they go like any other pair
  const conflicts = conflictPairs(active, pitches, recorded);
  const barred = new Set(conflicts.map(([judgeId, submissionId]) => `${judgeId}#${submissionId}`));
  const invited = new Set(active.map((judge) => judge.judgeId));
  const extraPairs = reviews.filter((review) => review.active && review.extra).map((review): JudgePair => [review.judgeId, review.submissionId]);
  const extras = extraPairs.filter(([judgeId, submissionId]) => invited.has(judgeId) && !barred.has(`${judgeId}#${submissionId}`));
  const extrasGone = extraPairs.filter((pair) => !extras.includes(pair));
  const input: AssignmentInput = {
    k: competition.judgesPerSubmission,
    submissions: pitches.map((pitch) => ({ id: pitch.submissionId, sector: pitch.business.sector })),
    judges: active.map((judge) => ({ id: judge.judgeId, sectors: judge.sectors, maxLoad: judge.maxLoad, certification: judge.certification })),
    conflicts: [...conflicts, ...extras],
    previous,
    scored,
    // a certificate counts through its last day as a UTC date, as a business's permits do
    preferCertifiedOn: run.preferCertifiedCurators ? at.slice(0, 10) : undefined,
  };
  const result = await assignJudges(input);
  const { kept, added, removed } = assignmentChanges(previous, result.assignments);
  // the removals first: a judge never holds more than their maximum at any moment
  await inBatches([...removed, ...extrasGone], ([judgeId, submissionId]) => unassign(competitionId, judgeId, submissionId, at));
  await inBatches(added, ([judgeId, submissionId]) => assigned(competitionId, judgeId, submissionId, at));
  await completeAssignmentRun(competitionId, run.revision, {
    computedAt: at, submissions: pitches.length, judges: active.length, judgesPerSubmission: input.k, unassigned: result.unassigned, loads: result.loads,
    changes: { kept: kept.length, added: added.length, removed: removed.length },
  });
}

/** The runs asked for in a batch of changes, each computed once, in order. */
export async function runRequestedAssignments(changes: readonly ItemChange[], now: Date): Promise<void> {
  for (const run of assignmentRunsRequested(changes)) await runAssignment(run, now);
}

/** A pair written, or found assigned already, or refused by a conflict recorded since the run read: then that conflict's re-run decides. */
async function assigned(competitionId: string, judgeId: string, submissionId: string, at: string): Promise<void> {
  await settle(async () => {
    if (await transact(assignPair(competitionId, judgeId, submissionId, at))) return true;
    const [conflict, review] = await Promise.all([findConflict(competitionId, judgeId, submissionId), findReview(competitionId, judgeId, submissionId)]);
    return conflict || review?.active ? true : undefined;
  });
}

export const balanceOf = (run: AssignmentRunItem) => (run.loads && Object.keys(run.loads).length ? loadBalance(run.loads) : undefined);

// ---- the judge's own work --------------------------------------------------------------------------

export async function myCompetitions(judgeId: string): Promise<JudgeItem[]> {
  return competitionsOfJudge(judgeId);
}

export interface MyJudging {
  competition: CompetitionItem;
  judge: JudgeItem;
  reviews: ReviewItem[];
  pitches: Map<string, PitchSummary>;
}

/** A judge's page of a competition: only the submissions assigned to them now. */
export async function myJudging(competitionId: string, judgeId: string): Promise<MyJudging> {
  const [competition, judge, all] = await Promise.all([getCompetition(competitionId), getJudge(competitionId, judgeId), reviewsOfJudge(competitionId, judgeId)]);
  const reviews = all.filter((review) => review.active);
  const found = await readAll(reviews.map((review) => review.submissionId), (ids) => findPitchSummaries(competitionId, ids));
  return { competition, judge, reviews, pitches: new Map(found.map((pitch) => [pitch.submissionId, pitch])) };
}

/** Most pairs a declaration takes away in its own transaction (100 items with the judge's); a re-run takes any others. */
const TIED_AT_ONCE = 99;

/**
 * Declared ties replace the ones before. The judge loses the submissions they now tie to at once, as
 * with an organiser's conflict, and the re-run gives those submissions other judges.
 */
export async function declareTies(competitionId: string, judgeId: string, input: TiesInput, now: Date): Promise<MyJudging> {
  const at = now.toISOString();
  await settle(async () => {
    // the write restates that the judge is still on the competition; a judge who left meanwhile is told it is gone
    if ((await findJudge(competitionId, judgeId))?.status !== "invited") throw new DomainError("not_found");
    const [pitches, reviews] = await Promise.all([submittedPitches(competitionId), reviewsOfJudge(competitionId, judgeId)]);
    const tied = new Set(tiedSubmissions(input.ties, pitches.map(entrantOf)).map((tie) => tie.submissionId));
    const lost = reviews.filter((review) => review.active && tied.has(review.submissionId)).slice(0, TIED_AT_ONCE);
    const items = [updateActiveJudge(competitionId, judgeId, { ties: input.ties, updatedAt: at }), ...lost.map((review) => unassignActive(competitionId, judgeId, review.submissionId, at))];
    return (await transact(items)) || undefined;
  });
  await rerun(competitionId, "ties_declared", at);
  return myJudging(competitionId, judgeId);
}

export interface ReviewSheet {
  competition: CompetitionItem;
  pitch: PitchItem;
  review: ReviewItem;
}

/** What a judge opens; the route's relation already made sure the pair is assigned. */
export async function reviewSheet(competitionId: string, submissionId: string, judgeId: string): Promise<ReviewSheet> {
  const [competition, pitch, review] = await Promise.all([getCompetition(competitionId), findPitch(competitionId, submissionId), findReview(competitionId, judgeId, submissionId)]);
  if (!pitch || !review?.active) throw new DomainError("not_found");
  return { competition, pitch, review };
}

/**
 * Saves a judge's scores, as a draft or submitted. Only while judging is open and the pair is still
 * assigned, over the revision read, and — until the rubric is frozen — over the rubric the scores were
 * checked against; the first submitted score of the competition freezes its rubric in the same
 * transaction. A submitted review is revised by submitting again.
 */
export async function saveScores(competitionId: string, submissionId: string, judgeId: string, input: ScoreInput): Promise<ReviewSheet> {
  return settle(async () => {
    const sheet = await reviewSheet(competitionId, submissionId, judgeId);
    const { competition, review } = sheet;
    const at = new Date().toISOString();
    await inEventZone(competition, () => assertJudgingOpen(competition, at));
    checkScores(competition.rubric, input.scores, input.submit);
    if (!input.submit && review.status === "submitted") throw new DomainError("review_submitted");
    const changes = {
      status: input.submit ? ("submitted" as const) : ("draft" as const), scores: input.scores, comment: input.comment, privateNote: input.privateNote,
      savedAt: at, submittedAt: input.submit ? at : undefined,
    };
    const rubric = competition.rubricFrozenAt ? "frozen" : { readAt: competition.updatedAt, freeze: input.submit };
    const committed = await transact([whileJudgingOpen(competitionId, at, rubric), writeScores(review, changes)]);
    if (!committed) return undefined;
    return { ...sheet, review: { ...review, ...changes, revision: review.revision + 1 }, competition: input.submit ? { ...competition, rubricFrozenAt: competition.rubricFrozenAt ?? at } : competition };
  });
}

// ---- organisers' view of the judging ---------------------------------------------------------------

export interface JudgingState {
  competition: CompetitionItem;
  judges: JudgeItem[];
  reviews: ReviewItem[];
  pitches: PitchSummary[];
}

/** What progress counts of a review: never its comments or private note, which make most of its size. */
const progressFields = ["judgeId", "submissionId", "active", "status", "scores", "savedAt"] as const;

export async function judgingState(competitionId: string): Promise<JudgingState> {
  const [competition, judges, reviews, pitches] = await Promise.all([getCompetition(competitionId), judgesOf(competitionId), activeReviews(competitionId), submittedPitches(competitionId)]);
  return { competition, judges, reviews, pitches };
}

const activeReviews = async (competitionId: string) => (await reviewsOf(competitionId, progressFields)).filter((review) => review.active);

export const totalOf = (competition: CompetitionItem, review: ReviewItem) => weightedTotal(competition.rubric, review.scores);

/** Reminds every judge with reviews still to submit, in their language, several at a time (a route has seconds); says whom. */
export async function sendReminders(competitionId: string): Promise<{ judgeId: string; outstanding: number }[]> {
  const [competition, judges, reviews] = await Promise.all([getCompetition(competitionId), judgesOf(competitionId), activeReviews(competitionId)]);
  const { regencyCode } = await getClass(competition.classId);
  const judgingClosesAt = localTime(competition.judgingClosesAt, zoneOfRegency(regencyCode));
  const reminded = judges
    .filter((judge) => judge.status === "invited")
    .map((judge) => ({ judge, outstanding: reviews.filter((review) => review.judgeId === judge.judgeId && review.status !== "submitted").length }))
    .filter(({ outstanding }) => outstanding > 0);
  await inBatches(reminded, ({ judge, outstanding }) => notifyJudge(judge, "judgingReminder", { competitionTitle: competition.title, outstanding, judgingClosesAt }));
  return reminded.map(({ judge, outstanding }) => ({ judgeId: judge.judgeId, outstanding }));
}

// ---- notifications -------------------------------------------------------------------------------

async function notifyJudge(judge: JudgeItem, template: NotificationTemplate, data: NotificationData) {
  await notifierInUse().notify({ userId: judge.judgeId, email: judge.email }, template, { judgeName: judge.name, ...data }, judge.language);
}

/**
 * New judges hear of their invitation. When a run's outcome is written, each judge hears once how many
 * submissions are newly theirs — counted from the pairs not yet announced, so a run overtaken by a
 * newer one loses no notice, and a notice repeated by a retried batch stays the only one sent.
 */
export async function notifyJudges(changes: readonly ItemChange[], now: Date): Promise<void> {
  for (const change of changes) {
    if (change.kind === "insert" && isJudgeSk(change.keys.sk)) {
      const judge = change.after as unknown as JudgeItem;
      await notifyJudge(judge, "judgeInvited", { competitionTitle: judge.competitionTitle });
    }
  }
  const at = now.toISOString();
  // after each run, and when organisers added extra reviews (which no run announces)
  const announced = new Set([...assignmentRunsCompleted(changes).map((run) => run.competitionId), ...extraReviewsAdded(changes)]);
  for (const competitionId of announced) {
    const byJudge = new Map<string, string[]>();
    for (const { judgeId, submissionId } of await unnoticedReviews(competitionId)) {
      const theirs = byJudge.get(judgeId);
      if (theirs) theirs.push(submissionId);
      else byJudge.set(judgeId, [submissionId]);
    }
    for (const [judgeId, submissionIds] of byJudge) {
      const judge = await findJudge(competitionId, judgeId);
      if (judge?.status === "invited") await notifyJudge(judge, "reviewsAssigned", { competitionTitle: judge.competitionTitle, count: submissionIds.length });
      await inBatches(submissionIds, (submissionId) => markNoticed(competitionId, judgeId, submissionId, at));
    }
  }
}
