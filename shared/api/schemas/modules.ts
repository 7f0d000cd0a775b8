import * as z from "zod/mini";
import { Bilingual } from "./common.js";
import { assignmentContent, materialContent, QuizQuestion, sessionContent } from "./module-content.js";

// ---- stored module, as organisers see it ----------------------------------------------------------

const storedCommon = {
  moduleId: z.string(),
  classId: z.string(),
  position: z.int(),
  title: Bilingual,
  summary: Bilingual,
  durationMinutes: z.number(),
  required: z.boolean(),
  prerequisites: z.optional(z.array(z.string())),
  /** The prerequisites that apply: the explicit ones, or the module before. */
  effectivePrerequisites: z.array(z.string()),
  version: z.int(),
  hasProgress: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

const QuizQuestionWithAnswer = z.extend(QuizQuestion, { correctOptionId: z.string() });

export const Module = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("material"), ...storedCommon, ...materialContent }),
  z.object({ kind: z.literal("quiz"), ...storedCommon, questions: z.array(QuizQuestionWithAnswer), passPercent: z.number(), maxAttempts: z.number() }),
  z.object({ kind: z.literal("assignment"), ...storedCommon, ...assignmentContent }),
  z.object({ kind: z.literal("session"), ...storedCommon, ...sessionContent }),
]);
export type Module = z.output<typeof Module>;

export const ModuleList = z.object({ items: z.array(Module) });
