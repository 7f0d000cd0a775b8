import * as z from "zod/mini";
import { reviewStatuses, tieRelations } from "../../domain/competitions.js";
import { sectorCodes } from "../../domain/reference.js";
import { languages } from "../../i18n/messages.js";
import { Bilingual, PathId, text } from "./common.js";
import { Competition } from "./competitions.js";
import { PitchForJudge } from "./pitches.js";
import { Phone } from "./profiles.js";

export const JudgeIdParams = z.strictObject({ competitionId: z.uuid(), judgeId: PathId });

export const JudgeInvite = z.strictObject({
  name: text(100, 2),
  organisation: text(120, 2),
  sectors: z.array(z.enum(sectorCodes, { error: "sector_unknown" })).check(z.minLength(1), z.maxLength(8)),
  email: z.email().check(z.maxLength(200)),
  language: z._default(z.enum(languages), "id"),
  maxLoad: z.optional(z.int().check(z.gte(1), z.lte(500))),
});
export type JudgeInvite = z.output<typeof JudgeInvite>;

const Tie = z
  .strictObject({
    relation: z.enum(tieRelations),
    nib: z.optional(z.string().check(z.regex(/^\d{13}$/, { error: "nib_format" }))),
    phone: z.optional(Phone),
    note: z.optional(text(300)),
  })
  .check(z.refine((tie) => tie.nib !== undefined || tie.phone !== undefined, { error: "tie_needs_nib_or_phone" }));

/** The businesses a judge is tied to, whole: the list replaces the one before. */
export const TiesInput = z.strictObject({ ties: z.array(Tie).check(z.maxLength(50)) });
export type TiesInput = z.output<typeof TiesInput>;

export const ConflictInput = z.strictObject({ judgeId: PathId, submissionId: z.uuid(), reason: text(300) });
export type ConflictInput = z.output<typeof ConflictInput>;

const TieOut = z.object({ relation: z.enum(tieRelations), nib: z.optional(z.string()), phone: z.optional(z.string()), note: z.optional(z.string()) });

export const Judge = z.object({
  judgeId: z.string(),
  competitionId: z.string(),
  name: z.string(),
  organisation: z.string(),
  sectors: z.array(z.string()),
  email: z.string(),
  language: z.string(),
  maxLoad: z.optional(z.number()),
  status: z.enum(["invited", "withdrawn"]),
  ties: z.array(TieOut),
  invitedAt: z.string(),
});
export const JudgeList = z.object({ items: z.array(Judge) });

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
});

export const JudgingProgress = z.object({
  competitionId: z.string(),
  judges: z.array(z.object({ judgeId: z.string(), name: z.string(), status: z.string(), assigned: z.number(), submitted: z.number(), drafts: z.number(), notStarted: z.number(), lastSavedAt: z.optional(z.string()) })),
  submissions: z.array(z.object({ submissionId: z.string(), title: z.optional(z.string()), businessName: z.string(), judges: z.number(), submitted: z.number(), missingJudges: z.number(), averageTotal: z.optional(z.number()) })),
  totals: z.object({ reviews: z.number(), submitted: z.number(), percent: z.number() }),
});

export const ReminderResult = z.object({ reminded: z.array(z.object({ judgeId: z.string(), outstanding: z.number() })) });

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

/** The judge's own page of a competition: the rules, what they declared, and their assigned submissions. */
export const MyJudging = z.object({
  competition: Competition,
  ties: z.array(TieOut),
  assignments: z.array(z.object({ submissionId: z.string(), title: z.optional(z.string()), sector: z.string(), status: z.enum(reviewStatuses), total: z.optional(z.number()) })),
});

export const MyCompetitions = z.object({ items: z.array(z.object({ competitionId: z.string(), title: Bilingual, status: z.enum(["invited", "withdrawn"]) })) });

export const Conflict = z.object({ competitionId: z.string(), judgeId: z.string(), submissionId: z.string(), reason: z.string(), recordedAt: z.string() });
