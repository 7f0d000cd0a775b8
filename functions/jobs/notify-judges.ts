import { jobs } from "../../shared/api/jobs.js";
import { notifyJudges } from "../../shared/app/judging.js";
import { streamJob } from "../../shared/jobs/stream.js";

export const handler = streamJob(jobs.notifyJudges, (changes, now) => notifyJudges(changes, now));
