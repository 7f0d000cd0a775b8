import { randomBytes, randomUUID } from "node:crypto";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type * as z from "zod";
import type { AssignmentHandIn, Certificate, ModuleContent, MyProgress, ProgressMatrix, QuizAttemptResult, Submission, UploadTicket } from "../api/module-schemas.js";
import { checkFile, MAX_FILE_BYTES, safeFileName } from "../domain/files.js";
import { blockersOf, decideAttempt, evaluateProgress, gradeQuiz, kindNames, statusNames, type ClassProgress, type FactState, type ModuleEvaluation } from "../domain/modules.js";
import { BadRequest, Conflict, NotFound } from "../http/errors.js";
import { localTime, type IndonesianZone } from "../domain/time.js";
import { fileStore } from "../files/store.js";
import { db, queryAll } from "./client.js";
import { getClassItem, type ClassItem } from "./classes.js";
import type { Page } from "./pagination.js";
import { requireSeat, rosterPage, seatStatuses, seatStillHeld } from "./enrolments.js";
import { namesIn } from "./expressions.js";
import { applicantProgressPrefix, assignmentFileKey, certificateKey, completionKey, isAssignmentFileKey, moduleKey, moduleProgressKey, progressPk } from "./keys.js";
import { findModule, listModuleItems, type ModuleItem } from "./modules.js";
import { getProfile } from "./profiles.js";
import { tableName } from "./tables.js";
import { transact, untilSettled } from "./transactions.js";

const table = () => tableName("learning");
const DOWNLOAD_SECONDS = 15 * 60;

interface ProgressItem {
  classId: string;
  applicantId: string;
  moduleId: string;
  moduleVersion: number;
  state?: FactState;
  doneAt?: string;
  attempts?: number;
  attemptLog?: { attempt: number; scorePercent: number; passed: boolean; at: string }[];
  submission?: { text?: string; fileKey?: string; fileName?: string; contentType?: string; size?: number; submittedAt: string };
  submissions?: number;
  review?: { outcome: "passed" | "needs_revision"; feedback?: string; reviewerId: string; reviewedAt: string };
  attended?: boolean;
  updatedAt: string;
}

interface CompletionItem {
  classId: string;
  applicantId: string;
  certificateId: string;
  completedAt: string;
}

interface ApplicantRecords {
  facts: Map<string, ProgressItem>;
  completion?: CompletionItem;
}

/** One applicant's progress in one class: a single Query on their slice of the class's progress partition. */
async function applicantRecords(classId: string, applicantId: string): Promise<ApplicantRecords> {
  const records = await progressRange(classId, applicantProgressPrefix(applicantId), `${applicantProgressPrefix(applicantId)}~`);
  return records.get(applicantId) ?? { facts: new Map() };
}

/** Progress of every applicant whose id sorts between the bounds, grouped by applicant. */
async function progressRange(classId: string, from: string, to: string): Promise<Map<string, ApplicantRecords>> {
  const byApplicant = new Map<string, ApplicantRecords>();
  const items = await queryAll<(ProgressItem | CompletionItem) & { sk: string }>({
    TableName: table(),
    KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
    ExpressionAttributeValues: { ":pk": progressPk(classId), ":from": from, ":to": to },
    ConsistentRead: true,
  });
  for (const item of items) {
    const applicantId = item.applicantId;
    const records: ApplicantRecords = byApplicant.get(applicantId) ?? { facts: new Map() };
    if (item.sk.endsWith("#COMPLETION")) records.completion = item as CompletionItem;
    else records.facts.set((item as ProgressItem).moduleId, item as ProgressItem);
    byApplicant.set(applicantId, records);
  }
  return byApplicant;
}

function statesOf(facts: Map<string, ProgressItem>): Map<string, FactState> {
  const states = new Map<string, FactState>();
  for (const [moduleId, fact] of facts) if (fact.state) states.set(moduleId, fact.state);
  return states;
}

const refOf = (modules: ModuleItem[]) => (moduleId: string) => {
  const module = modules.find((m) => m.moduleId === moduleId)!;
  return { moduleId, title: module.title };
};

// ---- what applicants see ----------------------------------------------------------------------

