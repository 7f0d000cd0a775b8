import { fromEnv } from "@aws-sdk/credential-provider-env";
import { Hash } from "@smithy/core/serde";
import { HttpRequest } from "@smithy/core/transport";
import { SignatureV4 } from "@smithy/signature-v4";
import type { Context } from "aws-lambda";
import type { Job } from "../api/jobs.js";
import { withDeadline } from "../app/retry.js";
import { log } from "../log/logger.js";
import { port } from "../port.js";

/**
 * What an invocation of an after-deploy job is given: where the previous invocation stopped. The first
 * one gets nothing (CDK's trigger invokes the function without a payload).
 */
export interface AfterDeployEvent {
  cursor?: string;
}

/** Hands the rest of the work to a new invocation of the same function, without waiting for it. */
export interface Continuation {
  later(job: Job, event: AfterDeployEvent): Promise<void>;
}

/** When no Lambda context tells the remaining time (tests). */
const DEFAULT_BUDGET_MS = 60_000;
/** No new page is started this close to the Lambda's timeout: the last page's writes finish well within it. */
const RESERVE_MS = 10_000;

/**
 * The one way to write a job that runs after each deploy (maintenance over a whole table): it works a
 * page at a time while the invocation has time, and when it stops short it invokes its own function
 * again, asynchronously, with the cursor it stopped at. The work must be idempotent: a failed or repeated
 * invocation is simply run again. Returns what the work reports (logged, and shown by the CDK trigger).
 */
export function afterDeployJob<R extends { cursor?: string }>(
  job: Job,
  work: (from: string | undefined, options: { now: Date; hasTime: () => boolean }) => Promise<R>,
) {
  if (!("afterDeploy" in job.trigger)) throw new Error(`${job.name} is not an after-deploy job`);
  return async (event: AfterDeployEvent | null | undefined, context?: Context): Promise<R> => {
    const started = performance.now();
    const deadline = Date.now() + (context?.getRemainingTimeInMillis?.() ?? DEFAULT_BUDGET_MS);
    const from = event?.cursor;
    const line = { job: job.name, requestId: context?.awsRequestId, resumedAt: from };
    try {
      const done = await withDeadline(deadline, () => work(from, { now: new Date(), hasTime: () => Date.now() + RESERVE_MS < deadline }));
      if (done.cursor !== undefined) await continuation.get().later(job, { cursor: done.cursor });
      log().info("job", { ...line, ...done, durationMs: Math.round(performance.now() - started) });
      return done;
    } catch (error) {
      log().error("job failed", { ...line, error: error as Error });
      throw error;
    }
  };
}

const continuation = /* @__PURE__ */ port<Continuation>("continuation (AWS_LAMBDA_FUNCTION_NAME)", () => {
  const functionName = process.env.AWS_LAMBDA_FUNCTION_NAME;
  return functionName ? lambdaContinuation(functionName, process.env.AWS_REGION ?? "") : undefined;
});

/** Locally: the job runner runs the rest itself (infra/local/jobs.ts). */
export function useContinuation(make: () => Continuation): void {
  continuation.useLocal(make);
}

/**
 * On AWS: Lambda's Invoke with `X-Amz-Invocation-Type: Event` on the running function (unqualified: the
 * code just deployed), signed with the SDK's own SigV4 signer as the notifier and the file store sign
 * theirs, so the bundle carries no Lambda client. Lambda answers 202 once it has queued the invocation;
 * an invocation that then fails is retried by Lambda and, failing again, kept in the job failure queue.
 */
function lambdaContinuation(functionName: string, region: string): Continuation {
  const signer = new SignatureV4({ service: "lambda", region, credentials: fromEnv(), sha256: Hash.bind(null, "sha256") });
  const hostname = `lambda.${region}.amazonaws.com`;
  return {
    async later(job, event) {
      const body = JSON.stringify(event);
      const unsigned = new HttpRequest({
        protocol: "https:", hostname, method: "POST", path: `/2015-03-31/functions/${encodeURIComponent(functionName)}/invocations`,
        headers: { host: hostname, "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), "x-amz-invocation-type": "Event" },
        body,
      });
      const signed = (await signer.sign(unsigned)) as HttpRequest;
      const answer = await fetch(`https://${hostname}${signed.path}`, { method: signed.method, headers: signed.headers, body });
      if (answer.status !== 202) {
        throw new Error(`${job.name} could not hand over the rest (Lambda Invoke ${answer.status} ${answer.headers.get("x-amzn-errortype") ?? ""}): ${await answer.text()}`);
      }
    },
  };
}
