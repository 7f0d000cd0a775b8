import type { AssignmentHandIn } from "../api/schemas/assignments.js";
import { DomainError, invalidField } from "../domain/errors.js";
import { checkFile, MAX_FILE_BYTES, safeFileName, UPLOAD_SECONDS } from "../domain/files.js";
import { blockersOf, decideAttempt, factStates, gradeQuiz, type FactState, type QuizResult } from "../domain/modules.js";
import { seatStillHeld } from "../data/enrolments.js";
import { handedInFileKey, isStagedUploadKey, stagedUploadKey } from "../data/keys.js";
import { markModuleInUse, type ModuleItem } from "../data/modules.js";
import { applicantRecords, writeProgress, type ApplicantRecords, type HandInRecord, type ProgressItem, type ProgressWrite } from "../data/progress.js";
import { transact, type TransactItem } from "../data/transactions.js";
import { moduleUploads } from "../data/uploads.js";
import { fileStore } from "../files/store.js";
import { settleAfterCommit, settleCompletion } from "./completion.js";
import { assertKind, findModule, listModuleItems } from "./modules.js";
import { settle } from "./retry.js";
import { pinUpload, takeUploadTicket, type UploadTicket } from "./uploads.js";
import type { PinnedFile } from "../domain/files.js";

/** What every applicant view of a class is made from. */
export interface ApplicantProgress {
  classId: string;
  modules: ModuleItem[];
  records: ApplicantRecords;
}

/**
 * Loads what an applicant action needs. Only seat holders get here: the routes declare the `seated`
 * relation, checked before the use case; each write restates it (`seatStillHeld`).
 */
async function applicantProgress(classId: string, applicantId: string): Promise<ApplicantProgress> {
  const [modules, records] = await Promise.all([listModuleItems(classId), applicantRecords(classId, applicantId)]);
  return { classId, modules, records };
}

export async function myProgress(classId: string, applicantId: string, now: Date): Promise<ApplicantProgress> {
  const progress = await applicantProgress(classId, applicantId);
  return { ...progress, records: await settleCompletion(classId, applicantId, progress.modules, progress.records, now.toISOString()) };
}

/** A locked module can be previewed (it says what blocks it); acting on it is what the order forbids. */
export async function moduleContent(classId: string, moduleId: string, applicantId: string): Promise<ApplicantProgress & { module: ModuleItem }> {
  const progress = await applicantProgress(classId, applicantId);
  return { ...progress, module: findModule(progress.modules, moduleId) };
}

/** The first progress in a module freezes its grading; after that, progress writes leave the module alone. */
export function withModuleInUse(module: ModuleItem, items: TransactItem[]): TransactItem[] {
  return module.hasProgress ? items : [markModuleInUse(module), ...items];
}

/** Applicant actions respect the class order: refused, naming the modules still to do. */
function assertUnblocked({ modules, records }: ApplicantProgress, moduleId: string) {
  const missing = blockersOf(modules, factStates(records.facts), moduleId).map((id) => findModule(modules, id));
  if (missing.length) {
    const refs = missing.map((m) => ({ moduleId: m.moduleId, title: m.title }));
    throw new DomainError("prerequisite_incomplete", {
      details: { missing: refs },
      params: { modules: { id: refs.map((r) => r.title.id).join(", "), en: refs.map((r) => r.title.en).join(", ") } },
    });
  }
}

/** Runs an applicant action: load, check order, decide, write once with the seat restated; re-decide if anything moved. */
/** What a step decides: a write and the answer after it, or — the request's own write found already made — the answer alone. */
type Decision<T> = { write: ProgressWrite; result: (after: ApplicantProgress) => T } | { recorded: (progress: ApplicantProgress) => T };

async function act<T>(
  classId: string, moduleId: string, applicantId: string, now: Date,
  decide: (module: ModuleItem, fact: ProgressItem | undefined) => Promise<Decision<T>>,
): Promise<T> {
  const at = now.toISOString();
  return settle(async () => {
    const progress = await applicantProgress(classId, applicantId);
    const module = findModule(progress.modules, moduleId);
    assertUnblocked(progress, moduleId);
    const decision = await decide(module, progress.records.facts.get(moduleId));
    if ("recorded" in decision) return decision.recorded(progress);
    const { write, result } = decision;
    const committed = await transact(withModuleInUse(module, [seatStillHeld(classId, applicantId), writeProgress(module, applicantId, write, at)]));
    if (!committed) return undefined;
    return result({ ...progress, records: await settleAfterCommit(classId, applicantId, progress.modules, at) });
  });
}

export async function markMaterialRead(classId: string, moduleId: string, applicantId: string, now: Date): Promise<ApplicantProgress> {
  return act(classId, moduleId, applicantId, now, async (module) => {
    assertKind(module, "material");
    return { write: { set: ["#state = :done", "#doneAt = if_not_exists(#doneAt, :at)"], values: { ":done": "done" } }, result: (after) => after };
  });
}

export interface QuizAttempt extends QuizResult {
  attempt: number;
  attemptsLeft: number;
  progress: ApplicantProgress;
  moduleId: string;
}

/**
 * Grades on the server. The write is conditioned on the attempt count we read, so concurrent
 * attempts serialise and none slips past the limit: the loser re-reads and is refused or goes next.
 */
