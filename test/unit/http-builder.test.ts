import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from "aws-lambda";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import { route } from "../../shared/api/route.js";
import { ClassIdParams, text } from "../../shared/api/schemas/common.js";
import { PageQuery } from "../../shared/api/schemas/pages.js";
import type { Caller, Relation } from "../../shared/app/relations.js";
import { settle } from "../../shared/app/retry.js";
import { busy, DomainError, InvalidInput, invalidField, seatRequired } from "../../shared/domain/errors.js";
import { lambda, MAX_BODY_BYTES } from "../../shared/http/lambda.js";
import { download, ok, type Reply } from "../../shared/http/responses.js";
import { translate } from "../../shared/i18n/messages.js";
import { log } from "../../shared/log/logger.js";

// The builder (shared/http/lambda.ts) called directly, as API Gateway calls a function: a JWT-authorised
// HTTP API event in, a status, headers and a JSON body out. Bodies are matched, not compared whole, so a
// field added to every answer does not break these tests.

const classId = "5a1e0c2b-7d4f-4e8a-9b61-0c3f5d2a1e01";
const otherClassId = "5a1e0c2b-7d4f-4e8a-9b61-0c3f5d2a1e02";

const ThingInput = z.strictObject({ title: text(80), capacity: z.int().check(z.gte(1)), note: z.optional(z.string()) });
const Anything = z.record(z.string(), z.unknown());

/** A route as the route table declares one: for organisers and judges, any class, with a path, a query and a body. */
const updateThing = route({
  name: "testUpdateThing", summary: "the builder's test route", method: "PATCH", path: "/things/{classId}", handler: "functions/test/update-thing.ts",
  roles: ["admin", "judge"], objects: "any", params: ClassIdParams, query: PageQuery, body: ThingInput, response: Anything, tables: {},
});

const readPublic = route({
  name: "testReadPublic", summary: "a public test route", method: "GET", path: "/public", handler: "functions/test/read-public.ts",
  roles: "public", objects: "any", response: Anything, tables: {},
});

const relationChecks: { caller: Caller; path: { classId: string } }[] = [];
/** The caller must own the class; a stranger is told it does not exist. */
const ownerOfClass: Relation<{ classId: string }> = {
  name: "owner of the class",
  check: async (caller, path) => {
    relationChecks.push({ caller, path });
    if (!(path.classId === classId && caller.userId === "owner")) throw new DomainError("not_found");
  },
};
const readOwnThing = route({
  name: "testReadOwnThing", summary: "a test route with a relation", method: "GET", path: "/things/{classId}", handler: "functions/test/read-own-thing.ts",
  roles: ["applicant"], objects: ownerOfClass, params: ClassIdParams, response: Anything, tables: {},
});

type Claims = Record<string, unknown>;
const signedIn = (sub: string, ...groups: string[]): Claims => ({ sub, token_use: "access", "cognito:groups": `[${groups.join(" ")}]` });

interface EventInit {
  claims?: Claims;
  headers?: Record<string, string>;
  body?: string;
  isBase64Encoded?: boolean;
  pathParameters?: Record<string, string>;
  query?: Record<string, string>;
  requestId?: string | null;
}

function event({ claims, headers = {}, body, isBase64Encoded = false, pathParameters, query, requestId = "req-1" }: EventInit = {}) {
  return {
    version: "2.0", routeKey: "$default", rawPath: "/", rawQueryString: "", headers, body, isBase64Encoded, pathParameters, queryStringParameters: query,
    requestContext: { http: { method: "GET" }, ...(requestId === null ? {} : { requestId }), ...(claims ? { authorizer: { jwt: { claims, scopes: [] } } } : {}) },
  } as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
}

const json = (value: unknown) => JSON.stringify(value);
const admin = signedIn("organiser-1", "admin");
const validThing = { pathParameters: { classId }, query: { limit: "5" }, headers: { "content-type": "application/json" }, body: json({ title: "  Kopi  ", capacity: 20 }) };

interface Answer {
  status: number;
  headers: Record<string, string>;
  text: string;
  body: any;
}

