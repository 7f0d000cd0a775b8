import { randomUUID } from "node:crypto";
import { pathToFileURL } from "node:url";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2, Context } from "aws-lambda";
import type { Route } from "../../shared/api/route.js";
import { routeList } from "../../shared/api/routes/index.js";
import type { FileStore } from "../../shared/files/port.js";
import { useFileStore } from "../../shared/files/store.js";
import { useNotifier } from "../../shared/notify/notifier.js";
import { languageOf, translate, type MessageKey, type MessageParams } from "../../shared/i18n/messages.js";
import { createLocalFileStore, LOCAL_FILES_PATH, localFileStoreConfig } from "./file-store.js";
import { asFunction, enforceGrants, guardFiles, guardNotifier } from "./grants.js";
import type { Issuer } from "./issuer.js";
import type { Outbox } from "./outbox.js";
import { projectRoot } from "./paths.js";
import type { WebConfig } from "../../shared/api/web-config.js";
import { webFile } from "./web.js";


export interface LocalRequest {
  method: string;
  /** Path with an optional query string: `/classes?limit=5`. */
  url: string;
  headers?: Record<string, string | undefined>;
  body?: string | Buffer;
}

export interface LocalResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

type Handler = (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<APIGatewayProxyResultV2>;

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  parameters: string[];
}

function compile(route: Route): CompiledRoute {
  const parameters: string[] = [];
  const source = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    parameters.push(name);
    return "([^/]+)";
  });
  return { route, pattern: new RegExp(`^${source}$`), parameters };
}

/**
 * API Gateway's array claims arrive in Lambda as `"[a b]"` and numbers as strings;
 * we hand the handlers exactly that, so the claim parser is tested on what AWS really sends.
 */
export function flattenClaims(payload: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(payload).map(([name, value]) => [name, Array.isArray(value) ? `[${value.join(" ")}]` : String(value)]),
  );
}

/** What a person opening the local server in a browser or with curl finds at `/`. */
const localIndex = `Lab Wirausaha, running locally.

  /openapi.json   the API, described (OpenAPI 3.1)
  /reference      regency codes and business clusters (no sign-in)
  /_outbox        what the platform sent: e-mail on AWS, kept here
  /classes        open classes (sign in: npm run token -- --help)

The walk-through from enrolment to a certificate: README.md, "A walk through the class".
`;

/** What API Gateway answers itself (no route, no valid token, too large), in our error shape. */
export function errorResponse(status: number, code: MessageKey, acceptLanguage: string | undefined, params?: MessageParams): LocalResponse {
  const requestId = randomUUID();
  return {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "x-request-id": requestId },
    body: `${JSON.stringify({ error: { code, message: translate(code, languageOf(acceptLanguage), params), details: null, requestId } })}\n`,
  };
}

/**
 * The HTTP API, locally: route matching, the JWT authorizer (signature, issuer, client, expiry, algorithm),
 * and a real `APIGatewayProxyEventV2` for the very handler module that runs on Lambda.
 */
/** A demo user the local sign-in page offers, with a token the local issuer minted. */
export interface SignInOption {
  label: string;
  username: string;
  groups: readonly string[];
  token: string;
}

export interface LocalApiOptions {
  outbox: Outbox;
  /** The web app's built files (none: `/` answers the text index). */
  webDir?: string;
  /** The demo users `/_local/sign-in` offers the web app (none: the page says to sign in otherwise). */
  signIn?: () => Promise<SignInOption[]>;
  /** What `/config.json` tells the web app (unless said: the local sign-in on this origin). */
  webConfig?: () => WebConfig;
  /** The file store as the handlers see it, wrapped (the chaos run's faults); uploads still land in the local store. */
  wrapFiles?: (store: FileStore) => FileStore;
}

