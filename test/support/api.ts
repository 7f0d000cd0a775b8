import { randomUUID } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLocalApi, type Dispatch, type LocalApiOptions } from "../../infra/local/api.js";
import { createIssuer, type Issuer, type LocalUser } from "../../infra/local/issuer.js";
import { createJobRunner, type JobRunner } from "../../infra/local/jobs.js";
import { createOutbox, type Outbox } from "../../infra/local/outbox.js";
import { createTables } from "../../infra/local/tables.js";
import type { Role } from "../../shared/domain/roles.js";

export interface Caller extends LocalUser {
  token: string;
}

export interface CallOptions {
  as?: Caller;
  body?: unknown;
  /** A raw body, sent as is (for malformed JSON or file uploads). */
  raw?: string | Buffer;
  headers?: Record<string, string>;
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: any;
}

export interface TestApi {
  issuer: Issuer;
  dispatch: Dispatch;
  outbox: Outbox;
  /** Starts the job runner (once); changes written after this are handled by the jobs. */
  startJobs(): Promise<JobRunner>;
  /** Waits until the jobs have handled every change written so far. */
  drainJobs(): Promise<void>;
  user(role: Role, sub?: string): Promise<Caller>;
  call(method: string, url: string, options?: CallOptions): Promise<Answer>;
}

/**
 * Fresh tables (a unique prefix per test file, so files run in parallel) and the local API in front of
 * the real handlers, with real signed tokens.
 */
export async function testApi(web: Pick<LocalApiOptions, "webDir" | "signIn" | "webConfig"> = {}): Promise<TestApi> {
  await createTables(`t${randomUUID().slice(0, 8)}-`);
  Object.assign(process.env, {
    LOCAL_FILES_DIR: await mkdtemp(join(tmpdir(), "lab-files-")),
    LOCAL_FILES_URL: "http://localhost",
    LOCAL_FILES_SECRET: randomUUID(),
  });
  const issuer = await createIssuer();
  const outbox = createOutbox();
  const dispatch = createLocalApi(issuer, { outbox, ...web });
  let jobs: Promise<JobRunner> | undefined;
  const startJobs = () => (jobs ??= (async () => {
    const runner = createJobRunner();
    await runner.start();
    return runner;
  })());
  return {
    issuer,
    dispatch,
    outbox,
    startJobs,
    async drainJobs() {
      if (!jobs) throw new Error("drainJobs() before startJobs()");
      await (await jobs).drain();
    },
    async user(role, sub = randomUUID()) {
      const user = { sub, username: `${role}-${sub.slice(0, 6)}`, groups: [role] };
      return { ...user, token: await issuer.mint(user) };
    },
    async call(method, url, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.as) headers.authorization = `Bearer ${options.as.token}`;
      let body = options.raw;
      if (options.body !== undefined) {
        body = JSON.stringify(options.body);
        headers["content-type"] ??= "application/json";
      }
      const response = await dispatch({ method, url, headers, body });
      const text = Buffer.isBuffer(response.body) ? response.body.toString("utf8") : response.body;
      const json = response.headers["content-type"]?.startsWith("application/json") && text ? JSON.parse(text) : text;
      return { status: response.status, headers: response.headers, body: json };
    },
  };
}
