import type * as z from "zod/mini";
import type { Submission } from "../api/schemas/assignments.js";
import type { Certificate } from "../api/schemas/certificates.js";
import type { ModuleContent, MyProgress } from "../api/schemas/progress.js";
import type { QuizAttemptResult } from "../api/schemas/quizzes.js";
import type { ProgressExport, ProgressMatrix } from "../api/schemas/reports.js";
import type { UploadTicket } from "../api/schemas/uploads.js";
import type { ApplicantProgress, HandIn, QuizAttempt } from "../app/progress.js";
import type { UploadTicket as Ticket } from "../app/uploads.js";
import type { ProgressMatrix as Matrix } from "../app/progress-report.js";
import type { ExportItem } from "../data/exports.js";
import type { ModuleItem } from "../data/modules.js";
import type { CertificateItem, ProgressItem } from "../data/progress.js";
import { evaluateProgress, factStates } from "../domain/modules.js";
import { localTime } from "../domain/time.js";
import { fileStore } from "../files/store.js";

const DOWNLOAD_SECONDS = 15 * 60;

const refOf = (modules: readonly ModuleItem[]) => (moduleId: string) => {
  const module = modules.find((m) => m.moduleId === moduleId)!;
  return { moduleId, title: module.title };
};

function quizCounters(module: ModuleItem, fact: ProgressItem | undefined) {
  if (module.kind !== "quiz") return undefined;
  const used = fact?.attempts ?? 0;
  const scores = (fact?.attemptLog ?? []).map((a) => a.scorePercent);
  return { attemptsUsed: used, attemptsLeft: Math.max(0, module.maxAttempts - used), bestScorePercent: scores.length ? Math.max(...scores) : undefined };
}

/** Feedback and outcome only: the reviewer stays with the organisers. */
function reviewView(fact: ProgressItem) {
  return fact.review ? { outcome: fact.review.outcome, feedback: fact.review.feedback, reviewedAt: fact.review.reviewedAt } : undefined;
}

const evaluationOf = ({ modules, records }: ApplicantProgress) => evaluateProgress(modules, factStates(records.facts));

const statusOf = (progress: ApplicantProgress, moduleId: string) => evaluationOf(progress).modules.find((m) => m.moduleId === moduleId)!.status;

/** The applicant's own progress in a class: every module's status, what is next and what blocks it. */
export function progressView(progress: ApplicantProgress): MyProgress {
  const { classId, modules, records } = progress;
  const evaluation = evaluationOf(progress);
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
        moduleId: module.moduleId, position: module.position, kind: module.kind, title: module.title, summary: module.summary,
        durationMinutes: module.durationMinutes, required: module.required, status: e.status, missingPrerequisites: e.missing.map(ref),
        quiz: quizCounters(module, fact),
        assignment: fact?.submission ? { submittedAt: fact.submission.submittedAt, submissions: fact.submissions ?? 1, review: reviewView(fact) } : undefined,
        session: module.kind === "session" ? { startsAt: module.startsAt, timeZone: module.timeZone, startsAtLocal: localTime(module.startsAt, module.timeZone), attended: fact?.attended } : undefined,
      };
    }),
  };
}

/** A module as its seat holders see it: the answer key stays on the server. */
export function moduleContentView(progress: ApplicantProgress & { module: ModuleItem }): ModuleContent {
  const { module, modules, records } = progress;
  const evaluation = evaluationOf(progress).modules.find((e) => e.moduleId === module.moduleId)!;
  const fact = records.facts.get(module.moduleId);
  const common = {
    moduleId: module.moduleId, position: module.position, title: module.title, summary: module.summary, durationMinutes: module.durationMinutes,
    required: module.required, status: evaluation.status, missingPrerequisites: evaluation.missing.map(refOf(modules)),
  };
  switch (module.kind) {
    case "material":
      return { kind: "material", ...common, body: module.body, links: module.links };
    case "quiz":
      return {
        kind: "quiz", ...common, passPercent: module.passPercent, maxAttempts: module.maxAttempts, ...quizCounters(module, fact)!,
        questions: module.questions.map(({ questionId, prompt, options }) => ({ questionId, prompt, options })),
      };
    case "assignment":
      return { kind: "assignment", ...common, instructions: module.instructions, allowText: module.allowText, allowFile: module.allowFile };
    case "session":
      return {
        kind: "session", ...common, startsAt: module.startsAt, endsAt: module.endsAt, timeZone: module.timeZone,
        startsAtLocal: localTime(module.startsAt, module.timeZone), place: module.place, onlineUrl: module.onlineUrl, attended: fact?.attended,
      };
  }
}

export function quizAttemptView(attempt: QuizAttempt): z.output<typeof QuizAttemptResult> {
  const { correct, total, scorePercent, passed } = attempt;
  return { attempt: attempt.attempt, correct, total, scorePercent, passed, attemptsLeft: attempt.attemptsLeft, status: statusOf(attempt.progress, attempt.moduleId) };
}

/** A hand-in, for its author and for organisers, with a short-lived download link to the file. */
export async function submissionView(handIn: HandIn): Promise<z.output<typeof Submission>> {
  const { submission } = handIn.fact;
  const file = submission.fileKey
    ? { fileName: submission.fileName!, contentType: submission.contentType!, size: submission.size!, downloadUrl: await fileStore().presignDownload(submission.fileKey, DOWNLOAD_SECONDS) }
    : undefined;
  return {
    classId: handIn.progress.classId, moduleId: handIn.moduleId, applicantId: handIn.applicantId, text: submission.text, file,
    submittedAt: submission.submittedAt, submissions: handIn.fact.submissions ?? 1, status: statusOf(handIn.progress, handIn.moduleId), review: reviewView(handIn.fact),
  };
}

export const uploadTicketView = (ticket: Ticket): z.output<typeof UploadTicket> =>
  ({ fileKey: ticket.fileKey, uploadUrl: ticket.url, method: "PUT", headers: ticket.headers, expiresAt: ticket.expiresAt });

export function progressMatrixView(matrix: Matrix): z.output<typeof ProgressMatrix> {
  return {
    modules: matrix.modules.map((m) => ({ moduleId: m.moduleId, title: m.title, kind: m.kind, required: m.required })),
    rows: matrix.rows.map((row) => ({
      applicantId: row.applicantId, ownerName: row.ownerName, businessName: row.businessName,
      percent: row.progress.percent, complete: row.progress.complete,
      statuses: Object.fromEntries(row.progress.modules.map((m) => [m.moduleId, m.status])),
    })),
    nextCursor: matrix.nextCursor,
  };
}

/** An export's state, without the file: what the organiser hears when asking for one. */
export const exportStateView = (item: ExportItem): z.output<typeof ProgressExport> =>
  ({ exportId: item.exportId, classId: item.classId, status: item.status, requestedAt: item.requestedAt, finishedAt: item.finishedAt, rows: item.rows });

/** An export's state with a short-lived link to the file once it is ready. */
export async function progressExportView(item: ExportItem): Promise<z.output<typeof ProgressExport>> {
  const downloadUrl = item.fileKey ? await fileStore().presignDownload(item.fileKey, DOWNLOAD_SECONDS, { fileName: `progress-${item.classId}.csv` }) : undefined;
  return { ...exportStateView(item), downloadUrl };
}

/** The public proof of completion: name, business, class and date only. */
export const certificateView = (item: CertificateItem): z.output<typeof Certificate> => ({
  certificateId: item.certificateId, participantName: item.participantName, businessName: item.businessName, classTitle: item.classTitle, completedOn: item.completedAt.slice(0, 10),
});