type Handler = (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<unknown>;

async function call(handler: Handler, init: EventInit, context?: Partial<Context>): Promise<Answer> {
  const result = (await handler(event(init), context as Context)) as { statusCode: number; headers: Record<string, string>; body: string };
  return { status: result.statusCode, headers: result.headers, text: result.body, body: result.body ? JSON.parse(result.body) : undefined };
}

const refusal = (status: number, code: string, more: Record<string, unknown> = {}) => ({ status, body: { error: { code, message: expect.any(String), ...more } } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Handlers that throw what a use case would throw. */
const throwing = (error: unknown) => lambda(updateThing, async () => { throw error; });

let infoLines: unknown[][];
let errorLines: unknown[][];
beforeEach(() => {
  relationChecks.length = 0;
  infoLines = [];
  errorLines = [];
  vi.spyOn(log(), "info").mockImplementation((...args: unknown[]) => void infoLines.push(args));
  vi.spyOn(log(), "error").mockImplementation((...args: unknown[]) => void errorLines.push(args));
});
afterEach(() => vi.restoreAllMocks());

describe("a request the builder lets through", () => {
  it("reaches the handler parsed: the caller, the path, the query with its defaults, the trimmed body, the language and the time", async () => {
    const seen: unknown[] = [];
    const handler = lambda(updateThing, async (request) => (seen.push(request), ok({ title: request.body.title })));
    const answer = await call(handler, { ...validThing, claims: signedIn("judge-1", "judge", "investor"), headers: { "Content-Type": "application/json", "Accept-Language": "en-GB,en;q=0.8" } });
    expect(answer).toMatchObject({ status: 200, body: { title: "Kopi" } });
    expect(seen).toEqual([{
      auth: { userId: "judge-1", roles: ["judge", "investor"] }, path: { classId }, query: { limit: 5 }, body: { title: "Kopi", capacity: 20 }, lang: "en", now: expect.any(Date),
    }]);
    expect(Math.abs((seen[0] as { now: Date }).now.getTime() - Date.now())).toBeLessThan(1_000);
  });

  it("answers JSON that is never cached, ending in a newline, with the request id in a header", async () => {
    const answer = await call(lambda(updateThing, async () => ok({ saved: true })), { ...validThing, claims: admin, requestId: "abc-123" });
    expect(answer.headers).toMatchObject({ "content-type": "application/json; charset=utf-8", "cache-control": "no-store", "x-request-id": "abc-123" });
    expect(answer.text).toBe(`${json({ saved: true })}\n`);
  });

  it("sends a file as the route's media type, to be saved under its name and never cached", async () => {
    const readCalendar = route({
      name: "testReadCalendar", summary: "a test route that answers a file", method: "GET", path: "/calendar", handler: "functions/test/read-calendar.ts",
      roles: "public", objects: "any", response: z.string(), produces: "text/calendar; charset=utf-8", tables: {},
    });
    const text = "BEGIN:VCALENDAR\r\nEND:VCALENDAR";
    const result = (await lambda(readCalendar, async () => download(text, "demo-day.ics"))(event({ requestId: "cal-1" }), {} as Context)) as { statusCode: number; headers: Record<string, string>; body: string };
    expect(result).toEqual({
      statusCode: 200, body: text,
      headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": 'attachment; filename="demo-day.ics"', "cache-control": "no-store", "x-request-id": "cal-1" },
    });
    // a file from a route that declares no media type is plain bytes, not mislabelled JSON
    const { produces: _, ...withoutType } = readCalendar;
    const undeclared = (await lambda(withoutType, async () => download("x", "x.bin"))(event(), {} as Context)) as { headers: Record<string, string> };
    expect(undeclared.headers["content-type"]).toBe("application/octet-stream");
  });

  it("answers with the handler's own status, and an empty body when the handler gives none", async () => {
    const answer = await call(lambda(updateThing, async (): Promise<Reply> => ({ status: 204 })), { ...validThing, claims: admin });
    expect(answer).toMatchObject({ status: 204, text: "" });
  });

  it("reads a base64-encoded body, and JSON under any JSON media type", async () => {
    const handler = lambda(updateThing, async ({ body }) => ok(body));
    const base64 = Buffer.from(json({ title: "Tenun", capacity: 3 })).toString("base64");
    expect(await call(handler, { ...validThing, claims: admin, body: base64, isBase64Encoded: true })).toMatchObject({ status: 200, body: { title: "Tenun", capacity: 3 } });
    for (const contentType of ["application/json; charset=utf-8", "Application/JSON", "application/merge-patch+json", "application/vnd.lab.thing+json"]) {
      expect(await call(handler, { ...validThing, claims: admin, headers: { "content-type": contentType } }), contentType).toMatchObject({ status: 200 });
    }
  });

  it("takes a body without a media type as JSON", async () => {
    expect(await call(lambda(updateThing, async () => ok({})), { ...validThing, claims: admin, headers: {} })).toMatchObject({ status: 200 });
  });

  it("takes a body of exactly 64 KiB, and refuses one byte more with 413", async () => {
    const handler = lambda(updateThing, async () => ok({}));
    const padded = (bytes: number) => {
      const shell = json({ title: "Kopi", capacity: 1, note: "" });
      return json({ title: "Kopi", capacity: 1, note: "x".repeat(bytes - Buffer.byteLength(shell)) });
    };
    expect(Buffer.byteLength(padded(MAX_BODY_BYTES))).toBe(64 * 1024);
    expect(await call(handler, { ...validThing, claims: admin, body: padded(MAX_BODY_BYTES) })).toMatchObject({ status: 200 });
    const tooLarge = await call(handler, { ...validThing, claims: admin, body: padded(MAX_BODY_BYTES + 1), headers: { "accept-language": "en" } });
    expect(tooLarge).toMatchObject(refusal(413, "body_too_large", { message: translate("body_too_large", "en", { limit: 65_536 }), details: null }));
  });

  it("on a public route reaches the handler with the caller when signed in, and without one when not", async () => {
    const callers: unknown[] = [];
    const handler = lambda(readPublic, async ({ auth }) => (callers.push(auth), ok({})));
    expect(await call(handler, { claims: signedIn("applicant-1", "applicant") })).toMatchObject({ status: 200 });
    expect(await call(handler, {})).toMatchObject({ status: 200 });
    expect(callers).toEqual([{ userId: "applicant-1", roles: ["applicant"] }, undefined]);
  });

  it("reaches the handler when the caller stands in the route's relation to the object, checked with the parsed path", async () => {
    const handler = lambda(readOwnThing, async () => ok({ mine: true }));
    expect(await call(handler, { claims: signedIn("owner", "applicant"), pathParameters: { classId } })).toMatchObject({ status: 200, body: { mine: true } });
    expect(relationChecks).toEqual([{ caller: { userId: "owner", roles: ["applicant"] }, path: { classId } }]);
  });

  it("gives the handler the Lambda's remaining time to settle in, and 10 s when no Lambda context tells it", async () => {
    let attempts = 0;
    const handler = lambda(updateThing, async () => ok({ attempts: await settle(async () => (++attempts % 3 === 0 ? attempts : undefined)) }));
    expect(await call(handler, { ...validThing, claims: admin })).toMatchObject({ status: 200, body: { attempts: 3 } });
    expect(await call(handler, { ...validThing, claims: admin }, {})).toMatchObject({ status: 200, body: { attempts: 6 } });
    expect(await call(handler, { ...validThing, claims: admin }, { getRemainingTimeInMillis: () => 5_000 })).toMatchObject({ status: 200, body: { attempts: 9 } });
  });
});

describe("a refused request", () => {
  const neverCalled = () => lambda(updateThing, async () => expect.unreachable("the handler must not run"));

  it("without a sign-in gets 401, before its input is looked at", async () => {
    const handler = neverCalled();
    expect(await call(handler, validThing)).toMatchObject(refusal(401, "unauthorized", { details: null }));
    expect(await call(handler, { pathParameters: { classId: "x" }, body: "{" })).toMatchObject(refusal(401, "unauthorized"));
    // an ID token passes API Gateway's authorizer too, but is meant for the client
    expect(await call(handler, { ...validThing, claims: { ...admin, token_use: "id" } })).toMatchObject(refusal(401, "unauthorized"));
  });

  it("without one of the route's roles gets 403, before its input is looked at", async () => {
    const handler = neverCalled();
    expect(await call(handler, { ...validThing, claims: signedIn("applicant-1", "applicant", "investor") })).toMatchObject(refusal(403, "forbidden", { details: null }));
    expect(await call(handler, { claims: signedIn("applicant-1", "applicant"), body: "{" })).toMatchObject(refusal(403, "forbidden"));
    expect(await call(handler, { ...validThing, claims: signedIn("nobody") })).toMatchObject(refusal(403, "forbidden"));
  });

  it("with invalid input gets 400 and every problem by field, each named in the caller's language", async () => {
    const handler = neverCalled();
    const answer = await call(handler, {
      claims: admin, pathParameters: { classId: "not-a-uuid" }, query: { limit: "0" }, headers: { "accept-language": "en" }, body: json({ capacity: "ten", colour: "red" }),
    });
    expect(answer).toMatchObject(refusal(400, "validation_failed", { message: translate("validation_failed", "en") }));
    // path first: the body's problems wait until the path and query are right
    expect(answer.body.error.details).toEqual([
      { field: "path.classId", code: "invalid_format", message: "Class ID must be a valid ID." },
    ]);
    const query = await call(handler, { ...validThing, claims: admin, query: { limit: "0" } });
    expect(query.body.error.details).toEqual([{ field: "query.limit", code: "too_small", message: "Jumlah per halaman paling kecil 1." }]);
    const body = await call(handler, { ...validThing, claims: admin, headers: { "accept-language": "en" }, body: json({ capacity: "ten", colour: "red" }) });
    expect(body.body.error.details).toEqual([
      { field: "body.title", code: "invalid_type", message: "Title is required." },
      { field: "body.capacity", code: "invalid_type", message: "Capacity must be a number." },
      { field: "body", code: "unrecognized_keys", message: "Unknown fields: colour." },
    ]);
  });

  it("with an empty body is told what is missing, whatever its media type says", async () => {
    const handler = neverCalled();
    for (const body of [undefined, "", " \n "]) {
      const answer = await call(handler, { ...validThing, claims: admin, body, headers: { "content-type": "text/plain" } });
      expect(answer, JSON.stringify(body)).toMatchObject(refusal(400, "validation_failed"));
      expect(answer.body.error.details.map((d: { field: string }) => d.field)).toEqual(["body.title", "body.capacity"]);
    }
  });

  it("with a body that is not JSON gets 400 malformed_json", async () => {
    for (const body of ["{", "title=Kopi", "{\"title\": \"Kopi\",}"]) {
      expect(await call(neverCalled(), { ...validThing, claims: admin, body }), body).toMatchObject(refusal(400, "malformed_json", { details: null }));
    }
  });

  it("with a body in another media type gets 415", async () => {
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonp", "text/plain; profile=application/json", "application/+json"]) {
      expect(await call(neverCalled(), { ...validThing, claims: admin, headers: { "content-type": contentType } }), contentType)
        .toMatchObject(refusal(415, "unsupported_media_type", { details: null }));
    }
  });

  it("by the route's relation gets the relation's answer, and the relation is only asked about valid input", async () => {
    const handler = lambda(readOwnThing, async () => expect.unreachable("the handler must not run"));
    expect(await call(handler, { claims: signedIn("stranger", "applicant"), pathParameters: { classId } })).toMatchObject(refusal(404, "not_found"));
    expect(await call(handler, { claims: signedIn("owner", "applicant"), pathParameters: { classId: otherClassId } })).toMatchObject(refusal(404, "not_found"));
    expect(await call(handler, { claims: signedIn("owner", "applicant"), pathParameters: { classId: "x" } })).toMatchObject(refusal(400, "validation_failed"));
    expect(relationChecks.map((check) => check.path.classId)).toEqual([classId, otherClassId]);
  });

  it("is answered in English when the caller asks for it, in Bahasa Indonesia otherwise", async () => {
    expect((await call(neverCalled(), { ...validThing, headers: { "accept-language": "en-US,en;q=0.9" } })).body.error.message).toBe("Please sign in first.");
    expect((await call(neverCalled(), { ...validThing, headers: { "Accept-Language": "en" } })).body.error.message).toBe("Please sign in first.");
    expect((await call(neverCalled(), validThing)).body.error.message).toBe("Silakan masuk terlebih dahulu.");
  });

  it("carries the request id in its body and its header", async () => {
    const answer = await call(neverCalled(), { ...validThing, requestId: "abc-123" });
    expect(answer).toMatchObject({ headers: { "x-request-id": "abc-123" }, body: { error: { requestId: "abc-123" } } });
    expect((await call(neverCalled(), { ...validThing, requestId: null })).body.error.requestId).toBe("unknown");
  });
});

describe("errors thrown by the use case", () => {
  const en = { ...validThing, claims: admin, headers: { "accept-language": "en" } };

  it("a domain error answers with its code's status, its message with the parameters filled in, and its details", async () => {
    const full = new DomainError("capacity_below_enrolled", { params: { enrolled: 12 }, details: { enrolled: 12 } });
    expect(await call(throwing(full), en)).toMatchObject(refusal(409, "capacity_below_enrolled", {
      message: translate("capacity_below_enrolled", "en", { enrolled: 12 }), details: { enrolled: 12 },
    }));
    expect(await call(throwing(new DomainError("class_full")), en)).toMatchObject(refusal(409, "class_full", { details: null }));
  });

  it("a domain error with a more specific message says it, under the stable code", async () => {
    expect(await call(throwing(seatRequired("waitlisted")), en)).toMatchObject(refusal(403, "seat_required", {
      message: translate("seat_required_waitlisted", "en"), details: { status: "waitlisted" },
    }));
  });

  it("input found invalid by a rule is reported like a schema problem, by body field", async () => {
    const answer = await call(throwing(invalidField("enrolmentClosesAt", "invalid_window")), en);
    expect(answer).toMatchObject(refusal(400, "validation_failed"));
    expect(answer.body.error.details).toEqual([{ field: "body.enrolmentClosesAt", code: "custom", message: translate("invalid_window", "en") }]);
  });

  it("a prerequisite problem names the modules it is about", async () => {
    const unknown = new InvalidInput([{ path: ["prerequisites", 0], code: "custom", message: "prerequisite_unknown", moduleIds: ["m9"] }], "prerequisite_unknown");
    const answer = await call(throwing(unknown), en);
    expect(answer).toMatchObject(refusal(400, "prerequisite_unknown", { message: translate("prerequisite_unknown", "en") }));
    expect(answer.body.error.details).toEqual([{ field: "body.prerequisites.0", code: "custom", message: translate("prerequisite_unknown", "en"), moduleIds: ["m9"] }]);
  });

  it("a busy or failing database or file store, a conflicting transaction, a timeout or a Lambda about to time out answers 503 with Retry-After", async () => {
    const names = [
      "ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded", "TransactionConflictException", "TransactionInProgressException", "TimeoutError",
      "InternalServerError", "SlowDown", "InternalError", "OperationAborted", "ServiceUnavailable", "RequestTimeout", "IdempotencyPersistenceLayerError", "IdempotencyInconsistentStateError",
    ];
    for (const error of [busy(), ...names.map((name) => Object.assign(new Error("slow down"), { name }))]) {
      const answer = await call(throwing(error), en);
      expect(answer, error.name).toMatchObject(refusal(503, "service_busy", { message: translate("service_busy", "en"), details: null }));
      expect(answer.headers["retry-after"], error.name).toBe("1");
    }
  });

  it("a handler still running when the Lambda is about to time out is answered 503 by middy's early timeout", async () => {
    const slow = lambda(updateThing, async () => (await sleep(300), ok({})));
    const answer = await call(slow, { ...validThing, claims: admin }, { getRemainingTimeInMillis: () => 60 });
    expect(answer).toMatchObject(refusal(503, "service_busy"));
    expect(answer.headers["retry-after"]).toBe("1");
  });

  it("anything else answers 500 internal_error, telling nothing of the error, and is not worth retrying", async () => {
    for (const error of [new Error("disk on fire at /var/secret"), Object.assign(new Error("no"), { name: "ValidationException" }), "a string", null]) {
      const answer = await call(throwing(error), en);
      expect(answer, String(error)).toMatchObject(refusal(500, "internal_error", { message: translate("internal_error", "en"), details: null }));
      expect(answer.text).not.toContain("disk on fire");
      expect(answer.headers["retry-after"]).toBeUndefined();
    }
  });

  it("a refusal that says when asking again can succeed sends Retry-After; others do not", async () => {
    const limited = new DomainError("too_many_uploads", { params: { limit: 5, minutes: 15 }, retryAfterSeconds: 900 });
    const answer = await call(throwing(limited), en);
    expect(answer).toMatchObject(refusal(429, "too_many_uploads", { message: translate("too_many_uploads", "en", { limit: 5, minutes: 15 }) }));
    expect(answer.headers["retry-after"]).toBe("900");
    for (const error of [new DomainError("class_full"), invalidField("capacity", "field_invalid"), new Error("boom")]) {
      expect((await call(throwing(error), en)).headers["retry-after"]).toBeUndefined();
    }
  });

  it("an event without a request context still gets a JSON 500", async () => {
    const handler = lambda(readPublic, async () => ok({}));
    const result = (await handler({ headers: {} } as unknown as APIGatewayProxyEventV2WithJWTAuthorizer, {} as Context)) as { statusCode: number; body: string };
    expect(result.statusCode).toBe(500);
    expect(JSON.parse(result.body)).toMatchObject({ error: { code: "internal_error", requestId: "unknown" } });
  });
});

describe("success bodies under test", () => {
  it("are held to the route's response schema, so a handler cannot drift from its documented answer", async () => {
    const strictRoute = { ...readPublic, response: z.object({ saved: z.boolean() }) };
    expect(await call(lambda(strictRoute, async () => ok({ saved: "yes" })), {})).toMatchObject(refusal(500, "internal_error"));
    expect(await call(lambda(strictRoute, async () => ok({ saved: true })), {})).toMatchObject({ status: 200 });
  });

  it("are the only ones held to it: a reply of 300 or more, or without a body, passes as the handler gave it", async () => {
    const strictRoute = { ...readPublic, response: z.object({ saved: z.boolean() }) };
    expect(await call(lambda(strictRoute, async () => ({ status: 300, body: { see: "elsewhere" } })), {})).toMatchObject({ status: 300, body: { see: "elsewhere" } });
    expect(await call(lambda(strictRoute, async () => ({ status: 409, body: { error: "custom" } })), {})).toMatchObject({ status: 409, body: { error: "custom" } });
    expect(await call(lambda(strictRoute, async () => ({ status: 202 })), {})).toMatchObject({ status: 202, text: "" });
  });
});

describe("request logs", () => {
  it("leave one info line per answered request: request id, route, caller, status and duration", async () => {
    const handler = lambda(updateThing, async () => (await sleep(30), ok({})));
    const before = performance.now();
    await call(handler, { ...validThing, claims: admin, requestId: "abc-123" });
    const elapsed = performance.now() - before;
    expect(errorLines).toEqual([]);
    expect(infoLines).toEqual([[expect.stringMatching(/\S/), {
      requestId: "abc-123", route: "testUpdateThing", callerId: "organiser-1", status: 200, durationMs: expect.any(Number),
    }]]);
    const { durationMs } = infoLines[0]![1] as { durationMs: number };
    expect(durationMs).toBeGreaterThanOrEqual(25);
    expect(durationMs).toBeLessThanOrEqual(Math.ceil(elapsed));
  });

  it("log a refusal as info, and an anonymous caller as none", async () => {
    await call(throwing(new DomainError("class_full")), { ...validThing, claims: admin });
    await call(lambda(updateThing, async () => ok({})), validThing);
    expect(errorLines).toEqual([]);
    expect(infoLines.map(([, line]) => line)).toEqual([
      expect.objectContaining({ status: 409, callerId: "organiser-1" }),
      expect.objectContaining({ status: 401, callerId: undefined }),
    ]);
  });

  it("log a 500 as an error, with the error, for support to find by the request id", async () => {
    const error = new Error("disk on fire");
    await call(throwing(error), { ...validThing, claims: admin, requestId: "abc-123" });
    expect(infoLines).toEqual([]);
    expect(errorLines).toEqual([[expect.stringMatching(/\S/), expect.objectContaining({ requestId: "abc-123", route: "testUpdateThing", status: 500, error })]]);
  });
});
