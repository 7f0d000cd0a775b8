import middy, { type MiddlewareObj } from "@middy/core";
import httpHeaderNormalizer from "@middy/http-header-normalizer";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2, Context } from "aws-lambda";
import type * as z from "zod/mini";
import type { Roles, Route } from "../api/route.js";
import { withDeadline } from "../app/retry.js";
import { DomainError, InvalidInput } from "../domain/errors.js";
import { fieldMessage } from "../i18n/fields.js";
import { log } from "../log/logger.js";
import { languageOf, translate, type Lang, type MessageKey, type MessageParams } from "../i18n/messages.js";
import { isWrite } from "../api/route.js";
import { authFromClaims, type Auth } from "./auth.js";
import { idempotent } from "./idempotency.js";
import { forbidden, HttpError, malformedJson, RequestInvalid, tooLarge, unauthorized, unsupportedMediaType } from "./errors.js";
import type { Reply } from "./responses.js";
import { statusOf } from "./statuses.js";

export const MAX_BODY_BYTES = 64 * 1024;

type Event = APIGatewayProxyEventV2WithJWTAuthorizer;
type Result = Exclude<APIGatewayProxyResultV2, string>;

export interface LabRequest<P, Q, B, A> {
  auth: A;
  path: P;
  query: Q;
  body: B;
  lang: Lang;
  now: Date;
  /** The request's Idempotency-Key, when it sent one: a use case that counts recognises its own earlier write by it. */
  idempotencyKey: string | undefined;
}

type AnyRoute = Route<z.ZodMiniType, z.ZodMiniType, z.ZodMiniType | undefined, z.ZodMiniType, Roles>;
type RequestOf<R extends AnyRoute> = LabRequest<
  z.output<R["params"]>,
  z.output<R["query"]>,
  R["body"] extends z.ZodMiniType ? z.output<R["body"]> : undefined,
  R["roles"] extends "public" ? Auth | undefined : Auth
>;

/** The time a request may take when no Lambda context tells the remaining time (direct calls in tests). */
const DEFAULT_BUDGET_MS = 10_000;

/**
 * The one way to write a handler: parse → authenticate and check roles → validate → check the
 * caller's relation to the object → `fn` → shape the response. Roles come before validation so that
 * an anonymous caller learns nothing about the schema; the relation after it, as it reads the path.
 */
export function lambda<R extends AnyRoute>(route: R, fn: (request: RequestOf<R>) => Promise<Reply>) {
  const parsed = new WeakMap<Event, RequestOf<R>>();
  const prepare: MiddlewareObj<Event, Result> = {
    before: async ({ event }) => {
      const lang = languageOf(event.headers?.["accept-language"]);
      const auth = authorise(route.roles, event);
      const path = validate(route.params, event.pathParameters ?? {}, "path");
      const query = validate(route.query, event.queryStringParameters ?? {}, "query");
      const body = route.body ? validate(route.body, readJsonBody(event), "body") : undefined;
      if (auth && typeof route.objects === "object") await route.objects.check(auth, path);
      parsed.set(event, { auth, path, query, body, lang, now: new Date(), idempotencyKey: event.headers["idempotency-key"] } as RequestOf<R>);
    },
  };
  const handler = middy<Event, Result, Error, Context>()
    .use(answer(route.name))
    .use(httpHeaderNormalizer())
    .use(prepare);
  // after the checks: a request refused for its caller or its input never reaches the key store
  if (isWrite(route)) handler.use(idempotent(route.name));
  return handler
    .handler(async (event, context) => {
      const deadline = Date.now() + (context?.getRemainingTimeInMillis?.() ?? DEFAULT_BUDGET_MS);
      const reply = await withDeadline(deadline, () => fn(parsed.get(event)!));
      if (process.env.VITEST && reply.status < 300 && reply.body !== undefined) route.response.parse(reply.body);
      return toResult(reply, route.produces);
    });
}

/** API Gateway's id of the request: the client also gets it as `apigw-requestid`, and support finds the log line by it. */
const requestIdOf = (event: Event): string => event.requestContext?.requestId ?? "unknown";

function authorise(roles: Roles, event: Event): Auth | undefined {
  const auth = authFromClaims(event.requestContext.authorizer?.jwt?.claims);
  if (roles === "public") return auth;
  if (!auth) throw unauthorized();
  if (!auth.roles.some((role) => roles.includes(role))) throw forbidden();
  return auth;
}

function readJsonBody(event: Event): unknown {
  const raw = event.body ?? "";
  const text = event.isBase64Encoded ? Buffer.from(raw, "base64").toString("utf8") : raw;
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw tooLarge(MAX_BODY_BYTES);
  if (text.trim() === "") return {};
  const contentType = event.headers["content-type"] ?? "application/json";
  if (!/^application\/(.+\+)?json\b/i.test(contentType)) throw unsupportedMediaType();
  try {
    return JSON.parse(text);
  } catch {
    throw malformedJson();
  }
}

function validate<S extends z.ZodMiniType>(schema: S, input: unknown, where: RequestInvalid["where"]): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw new RequestInvalid(result.error.issues, where);
  return result.data;
}

