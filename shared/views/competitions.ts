import type { Competition } from "../api/schemas/competitions.js";
import type { CompetitionItem } from "../data/competitions.js";
import { defaultTieBreak } from "../domain/results.js";

/** Where the competition stands at `now`: what applicants, judges and organisers may do. */
function phaseOf(item: CompetitionItem, now: Date): Competition["phase"] {
  const at = now.toISOString();
  if (at < item.submissionOpensAt) return "upcoming";
  if (at < item.submissionDeadline) return "submissions_open";
  if (at < item.judgingOpensAt) return "awaiting_judging";
  if (at < item.judgingClosesAt) return "judging";
  return "closed";
}

/** A competition as everyone signed in sees it: its rules are public to all who take part. */
export function competitionView(item: CompetitionItem, now: Date): Competition {
  return {
    competitionId: item.competitionId, classId: item.classId, title: item.title,
    submissionOpensAt: item.submissionOpensAt, submissionDeadline: item.submissionDeadline, judgingOpensAt: item.judgingOpensAt, judgingClosesAt: item.judgingClosesAt,
    judgesPerSubmission: item.judgesPerSubmission, blindReview: item.blindReview, rubric: item.rubric, rubricFrozen: item.rubricFrozenAt !== undefined,
    rankingMethod: item.rankingMethod ?? "additive", minJudges: item.minJudges ?? item.judgesPerSubmission, tieBreak: item.tieBreak ?? defaultTieBreak(item.rubric),
    ...(item.resultsPublishedAt ? { resultsPublishedAt: item.resultsPublishedAt, publishedVersion: item.publishedVersion } : {}),
    phase: phaseOf(item, now), createdAt: item.createdAt, updatedAt: item.updatedAt,
  };
}

export const competitionListView = (items: readonly CompetitionItem[], now: Date) => ({ items: items.map((item) => competitionView(item, now)) });