function quizCounters(module: ModuleItem, fact: ProgressItem | undefined) {
  if (module.kind !== "quiz") return undefined;
  const used = fact?.attempts ?? 0;
  const scores = (fact?.attemptLog ?? []).map((a) => a.scorePercent);
  return { attemptsUsed: used, attemptsLeft: Math.max(0, module.maxAttempts - used), bestScorePercent: scores.length ? Math.max(...scores) : undefined };
}

function progressView(classId: string, modules: ModuleItem[], records: ApplicantRecords, evaluation: ClassProgress): MyProgress {
  const ref = refOf(modules);
  return {
    classId,
    percent: evaluation.percent,
    requiredTotal: evaluation.requiredTotal,
    requiredCompleted: evaluation.requiredCompleted,
    complete: evaluation.complete,
    next: evaluation.next ? ref(evaluation.next) : undefined,
    certificate: records.completion ? { certificateId: records.completion.certificateId, completedAt: records.completion.completedAt } : undefined,
    modules: evaluation.modules.map((e) => {
      const module = modules.find((m) => m.moduleId === e.moduleId)!;
      const fact = records.facts.get(e.moduleId);
      return {
        moduleId: module.moduleId,
        position: module.position,
        kind: module.kind,
        title: module.title,
        summary: module.summary,
        durationMinutes: module.durationMinutes,
        required: module.required,
        status: e.status,
        missingPrerequisites: e.missing.map(ref),
        quiz: quizCounters(module, fact),
        assignment: fact?.submission ? { submittedAt: fact.submission.submittedAt, submissions: fact.submissions ?? 1, review: reviewView(fact) } : undefined,
        session: module.kind === "session" ? { startsAt: module.startsAt, timeZone: module.timeZone, startsAtLocal: localTime(module.startsAt, module.timeZone as IndonesianZone), attended: fact?.attended } : undefined,
      };
    }),
  };
}

function reviewView(fact: ProgressItem) {
  return fact.review ? { outcome: fact.review.outcome, feedback: fact.review.feedback, reviewedAt: fact.review.reviewedAt } : undefined;
}

/** Loads what an applicant action needs; only seat holders get this far. */
async function applicantContext(classId: string, applicantId: string) {
  const [, modules, records] = await Promise.all([requireSeat(classId, applicantId), listModuleItems(classId), applicantRecords(classId, applicantId)]);
  return { modules, records };
}

export async function myProgress(classId: string, applicantId: string, now: Date): Promise<MyProgress> {
  const { modules, records } = await applicantContext(classId, applicantId);
  const settled = await settleCompletion(classId, applicantId, modules, records, now.toISOString());
  return progressView(classId, modules, settled, evaluateProgress(modules, statesOf(settled.facts)));
}

/** A locked module can be previewed (it says what blocks it); acting on it is what the order forbids. */
export async function moduleContent(classId: string, moduleId: string, applicantId: string): Promise<ModuleContent> {
  const { modules, records } = await applicantContext(classId, applicantId);
  const module = findModule(modules, moduleId);
  const evaluation = evaluateProgress(modules, statesOf(records.facts)).modules.find((e) => e.moduleId === moduleId)!;
  const fact = records.facts.get(moduleId);
  const common = {
    moduleId, position: module.position, title: module.title, summary: module.summary, durationMinutes: module.durationMinutes,
    required: module.required, status: evaluation.status, missingPrerequisites: evaluation.missing.map(refOf(modules)),
  };
  switch (module.kind) {
    case "material":
      return { kind: "material", ...common, body: module.body, links: module.links };
    case "quiz":
      return {
        kind: "quiz", ...common, passPercent: module.passPercent, maxAttempts: module.maxAttempts, ...quizCounters(module, fact)!,
        // the answer key stays on the server
        questions: module.questions.map(({ questionId, prompt, options }) => ({ questionId, prompt, options })),
      };
    case "assignment":
      return { kind: "assignment", ...common, instructions: module.instructions, allowText: module.allowText, allowFile: module.allowFile };
    case "session":
      return {
        kind: "session", ...common, startsAt: module.startsAt, endsAt: module.endsAt, timeZone: module.timeZone,
        startsAtLocal: localTime(module.startsAt, module.timeZone as IndonesianZone), place: module.place, onlineUrl: module.onlineUrl, attended: fact?.attended,
      };
  }
}

