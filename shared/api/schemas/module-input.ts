import * as z from "zod/mini";
import { moduleKinds } from "../../domain/modules.js";
import { bilingual, text } from "./common.js";
import { timeZones, WebUrl } from "./events.js";
import { IsoDateTime } from "./times.js";

// What organisers send to create a module, apart from the stored module (modules.ts): a function that
// only lists or reads modules neither carries nor builds this. Changes to a module (module-changes.ts)
// take the same fields; the order of modules is in module-order.ts.


// ---- organiser input ----------------------------------------------------------------------------

export const commonFields = {
  title: bilingual(120),
  summary: bilingual(500),
  durationMinutes: z.int().check(z.gte(1), z.lte(24 * 60)),
  required: z.boolean(),
  prerequisites: z.array(z.uuid()).check(z.maxLength(20)),
};

const QuizOptionInput = z.strictObject({ text: bilingual(300), correct: z.boolean() });
const QuizQuestionInput = z
  .strictObject({ prompt: bilingual(1000), options: z.array(QuizOptionInput).check(z.minLength(2), z.maxLength(6)) })
  .check(z.refine((q) => q.options.filter((o) => o.correct).length === 1, { error: "quiz_one_correct", path: ["options"] }));

export const kindFields = {
  material: {
    body: bilingual(20_000),
    links: z.array(z.strictObject({ label: bilingual(120), url: WebUrl })).check(z.maxLength(10)),
  },
  quiz: {
    questions: z.array(QuizQuestionInput).check(z.minLength(1), z.maxLength(50)),
    passPercent: z.int().check(z.gte(1), z.lte(100)),
    maxAttempts: z.int().check(z.gte(1), z.lte(10)),
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
    place: z.optional(text(200, 2)),
    onlineUrl: z.optional(WebUrl),
  },
};

const withCommon = <K extends (typeof moduleKinds)[number], F extends z.core.$ZodLooseShape>(kind: K, fields: F) =>
  z.strictObject({
    kind: z.literal(kind),
    ...commonFields,
    required: z._default(commonFields.required, true),
    prerequisites: z.optional(commonFields.prerequisites),
    ...fields,
  });

export const ModuleInput = z
  .discriminatedUnion("kind", [
    withCommon("material", { ...kindFields.material, links: z._default(kindFields.material.links, []) }),
    withCommon("quiz", kindFields.quiz),
    withCommon("assignment", kindFields.assignment),
    withCommon("session", kindFields.session),
  ])
  .check(z.superRefine((module, ctx) => {
    if (module.kind === "assignment" && !module.allowText && !module.allowFile) {
      ctx.addIssue({ code: "custom", message: "assignment_needs_way", path: ["allowFile"], input: module });
    }
    if (module.kind === "session") {
      if (module.endsAt <= module.startsAt) ctx.addIssue({ code: "custom", message: "session_times", path: ["endsAt"], input: module });
      if (!module.place && !module.onlineUrl) ctx.addIssue({ code: "custom", message: "session_place", path: ["place"], input: module });
    }
  }));
export type ModuleInput = z.output<typeof ModuleInput>;
