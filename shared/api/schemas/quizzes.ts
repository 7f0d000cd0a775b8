import * as z from "zod/mini";
import { moduleStatuses } from "../../domain/modules.js";

const short = (max: number) => z.string().check(z.maxLength(max));

export const QuizAnswers = z.strictObject({ answers: z.record(short(40), short(40)) });

export const QuizAttemptResult = z.object({
  attempt: z.number(),
  correct: z.number(),
  total: z.number(),
  scorePercent: z.number(),
  passed: z.boolean(),
  attemptsLeft: z.number(),
  status: z.enum(moduleStatuses),
});
