import { SendEmailCommand, SESv2Client } from "@aws-sdk/client-sesv2";
import { HttpResponse, type HttpRequest } from "@smithy/core/transport";
import { Readable } from "node:stream";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createSesNotifier } from "../../shared/notify/ses.js";

// The notifier sends SES v2 SendEmail itself, signed with the SDK's SigV4 signer (shared/notify/ses.ts);
// the SDK's SES client — a dev dependency only, for this — is the reference its request must agree with.
const region = "ap-southeast-3";
const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
const from = "Lab Wirausaha <noreply@kadin-ntt.example>";
const recipient = { userId: "judge-1", email: "juri@example.id" };
const data = { judgeName: "Benny Ndolu", competitionTitle: { id: "Kompetisi Pitch", en: "Pitch Competition" }, count: 3 };

beforeAll(() => {
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey });
  delete process.env.AWS_SESSION_TOKEN;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** What the SDK's client would send for the same e-mail, caught before it leaves. */
async function sdkRequest(subject: string, body: string): Promise<HttpRequest> {
  let sent: HttpRequest | undefined;
  const client = new SESv2Client({
    region, credentials,
    requestHandler: {
      handle: async (request: HttpRequest) => {
        sent = request;
        return { response: new HttpResponse({ statusCode: 200, headers: {}, body: Readable.from([Buffer.from('{"MessageId":"m"}')]) }) };
      },
    },
  });
  await client.send(new SendEmailCommand({
    FromEmailAddress: from,
    Destination: { ToAddresses: [recipient.email] },
    Content: { Simple: { Subject: { Data: subject, Charset: "UTF-8" }, Body: { Text: { Data: body, Charset: "UTF-8" } } } },
  }));
  return sent!;
}

/** Our requests, answered in turn by `statuses` (a number, or "lost" for a connection that fails). */
function answering(...statuses: (number | "lost")[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal("fetch", vi.fn(async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const status = statuses[Math.min(calls.length - 1, statuses.length - 1)]!;
    if (status === "lost") throw new TypeError("fetch failed");
    return new Response(status < 300 ? '{"MessageId":"m"}' : '{"message":"no"}', { status, headers: status < 300 ? {} : { "x-amzn-errortype": "BadRequestException" } });
  }));
  return calls;
}

const headerOf = (init: RequestInit, name: string) => new Headers(init.headers as Record<string, string>).get(name);
const scope = (authorization: string | null | undefined) => /Credential=([^,]+)/.exec(authorization ?? "")?.[1];
const signedHeaders = (authorization: string | null | undefined) => /SignedHeaders=([^,]+)/.exec(authorization ?? "")?.[1]?.split(";") ?? [];

describe("the SES notifier", () => {
  it("sends what the SDK's SendEmail sends: endpoint, method, body and a SigV4 signature for ses in the Region", async () => {
    const calls = answering(200);
    await createSesNotifier(from, region).notify(recipient, "reviewsAssigned", data, "en");
    expect(calls).toHaveLength(1);
    const [{ url, init }] = calls as [{ url: string; init: RequestInit }];
    const body = JSON.parse(String(init.body));
    const reference = await sdkRequest(body.Content.Simple.Subject.Data, body.Content.Simple.Body.Text.Data);
    expect(url).toBe(`https://${reference.hostname}${reference.path}`);
    expect(init.method).toBe(reference.method);
    expect(body).toEqual(JSON.parse(String(reference.body)));
    expect(body.Content.Simple.Subject.Data).toBe("New pitches for you to score: 3");
    expect(headerOf(init, "content-type")).toBe("application/json");
    expect(scope(headerOf(init, "authorization"))).toBe(scope(reference.headers.authorization));
    expect(scope(headerOf(init, "authorization"))).toMatch(new RegExp(`^AKIDEXAMPLE/\\d{8}/${region}/ses/aws4_request$`));
    expect(signedHeaders(headerOf(init, "authorization"))).toEqual(expect.arrayContaining(["content-type", "host", "x-amz-date"]));
  });

  it("tries again on throttling, SES's own failures and a lost connection, three times in all", async () => {
    const retried = answering(503, "lost", 200);
    await createSesNotifier(from, region).notify(recipient, "judgeInvited", data, "id");
    expect(retried).toHaveLength(3);
    const exhausted = answering(429);
    await expect(createSesNotifier(from, region).notify(recipient, "judgeInvited", data, "id")).rejects.toThrow(/429/);
    expect(exhausted).toHaveLength(3);
  });

  it("does not repeat a request SES refused, and says why", async () => {
    const calls = answering(400);
    await expect(createSesNotifier(from, region).notify(recipient, "judgeInvited", data, "id")).rejects.toThrow(/400 BadRequestException/);
    expect(calls).toHaveLength(1);
  });

  it("sends nothing to a recipient without an e-mail address", async () => {
    const calls = answering(200);
    await createSesNotifier(from, region).notify({ userId: "applicant-1" }, "enrolled", { classTitle: "Kelas" }, "id");
    expect(calls).toHaveLength(0);
  });
});
