import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from "aws-lambda";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import { jobs } from "../../shared/api/jobs.js";
import { route } from "../../shared/api/route.js";
import { busy } from "../../shared/domain/errors.js";
import { lambda } from "../../shared/http/lambda.js";
import { streamJob } from "../../shared/jobs/stream.js";
import { log } from "../../shared/log/logger.js";
import { testApi, type TestApi } from "../support/api.js";
import { profileInput } from "../support/fixtures.js";

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
});

/** The JSON lines the logger writes (as CloudWatch receives them) while `work` runs. */
async function logLines(work: () => Promise<unknown>): Promise<Record<string, any>[]> {
  log().setLogLevel("INFO");
  const written: string[] = [];
  // warnings and errors go to stderr, the rest to stdout; CloudWatch takes both
  const capture = (chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  };
  const spies = [vi.spyOn(process.stdout, "write").mockImplementation(capture), vi.spyOn(process.stderr, "write").mockImplementation(capture)];
  try {
    await work();
  } finally {
    for (const spy of spies) spy.mockRestore();
    log().setLogLevel("SILENT");
  }
  return written.join("").split("\n").filter((line) => line.startsWith("{")).map((line) => JSON.parse(line));
}

afterEach(() => vi.restoreAllMocks());

describe("request logs", () => {
  it("leave one line per request with the request id, route, caller id, status and duration — no personal data", async () => {
    const applicant = await api.user("applicant");
    const input = profileInput();
    let requestId = "";
    const lines = await logLines(async () => {
      const created = await api.call("POST", "/me/profile", { as: applicant, body: input });
      expect(created.status).toBe(201);
      requestId = created.headers["x-request-id"]!;
    });
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines).toEqual([
      expect.objectContaining({ level: "INFO", service: "lab-wirausaha", message: "request", requestId, route: "createProfile", callerId: applicant.sub, status: 201, durationMs: expect.any(Number) }),
    ]);
    const line = JSON.stringify(lines);
    for (const personal of [input.ownerName, input.phone, input.businessName]) expect(line).not.toContain(personal);
  });

  it("give every refusal the request id, in the body and the header, and log it", async () => {
    const applicant = await api.user("applicant");
    let answer: Awaited<ReturnType<TestApi["call"]>> | undefined;
    const lines = await logLines(async () => {
      answer = await api.call("POST", "/me/profile", { as: applicant, body: { ...profileInput(), phone: "no" } });
    });
    expect(answer!.status).toBe(400);
    expect(answer!.body.error).toMatchObject({ code: "validation_failed", requestId: answer!.headers["x-request-id"] });
    expect(lines).toEqual([expect.objectContaining({ requestId: answer!.body.error.requestId, status: 400, route: "createProfile" })]);
  });
});

describe("an unexpected failure", () => {
  const failing = route({
    name: "failingForTest", summary: "fails", method: "GET", path: "/fail", handler: "none", roles: "public", objects: "any",
    params: z.object({}), query: z.object({}), response: z.object({}), tables: {},
  });
  const event = (requestId: string) => ({
    version: "2.0", routeKey: "GET /fail", rawPath: "/fail", rawQueryString: "", headers: { "accept-language": "en" }, isBase64Encoded: false,
    requestContext: { requestId, http: { method: "GET", path: "/fail" }, authorizer: { jwt: { claims: {}, scopes: [] } } },
  }) as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;

  it("is a 500 the client can quote, and an error line with the stack that support finds by that id", async () => {
    // DynamoDB refusing a request we built is our bug, never the caller's: it must not pass for a 4xx
    const validation = Object.assign(new Error("One or more parameter values were invalid"), { name: "ValidationException" });
    const handler = lambda(failing, async () => { throw validation; });
    let result: any;
    const lines = await logLines(async () => {
      result = await handler(event("req-500"), { awsRequestId: "lambda-1" } as Context);
    });
    expect(result.statusCode).toBe(500);
    expect(JSON.parse(result.body).error).toMatchObject({ code: "internal_error", requestId: "req-500" });
    expect(result.headers["x-request-id"]).toBe("req-500");
    expect(lines).toEqual([expect.objectContaining({ level: "ERROR", message: "request failed", requestId: "req-500", route: "failingForTest", status: 500 })]);
    expect(lines[0]!.error).toMatchObject({ name: "ValidationException", stack: expect.stringContaining("ValidationException") });
  });
});

describe("a busy answer", () => {
  it("is a 503 with Retry-After, logged as a warning so contention shows", async () => {
    const busyRoute = route({
      name: "busyForTest", summary: "busy", method: "GET", path: "/busy", handler: "none", roles: "public", objects: "any",
      params: z.object({}), query: z.object({}), response: z.object({}), tables: {},
    });
    const handler = lambda(busyRoute, async () => { throw busy(); });
    const event = { version: "2.0", rawPath: "/busy", headers: {}, isBase64Encoded: false, requestContext: { requestId: "req-503", http: { method: "GET", path: "/busy" } } } as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
    let result: any;
    const lines = await logLines(async () => {
      result = await handler(event, {} as Context);
    });
    expect(result).toMatchObject({ statusCode: 503, headers: { "retry-after": "1", "x-request-id": "req-503" } });
    expect(lines).toEqual([expect.objectContaining({ level: "WARN", requestId: "req-503", route: "busyForTest", status: 503 })]);
  });
});

describe("a job", () => {
  it("leaves a line per batch, and an error line naming the job and the batch when it fails", async () => {
    const record = { eventName: "INSERT", dynamodb: { SequenceNumber: "100", Keys: { pk: { S: "CLASS#c1" }, sk: { S: "ENROLMENT#a1" } } } };
    const event = { Records: [record, { ...record, dynamodb: { ...record.dynamodb, SequenceNumber: "101" } }] } as never;
    const context = { awsRequestId: "job-1", getRemainingTimeInMillis: () => 10_000 } as Context;

    const done = await logLines(() => streamJob(jobs.notifyEnrolments, async () => undefined)(event, context));
    expect(done).toEqual([expect.objectContaining({ level: "INFO", message: "job", job: "notifyEnrolments", requestId: "job-1", records: 2, firstSequenceNumber: "100", lastSequenceNumber: "101" })]);

    const failing = streamJob(jobs.notifyEnrolments, async () => { throw new Error("mail server down"); });
    const failed = await logLines(() => expect(failing(event, context)).rejects.toThrow("mail server down"));
    expect(failed).toEqual([expect.objectContaining({ level: "ERROR", message: "job failed", job: "notifyEnrolments", requestId: "job-1", records: 2 })]);
  });
});
