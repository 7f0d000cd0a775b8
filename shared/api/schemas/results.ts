import * as z from "zod/mini";
import { rankingMethods } from "../../domain/ranking.js";
import { auditActions, outcomes } from "../../domain/results.js";
import { page } from "./pages.js";

// The results as organisers preview, publish and audit them, and as `npm run rank` reads them back.

const Place = z.union([z.number(), z.literal("withdrawn")]);
const JudgeRef = { judgeId: z.string(), name: z.string() };

export const Override = z.object({ submissionId: z.string(), place: Place, reason: z.string(), by: z.string(), at: z.string() });
export const OverrideList = z.object({ items: z.array(Override) });

export const RankingPreview = z.object({
  competitionId: z.string(),
  method: z.enum(rankingMethods),
  minJudges: z.number(),
  judgingClosedAt: z.string(),
  published: z.optional(z.object({ version: z.number(), publishedAt: z.string() })),
  tieBreakOrder: z.array(z.string()),
  /** Parts of the panel that share no judge; more than one means scores compare only within a part. */
  components: z.number(),
  parts: z.array(z.object({ judges: z.array(z.object(JudgeRef)), submissions: z.array(z.string()) })),
  notes: z.array(z.string()),
  noiseSd: z.number(),
  bootstrapRounds: z.number(),
  places: z.array(z.object({
    place: z.number(),
    submissionId: z.string(),
    title: z.optional(z.string()),
    businessName: z.string(),
    outcome: z.enum(outcomes),
    rank: z.number(),
    quality: z.number(),
    raw: z.number(),
    top5Probability: z.number(),
    qualitySd: z.number(),
    closeCall: z.boolean(),
    decidedBy: z.string(),
    part: z.number(),
    override: z.optional(Override),
    judges: z.array(z.object({ ...JudgeRef, score: z.number(), bias: z.number(), adjusted: z.number() })),
    explanation: z.string(),
  })),
  withdrawn: z.array(z.object({ submissionId: z.string(), title: z.optional(z.string()), businessName: z.string(), reason: z.string() })),
  unranked: z.array(z.object({ submissionId: z.string(), title: z.optional(z.string()), businessName: z.string(), judges: z.number(), needed: z.number(), explanation: z.string() })),
  ties: z.array(z.object({ rank: z.number(), submissions: z.array(z.string()) })),
  unresolvedTies: z.array(z.object({ cut: z.enum(["finalists", "reserves"]), submissions: z.array(z.string()) })),
  closeCalls: z.array(z.object({
    submissionId: z.string(), top5Probability: z.number(), qualitySd: z.number(),
    suggestions: z.array(z.object({ ...JudgeRef, qualitySdAfter: z.number() })),
  })),
  judges: z.array(z.object({ ...JudgeRef, reviews: z.number(), bias: z.number(), biasSd: z.number(), scale: z.optional(z.number()), explanation: z.string() })),
});

/** The anonymised scores: the input of `npm run rank`. */
export const ScoresExport = z.object({
  competitionId: z.string(),
  method: z.enum(rankingMethods),
  minJudges: z.number(),
  finalists: z.number(),
  reserves: z.number(),
  bootstrap: z.object({ rounds: z.number(), seed: z.number() }),
  tieBreakOrder: z.array(z.string()),
  tieBreak: z.record(z.string(), z.array(z.number())),
  submissions: z.array(z.string()),
  scores: z.array(z.object({ judge: z.string(), submission: z.string(), score: z.number() })),
});

export const ExtraReviews = z.object({ reviews: z.array(z.object({ submissionId: z.string(), judgeId: z.string() })), judgingClosesAt: z.string() });

export const Publication = z.object({
  competitionId: z.string(),
  version: z.number(),
  publishedAt: z.string(),
  publishedBy: z.string(),
  reason: z.string(),
  method: z.enum(rankingMethods),
  places: z.array(z.object({
    place: z.number(), submissionId: z.string(), title: z.optional(z.string()), businessName: z.optional(z.string()), outcome: z.enum(outcomes),
    rank: z.number(), quality: z.number(), raw: z.number(), top5Probability: z.number(), override: z.optional(z.object({ place: z.number(), reason: z.string() })),
  })),
  withdrawn: z.array(z.string()),
  unranked: z.array(z.object({ submissionId: z.string(), judges: z.number(), needed: z.number() })),
});
export const PublicationList = z.object({ items: z.array(Publication) });

export const AuditEntry = z.object({
  entryId: z.string(), at: z.string(), actorId: z.string(), action: z.enum(auditActions), what: z.record(z.string(), z.unknown()), why: z.optional(z.string()),
});
export const AuditPage = page(AuditEntry);
