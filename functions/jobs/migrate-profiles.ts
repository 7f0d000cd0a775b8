import { jobs } from "../../shared/api/jobs.js";
import { migrateProfiles } from "../../shared/app/profile-migration.js";
import { afterDeployJob } from "../../shared/jobs/after-deploy.js";

export const handler = afterDeployJob(jobs.migrateProfiles, migrateProfiles);
