import * as z from "zod/mini";
import { PathId } from "./common.js";

// The ids in a competition's paths: the competition, one of its submissions, judges or investors.

export const CompetitionIdParams = z.strictObject({ competitionId: z.uuid() });
export const SubmissionIdParams = z.strictObject({ competitionId: z.uuid(), submissionId: z.uuid() });
export const JudgeIdParams = z.strictObject({ competitionId: z.uuid(), judgeId: PathId });
export const InvestorIdParams = z.strictObject({ competitionId: z.uuid(), investorId: PathId });
