import * as z from "zod/mini";
import { reviewStatuses } from "../../domain/competitions.js";
import { Bilingual } from "./common.js";
import { Competition } from "./competitions.js";
import { TieOut } from "./ties.js";

// A judge's own pages: the competitions they were invited to, and one competition as they judge it.
// Their review sheets and scores are in review-sheets.ts, the ties they declare in ties.ts.

/** The judge's own page of a competition: the rules, what they declared, and their assigned submissions. */
export const MyJudging = z.object({
  competition: Competition,
  ties: z.array(TieOut),
  assignments: z.array(z.object({ submissionId: z.string(), title: z.optional(z.string()), sector: z.string(), status: z.enum(reviewStatuses), total: z.optional(z.number()) })),
});

export const MyCompetitions = z.object({ items: z.array(z.object({ competitionId: z.string(), title: Bilingual, status: z.enum(["invited", "withdrawn"]) })) });

// Types only, erased from every bundle: infra/local/demo-competition.ts still imports them from here.
