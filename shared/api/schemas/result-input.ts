import * as z from "zod/mini";
import { PathId, text } from "./common.js";
import { IsoDateTime } from "./times.js";

// What organisers send about the results: a place (or a withdrawal) with its reason, extra reviews for
// close calls, a publication with its reason.

/** A reason someone can read aloud later: what happened and why, in a sentence or more. */
const Reason = text(1000, 10);

export const OverrideInput = z.strictObject({
  /** A place from 1, `withdrawn` (the submission leaves; those after it move up), or null to take the override back. */
  place: z.nullable(z.union([z.int().check(z.gte(1), z.lte(10_000)), z.literal("withdrawn")])),
  reason: Reason,
});
export type OverrideInput = z.output<typeof OverrideInput>;

export const ExtraReviewsInput = z.strictObject({
  reviews: z.array(z.strictObject({ submissionId: z.uuid(), judgeId: PathId })).check(
    z.minLength(1), z.maxLength(20),
    z.refine((pairs) => new Set(pairs.map((pair) => `${pair.judgeId}#${pair.submissionId}`)).size === pairs.length, { error: "review_pair_duplicate" }),
  ),
  /** When judging has closed: until when it opens again for these reviews. */
  judgingClosesAt: z.optional(IsoDateTime),
  reason: Reason,
});
export type ExtraReviewsInput = z.output<typeof ExtraReviewsInput>;

export const PublishInput = z.strictObject({
  reason: Reason,
  /**
   * The version this one corrects, as the organiser saw it; left out for the first publication. Two
   * organisers pressing publish at once, or one pressing twice, make one version: the other is told it exists.
   */
  correcting: z.optional(z.int().check(z.gte(1))),
});
