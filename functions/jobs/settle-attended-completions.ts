import { jobs } from "../../shared/api/jobs.js";
import { settleCompletions } from "../../shared/app/completion.js";
import { attendanceRecorded } from "../../shared/data/progress.js";
import { streamJob } from "../../shared/jobs/stream.js";

export const handler = streamJob(jobs.settleAttendedCompletions, async (changes, now) => {
  await settleCompletions(attendanceRecorded(changes), now.toISOString());
});