// ---- writing progress -------------------------------------------------------------------------

interface ProgressWrite {
  set: string[];
  remove?: string[];
  condition?: string;
  values: Record<string, unknown>;
}

/**
 * One progress write. Until a module has progress, the write goes in a transaction with the module item,
 * conditioned on the version the decision was made against, and marks it in use (see `withModuleInUse`).
 */
function progressUpdate(module: ModuleItem, applicantId: string, write: ProgressWrite, at: string) {
  const set = ["#classId = :classId", "#applicantId = :applicantId", "#moduleId = :moduleId", "#moduleVersion = :moduleVersion", "#updatedAt = :at", ...write.set];
  const update = `SET ${set.join(", ")}${write.remove?.length ? ` REMOVE ${write.remove.join(", ")}` : ""}`;
  return {
    Update: {
      TableName: table(),
      Key: moduleProgressKey(module.classId, applicantId, module.moduleId),
      UpdateExpression: update,
      ConditionExpression: write.condition,
      ExpressionAttributeNames: namesIn(update, write.condition),
      ExpressionAttributeValues: { ":classId": module.classId, ":applicantId": applicantId, ":moduleId": module.moduleId, ":moduleVersion": module.version, ":at": at, ...write.values },
    },
  };
}

/** The first progress in a module freezes its grading; after that, progress writes leave the module alone. */
function withModuleInUse<T>(module: ModuleItem, items: T[]) {
  return module.hasProgress ? items : [markModuleInUse(module), ...items];
}

function markModuleInUse(module: ModuleItem) {
  return {
    Update: {
      TableName: table(),
      Key: moduleKey(module.classId, module.moduleId),
      UpdateExpression: "SET #hasProgress = :true",
      ConditionExpression: "#version = :version",
      ExpressionAttributeNames: namesIn("#hasProgress #version"),
      ExpressionAttributeValues: { ":true": true, ":version": module.version },
    },
  };
}

/** Applicant actions respect the class order: 409 naming the modules still to do. */
function assertUnblocked(modules: ModuleItem[], records: ApplicantRecords, moduleId: string) {
  const missing = blockersOf(modules, statesOf(records.facts), moduleId);
  if (missing.length) {
    const refs = missing.map(refOf(modules));
    throw new Conflict("prerequisite_incomplete", { missing: refs }, {
      modules: { id: refs.map((r) => r.title.id).join(", "), en: refs.map((r) => r.title.en).join(", ") },
    });
  }
}

function assertKind<K extends ModuleItem["kind"]>(module: ModuleItem, kind: K): asserts module is Extract<ModuleItem, { kind: K }> {
  if (module.kind !== kind) throw new Conflict("wrong_module_kind", { kind: module.kind }, { kind: kindNames[module.kind] });
}

/**
 * When every required module counts as completed, records the completion and issues a certificate,
 * once: both puts are conditioned on not existing, so racing settlements issue one certificate. It runs
 * after every action and on every progress view, so a settlement cut short is finished the next time.
 */
