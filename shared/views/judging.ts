import type * as z from "zod/mini";
import type { Conflict, ConflictPage, Judge } from "../api/schemas/judges.js";
import type { MyCompetitions, MyJudging as MyJudgingOut } from "../api/schemas/judging.js";
import type { AssignmentRun, JudgingProgress } from "../api/schemas/judging-progress.js";
import type { Review, ReviewSheet as ReviewSheetOut } from "../api/schemas/review-sheets.js";
import { balanceOf, totalOf, type JudgingState, type MyJudging, type NamedConflict, type ReviewSheet } from "../app/judging.js";
import type { AssignmentRunItem, CompetitionItem } from "../data/competitions.js";
import type { UnassignedSubmission } from "../domain/judge-assignment.js";
import type { ConflictItem, JudgeItem } from "../data/judges.js";
import type { Page } from "../data/pagination.js";
import type { ReviewItem } from "../data/reviews.js";
import { translate, type Lang } from "../i18n/messages.js";
import { competitionView } from "./competitions.js";
import { judgePitchView } from "./pitches.js";

export function judgeView(judge: JudgeItem): z.output<typeof Judge> {
  const { judgeId, competitionId, name, organisation, sectors, email, language, maxLoad, certification, status, ties, invitedAt } = judge;
  return { judgeId, competitionId, name, organisation, sectors, email, language, maxLoad, certification, status, ties, invitedAt };
}

export const conflictView = ({ competitionId, judgeId, submissionId, reason, recordedBy, recordedAt }: ConflictItem): z.output<typeof Conflict> => ({ competitionId, judgeId, submissionId, reason, recordedBy, recordedAt });

/** Of the pitch, only what names it to organisers: never the owner's contacts. */
export const conflictPageView = (page: Page<NamedConflict>): z.output<typeof ConflictPage> => ({
  items: page.items.map((conflict) => ({ ...conflictView(conflict), judgeName: conflict.judgeName, title: conflict.pitch?.title, businessName: conflict.pitch?.business.businessName })),
  nextCursor: page.nextCursor,
});

export const judgeListView = (judges: readonly JudgeItem[]) => ({ items: judges.map(judgeView) });

/** Too few judges free of a conflict: those it has are all of them, so their number is k − missing. */
const reasonOf = (u: UnassignedSubmission, k: number, lang: Lang) => translate(u.code, lang, { missing: u.missing, k, free: k - u.missing });

/** The run as organisers read it; why a submission lacks judges is worded in their language. */
export function assignmentRunView(run: AssignmentRunItem, lang: Lang): z.output<typeof AssignmentRun> {
  return {
    competitionId: run.competitionId, revision: run.revision, status: run.status, reason: run.reason, requestedAt: run.requestedAt, computedAt: run.computedAt,
    submissions: run.submissions, judges: run.judges,
    unassigned: (run.unassigned ?? []).map((u) => ({ submissionId: u.submission, missing: u.missing, code: u.code, reason: reasonOf(u, run.judgesPerSubmission ?? u.missing, lang) })),
    loads: run.loads ?? {}, balance: balanceOf(run), changes: run.changes, preferCertifiedCurators: run.preferCertifiedCurators ?? false,
  };
}

function reviewView(review: ReviewItem, competition: CompetitionItem, now: Date): z.output<typeof Review> {
  const at = now.toISOString();
  return {
    submissionId: review.submissionId, status: review.status, scores: review.scores, total: totalOf(competition, review), comment: review.comment, privateNote: review.privateNote,
    savedAt: review.savedAt, submittedAt: review.submittedAt, editable: competition.judgingOpensAt <= at && at < competition.judgingClosesAt,
  };
}

/** What a judge opens: blind where the competition says so (`judgePitchView`). */
export async function reviewSheetView({ competition, pitch, review }: ReviewSheet, now: Date): Promise<z.output<typeof ReviewSheetOut>> {
  return { pitch: await judgePitchView(pitch, competition), rubric: competition.rubric, blindReview: competition.blindReview, review: reviewView(review, competition, now) };
}

/** The judge's page: their ties and the submissions assigned to them, by title and sector only. */
export function myJudgingView({ competition, judge, reviews, pitches }: MyJudging, now: Date): z.output<typeof MyJudgingOut> {
  return {
    competition: competitionView(competition, now),
    ties: judge.ties,
    assignments: reviews.map((review) => {
      const pitch = pitches.get(review.submissionId);
      return { submissionId: review.submissionId, title: competition.blindReview ? undefined : pitch?.title, sector: pitch?.business.sector ?? "lainnya", status: review.status, total: totalOf(competition, review) };
    }),
  };
}

export const myCompetitionsView = (judges: readonly JudgeItem[]): z.output<typeof MyCompetitions> => ({
  items: judges.map((judge) => ({ competitionId: judge.competitionId, title: judge.competitionTitle, status: judge.status })),
});

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

/** Per judge and per submission: who has work left, which pitches lack judges or scores. */
export function judgingProgressView({ competition, judges, reviews, pitches }: JudgingState): z.output<typeof JudgingProgress> {
  // grouped once: thousands of reviews, not filtered again for each judge and each of thousands of pitches
  const ofJudge = groupBy(reviews, (review) => review.judgeId);
  const ofSubmission = groupBy(reviews, (review) => review.submissionId);
  const byJudge = judges.map((judge) => {
    const own = ofJudge.get(judge.judgeId) ?? [];
    const saved = own.map((review) => review.savedAt).filter((at): at is string => at !== undefined).sort();
    return {
      judgeId: judge.judgeId, name: judge.name, status: judge.status, assigned: own.length,
      submitted: own.filter((r) => r.status === "submitted").length, drafts: own.filter((r) => r.status === "draft").length, notStarted: own.filter((r) => r.status === "assigned").length,
      lastSavedAt: saved.at(-1),
    };
  });
  const bySubmission = pitches.map((pitch) => {
    const own = ofSubmission.get(pitch.submissionId) ?? [];
    const totals = own.filter((r) => r.status === "submitted").map((r) => totalOf(competition, r)).filter((t): t is number => t !== undefined);
    return {
      submissionId: pitch.submissionId, title: pitch.title, businessName: pitch.business.businessName, judges: own.length, submitted: totals.length,
      missingJudges: Math.max(0, competition.judgesPerSubmission - own.length),
      averageTotal: totals.length ? Math.round((totals.reduce((a, b) => a + b, 0) / totals.length) * 100) / 100 : undefined,
    };
  });
  const submitted = reviews.filter((r) => r.status === "submitted").length;
  return {
    competitionId: competition.competitionId, judges: byJudge, submissions: bySubmission,
    totals: { reviews: reviews.length, submitted, percent: reviews.length ? Math.round((submitted / reviews.length) * 100) : 0 },
  };
}