const jsonHeaders = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };

function toResult(reply: Reply, produces = "application/octet-stream"): Result {
  if (reply.file) {
    const headers = { "content-type": produces, "content-disposition": `attachment; filename="${reply.file.name}"`, "cache-control": "no-store" };
    return { statusCode: reply.status, headers, body: typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body) };
  }
  // a trailing newline, so a pasted curl does not glue the prompt to the answer
  return { statusCode: reply.status, headers: jsonHeaders, body: reply.body === undefined ? "" : `${JSON.stringify(reply.body)}\n` };
}

interface Refusal {
  status: number;
  code: string;
  messageKey: MessageKey;
  params?: MessageParams;
  details: (lang: Lang) => unknown;
  retryAfterSeconds?: number;
}

/**
 * Outermost: every answer carries the request id and leaves one log line (route, caller id, status,
 * duration); every failure leaves as `{ error: { code, message, details, requestId } }` in the caller's language.
 */
function answer(routeName: string): MiddlewareObj<Event, Result> {
  const started = new WeakMap<Event, number>();
  const finish = ({ event, response }: { event: Event; response: Result | undefined | null }, error?: unknown) => {
    if (!response) return;
    response.headers = { ...response.headers, "x-request-id": requestIdOf(event) };
    const line = {
      requestId: requestIdOf(event),
      route: routeName,
      callerId: event.requestContext?.authorizer?.jwt?.claims?.sub,
      status: response.statusCode,
      durationMs: Math.round(performance.now() - (started.get(event) ?? performance.now())),
    };
    if (response.statusCode === 500) log().error("request failed", { ...line, error: error as Error });
    // busy (503): the caller is told to come back; many of these mean contention worth a look
    else if ((response.statusCode ?? 200) > 500) log().warn("request", line);
    else log().info("request", line);
  };
  return {
    before: ({ event }) => {
      started.set(event, performance.now());
    },
    after: (request) => finish(request),
    onError: async (request) => {
      // the header normaliser has run by now: names are lower case
      const lang = languageOf(request.event.headers?.["accept-language"]);
      const refusal = refusalOf(request.error);
      const retry: Record<string, string> = refusal.retryAfterSeconds ? { "retry-after": String(refusal.retryAfterSeconds) } : {};
      request.response = {
        statusCode: refusal.status,
        headers: { ...jsonHeaders, ...retry },
        body: `${JSON.stringify({ error: { code: refusal.code, message: translate(refusal.messageKey, lang, refusal.params), details: refusal.details(lang), requestId: requestIdOf(request.event) } })}\n`,
      };
      finish(request, request.error);
    },
  };
}

/**
 * DynamoDB's and S3's "too busy" or "failed inside" answers, a call that timed out, and middy's early answer
 * when the Lambda is about to time out: nothing was decided for the caller, who should come back in a moment
 * (with the same Idempotency-Key, a retry of a write that did happen gets its answer).
 */
const busyErrors = new Set([
  "TimeoutError", "ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded", "TransactionConflictException", "TransactionInProgressException",
  "InternalServerError", "SlowDown", "InternalError", "OperationAborted", "ServiceUnavailable", "RequestTimeout",
]);

function refusalOf(error: unknown): Refusal {
  if (error instanceof InvalidInput) {
    const where = error instanceof RequestInvalid ? error.where : "body";
    return {
      status: statusOf[error.code], code: error.code, messageKey: error.messageKey, params: error.params,
      details: (lang) => error.issues.map((issue) => ({
        field: [where, ...issue.path.map(String)].join("."), code: issue.code, message: fieldMessage(issue as z.core.$ZodIssue, lang, error.params), ...(issue.moduleIds ? { moduleIds: issue.moduleIds } : {}),
      })),
    };
  }
  if (error instanceof DomainError) {
    return { status: statusOf[error.code], code: error.code, messageKey: error.messageKey, params: error.params, details: () => error.details ?? null, retryAfterSeconds: error.retryAfterSeconds };
  }
  if (error instanceof HttpError) return { status: error.status, code: error.code, messageKey: error.code, params: error.params, details: () => null };
  if (error instanceof Error && error.name === "IdempotencyValidationError") return { status: 422, code: "idempotency_key_reused", messageKey: "idempotency_key_reused", details: () => null };
  if (error instanceof Error && error.name === "IdempotencyAlreadyInProgressError") return { status: 409, code: "request_in_progress", messageKey: "request_in_progress", details: () => null, retryAfterSeconds: 1 };
  // the key store could not be read or written (DynamoDB busy), or its record changed while read: come back
  if (error instanceof Error && (error.name === "IdempotencyPersistenceLayerError" || error.name === "IdempotencyInconsistentStateError")) return { status: 503, code: "service_busy", messageKey: "service_busy", details: () => null, retryAfterSeconds: 1 };
  if (error instanceof Error && busyErrors.has(error.name)) return { status: 503, code: "service_busy", messageKey: "service_busy", details: () => null, retryAfterSeconds: 1 };
  return { status: 500, code: "internal_error", messageKey: "internal_error", details: () => null };
}
