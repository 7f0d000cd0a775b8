import * as z from "zod/mini";
import { moduleKinds, moduleStatuses } from "../../domain/modules.js";
import { Bilingual } from "./common.js";
import { assignmentContent, materialContent, QuizQuestion, Review, sessionContent, sessionLocalTime } from "./module-content.js";

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
