import { jobs } from "../../shared/api/jobs.js";
import { notifyDemoDay } from "../../shared/app/notifications.js";
import { streamJob } from "../../shared/jobs/stream.js";

export const handler = streamJob(jobs.notifyDemoDay, (changes) => notifyDemoDay(changes));
