import * as z from "zod/mini";
import { exportStatuses } from "../../domain/exports.js";
import { moduleKinds, moduleStatuses, reviewOutcomes } from "../../domain/modules.js";
import { Bilingual, PathId, text } from "./common.js";
import { assignmentContent, materialContent, QuizQuestion, sessionContent, sessionLocalTime } from "./module-content.js";

// ---- what an applicant sees -----------------------------------------------------------------------

const ModuleRef = z.object({ moduleId: z.string(), title: Bilingual });

const applicantCommon = {
  moduleId: z.string(),
  position: z.number(),
  title: Bilingual,
  summary: Bilingual,
  durationMinutes: z.number(),
  required: z.boolean(),
  status: z.enum(moduleStatuses),
  missingPrerequisites: z.array(ModuleRef),
};

/** Correct answers never leave the server: the quiz variant has no `correctOptionId`. */
export const ModuleContent = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("material"), ...applicantCommon, ...materialContent }),
  z.strictObject({
    kind: z.literal("quiz"), ...applicantCommon, questions: z.array(z.strictObject(QuizQuestion.def.shape)), passPercent: z.number(), maxAttempts: z.number(),
    attemptsUsed: z.number(), attemptsLeft: z.number(), bestScorePercent: z.optional(z.number()),
  }),
  z.object({ kind: z.literal("assignment"), ...applicantCommon, ...assignmentContent }),
  z.object({ kind: z.literal("session"), ...applicantCommon, ...sessionContent, ...sessionLocalTime, attended: z.optional(z.boolean()) }),
]);
export type ModuleContent = z.output<typeof ModuleContent>;

export const Review = z.object({ outcome: z.enum(reviewOutcomes), feedback: z.optional(z.string()), reviewedAt: z.string() });

export const ModuleProgressEntry = z.object({
  ...applicantCommon,
  kind: z.enum(moduleKinds),
  quiz: z.optional(z.object({ attemptsUsed: z.number(), attemptsLeft: z.number(), bestScorePercent: z.optional(z.number()) })),
  assignment: z.optional(z.object({ submittedAt: z.string(), submissions: z.number(), review: z.optional(Review) })),
  session: z.optional(z.object({ startsAt: z.string(), timeZone: z.string(), ...sessionLocalTime, attended: z.optional(z.boolean()) })),
});

export const MyProgress = z.object({
  classId: z.string(),
  percent: z.number(),
  requiredTotal: z.number(),
  requiredCompleted: z.number(),
  complete: z.boolean(),
  next: z.optional(ModuleRef),
  certificate: z.optional(z.object({ certificateId: z.string(), completedAt: z.string() })),
  modules: z.array(ModuleProgressEntry),
});
export type MyProgress = z.output<typeof MyProgress>;

// ---- actions --------------------------------------------------------------------------------------

const short = (max: number) => z.string().check(z.maxLength(max));

export const QuizAnswers = z.strictObject({ answers: z.record(short(40), short(40)) });

export const QuizAttemptResult = z.object({
  attempt: z.number(),
  correct: z.number(),
  total: z.number(),
  scorePercent: z.number(),
  passed: z.boolean(),
  attemptsLeft: z.number(),
  status: z.enum(moduleStatuses),
});

export const AssignmentHandIn = z
  .strictObject({ text: z.optional(text(10_000)), fileKey: z.optional(z.string().check(z.minLength(1), z.maxLength(500))) })
  .check(z.refine((a) => a.text !== undefined || a.fileKey !== undefined, { error: "assignment_empty" }));
export type AssignmentHandIn = z.output<typeof AssignmentHandIn>;

export const Submission = z.object({
  classId: z.string(),
  moduleId: z.string(),
  applicantId: z.string(),
  text: z.optional(z.string()),
  file: z.optional(z.object({ fileName: z.string(), contentType: z.string(), size: z.number(), downloadUrl: z.string() })),
  submittedAt: z.string(),
  submissions: z.number(),
  status: z.enum(moduleStatuses),
  review: z.optional(Review),
});

export const ReviewInput = z
  .strictObject({ outcome: z.enum(reviewOutcomes), feedback: z.optional(text(4000)) })
  .check(z.refine((r) => r.outcome === "passed" || r.feedback !== undefined, { error: "feedback_required", path: ["feedback"] }));

export const AttendanceInput = z.strictObject({
  attended: z.array(PathId).check(z.maxLength(500)),
  absent: z._default(z.array(PathId).check(z.maxLength(500)), []),
});

export const AttendanceResult = z.object({
  recorded: z.number(),
  notEnrolled: z.array(z.string()),
});

export const UploadRequest = z.strictObject({
  fileName: text(120),
  contentType: z.string().check(z.minLength(3), z.maxLength(100)),
  size: z.int().check(z.gte(1)),
});

export const UploadTicket = z.object({
  fileKey: z.string(),
  uploadUrl: z.string(),
  method: z.literal("PUT"),
  headers: z.record(z.string(), z.string()),
  expiresAt: z.string(),
});

// ---- organiser views ------------------------------------------------------------------------------

export const ProgressMatrix = z.object({
  modules: z.array(z.object({ moduleId: z.string(), title: Bilingual, kind: z.enum(moduleKinds), required: z.boolean() })),
  rows: z.array(z.object({
    applicantId: z.string(),
    ownerName: z.string(),
    businessName: z.string(),
    percent: z.number(),
    complete: z.boolean(),
    statuses: z.record(z.string(), z.enum(moduleStatuses)),
  })),
  nextCursor: z.optional(z.string()),
});

export const Certificate = z.strictObject({
  certificateId: z.string(),
  participantName: z.string(),
  businessName: z.string(),
  classTitle: Bilingual,
  completedOn: z.string(),
});

export const ExportIdParams = z.strictObject({ classId: z.uuid(), exportId: z.uuid() });

export const ProgressExport = z.object({
  exportId: z.string(),
  classId: z.string(),
  status: z.enum(exportStatuses),
  requestedAt: z.string(),
  finishedAt: z.optional(z.string()),
  rows: z.optional(z.number()),
  /** A short-lived link to the CSV, once ready. */
  downloadUrl: z.optional(z.string()),
});
