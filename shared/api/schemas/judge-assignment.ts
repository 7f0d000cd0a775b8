import * as z from "zod/mini";
import type { AssignmentInput } from "../../domain/judge-assignment.js";

// What an organiser asks of the assignment job, and the judge-assignment input (`npm run assign`,
// the job's input as JSON): the issue's shape. Limits keep one run within seconds and memory:
// 2,000 × 150 solves in about 2 s.

/** POST /competitions/{competitionId}/assignment: an empty body asks for the defaults. */
export const AssignmentRequest = z.strictObject({
  /** Give each cluster's pitches to judges certified for it before plain experts; kept for the re-runs after it. */
  preferCertifiedCurators: z._default(z.boolean(), false),
});
export type AssignmentRequest = z.output<typeof AssignmentRequest>;

const Id = z.string().check(z.minLength(1), z.maxLength(100));
const Pair = z.tuple([Id, Id]);

/** Ids must be unique within submissions and within judges: a pair could not say which one it means. */
const uniqueIds = (list: "submissions" | "judges") =>
  z.superRefine((input: { submissions: { id: string }[]; judges: { id: string }[] }, ctx) => {
    const seen = new Set<string>();
    input[list].forEach(({ id }, i) => {
      if (seen.size === seen.add(id).size) ctx.addIssue({ code: "custom", message: `duplicate id "${id}"`, path: [list, i, "id"], input: id });
    });
  });

export const JudgeAssignmentInput = z
  .strictObject({
    k: z.int().check(z.gte(1), z.lte(10)),
    submissions: z.array(z.strictObject({ id: Id, sector: z.string().check(z.minLength(1), z.maxLength(64)) })).check(z.maxLength(5_000)),
    judges: z
      .array(z.strictObject({
        id: Id,
        sectors: z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(20)),
        maxLoad: z.optional(z.int().check(z.gte(0))),
        certification: z.optional(z.strictObject({ scope: z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(20)), validUntil: z.optional(z.iso.date()) })),
      }))
      .check(z.maxLength(500)),
    conflicts: z.array(Pair).check(z.maxLength(500_000)),
    previous: z.optional(z.array(Pair).check(z.maxLength(50_000))),
    scored: z.optional(z.array(Pair).check(z.maxLength(50_000))),
    preferCertifiedOn: z.optional(z.iso.date()),
  })
  .check(uniqueIds("submissions"), uniqueIds("judges"));

/** What the schema lets through is an `AssignmentInput` (checked here, so the two cannot drift apart). */
export type JudgeAssignmentInput = z.output<typeof JudgeAssignmentInput> & AssignmentInput;
