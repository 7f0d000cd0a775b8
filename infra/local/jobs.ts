import { randomUUID } from "node:crypto";
import { pathToFileURL } from "node:url";
import type { Context, DynamoDBStreamEvent } from "aws-lambda";
import { jobList, type Job } from "../../shared/api/jobs.js";
import type { TableName } from "../../shared/data/tables.js";
import { asFunction } from "./grants.js";
import { projectRoot } from "./paths.js";
import { createStreamPoller, type StreamPoller } from "./streams.js";

type StreamHandler = (event: DynamoDBStreamEvent, context: Context) => Promise<unknown>;

/** The job table, locally: each stream job gets a poller on its table that calls the very handler Lambda runs. */
export function createJobRunner({ logger = console }: { logger?: Pick<Console, "error" | "warn"> } = {}) {
  let delivered = 0;
  const pollers: StreamPoller[] = jobList.flatMap((job: Job) => {
    if (!("stream" in job.trigger)) return []; // Cognito triggers need Cognito: tests call those handlers directly
    const table: TableName = job.trigger.stream;
    let handler: Promise<StreamHandler> | undefined;
    return [createStreamPoller({
      table,
      logger,
      handler: async (event) => {
        handler ??= import(pathToFileURL(`${projectRoot}${job.handler}`).href).then((module: { handler: StreamHandler }) => module.handler);
        const context = { awsRequestId: randomUUID(), functionName: job.name, getRemainingTimeInMillis: () => 60_000 } as Context;
        delivered += event.Records.length;
        await asFunction(job.name, job, async () => (await handler!)(event, context));
      },
    })];
  });

  return {
    start: async () => void (await Promise.all(pollers.map((poller) => poller.start()))),
    /**
     * Waits until every job has handled every change written before the call, including the changes
     * the jobs themselves wrote (a certificate issued after attendance is then notified too).
     */
    async drain() {
      for (let round = 0; round < 10; round++) {
        const before = delivered;
        await Promise.all(pollers.map((poller) => poller.drain()));
        if (delivered === before) return;
      }
    },
    stop: async () => void (await Promise.all(pollers.map((poller) => poller.stop()))),
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
