import { randomUUID } from "node:crypto";
import type { CompetitionChanges, CompetitionInput } from "../api/schemas/competition-input.js";
import { checkRubric, checkWindows } from "../domain/competitions.js";
import { DomainError } from "../domain/errors.js";
import { assertBeforeJudging, checkTieBreak } from "../domain/results.js";
import { evaluateProgress, factStates } from "../domain/modules.js";
import { competitionsOfClass, findCompetition, insertCompetition, updateCompetition as writeCompetitionChanges, type CompetitionItem } from "../data/competitions.js";
import { findEnrolment } from "../data/enrolments.js";
import { applicantRecords } from "../data/progress.js";
import { inEventZone } from "./event-time.js";
import { getClass } from "./lookups.js";
import { listModuleItems } from "./modules.js";
import { settle } from "./retry.js";

/** The competition a use case works on, or `competition_not_found`. */
export async function getCompetition(competitionId: string): Promise<CompetitionItem> {
  const item = await findCompetition(competitionId);
  if (!item) throw new DomainError("competition_not_found");
  return item;
}

export async function createCompetition(classId: string, input: CompetitionInput, now: Date, competitionId: string = randomUUID()): Promise<CompetitionItem> {
  await getClass(classId);
  checkWindows(input);
  checkRubric(input.rubric);
  if (input.tieBreak) checkTieBreak(input.rubric, input.tieBreak);
  const at = now.toISOString();
  // stored, not derived: a later change of k must not move what the ranking requires
  const item: CompetitionItem = { competitionId, classId, ...input, minJudges: input.minJudges ?? input.judgesPerSubmission, createdAt: at, updatedAt: at };
  await insertCompetition(item);
  return item;
}

export async function listCompetitions(classId: string): Promise<CompetitionItem[]> {
  await getClass(classId);
  return competitionsOfClass(classId);
}

/**
 * Applies an organiser's changes. The windows are checked as they will be after the change; the
 * rubric only while no score was submitted (`rubric_frozen`), which the write restates.
 */
export async function updateCompetition(competitionId: string, changes: CompetitionChanges, now: Date): Promise<CompetitionItem> {
  return settle(async () => {
    const current = await getCompetition(competitionId);
    const next = { ...current, ...changes };
    const at = now.toISOString();
    // after publication only the title may change: windows would reopen judging, rules would move the results
    if (current.resultsPublishedAt && Object.keys(changes).some((field) => field !== "title")) throw new DomainError("results_published", { details: { version: current.publishedVersion } });
    if (changes.rankingMethod !== undefined || changes.minJudges !== undefined || changes.tieBreak !== undefined) await inEventZone(current, () => assertBeforeJudging(current, at));
    checkWindows(next);
    if (next.tieBreak && (changes.tieBreak || changes.rubric)) checkTieBreak(next.rubric, next.tieBreak);
    if (changes.rubric) {
      if (current.rubricFrozenAt) throw new DomainError("rubric_frozen", { details: { frozenAt: current.rubricFrozenAt } });
      checkRubric(changes.rubric);
    }
    return (await writeCompetitionChanges(competitionId, changes, current.updatedAt, at)) ? { ...next, updatedAt: at } : undefined;
  });
}

/**
 * Only applicants who completed the competition's class may pitch; the others are told what keeps them
 * out (not enrolled, or how far along they are).
 */
export async function requireCompletedClass(competitionId: string, applicantId: string): Promise<void> {
  const competition = await getCompetition(competitionId);
  const records = await applicantRecords(competition.classId, applicantId);
  if (records.completion) return;
  const enrolment = await findEnrolment(competition.classId, applicantId);
  if (enrolment?.status !== "enrolled") {
    throw new DomainError("class_not_completed", { messageKey: "class_not_completed_not_enrolled", details: { status: enrolment?.status ?? "not_enrolled" } });
  }
  const { percent } = evaluateProgress(await listModuleItems(competition.classId), factStates(records.facts));
  throw new DomainError("class_not_completed", { messageKey: "class_not_completed_in_progress", params: { percent }, details: { status: "in_progress", percent } });
}
