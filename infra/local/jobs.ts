import { randomUUID } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { Context, DynamoDBStreamEvent } from "aws-lambda";
import { jobList, type Job } from "../../shared/api/jobs.js";
import type { TableName } from "../../shared/data/tables.js";
import { useContinuation, type AfterDeployEvent } from "../../shared/jobs/after-deploy.js";
import { asFunction } from "./grants.js";
import { projectRoot } from "./paths.js";
import { createStreamPoller, type StreamCheckpoint, type StreamPoller } from "./streams.js";

type StreamHandler = (event: DynamoDBStreamEvent, context: Context) => Promise<unknown>;
type AfterDeployHandler = (event: AfterDeployEvent, context: Context) => Promise<unknown>;

/** What Lambda gives each job on AWS: its timeout there (infra/function-stacks.ts) is 60 s. */
const JOB_TIMEOUT_MS = 60_000;

const handlerOf = <H>(job: Job): Promise<H> =>
  import(pathToFileURL(`${projectRoot}${job.handler}`).href).then((module: { handler: H }) => module.handler);

const contextOf = (job: Job): Context => {
  const deadline = Date.now() + JOB_TIMEOUT_MS;
  return { awsRequestId: randomUUID(), functionName: job.name, getRemainingTimeInMillis: () => deadline - Date.now() } as Context;
};

/** Each stream job's position in its table's stream, by job name, kept in a file. */
function checkpointFile(file: string, logger: Pick<Console, "warn">) {
  let saved: Record<string, StreamCheckpoint> = {};
  try {
    if (existsSync(file)) saved = JSON.parse(readFileSync(file, "utf8")) as typeof saved;
  } catch (error) {
    logger.warn(`${file} cannot be read (${String(error)}): the jobs start at the newest changes`);
  }
  return {
    of: (job: string) => saved[job],
    save(job: string, checkpoint: StreamCheckpoint) {
      saved[job] = checkpoint;
      // a whole new file renamed over the old one: a process killed mid-write leaves the previous positions, never half of them
      writeFileSync(`${file}.tmp`, JSON.stringify(saved, null, 2));
      renameSync(`${file}.tmp`, file);
    },
  };
}

export interface JobRunnerOptions {
  logger?: Pick<Console, "error" | "warn">;
  /**
   * A file where each stream job keeps how far it got, so a runner started again on the same data resumes
   * there, as Lambda's event source mappings do, and handles what a killed process left unhandled. Without
   * it (tests) every job starts at the newest change.
   */
  checkpoints?: string;
}

/**
 * The job table, locally: each stream job gets a poller on its table that calls the very handler Lambda
 * runs; the after-deploy jobs run when asked (`runAfterDeploy`, at start-up), each invocation that stops
 * short followed by the next, as Lambda would run the invocation it hands the rest to.
 */
export function createJobRunner({ logger = console, checkpoints }: JobRunnerOptions = {}) {
  const positions = checkpoints === undefined ? undefined : checkpointFile(checkpoints, logger);
  let delivered = 0;
  const pollers: StreamPoller[] = jobList.flatMap((job: Job) => {
    if (!("stream" in job.trigger)) return []; // Cognito triggers need Cognito: tests call those handlers directly
    const table: TableName = job.trigger.stream;
    let handler: Promise<StreamHandler> | undefined;
    return [createStreamPoller({
      table,
      logger,
      handler: async (event) => {
        handler ??= handlerOf<StreamHandler>(job);
        delivered += event.Records.length;
        await asFunction(job.name, job, async () => (await handler!)(event, contextOf(job)));
      },
      resumeFrom: positions?.of(job.name),
      onCheckpoint: positions && ((checkpoint) => positions.save(job.name, checkpoint)),
    })];
  });

  const invocations: { job: Job; event: AfterDeployEvent }[] = [];
  useContinuation(() => ({ later: async (job, event) => void invocations.push({ job, event }) }));

  return {
    start: async () => void (await Promise.all(pollers.map((poller) => poller.start()))),
    /** Runs every after-deploy job, to its end: what CDK's trigger starts after `cdk deploy`. */
    async runAfterDeploy() {
      invocations.push(...jobList.filter((job) => "afterDeploy" in job.trigger).map((job) => ({ job, event: {} })));
      for (let next = invocations.shift(); next; next = invocations.shift()) {
        const { job, event } = next;
        const handler = await handlerOf<AfterDeployHandler>(job);
        await asFunction(job.name, job, () => handler(event, contextOf(job)));
      }
    },
    /**
     * Waits until every job has handled every change written before the call, including the changes
     * the jobs themselves wrote (a certificate issued after attendance is then notified too).
     */
    async drain() {
      for (let round = 0; round < 10; round++) {
        const before = delivered;
        // a minute: a test that writes hundreds of profiles waits for the map's job on a loaded machine
        await Promise.all(pollers.map((poller) => poller.drain({ timeoutMs: 60_000 })));
        if (delivered === before) return;
      }
    },
    stop: async () => void (await Promise.all(pollers.map((poller) => poller.stop()))),
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
