import middy, { type MiddlewareObj } from "@middy/core";
import httpHeaderNormalizer from "@middy/http-header-normalizer";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2, Context } from "aws-lambda";
import type * as z from "zod";
import type { Roles, Route } from "../api/route.js";
import { fieldMessage, languageOf, translate, type Lang } from "../i18n/messages.js";
import { authFromClaims, type Auth } from "./auth.js";
import { AppError, BadRequest, Forbidden, InvalidFields, TooLarge, Unauthorized, Unavailable, UnsupportedMediaType } from "./errors.js";
import type { Reply } from "./responses.js";

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
}

type AnyRoute = Route<z.ZodType, z.ZodType, z.ZodType | undefined, z.ZodType, Roles>;
type RequestOf<R extends AnyRoute> = LabRequest<
  z.output<R["params"]>,
  z.output<R["query"]>,
  R["body"] extends z.ZodType ? z.output<R["body"]> : undefined,
  R["roles"] extends "public" ? Auth | undefined : Auth
>;

/**
 * The one way to write a handler: parse → authorise → validate → `fn` → shape the response.
 * Authorisation runs before validation so that an anonymous caller learns nothing about the schema.
 */
export function lambda<R extends AnyRoute>(route: R, fn: (request: RequestOf<R>) => Promise<Reply>) {
  const parsed = new WeakMap<Event, RequestOf<R>>();
  const prepare: MiddlewareObj<Event, Result> = {
    before: async ({ event }) => {
      const lang = languageOf(event.headers["accept-language"]);
      const auth = authorise(route.roles, event);
      const path = validate(route.params, event.pathParameters ?? {}, "path");
      const query = validate(route.query, event.queryStringParameters ?? {}, "query");
      const body = route.body ? validate(route.body, readJsonBody(event), "body") : undefined;
      parsed.set(event, { auth, path, query, body, lang, now: new Date() } as RequestOf<R>);
    },
  };
  return middy<Event, Result, Error, Context>()
    .use(errorMapper())
    .use(httpHeaderNormalizer())
    .use(prepare)
    .handler(async (event) => {
      const reply = await fn(parsed.get(event)!);
      if (process.env.VITEST && reply.status < 300 && reply.body !== undefined) route.response.parse(reply.body);
      return toResult(reply);
    });
}

function authorise(roles: Roles, event: Event): Auth | undefined {
  const auth = authFromClaims(event.requestContext.authorizer?.jwt?.claims);
  if (roles === "public") return auth;
  if (!auth) throw new Unauthorized();
  if (!auth.roles.some((role) => roles.includes(role))) throw new Forbidden();
  return auth;
}

function readJsonBody(event: Event): unknown {
  const raw = event.body ?? "";
  const text = event.isBase64Encoded ? Buffer.from(raw, "base64").toString("utf8") : raw;
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new TooLarge(MAX_BODY_BYTES);
  if (text.trim() === "") return {};
  const contentType = event.headers["content-type"] ?? "application/json";
  if (!/^application\/(.+\+)?json\b/i.test(contentType)) throw new UnsupportedMediaType();
  try {
    return JSON.parse(text);
  } catch {
    throw new BadRequest("malformed_json");
  }
}

function validate<S extends z.ZodType>(schema: S, input: unknown, where: InvalidFields["where"]): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw new InvalidFields(result.error.issues, where);
  return result.data;
}

const jsonHeaders = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };

function toResult(reply: Reply): Result {
  if (reply.text) {
    const disposition: Record<string, string> = reply.text.filename ? { "content-disposition": `attachment; filename="${reply.text.filename}"` } : {};
    return { statusCode: reply.status, headers: { "content-type": reply.text.contentType, "cache-control": "no-store", ...disposition }, body: reply.text.content };
  }
  return { statusCode: reply.status, headers: jsonHeaders, body: reply.body === undefined ? "" : JSON.stringify(reply.body) };
}

/** Outermost: every failure leaves as `{ error: { code, message, details } }` in the caller's language. */
function errorMapper(): MiddlewareObj<Event, Result> {
  return {
    onError: async (request) => {
      const headers = request.event.headers ?? {};
      const lang = languageOf(headers["accept-language"] ?? headers["Accept-Language"]);
      const error = toAppError(request.error);
      const retry: Record<string, string> = error.status === 503 ? { "retry-after": "1" } : {};
      request.response = {
        statusCode: error.status,
        headers: { ...jsonHeaders, ...retry },
        body: JSON.stringify({ error: { code: error.code, message: translate(error.messageKey, lang, error.params), details: detailsOf(error, lang) } }),
      };
    },
  };
}

function detailsOf(error: AppError, lang: Lang): unknown {
  if (!(error instanceof InvalidFields)) return error.details ?? null;
  return error.issues.map((issue) => ({ field: [error.where, ...issue.path].join("."), code: issue.code, message: fieldMessage(issue, lang) }));
}

const busyErrors = new Set(["ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded", "TransactionConflictException", "TransactionInProgressException"]);

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof Error && busyErrors.has(error.name)) return new Unavailable();
  console.error(JSON.stringify({ level: "error", message: "unhandled", name: (error as Error)?.name, error: String((error as Error)?.stack ?? error) }));
  return new AppError(500, "internal_error");
}
