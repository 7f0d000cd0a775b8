import { jobs } from "../../shared/api/jobs.js";
import { notifyCertificatesIssued } from "../../shared/app/notifications.js";
import { streamJob } from "../../shared/jobs/stream.js";

export const handler = streamJob(jobs.notifyCertificates, (changes) => notifyCertificatesIssued(changes));
