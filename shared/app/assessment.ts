import { DomainError } from "../domain/errors.js";
import type { FactState, ReviewOutcome } from "../domain/modules.js";
import { localTime } from "../domain/time.js";
import { seatStillHeld } from "../data/enrolments.js";
import { applicantRecords, writeProgress } from "../data/progress.js";
import { transact } from "../data/transactions.js";
import { settleAfterCommit } from "./completion.js";
import { seatStatuses } from "./enrolment.js";
import { assertKind, findModule, listModuleItems } from "./modules.js";
import { withModuleInUse, type HandIn } from "./progress.js";
import { settle } from "./retry.js";

export async function getSubmission(classId: string, moduleId: string, applicantId: string): Promise<HandIn> {
  const [modules, records] = await Promise.all([listModuleItems(classId), applicantRecords(classId, applicantId)]);
  assertKind(findModule(modules, moduleId), "assignment");
  const fact = records.facts.get(moduleId);
  if (!fact?.submission) throw new DomainError("submission_not_found");
  return { progress: { classId, modules, records }, moduleId, applicantId, fact: fact as HandIn["fact"] };
}

/** Passed or needs revision, conditioned on the hand-in we looked at still being the latest one. */
export async function reviewAssignment(
  classId: string, moduleId: string, applicantId: string, reviewerId: string,
  review: { outcome: ReviewOutcome; feedback?: string }, now: Date, requestKey?: string,
): Promise<HandIn> {
  const at = now.toISOString();
  return settle(async () => {
    const [modules, records, seats] = await Promise.all([listModuleItems(classId), applicantRecords(classId, applicantId), seatStatuses(classId, [applicantId])]);
    const module = findModule(modules, moduleId);
    assertKind(module, "assignment");
    const fact = records.facts.get(moduleId);
    if (!fact?.submission) throw new DomainError("submission_not_found");
    // this very request reviewed it already, its answer lost (a retry with its key): that review
    if (requestKey !== undefined && fact.review?.requestKey === requestKey) return { progress: { classId, modules, records }, moduleId, applicantId, fact: fact as HandIn["fact"] };
    if (fact.state !== "submitted") throw new DomainError("not_awaiting_review");
    if (seats.get(applicantId) !== "enrolled") throw new DomainError("applicant_not_seated");
    const state: FactState = review.outcome === "passed" ? "done" : "needs_revision";
    const committed = await transact(withModuleInUse(module, [
      seatStillHeld(classId, applicantId),
      writeProgress(module, applicantId, {
        set: ["#state = :state", "#review = :review", ...(state === "done" ? ["#doneAt = :at"] : [])],
        condition: "#state = :submitted AND #submissions = :seen",
        values: { ":state": state, ":review": { ...review, reviewerId, reviewedAt: at, ...(requestKey === undefined ? {} : { requestKey }) }, ":submitted": "submitted", ":seen": fact.submissions ?? 1 },
      }, at),
    ]));
    if (!committed) return undefined;
    const settled = await settleAfterCommit(classId, applicantId, modules, at);
    return { progress: { classId, modules, records: settled }, moduleId, applicantId, fact: settled.facts.get(moduleId) as HandIn["fact"] };
  });
}

const ATTENDANCE_CHUNK = 99; // TransactWriteItems takes 100 items: 99 applicants + the module

/**
 * Records a whole session at once; only seat holders can attend, the others are reported back.
 * Completions that attending finishes are settled by the completion job, outside this request.
 */
export async function recordAttendance(classId: string, moduleId: string, attendance: { attended: string[]; absent: string[] }, now: Date) {
  const at = now.toISOString();
  const module = findModule(await listModuleItems(classId), moduleId);
  assertKind(module, "session");
  if (at < module.startsAt) throw new DomainError("session_not_started", { params: { startsAt: localTime(module.startsAt, module.timeZone) } });
  const attended = [...new Set(attendance.attended)];
  const absent = [...new Set(attendance.absent)].filter((id) => !attended.includes(id));
  const statuses = await seatStatuses(classId, [...attended, ...absent]);
  const seated = (id: string) => statuses.get(id) === "enrolled";
  const entries = [...attended.filter(seated).map((id) => ({ id, present: true })), ...absent.filter(seated).map((id) => ({ id, present: false }))];

  for (let i = 0; i < entries.length; i += ATTENDANCE_CHUNK) {
    const chunk = entries.slice(i, i + ATTENDANCE_CHUNK);
    await settle(async (attempt) => {
      const current = attempt === 0 ? module : findModule(await listModuleItems(classId), moduleId);
      const committed = await transact(withModuleInUse(current, chunk.map(({ id, present }) =>
        writeProgress(current, id, present
          ? { set: ["#attended = :true", "#state = :done", "#doneAt = if_not_exists(#doneAt, :at)"], values: { ":true": true, ":done": "done" } }
          : { set: ["#attended = :false"], remove: ["#state", "#doneAt"], values: { ":false": false } }, at),
      )));
      return committed ? true : undefined;
    });
  }
  return { recorded: entries.length, notEnrolled: [...attended, ...absent].filter((id) => !seated(id)) };
}
