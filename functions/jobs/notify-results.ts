import { jobs } from "../../shared/api/jobs.js";
import { notifyResults } from "../../shared/app/notifications.js";
import { streamJob } from "../../shared/jobs/stream.js";

export const handler = streamJob(jobs.notifyResults, (changes) => notifyResults(changes));
