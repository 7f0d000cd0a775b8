import * as z from "zod/mini";
import { reviewStatuses } from "../../domain/competitions.js";
import { text } from "./common.js";
import { Competition } from "./competitions.js";
import { PitchForJudge } from "./pitches.js";

// A judge's review of one submission assigned to them: the sheet they open, and the scores they save.

export const ScoreInput = z.strictObject({
  scores: z.record(z.string().check(z.maxLength(40)), z.int({ error: "score_whole_number" })),
  comment: z.optional(text(3000)),
  privateNote: z.optional(text(3000)),
  /** False or absent: a draft, kept for later. True: the scores count (and can still be revised until judging closes). */
  submit: z._default(z.boolean(), false),
});
export type ScoreInput = z.output<typeof ScoreInput>;

export const Review = z.object({
  submissionId: z.string(),
  status: z.enum(reviewStatuses),
  scores: z.record(z.string(), z.number()),
  total: z.optional(z.number()),
  comment: z.optional(z.string()),
  privateNote: z.optional(z.string()),
  savedAt: z.optional(z.string()),
  submittedAt: z.optional(z.string()),
  editable: z.boolean(),
});

/** What a judge opens: the pitch (blind where the competition says so), the rubric, and their own scores. */
export const ReviewSheet = z.object({ pitch: PitchForJudge, rubric: Competition.shape.rubric, blindReview: z.boolean(), review: Review });
