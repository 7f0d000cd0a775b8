import { jobs } from "../../shared/api/jobs.js";
import { keepMapRows } from "../../shared/app/cluster-map.js";
import { streamJob } from "../../shared/jobs/stream.js";

export const handler = streamJob(jobs.mapBusinesses, (changes) => keepMapRows(changes));
