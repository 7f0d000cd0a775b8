import * as z from "zod/mini";
import { moduleStatuses, reviewOutcomes } from "../../domain/modules.js";
import { ModuleIdParams, PathId, text } from "./common.js";
import { Review } from "./module-content.js";

/** The ids in the path of one applicant's hand-in. */
export const ModuleApplicantParams = z.extend(ModuleIdParams, { applicantId: PathId });

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