export function createLocalApi(issuer: Issuer, { outbox, webDir, signIn, webConfig = () => ({ signIn: "local" }), wrapFiles = (store) => store }: LocalApiOptions) {
  // Literal segments win over parameters, as in API Gateway.
  const compiled = routeList.map(compile).sort((a, b) => a.parameters.length - b.parameters.length);
  const handlers = new Map<string, Promise<Handler>>();
  const handlerOf = (route: Route) => {
    let handler = handlers.get(route.handler);
    if (!handler) {
      handler = import(pathToFileURL(`${projectRoot}${route.handler}`).href).then((module: { handler: Handler }) => module.handler);
      handlers.set(route.handler, handler);
    }
    return handler;
  };

  // one local store for the handlers and for the signed URLs it hands out, made when first used
  let localFiles: ReturnType<typeof createLocalFileStore> | undefined;
  const files = () => (localFiles ??= createLocalFileStore(localFileStoreConfig()));
  useFileStore(() => guardFiles(wrapFiles(files())));
  useNotifier(() => guardNotifier(outbox));
  enforceGrants();

  return async function dispatch(request: LocalRequest): Promise<LocalResponse> {
    const url = new URL(request.url, "http://localhost");
    const headers = Object.fromEntries(
      Object.entries(request.headers ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined).map(([k, v]) => [k.toLowerCase(), v]),
    );
    const method = request.method.toUpperCase();
    // The local stand-in for S3's presigned URLs: not part of the API, as on AWS.
    if (url.pathname.startsWith(LOCAL_FILES_PATH)) {
      const body = typeof request.body === "string" ? Buffer.from(request.body) : (request.body ?? Buffer.alloc(0));
      const answer = await files().receive({ method, url, contentType: headers["content-type"], body });
      return { status: answer.status, headers: answer.contentType ? { "content-type": answer.contentType } : {}, body: answer.body ?? "" };
    }
    // The local stand-in for the inbox of every user: what the notification port sent.
    if (url.pathname === "/_outbox" && method === "GET") {
      return { status: 200, headers: { "content-type": "application/json; charset=utf-8" }, body: `${JSON.stringify({ items: outbox.sent() }, null, 2)}\n` };
    }
    // The local stand-in for the user pool's sign-in page: the demo users, each with a token to use.
    if (url.pathname === "/_local/sign-in" && method === "GET") {
      return { status: 200, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" }, body: JSON.stringify({ users: signIn ? await signIn() : [] }) };
    }
    if (url.pathname === "/config.json" && method === "GET" && webDir) {
      return { status: 200, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-cache" }, body: JSON.stringify(webConfig()) };
    }
    if (method === "GET" && webDir) {
      const page = await webFile(url.pathname, webDir);
      if (page) return page;
    }
    if (url.pathname === "/" && method === "GET") return { status: 200, headers: { "content-type": "text/plain; charset=utf-8" }, body: localIndex };
    const path = url.pathname;
    let match: { compiled: CompiledRoute; values: string[] } | undefined;
    for (const candidate of compiled) {
      const found = candidate.route.method === method ? candidate.pattern.exec(path) : null;
      if (found) {
        match = { compiled: candidate, values: found.slice(1) };
        break;
      }
    }
    if (!match) return errorResponse(404, "route_not_found", headers["accept-language"]);
    const { route, parameters } = match.compiled;
    let pathParameters: Record<string, string> | undefined;
    try {
      pathParameters = parameters.length ? Object.fromEntries(parameters.map((name, i) => [name, decodeURIComponent(match.values[i]!)])) : undefined;
    } catch {
      return errorResponse(400, "validation_failed", headers["accept-language"]);
    }

    const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? "")?.[1];
    const claims = route.roles === "public" || !bearer ? undefined : await issuer.verify(bearer);
    // API Gateway answers these itself; locally we also say when a token has merely expired
    if (claims === "expired") return errorResponse(401, "token_expired", headers["accept-language"]);
    if (route.roles !== "public" && !claims) return errorResponse(401, "unauthorized", headers["accept-language"]);

    // as API Gateway's payload 2.0: a parameter given more than once arrives once, its values joined by commas
    const query: Record<string, string> = {};
    for (const [name, value] of url.searchParams) query[name] = name in query ? `${query[name]},${value}` : value;
    const now = new Date();
    const event: APIGatewayProxyEventV2WithJWTAuthorizer = {
      version: "2.0",
      routeKey: `${route.method} ${route.path}`,
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers,
      queryStringParameters: Object.keys(query).length ? query : undefined,
      pathParameters,
      body: (Buffer.isBuffer(request.body) ? request.body.toString("utf8") : request.body) || undefined,
      isBase64Encoded: false,
      requestContext: {
        accountId: "local",
        apiId: "local",
        domainName: "localhost",
        domainPrefix: "localhost",
        http: { method, path: url.pathname, protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: headers["user-agent"] ?? "" },
        requestId: randomUUID(),
        routeKey: `${route.method} ${route.path}`,
        stage: "$default",
        time: now.toUTCString(),
        timeEpoch: now.getTime(),
        authorizer: { principalId: "", integrationLatency: 0, jwt: { claims: claims ? flattenClaims(claims) : {}, scopes: [] } },
      },
    };
    // Lambda gives each request its own 10 s (infra/lab-function.ts); here every request shares one
    // process, so under a test's hundreds of concurrent requests a wider budget keeps the comparison fair.
    const deadline = Date.now() + 60_000;
    const context = { awsRequestId: event.requestContext.requestId, functionName: route.name, getRemainingTimeInMillis: () => deadline - Date.now() } as Context;
    const handler = await handlerOf(route);
    const result = await asFunction(route.name, route, () => handler(event, context));
    if (typeof result === "string") return { status: 200, headers: { "content-type": "application/json" }, body: result };
    return {
      status: result.statusCode ?? 200,
      headers: Object.fromEntries(Object.entries(result.headers ?? {}).map(([k, v]) => [k, String(v)])),
      body: result.body ?? "",
    };
  };
}

export type Dispatch = ReturnType<typeof createLocalApi>;
