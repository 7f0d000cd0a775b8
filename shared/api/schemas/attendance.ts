import * as z from "zod/mini";
import { PathId } from "./common.js";

export const AttendanceInput = z.strictObject({
  attended: z.array(PathId).check(z.maxLength(500)),
  absent: z._default(z.array(PathId).check(z.maxLength(500)), []),
});

export const AttendanceResult = z.object({
  recorded: z.number(),
  notEnrolled: z.array(z.string()),
});
