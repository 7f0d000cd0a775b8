import { jobs } from "../../shared/api/jobs.js";
import { runRequestedAssignments } from "../../shared/app/judging.js";
import { streamJob } from "../../shared/jobs/stream.js";

export const handler = streamJob(jobs.assignJudges, (changes, now) => runRequestedAssignments(changes, now));
