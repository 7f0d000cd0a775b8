import type { TableName } from "../data/tables.js";
import type { Uses } from "./route.js";

/**
 * What starts a job: changes to a table (its stream), an event of the user pool, or a deploy — once after
 * each deploy that changes the job's code (on AWS a CDK trigger, locally at start-up after the demo data):
 * maintenance such as filling new derived fields of existing items.
 */
export type Trigger = { stream: TableName } | { cognito: "postConfirmation" } | { afterDeploy: true };

/** One entry of the job table: background work, as first-class as a route. */
export interface Job extends Uses {
  name: string;
  summary: string;
  /** File under `functions/` exporting `handler`. */
  handler: string;
  trigger: Trigger;
}

const job = <N extends string>(def: Job & { name: N }) => def;

/**
 * THE job table. The CDK stack (functions, event sources, grants), the local job runner and the tests
 * read it, as they read the route table for routes.
 */
export const jobs = {
  settleAttendedCompletions: job({
    name: "settleAttendedCompletions",
    summary: "Issues the certificates that recorded attendance completed, outside the organiser's request",
    handler: "functions/jobs/settle-attended-completions.ts",
    trigger: { stream: "learning" },
    tables: { classes: "R", learning: "RW", profiles: "R" },
  }),
  writeProgressExports: job({
    name: "writeProgressExports",
    summary: "Writes a requested progress export to the file store, a page of applicants at a time",
    handler: "functions/jobs/write-progress-exports.ts",
    trigger: { stream: "learning" },
    tables: { classes: "R", learning: "RW", profiles: "R" },
    files: "RW",
  }),
  notifyCertificates: job({
    name: "notifyCertificates",
    summary: "Tells applicants that their certificate was issued, in their language",
    handler: "functions/jobs/notify-certificates.ts",
    trigger: { stream: "learning" },
    tables: { profiles: "R" },
    notifies: true,
  }),
  notifyEnrolments: job({
    name: "notifyEnrolments",
    summary: "Tells applicants they got a seat, a waitlist place, or a seat from the waitlist, in their language",
    handler: "functions/jobs/notify-enrolments.ts",
    trigger: { stream: "classes" },
    tables: { profiles: "R" },
    notifies: true,
  }),
  assignJudges: job({
    name: "assignJudges",
    summary: "Computes a requested judge assignment (HiGHS, exact) and writes only the pairs that change",
    handler: "functions/jobs/assign-judges.ts",
    trigger: { stream: "judging" },
    tables: { judging: "RW" },
    runtime: ["highs"],
  }),
  notifyJudges: job({
    name: "notifyJudges",
    summary: "Tells judges they were invited, and after each assignment run how many submissions are newly theirs, in their language",
    handler: "functions/jobs/notify-judges.ts",
    trigger: { stream: "judging" },
    tables: { judging: "RW" },
    notifies: true,
  }),
  notifyResults: job({
    name: "notifyResults",
    summary: "Tells every applicant who submitted their published result, in their language; on a correction, those whose result changed",
    handler: "functions/jobs/notify-results.ts",
    trigger: { stream: "judging" },
    tables: { judging: "R", profiles: "R" },
    notifies: true,
  }),
  scheduleMeetings: job({
    name: "scheduleMeetings",
    summary: "Schedules the requested investor meetings (HiGHS, exact), keeping those someone accepted, and writes only what changes",
    handler: "functions/jobs/schedule-meetings.ts",
    trigger: { stream: "judging" },
    tables: { judging: "RW" },
    runtime: ["highs"],
  }),
  notifyDemoDay: job({
    name: "notifyDemoDay",
    summary: "Tells finalists their (new) pitch slot; after each scheduling run tells investors and finalists of their new meeting proposals (one message per person), and both sides of a confirmation (with contacts), a decline or a cancellation, in their language",
    handler: "functions/jobs/notify-demo-day.ts",
    trigger: { stream: "judging" },
    // RW: it marks each proposal announced, so a run's proposals are told once
    tables: { judging: "RW", profiles: "R" },
    notifies: true,
  }),
  assignApplicantRole: job({
    name: "assignApplicantRole",
    summary: "Cognito post-confirmation: new sign-ups join the applicant group",
    handler: "functions/auth/post-confirmation.ts",
    trigger: { cognito: "postConfirmation" },
    tables: {},
  }),
  migrateProfiles: job({
    name: "migrateProfiles",
    summary: "After a deploy, fills in the derived fields (cluster, size class and its rule, curation readiness) of every profile that lacks them or has them out of date, and the cluster map's rows of profiles from before the map",
    handler: "functions/jobs/migrate-profiles.ts",
    trigger: { afterDeploy: true },
    // classes and learning: the classes a business completed before its row of the map existed
    tables: { profiles: "RW", classes: "R", learning: "R" },
  }),
  mapBusinesses: job({
    name: "mapBusinesses",
    summary: "Keeps each business's row of the cluster map in step with its profile (the first time with the classes it completed before)",
    handler: "functions/jobs/map-businesses.ts",
    trigger: { stream: "profiles" },
    tables: { profiles: "RW", classes: "R", learning: "R" },
  }),
  mapClassCompletions: job({
    name: "mapClassCompletions",
    summary: "Marks a class completed on the business's row of the cluster map when its certificate is issued",
    handler: "functions/jobs/map-class-completions.ts",
    trigger: { stream: "learning" },
    tables: { profiles: "RW" },
  }),
};

export const jobList: Job[] = Object.values(jobs);
