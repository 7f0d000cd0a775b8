import { jobs } from "../../shared/api/jobs.js";
import { recordClassCompletions } from "../../shared/app/cluster-map.js";
import { streamJob } from "../../shared/jobs/stream.js";

export const handler = streamJob(jobs.mapClassCompletions, (changes) => recordClassCompletions(changes));
