import { jobs } from "../../shared/api/jobs.js";
import { settleAfterAttendance } from "../../shared/app/completion.js";
import { streamJob } from "../../shared/jobs/stream.js";

export const handler = streamJob(jobs.settleAttendedCompletions, (changes, now) => settleAfterAttendance(changes, now));
