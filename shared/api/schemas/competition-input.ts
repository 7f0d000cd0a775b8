import * as z from "zod/mini";
import { DEFAULT_JUDGES_PER_SUBMISSION } from "../../domain/competitions.js";
import { rankingMethods } from "../../domain/ranking.js";
import { bilingual } from "./common.js";
import { IsoDateTime } from "./times.js";

// What organisers send to open and change a competition, apart from the competition as read (competitions.ts).

const Criterion = z.strictObject({
  criterionId: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,39}$/, { error: "id_format" })),
  name: bilingual(120),
  guidance: bilingual(1000),
  weight: z.number().check(z.gt(0), z.lte(100)),
  scale: z.strictObject({ min: z.int().check(z.gte(0), z.lte(100)), max: z.int().check(z.gte(1), z.lte(100)) }),
});

const competitionFields = {
  title: bilingual(120),
  submissionOpensAt: IsoDateTime,
  submissionDeadline: IsoDateTime,
  judgingOpensAt: IsoDateTime,
  judgingClosesAt: IsoDateTime,
  judgesPerSubmission: z.int().check(z.gte(1), z.lte(10)),
  blindReview: z.boolean(),
  rubric: z.array(Criterion).check(z.minLength(1), z.maxLength(12)),
  /** How scores become the ranking: the additive model (default) or per-judge standardisation. Fixed once judging opens. */
  rankingMethod: z.enum(rankingMethods),
  /** Judges a submission needs before it is ranked; k when absent. */
  minJudges: z.int().check(z.gte(1), z.lte(10)),
  /** Tie-break keys in order: rubric criterion ids, and `submittedAt` for the earlier final submission. Fixed once judging opens. */
  tieBreak: z.array(z.string().check(z.maxLength(40))).check(z.minLength(1), z.maxLength(13)),
};

export const CompetitionInput = z.strictObject({
  ...competitionFields,
  judgesPerSubmission: z._default(competitionFields.judgesPerSubmission, DEFAULT_JUDGES_PER_SUBMISSION),
  blindReview: z._default(competitionFields.blindReview, true),
  rankingMethod: z._default(competitionFields.rankingMethod, "additive"),
  minJudges: z.optional(competitionFields.minJudges),
  tieBreak: z.optional(competitionFields.tieBreak),
});
export type CompetitionInput = z.output<typeof CompetitionInput>;

export const CompetitionChanges = z
  .partial(z.strictObject(competitionFields))
  .check(z.refine((changes) => Object.keys(changes).length > 0, { error: "validation_failed" }));
export type CompetitionChanges = z.output<typeof CompetitionChanges>;
