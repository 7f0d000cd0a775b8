import * as z from "zod/mini";

// How the judging stands, as organisers follow it: the assignment run, progress per judge and per
// submission, and whom a reminder went to.

const Unassigned = z.object({ submissionId: z.string(), missing: z.number(), code: z.string(), reason: z.string() });

export const AssignmentRun = z.object({
  competitionId: z.string(),
  revision: z.number(),
  status: z.enum(["pending", "done"]),
  reason: z.string(),
  requestedAt: z.string(),
  computedAt: z.optional(z.string()),
  submissions: z.optional(z.number()),
  judges: z.optional(z.number()),
  unassigned: z.array(Unassigned),
  loads: z.record(z.string(), z.number()),
  balance: z.optional(z.number()),
  changes: z.optional(z.object({ kept: z.number(), added: z.number(), removed: z.number() })),
  /** The organiser's last request preferred judges certified for a pitch's cluster (re-runs keep it). */
  preferCertifiedCurators: z.boolean(),
});

export const JudgingProgress = z.object({
  competitionId: z.string(),
  judges: z.array(z.object({ judgeId: z.string(), name: z.string(), status: z.string(), assigned: z.number(), submitted: z.number(), drafts: z.number(), notStarted: z.number(), lastSavedAt: z.optional(z.string()) })),
  submissions: z.array(z.object({ submissionId: z.string(), title: z.optional(z.string()), businessName: z.string(), judges: z.number(), submitted: z.number(), missingJudges: z.number(), averageTotal: z.optional(z.number()) })),
  totals: z.object({ reviews: z.number(), submitted: z.number(), percent: z.number() }),
});

export const ReminderResult = z.object({ reminded: z.array(z.object({ judgeId: z.string(), outstanding: z.number() })) });
