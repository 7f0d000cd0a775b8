import * as z from "zod/mini";
import { PathId } from "./common.js";

// The ids in a competition's paths: the competition, one of its submissions, one of its judges.

export const CompetitionIdParams = z.strictObject({ competitionId: z.uuid() });
export const SubmissionIdParams = z.strictObject({ competitionId: z.uuid(), submissionId: z.uuid() });
export const JudgeIdParams = z.strictObject({ competitionId: z.uuid(), judgeId: PathId });
