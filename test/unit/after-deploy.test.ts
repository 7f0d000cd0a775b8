import type { Context } from "aws-lambda";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Job } from "../../shared/api/jobs.js";
import { afterDeployJob } from "../../shared/jobs/after-deploy.js";

// An after-deploy job hands what is left to a new invocation of its own function: on AWS a Lambda Invoke
// of type Event, signed with the SDK's SigV4 signer (shared/jobs/after-deploy.ts), which this file catches
// before it leaves. The local side, and the work itself, are in test/integration/profile-migration.test.ts.
const region = "ap-southeast-3";
const functionName = "LabWirausaha-JobsMigrateProfilesFunction-AbC123";
const job: Job = { name: "migrateSomething", summary: "a test job", handler: "functions/jobs/x.ts", trigger: { afterDeploy: true }, tables: { profiles: "RW" } };
const context = (remainingMs: number) => ({ awsRequestId: "r-1", functionName, getRemainingTimeInMillis: () => remainingMs }) as unknown as Context;

beforeAll(() => {
  Object.assign(process.env, { AWS_LAMBDA_FUNCTION_NAME: functionName, AWS_REGION: region, AWS_ACCESS_KEY_ID: "AKIDEXAMPLE", AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" });
  delete process.env.AWS_SESSION_TOKEN;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** Lambda, answering each Invoke with `status`; what it was sent. */
function lambda(status: number, errorType?: string) {
  const sent: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return new Response(status === 202 ? "" : '{"Message":"denied"}', { status, headers: errorType ? { "x-amzn-errortype": errorType } : {} });
  });
  return sent;
}

describe("an after-deploy job on AWS", () => {
  it("invokes its own function asynchronously with the cursor it stopped at, when its time runs short", async () => {
    const sent = lambda(202);
    const times: boolean[] = [];
    const handler = afterDeployJob(job, async (from, { hasTime }) => {
      times.push(hasTime());
      return { cursor: `${from}+1` };
    });
    expect(await handler({ cursor: "c0" }, context(9_000))).toEqual({ cursor: "c0+1" });
    expect(times).toEqual([false]); // within 10 s of the timeout: no new page

    expect(sent).toHaveLength(1);
    const [{ url, init }] = sent as [(typeof sent)[0]];
    expect(url).toBe(`https://lambda.${region}.amazonaws.com/2015-03-31/functions/${functionName}/invocations`);
    expect(init.method).toBe("POST");
    expect(JSON.parse(init.body as string)).toEqual({ cursor: "c0+1" });
    const headers = init.headers as Record<string, string>;
    expect(headers["x-amz-invocation-type"]).toBe("Event");
    expect(headers.host).toBe(`lambda.${region}.amazonaws.com`);
    // signed for Lambda in the function's Region, the invocation type among what the signature covers
    expect(headers.authorization).toMatch(new RegExp(`^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\\d{8}/${region}/lambda/aws4_request, SignedHeaders=[^,]*x-amz-invocation-type`));
  });

  it("invokes nothing when the work is done", async () => {
    const sent = lambda(202);
    const handler = afterDeployJob(job, async () => ({ cursor: undefined, written: 3 }));
    expect(await handler(undefined, context(60_000))).toEqual({ cursor: undefined, written: 3 });
    expect(sent).toEqual([]);
  });

  it("fails, for Lambda to retry it, when the hand-over is refused", async () => {
    lambda(403, "AccessDeniedException");
    const handler = afterDeployJob(job, async () => ({ cursor: "c1" }));
    await expect(handler({}, context(5_000))).rejects.toThrow(/migrateSomething could not hand over the rest \(Lambda Invoke 403 AccessDeniedException\)/);
  });
});
