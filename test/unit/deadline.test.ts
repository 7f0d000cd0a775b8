import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context, DynamoDBStreamEvent } from "aws-lambda";
import { describe, expect, it } from "vitest";
import { jobs } from "../../shared/api/jobs.js";
import { getReference } from "../../shared/api/routes/reference.js";
import { settle } from "../../shared/app/retry.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { streamJob } from "../../shared/jobs/stream.js";

/** A Lambda context with little time left, as when a function has been busy for most of its timeout. */
const almostOutOfTime = (ms: number) => ({ awsRequestId: "r", getRemainingTimeInMillis: () => ms }) as unknown as Context;

const never = () => settle(async () => undefined);

describe("the invocation's deadline", () => {
  it("ends a request that cannot settle with 503 and Retry-After, before the function would time out", async () => {
    const handler = lambda(getReference, async () => (await never(), ok({})));
    const event = { headers: {}, requestContext: { http: { method: "GET" } } } as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
    const started = Date.now();
    const answer = (await handler(event, almostOutOfTime(1_500))) as { statusCode: number; headers: Record<string, string>; body: string };
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(answer.statusCode).toBe(503);
    expect(answer.headers["retry-after"]).toBe("1");
    expect(JSON.parse(answer.body).error.code).toBe("service_busy");
  });

  it("ends a job's batch that cannot settle, so the event source hands it over again", async () => {
    const handler = streamJob(jobs.notifyEnrolments, never);
    const started = Date.now();
    await expect(handler({ Records: [] } as DynamoDBStreamEvent, almostOutOfTime(1_500))).rejects.toMatchObject({ code: "service_busy" });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
