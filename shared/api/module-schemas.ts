import * as z from "zod";
import { MAX_MODULES } from "../domain/modules.js";
import { zoneNames, type IndonesianZone } from "../domain/time.js";
import { Bilingual, bilingual, IsoDateTime } from "./schemas.js";

export const moduleKinds = ["material", "quiz", "assignment", "session"] as const;
export const timeZones = Object.keys(zoneNames) as [IndonesianZone, ...IndonesianZone[]];
const WebUrl = z.url({ protocol: /^https?$/, error: "url_format" }).max(500);

export const ModuleIdParams = z.strictObject({ classId: z.uuid(), moduleId: z.uuid() });
export const ModuleApplicantParams = ModuleIdParams.extend({ applicantId: z.string().min(1).max(64).regex(/^[\w-]+$/) });
export const CertificateParams = z.strictObject({ certificateId: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/) });

// ---- organiser input ----------------------------------------------------------------------------

const common = {
  title: bilingual(120),
  summary: bilingual(500),
  durationMinutes: z.int().min(1).max(24 * 60),
  required: z.boolean(),
  prerequisites: z.array(z.uuid()).max(20),
};

const QuizOptionInput = z.strictObject({ text: bilingual(300), correct: z.boolean() });
const QuizQuestionInput = z
  .strictObject({ prompt: bilingual(1000), options: z.array(QuizOptionInput).min(2).max(6) })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, { error: "quiz_one_correct", path: ["options"] });

const kindFields = {
  material: {
    body: bilingual(20_000),
    links: z.array(z.strictObject({ label: bilingual(120), url: WebUrl })).max(10),
  },
  quiz: {
    questions: z.array(QuizQuestionInput).min(1).max(50),
    passPercent: z.int().min(1).max(100),
    maxAttempts: z.int().min(1).max(10),
  },
  assignment: {
    instructions: bilingual(4000),
    allowText: z.boolean(),
    allowFile: z.boolean(),
  },
  session: {
    startsAt: IsoDateTime,
    endsAt: IsoDateTime,
    timeZone: z.enum(timeZones),
    place: z.string().trim().min(2).max(200).optional(),
    onlineUrl: WebUrl.optional(),
  },
};

const withCommon = <K extends (typeof moduleKinds)[number], F extends z.ZodRawShape>(kind: K, fields: F) =>
  z.strictObject({
    kind: z.literal(kind),
    ...common,
    required: common.required.default(true),
    prerequisites: common.prerequisites.optional(),
    ...fields,
  });

export const ModuleInput = z
  .discriminatedUnion("kind", [
    withCommon("material", { ...kindFields.material, links: kindFields.material.links.default([]) }),
    withCommon("quiz", kindFields.quiz),
    withCommon("assignment", kindFields.assignment),
    withCommon("session", kindFields.session),
  ])
  .superRefine((module, ctx) => {
    if (module.kind === "assignment" && !module.allowText && !module.allowFile) {
      ctx.addIssue({ code: "custom", message: "assignment_needs_way", path: ["allowFile"] });
    }
    if (module.kind === "session") {
      if (module.endsAt <= module.startsAt) ctx.addIssue({ code: "custom", message: "session_times", path: ["endsAt"] });
      if (!module.place && !module.onlineUrl) ctx.addIssue({ code: "custom", message: "session_place", path: ["place"] });
    }
  });
export type ModuleInput = z.output<typeof ModuleInput>;

/** Any field of any kind; the merged module is validated again against `ModuleInput` for its kind. */
export const ModuleChanges = z
  .strictObject({
    ...common,
    prerequisites: common.prerequisites.nullable(),
    ...kindFields.material,
    ...kindFields.quiz,
    ...kindFields.assignment,
    ...kindFields.session,
    place: kindFields.session.place.nullable(),
    onlineUrl: kindFields.session.onlineUrl.nullable(),
  })
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, { error: "validation_failed" });
export type ModuleChanges = z.output<typeof ModuleChanges>;

export const ModuleOrder = z.strictObject({ moduleIds: z.array(z.uuid()).min(1).max(MAX_MODULES) });

// ---- stored module, as organisers see it ----------------------------------------------------------

const storedCommon = {
  moduleId: z.string(),
  classId: z.string(),
  position: z.number().int(),
  title: Bilingual,
  summary: Bilingual,
  durationMinutes: z.number(),
  required: z.boolean(),
  prerequisites: z.array(z.string()).optional(),
  /** The prerequisites that apply: the explicit ones, or the module before. */
  effectivePrerequisites: z.array(z.string()),
  version: z.number().int(),
  hasProgress: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

const QuizQuestion = z.object({
  questionId: z.string(),
  prompt: Bilingual,
  options: z.array(z.object({ optionId: z.string(), text: Bilingual })),
});
const QuizQuestionWithAnswer = QuizQuestion.extend({ correctOptionId: z.string() });

const materialContent = { body: Bilingual, links: z.array(z.object({ label: Bilingual, url: z.string() })) };
const assignmentContent = { instructions: Bilingual, allowText: z.boolean(), allowFile: z.boolean() };
const sessionContent = { startsAt: z.string(), endsAt: z.string(), timeZone: z.string(), place: z.string().optional(), onlineUrl: z.string().optional() };
/** The session's start as people in its zone read it. */
const sessionLocalTime = { startsAtLocal: Bilingual };

export const Module = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("material"), ...storedCommon, ...materialContent }),
  z.object({ kind: z.literal("quiz"), ...storedCommon, questions: z.array(QuizQuestionWithAnswer), passPercent: z.number(), maxAttempts: z.number() }),
  z.object({ kind: z.literal("assignment"), ...storedCommon, ...assignmentContent }),
  z.object({ kind: z.literal("session"), ...storedCommon, ...sessionContent }),
]);
export type Module = z.output<typeof Module>;

// ---- what an applicant sees -----------------------------------------------------------------------

export const moduleStatuses = ["locked", "available", "in_progress", "submitted", "needs_revision", "completed"] as const;

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

export const Review = z.object({ outcome: z.enum(["passed", "needs_revision"]), feedback: z.string().optional(), reviewedAt: z.string() });

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
  .strictObject({ outcome: z.enum(["passed", "needs_revision"]), feedback: z.string().trim().min(1).max(4000).optional() })
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
