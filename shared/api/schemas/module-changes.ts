import * as z from "zod/mini";
import { text } from "./common.js";
import { WebUrl } from "./events.js";
import { commonFields, kindFields } from "./module-input.js";

// What organisers send to change a module: the same fields as a new module (module-input.ts), each optional.

/** Any field of any kind; the merged module is validated again against `ModuleInput` for its kind. */
export const ModuleChanges = z
  .partial(z.strictObject({
    ...commonFields,
    prerequisites: z.nullable(commonFields.prerequisites),
    ...kindFields.material,
    ...kindFields.quiz,
    ...kindFields.assignment,
    ...kindFields.session,
    place: z.nullable(text(200, 2)),
    onlineUrl: z.nullable(WebUrl),
  }))
  .check(z.refine((changes) => Object.keys(changes).length > 0, { error: "validation_failed" }));
export type ModuleChanges = z.output<typeof ModuleChanges>;

