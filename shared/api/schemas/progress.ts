import * as z from "zod";
import { moduleKinds, moduleStatuses, reviewOutcomes } from "../../domain/modules.js";
import { exportStatuses } from "../../domain/exports.js";
import { Bilingual } from "./common.js";
import { assignmentContent, materialContent, QuizQuestion, sessionContent, sessionLocalTime } from "./modules.js";

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
  z.strictObject({ kind: z.literal("quiz"), ...applicantCommon, questions: z.array(QuizQuestion.strict()), passPercent: z.number(), maxAttempts: z.number(), attemptsUsed: z.number(), attemptsLeft: z.number(), bestScorePercent: z.number().optional() }),
  z.object({ kind: z.literal("assignment"), ...applicantCommon, ...assignmentContent }),
  z.object({ kind: z.literal("session"), ...applicantCommon, ...sessionContent, ...sessionLocalTime, attended: z.boolean().optional() }),
]);
export type ModuleContent = z.output<typeof ModuleContent>;

export const Review = z.object({ outcome: z.enum(reviewOutcomes), feedback: z.string().optional(), reviewedAt: z.string() });

export const ModuleProgressEntry = z.object({
  ...applicantCommon,
  kind: z.enum(moduleKinds),
  quiz: z.object({ attemptsUsed: z.number(), attemptsLeft: z.number(), bestScorePercent: z.number().optional() }).optional(),
  assignment: z.object({ submittedAt: z.string(), submissions: z.number(), review: Review.optional() }).optional(),
  session: z.object({ startsAt: z.string(), timeZone: z.string(), ...sessionLocalTime, attended: z.boolean().optional() }).optional(),
});

export const MyProgress = z.object({
  classId: z.string(),
  percent: z.number(),
  requiredTotal: z.number(),
  requiredCompleted: z.number(),
  complete: z.boolean(),
  next: ModuleRef.optional(),
  certificate: z.object({ certificateId: z.string(), completedAt: z.string() }).optional(),
  modules: z.array(ModuleProgressEntry),
});
export type MyProgress = z.output<typeof MyProgress>;

// ---- actions --------------------------------------------------------------------------------------

export const QuizAnswers = z.strictObject({ answers: z.record(z.string().max(40), z.string().max(40)) });

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
  .strictObject({ text: z.string().trim().min(1).max(10_000).optional(), fileKey: z.string().min(1).max(500).optional() })
  .refine((a) => a.text !== undefined || a.fileKey !== undefined, { error: "assignment_empty" });
export type AssignmentHandIn = z.output<typeof AssignmentHandIn>;

export const Submission = z.object({
  classId: z.string(),
  moduleId: z.string(),
  applicantId: z.string(),
  text: z.string().optional(),
  file: z.object({ fileName: z.string(), contentType: z.string(), size: z.number(), downloadUrl: z.string() }).optional(),
  submittedAt: z.string(),
  submissions: z.number(),
  status: z.enum(moduleStatuses),
  review: Review.optional(),
});

export const ReviewInput = z
  .strictObject({ outcome: z.enum(reviewOutcomes), feedback: z.string().trim().min(1).max(4000).optional() })
  .refine((r) => r.outcome === "passed" || r.feedback !== undefined, { error: "feedback_required", path: ["feedback"] });

export const AttendanceInput = z.strictObject({
  attended: z.array(z.string().min(1).max(64)).max(500),
  absent: z.array(z.string().min(1).max(64)).max(500).default([]),
});

export const AttendanceResult = z.object({
  recorded: z.number(),
  notEnrolled: z.array(z.string()),
});

export const UploadRequest = z.strictObject({
  fileName: z.string().trim().min(1).max(120),
  contentType: z.string().min(3).max(100),
  size: z.int().min(1),
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
  nextCursor: z.string().optional(),
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
  finishedAt: z.string().optional(),
  rows: z.number().optional(),
  /** A short-lived link to the CSV, once ready. */
  downloadUrl: z.string().optional(),
});
