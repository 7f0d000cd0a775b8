import * as z from "zod/mini";
import { rankingMethods } from "../../domain/ranking.js";
import { Bilingual } from "./common.js";

// A competition as everyone reads it; what organisers send to open or change one is in competition-input.ts,
// so a function that only reads competitions neither carries nor builds it.

const CriterionOut = z.object({ criterionId: z.string(), name: Bilingual, guidance: Bilingual, weight: z.number(), scale: z.object({ min: z.number(), max: z.number() }) });

export const Competition = z.object({
  competitionId: z.string(),
  classId: z.string(),
  title: Bilingual,
  submissionOpensAt: z.string(),
  submissionDeadline: z.string(),
  judgingOpensAt: z.string(),
  judgingClosesAt: z.string(),
  judgesPerSubmission: z.number(),
  blindReview: z.boolean(),
  rubric: z.array(CriterionOut),
  rubricFrozen: z.boolean(),
  rankingMethod: z.enum(rankingMethods),
  minJudges: z.number(),
  /** The tie-break order in force: declared, or the heaviest criterion then the earlier submission. */
  tieBreak: z.array(z.string()),
  /** Set once the results are published; the latest version. */
  resultsPublishedAt: z.optional(z.string()),
  publishedVersion: z.optional(z.number()),
  /** Where the competition stands now, by the server's clock. */
  phase: z.enum(["upcoming", "submissions_open", "awaiting_judging", "judging", "closed"]),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Competition = z.output<typeof Competition>;

export const CompetitionList = z.object({ items: z.array(Competition) });

// A type only, erased from every bundle: infra/local/demo-competition.ts still imports it from here.