export async function attemptQuiz(classId: string, moduleId: string, applicantId: string, answers: Record<string, string>, now: Date, requestKey?: string): Promise<QuizAttempt> {
  return act(classId, moduleId, applicantId, now, async (module, fact) => {
    assertKind(module, "quiz");
    const used = fact?.attempts ?? 0;
    // this very request made an attempt whose answer was lost (a retry with its key): that attempt, not another
    const recorded = requestKey === undefined ? undefined : fact?.attemptLog?.find((entry) => entry.requestKey === requestKey);
    if (recorded) {
      return { recorded: (progress) => ({ ...gradeQuiz(module.questions, answers, module.passPercent), attempt: recorded.attempt, attemptsLeft: Math.max(0, module.maxAttempts - used), progress, moduleId }) };
    }
    const decision = decideAttempt(used, module.maxAttempts, fact?.state === "done");
    if (decision.kind === "exhausted") throw new DomainError("attempts_exhausted", { details: { attemptsUsed: used, maxAttempts: module.maxAttempts } });
    if (decision.kind === "already-passed") throw new DomainError("module_completed");
    const graded = gradeQuiz(module.questions, answers, module.passPercent);
    const state: FactState = graded.passed ? "done" : "started";
    const entry = { attempt: used + 1, scorePercent: graded.scorePercent, passed: graded.passed, at: now.toISOString(), ...(requestKey === undefined ? {} : { requestKey }) };
    return {
      write: {
        set: ["#attempts = :attempt", "#attemptLog = list_append(if_not_exists(#attemptLog, :empty), :entry)", "#state = :state", ...(graded.passed ? ["#doneAt = :at"] : [])],
        condition: used === 0 ? "attribute_not_exists(#attempts)" : "#attempts = :used",
        values: { ":attempt": used + 1, ":empty": [], ":entry": [entry], ":state": state, ...(used === 0 ? {} : { ":used": used }) },
      },
      result: (after) => ({ ...graded, attempt: used + 1, attemptsLeft: decision.attemptsLeftAfter, progress: after, moduleId }),
    };
  });
}

/** A hand-in, with what a view needs to show it. */
export interface HandIn {
  progress: ApplicantProgress;
  moduleId: string;
  applicantId: string;
  fact: ProgressItem & { submission: HandInRecord };
}

export async function handInAssignment(classId: string, moduleId: string, applicantId: string, handIn: AssignmentHandIn, now: Date, requestKey?: string): Promise<HandIn> {
  return act(classId, moduleId, applicantId, now, async (module, fact) => {
    assertKind(module, "assignment");
    // this very request handed in already, its answer lost (a retry with its key): that hand-in, not another
    if (requestKey !== undefined && fact?.submission?.requestKey === requestKey) {
      return { recorded: (progress) => ({ progress, moduleId, applicantId, fact: fact as HandIn["fact"] }) };
    }
    if (handIn.text !== undefined && !module.allowText) throw new DomainError("assignment_text_not_allowed");
    if (handIn.fileKey !== undefined && !module.allowFile) throw new DomainError("assignment_file_not_allowed");
    if (fact?.state === "done") throw new DomainError("module_completed");
    const file = handIn.fileKey === undefined ? undefined : await pinUpload({
      uploadKey: handIn.fileKey,
      issuedHere: isStagedUploadKey(handIn.fileKey, classId, moduleId, applicantId),
      // stored files are checked by type and size only: the name is ours, the bytes are theirs
      check: ({ contentType, size }) => checkFile({ contentType, size }),
      pinnedKeyOf: (hash) => handedInFileKey(classId, moduleId, applicantId, hash, handIn.fileKey!.slice(handIn.fileKey!.lastIndexOf("/") + 1)),
      field: "fileKey",
      current: currentFile(fact?.submission),
    });
    const submission: HandInRecord = { text: handIn.text, ...file, submittedAt: now.toISOString(), ...(requestKey === undefined ? {} : { requestKey }) };
    return {
      write: {
        set: ["#submission = :submission", "#submissions = if_not_exists(#submissions, :zero) + :one", "#state = :submitted"],
        condition: "attribute_not_exists(#state) OR #state <> :done",
        values: { ":submission": submission, ":zero": 0, ":one": 1, ":submitted": "submitted", ":done": "done" },
      },
      result: (after) => ({ progress: after, moduleId, applicantId, fact: after.records.facts.get(moduleId) as HandIn["fact"] }),
    };
  });
}

/** The file of the current hand-in, as `pinUpload` compares it. */
function currentFile(submission: HandInRecord | undefined): PinnedFile | undefined {
  if (!submission?.fileKey || !submission.uploadKey) return undefined;
  const { fileKey, uploadKey, fileName = "", contentType = "", size = 0 } = submission;
  return { fileKey, uploadKey, fileName, contentType, size };
}


/**
 * A short-lived upload URL into the applicant's own staging folder, after the declared file passed the
 * limits, and only while the applicant holds fewer than `MAX_OPEN_UPLOADS` unexpired URLs for the module.
 */
export async function requestUpload(classId: string, moduleId: string, applicantId: string, file: { fileName: string; contentType: string; size: number }, now: Date): Promise<UploadTicket> {
  const module = findModule(await listModuleItems(classId), moduleId);
  assertKind(module, "assignment");
  if (!module.allowFile) throw new DomainError("assignment_file_not_allowed");
  const problem = checkFile(file);
  if (problem) throw invalidField(problem === "file_too_large" ? "size" : "contentType", problem, problem, { params: { limit: MAX_FILE_BYTES / 1024 / 1024 } });
  const { uploadId, expiresAt } = await takeUploadTicket(moduleUploads(classId, applicantId, moduleId), now);
  const fileKey = stagedUploadKey(classId, moduleId, applicantId, uploadId, safeFileName(file.fileName));
  const { url, headers } = await fileStore().presignUpload(fileKey, { contentType: file.contentType, size: file.size }, UPLOAD_SECONDS);
  return { fileKey, url, headers, expiresAt };
}