async function settleCompletion(
  classId: string, applicantId: string, modules: ModuleItem[], records: ApplicantRecords, at: string,
  cls: () => Promise<ClassItem> = () => getClassItem(classId),
): Promise<ApplicantRecords> {
  return untilSettled(async (attempt) => {
    const [current, seats] = attempt === 0
      ? [records, undefined]
      : await Promise.all([applicantRecords(classId, applicantId), seatStatuses(classId, [applicantId])]);
    if (current.completion || !evaluateProgress(modules, statesOf(current.facts)).complete) return current;
    // a certificate is only issued to a seat holder; one who withdrew keeps their progress, not a certificate
    if (seats && seats.get(applicantId) !== "enrolled") return current;
    const [profile, { title }] = await Promise.all([getProfile(applicantId), cls()]);
    // completed when the last required module was; 128 random bits, hex, so one id says nothing of another
    const completedAt = modules.filter((m) => m.required).map((m) => current.facts.get(m.moduleId)?.doneAt ?? at).sort().at(-1) ?? at;
    const completion: CompletionItem = { classId, applicantId, certificateId: randomBytes(16).toString("hex"), completedAt };
    const committed = await transact([
      seatStillHeld(classId, applicantId),
      { Put: { TableName: table(), Item: { ...completionKey(classId, applicantId), ...completion }, ConditionExpression: "attribute_not_exists(pk)" } },
      {
        Put: {
          TableName: table(),
          Item: { ...certificateKey(completion.certificateId), ...completion, participantName: profile.ownerName, businessName: profile.businessName, classTitle: title },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
    ]);
    return committed ? { ...current, completion } : undefined;
  });
}

/** Runs an applicant action: load, check seat and order, decide, write; re-decide if anything moved. */
async function act<T>(
  classId: string,
  moduleId: string,
  applicantId: string,
  now: Date,
  decide: (module: ModuleItem, fact: ProgressItem | undefined) => Promise<{ write: ProgressWrite; result: (records: ApplicantRecords, modules: ModuleItem[]) => T }>,
): Promise<T> {
  const at = now.toISOString();
  return untilSettled(async () => {
    const { modules, records } = await applicantContext(classId, applicantId);
    const module = findModule(modules, moduleId);
    assertUnblocked(modules, records, moduleId);
    const { write, result } = await decide(module, records.facts.get(moduleId));
    const committed = await transact(withModuleInUse(module, [seatStillHeld(classId, applicantId), progressUpdate(module, applicantId, write, at)]));
    if (!committed) return undefined;
    return result(await settleAfterCommit(classId, applicantId, modules, records, at), modules);
  });
}

/**
 * After an action is saved, the client must hear that it was, even if issuing the certificate fails
 * now: a retry would spend another quiz attempt. The next progress view finishes the settlement.
 */
async function settleAfterCommit(
  classId: string, applicantId: string, modules: ModuleItem[], before: ApplicantRecords, at: string, cls?: () => Promise<ClassItem>,
): Promise<ApplicantRecords> {
  let records = before;
  try {
    records = await applicantRecords(classId, applicantId);
    return await settleCompletion(classId, applicantId, modules, records, at, cls);
  } catch (error) {
    console.error(JSON.stringify({ level: "warn", message: "completion not settled yet", classId, applicantId, error: String(error) }));
    return records;
  }
}

export async function markMaterialRead(classId: string, moduleId: string, applicantId: string, now: Date): Promise<MyProgress> {
  return act(classId, moduleId, applicantId, now, async (module) => {
    assertKind(module, "material");
    return {
      write: { set: ["#state = :done", "#doneAt = if_not_exists(#doneAt, :at)"], values: { ":done": "done" } },
      result: (records, modules) => progressView(classId, modules, records, evaluateProgress(modules, statesOf(records.facts))),
    };
  });
}

/**
 * Grades on the server. The write is conditioned on the attempt count we read, so concurrent
 * attempts serialise and none slips past the limit: the loser re-reads and is refused or goes next.
 */
export async function attemptQuiz(classId: string, moduleId: string, applicantId: string, answers: Record<string, string>, now: Date): Promise<z.output<typeof QuizAttemptResult>> {
  return act(classId, moduleId, applicantId, now, async (module, fact) => {
    assertKind(module, "quiz");
    const used = fact?.attempts ?? 0;
    const decision = decideAttempt(used, module.maxAttempts, fact?.state === "done");
    if (decision.kind === "exhausted") throw new Conflict("attempts_exhausted", { attemptsUsed: used, maxAttempts: module.maxAttempts });
    if (decision.kind === "already-passed") throw new Conflict("module_completed");
    const graded = gradeQuiz(module.questions, answers, module.passPercent);
    const state: FactState = graded.passed ? "done" : "started";
    const entry = { attempt: used + 1, scorePercent: graded.scorePercent, passed: graded.passed, at: now.toISOString() };
    return {
      write: {
        set: ["#attempts = :attempt", "#attemptLog = list_append(if_not_exists(#attemptLog, :empty), :entry)", "#state = :state", ...(graded.passed ? ["#doneAt = :at"] : [])],
        condition: used === 0 ? "attribute_not_exists(#attempts)" : "#attempts = :used",
        values: { ":attempt": used + 1, ":empty": [], ":entry": [entry], ":state": state, ...(used === 0 ? {} : { ":used": used }) },
      },
      result: (records, modules) => ({
        ...graded,
        attempt: used + 1,
        attemptsLeft: decision.attemptsLeftAfter,
        status: statusIn(modules, records, moduleId),
      }),
    };
  });
}

function statusIn(modules: ModuleItem[], records: ApplicantRecords, moduleId: string): ModuleEvaluation["status"] {
  return evaluateProgress(modules, statesOf(records.facts)).modules.find((m) => m.moduleId === moduleId)!.status;
}

export async function handInAssignment(classId: string, moduleId: string, applicantId: string, handIn: AssignmentHandIn, now: Date): Promise<z.output<typeof Submission>> {
  return act(classId, moduleId, applicantId, now, async (module, fact) => {
    assertKind(module, "assignment");
    if (handIn.text !== undefined && !module.allowText) throw new BadRequest("assignment_text_not_allowed");
    if (handIn.fileKey !== undefined && !module.allowFile) throw new BadRequest("assignment_file_not_allowed");
    if (fact?.state === "done") throw new Conflict("module_completed");
    const file = handIn.fileKey === undefined ? undefined : await checkedFile(handIn.fileKey, isAssignmentFileKey(handIn.fileKey, classId, moduleId, applicantId));
    const submission = { text: handIn.text, ...file, submittedAt: now.toISOString() };
    return {
      write: {
        set: ["#submission = :submission", "#submissions = if_not_exists(#submissions, :zero) + :one", "#state = :submitted"],
        condition: "attribute_not_exists(#state) OR #state <> :done",
        values: { ":submission": submission, ":zero": 0, ":one": 1, ":submitted": "submitted", ":done": "done" },
      },
      result: (records, modules) => submissionView(classId, moduleId, applicantId, records.facts.get(moduleId)!, statusIn(modules, records, moduleId)),
    };
  });
}

/** The file must have been uploaded under a key we issued to this applicant and still meet the limits. */
async function checkedFile(fileKey: string, issuedToApplicant: boolean) {
  const stored = issuedToApplicant ? await fileStore().describe(fileKey) : undefined;
  if (!stored) throw new BadRequest("file_missing", [{ field: "body.fileKey", code: "file_missing" }]);
  const problem = checkFile({ contentType: stored.contentType, size: stored.size });
  if (problem) throw new BadRequest(problem, [{ field: "body.fileKey", code: problem }], { limit: MAX_FILE_BYTES / 1024 / 1024 });
  return { fileKey, fileName: fileKey.slice(fileKey.lastIndexOf("/") + 1), contentType: stored.contentType, size: stored.size };
}

async function submissionView(classId: string, moduleId: string, applicantId: string, fact: ProgressItem, status: ModuleEvaluation["status"]): Promise<z.output<typeof Submission>> {
  const submission = fact.submission!;
  const file = submission.fileKey
    ? { fileName: submission.fileName!, contentType: submission.contentType!, size: submission.size!, downloadUrl: await fileStore().presignDownload(submission.fileKey, DOWNLOAD_SECONDS) }
    : undefined;
  return { classId, moduleId, applicantId, text: submission.text, file, submittedAt: submission.submittedAt, submissions: fact.submissions ?? 1, status, review: reviewView(fact) };
}

// ---- organiser actions --------------------------------------------------------------------------

export async function getSubmission(classId: string, moduleId: string, applicantId: string): Promise<z.output<typeof Submission>> {
  const [modules, records] = await Promise.all([listModuleItems(classId), applicantRecords(classId, applicantId)]);
  assertKind(findModule(modules, moduleId), "assignment");
  const fact = records.facts.get(moduleId);
  if (!fact?.submission) throw new NotFound("submission_not_found");
  return submissionView(classId, moduleId, applicantId, fact, statusIn(modules, records, moduleId));
}

/** Passed or needs revision, conditioned on the hand-in we looked at still being the latest one. */
export async function reviewAssignment(
  classId: string, moduleId: string, applicantId: string, reviewerId: string,
  review: { outcome: "passed" | "needs_revision"; feedback?: string }, now: Date,
): Promise<z.output<typeof Submission>> {
  const at = now.toISOString();
  return untilSettled(async () => {
    const [modules, records, seats] = await Promise.all([listModuleItems(classId), applicantRecords(classId, applicantId), seatStatuses(classId, [applicantId])]);
    const module = findModule(modules, moduleId);
    assertKind(module, "assignment");
    const fact = records.facts.get(moduleId);
    if (!fact?.submission) throw new NotFound("submission_not_found");
    if (fact.state !== "submitted") throw new Conflict("not_awaiting_review");
    if (seats.get(applicantId) !== "enrolled") throw new Conflict("applicant_not_seated");
    const state: FactState = review.outcome === "passed" ? "done" : "needs_revision";
    const stored = { ...review, reviewerId, reviewedAt: at };
    const committed = await transact(withModuleInUse(module, [
      seatStillHeld(classId, applicantId),
      progressUpdate(module, applicantId, {
        set: ["#state = :state", "#review = :review", ...(state === "done" ? ["#doneAt = :at"] : [])],
        condition: "#state = :submitted AND #submissions = :seen",
        values: { ":state": state, ":review": stored, ":submitted": "submitted", ":seen": fact.submissions ?? 1 },
      }, at),
    ]));
    if (!committed) return undefined;
    const settled = await settleAfterCommit(classId, applicantId, modules, records, at);
    return submissionView(classId, moduleId, applicantId, settled.facts.get(moduleId)!, statusIn(modules, settled, moduleId));
  });
}

const ATTENDANCE_CHUNK = 99; // TransactWriteItems takes 100 items: 99 applicants + the module
const SETTLE_CONCURRENCY = 10;

/** Records a whole session at once; only seat holders can attend, the others are reported back. */
export async function recordAttendance(classId: string, moduleId: string, attendance: { attended: string[]; absent: string[] }, now: Date) {
  const at = now.toISOString();
  const modules = await listModuleItems(classId);
  const module = findModule(modules, moduleId);
  assertKind(module, "session");
  if (at < module.startsAt) throw new Conflict("session_not_started", undefined, { startsAt: localTime(module.startsAt, module.timeZone as IndonesianZone) });
  const attended = [...new Set(attendance.attended)];
  const absent = [...new Set(attendance.absent)].filter((id) => !attended.includes(id));
  const statuses = await seatStatuses(classId, [...attended, ...absent]);
  const seated = (id: string) => statuses.get(id) === "enrolled";
  const entries = [...attended.filter(seated).map((id) => ({ id, present: true })), ...absent.filter(seated).map((id) => ({ id, present: false }))];

  for (let i = 0; i < entries.length; i += ATTENDANCE_CHUNK) {
    const chunk = entries.slice(i, i + ATTENDANCE_CHUNK);
    await untilSettled(async (attempt) => {
      const current = attempt === 0 ? module : findModule(await listModuleItems(classId), moduleId);
      const committed = await transact(withModuleInUse(current, chunk.map(({ id, present }) =>
        progressUpdate(current, id, present
          ? { set: ["#attended = :true", "#state = :done", "#doneAt = if_not_exists(#doneAt, :at)"], values: { ":true": true, ":done": "done" } }
          : { set: ["#attended = :false"], remove: ["#state", "#doneAt"], values: { ":false": false } }, at),
      )));
      return committed ? true : undefined;
    });
  }
  // attending may have been the last step for some: settle their completion, a few at a time
  let cls: Promise<ClassItem> | undefined;
  const classOnce = () => (cls ??= getClassItem(classId));
  const present = attended.filter(seated);
  for (let i = 0; i < present.length; i += SETTLE_CONCURRENCY) {
    await Promise.all(present.slice(i, i + SETTLE_CONCURRENCY).map((id) => settleAfterCommit(classId, id, modules, { facts: new Map() }, at, classOnce)));
  }
  return { recorded: entries.length, notEnrolled: [...attended, ...absent].filter((id) => !seated(id)) };
}

export async function progressMatrix(classId: string, limit: number, cursor?: string): Promise<z.output<typeof ProgressMatrix>> {
  await getClassItem(classId);
  const [modules, roster] = await Promise.all([listModuleItems(classId), rosterPage(classId, limit, cursor, "enrolled")]);
  return { ...(await matrixRows(classId, modules, roster)), nextCursor: roster.nextCursor };
}

async function matrixRows(classId: string, modules: ModuleItem[], roster: Page<{ applicantId: string; ownerName: string; businessName: string }>) {
  const ids = roster.items.map((e) => e.applicantId);
  const records = ids.length ? await progressRange(classId, applicantProgressPrefix(ids[0]!), `${applicantProgressPrefix(ids.at(-1)!)}~`) : new Map<string, ApplicantRecords>();
  return {
    modules: modules.map((m) => ({ moduleId: m.moduleId, title: m.title, kind: m.kind, required: m.required })),
    rows: roster.items.map((enrolment) => {
      const evaluation = evaluateProgress(modules, statesOf(records.get(enrolment.applicantId)?.facts ?? new Map()));
      return {
        applicantId: enrolment.applicantId,
        ownerName: enrolment.ownerName,
        businessName: enrolment.businessName,
        percent: evaluation.percent,
        complete: evaluation.complete,
        statuses: Object.fromEntries(evaluation.modules.map((m) => [m.moduleId, m.status])),
      };
    }),
  };
}

const csvCell = (value: string | number | boolean) => {
  const text = String(value);
  // a leading = + - @ would run as a formula in a spreadsheet
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The whole matrix as CSV, UTF-8 with a BOM so spreadsheets read Indonesian names correctly. */
export async function progressCsv(classId: string, lang: "id" | "en"): Promise<string> {
  await getClassItem(classId);
  const modules = await listModuleItems(classId);
  const header = lang === "id" ? ["ID peserta", "Nama pemilik", "Nama usaha", "Persen selesai", "Lulus kelas"] : ["Applicant ID", "Owner name", "Business name", "Percent complete", "Class completed"];
  const lines = [[...header, ...modules.map((m) => m.title[lang])].map(csvCell).join(",")];
  let cursor: string | undefined;
  do {
    const roster = await rosterPage(classId, 50, cursor, "enrolled");
    const { rows } = await matrixRows(classId, modules, roster);
    for (const row of rows) {
      lines.push([row.applicantId, row.ownerName, row.businessName, row.percent, row.complete ? (lang === "id" ? "ya" : "yes") : lang === "id" ? "tidak" : "no", ...modules.map((m) => statusNames[row.statuses[m.moduleId]!][lang])].map(csvCell).join(","));
    }
    cursor = roster.nextCursor;
  } while (cursor);
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export async function getCertificate(certificateId: string): Promise<z.output<typeof Certificate>> {
  const { Item } = await db().send(new GetCommand({ TableName: table(), Key: certificateKey(certificateId) }));
  if (!Item) throw new NotFound("certificate_not_found");
  return { certificateId, participantName: Item.participantName, businessName: Item.businessName, classTitle: Item.classTitle, completedOn: (Item.completedAt as string).slice(0, 10) };
}

const UPLOAD_SECONDS = 15 * 60;

/** A short-lived upload URL under the applicant's own prefix, after the declared file passed the limits. */
export async function requestUpload(
  classId: string, moduleId: string, applicantId: string,
  file: { fileName: string; contentType: string; size: number }, now: Date,
): Promise<z.output<typeof UploadTicket>> {
  const [, modules] = await Promise.all([requireSeat(classId, applicantId), listModuleItems(classId)]);
  const module = findModule(modules, moduleId);
  assertKind(module, "assignment");
  if (!module.allowFile) throw new BadRequest("assignment_file_not_allowed");
  const problem = checkFile(file);
  if (problem) throw new BadRequest(problem, [{ field: problem === "file_too_large" ? "body.size" : "body.contentType", code: problem }], { limit: MAX_FILE_BYTES / 1024 / 1024 });
  const fileKey = assignmentFileKey(classId, moduleId, applicantId, randomUUID(), safeFileName(file.fileName));
  const { url, headers } = await fileStore().presignUpload(fileKey, { contentType: file.contentType, size: file.size }, UPLOAD_SECONDS);
  return { fileKey, uploadUrl: url, method: "PUT", headers, expiresAt: new Date(now.getTime() + UPLOAD_SECONDS * 1000).toISOString() };
}
