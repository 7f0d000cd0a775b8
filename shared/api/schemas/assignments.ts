import * as z from "zod/mini";
import { moduleStatuses, reviewOutcomes } from "../../domain/modules.js";
import { text } from "./common.js";
import { Review } from "./module-content.js";

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
