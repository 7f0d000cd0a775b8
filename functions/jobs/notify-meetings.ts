import { jobs } from "../../shared/api/jobs.js";
import { notifyMeetings } from "../../shared/app/notifications.js";
import { streamJob } from "../../shared/jobs/stream.js";

export const handler = streamJob(jobs.notifyMeetings, (changes) => notifyMeetings(changes));
