import { jobs } from "../../shared/api/jobs.js";
import { writeRequestedExports } from "../../shared/app/progress-report.js";
import { streamJob } from "../../shared/jobs/stream.js";
import { progressCsv } from "../../shared/views/progress-export.js";

export const handler = streamJob(jobs.writeProgressExports, (changes) => writeRequestedExports(changes, progressCsv));
