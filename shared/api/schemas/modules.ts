import * as z from "zod";
import { MAX_MODULES, moduleKinds } from "../../domain/modules.js";
import { zoneNames, type IndonesianZone } from "../../domain/time.js";
import { Bilingual, bilingual, IsoDateTime } from "./common.js";

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

export const QuizQuestion = z.object({
  questionId: z.string(),
  prompt: Bilingual,
  options: z.array(z.object({ optionId: z.string(), text: Bilingual })),
});
const QuizQuestionWithAnswer = QuizQuestion.extend({ correctOptionId: z.string() });

export const materialContent = { body: Bilingual, links: z.array(z.object({ label: Bilingual, url: z.string() })) };
export const assignmentContent = { instructions: Bilingual, allowText: z.boolean(), allowFile: z.boolean() };
export const sessionContent = { startsAt: z.string(), endsAt: z.string(), timeZone: z.string(), place: z.string().optional(), onlineUrl: z.string().optional() };
/** The session's start as people in its zone read it. */
export const sessionLocalTime = { startsAtLocal: Bilingual };

export const Module = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("material"), ...storedCommon, ...materialContent }),
  z.object({ kind: z.literal("quiz"), ...storedCommon, questions: z.array(QuizQuestionWithAnswer), passPercent: z.number(), maxAttempts: z.number() }),
  z.object({ kind: z.literal("assignment"), ...storedCommon, ...assignmentContent }),
  z.object({ kind: z.literal("session"), ...storedCommon, ...sessionContent }),
]);
export type Module = z.output<typeof Module>;

