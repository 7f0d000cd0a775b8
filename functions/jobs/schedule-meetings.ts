import { jobs } from "../../shared/api/jobs.js";
import { runRequestedScheduling } from "../../shared/app/meetings.js";
import { streamJob } from "../../shared/jobs/stream.js";

export const handler = streamJob(jobs.scheduleMeetings, (changes, now) => runRequestedScheduling(changes, now));
