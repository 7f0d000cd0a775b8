import { jobs } from "../../shared/api/jobs.js";
import { notifySeatChanges } from "../../shared/app/notifications.js";
import { streamJob } from "../../shared/jobs/stream.js";

export const handler = streamJob(jobs.notifyEnrolments, (changes) => notifySeatChanges(changes));
