import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadIssuer, type Issuer } from "../../infra/local/issuer.js";
import { projectRoot } from "../../infra/local/paths.js";
import { classKey, mapRowKey, profileKey } from "../../shared/data/keys.js";
import type { Role } from "../../shared/domain/roles.js";
import { classInput, profileInput } from "../support/fixtures.js";

/**
 * `infra/local/serve-for-test.ts` in a child process on a data directory of its own: killed with SIGKILL
 * in the middle of a burst of profiles and enrolments, and started again on the same data.
 */

interface Server {
  child: ChildProcess;
  url: string;
  dynamoEndpoint: string;
}

let dataDir: string;
let issuer: Issuer;
const running = new Set<ChildProcess>();

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "lab-restart-"));
  // the server's signing key (paths.ts: issuer-key.json in the data directory), made here so the test can mint tokens
  issuer = await loadIssuer(join(dataDir, "issuer-key.json"), { create: true });
});

afterAll(async () => {
  for (const child of running) child.kill("SIGKILL");
  await killDynamoDbLocal();
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(): Promise<Server> {
  const child = spawn(process.execPath, ["--import", "tsx", "infra/local/serve-for-test.ts"], {
    cwd: projectRoot,
    env: { ...process.env, LAB_DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  child.once("exit", () => running.delete(child));
  let output = "";
  child.stderr!.on("data", (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk) => {
      output += chunk;
      const ready = output.split("\n").find((line) => line.startsWith("{"));
      if (ready) resolve({ child, ...(JSON.parse(ready) as { url: string; dynamoEndpoint: string }) });
    });
    child.once("exit", (code, signal) => reject(new Error(`the server exited (${code ?? signal}) before it served:\n${output}`)));
  });
}

/** The DynamoDB Local (Java) serving this test's data: found by its -dbPath, unique to the test; a zombie counts as ended. */
function dynamoDbLocalPids(): number[] {
  const processes = execFileSync("ps", ["-A", "-o", "pid=", "-o", "stat=", "-o", "args="], { encoding: "utf8" });
  return processes.split("\n").flatMap((line) => {
    const [, pid, stat, args] = /^\s*(\d+)\s+(\S+)\s+(.*)$/.exec(line) ?? [];
    return args?.includes(`-dbPath ${join(dataDir, "dynamodb")}`) && !stat?.startsWith("Z") ? [Number(pid)] : [];
  });
}

/** What the test started and killed leaves no Java behind: every DynamoDB Local on its data, ended. */
async function killDynamoDbLocal(): Promise<void> {
  for (const pid of dynamoDbLocalPids()) process.kill(pid, "SIGKILL");
  const deadline = Date.now() + 20_000;
  while (dynamoDbLocalPids().length > 0) {
    if (Date.now() > deadline) throw new Error("DynamoDB Local outlived SIGKILL by 20 s");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface Caller {
  sub: string;
  token: string;
}

async function user(role: Role): Promise<Caller> {
  const sub = randomUUID();
  return { sub, token: await issuer.mint({ sub, username: `${role}-${sub.slice(0, 6)}`, groups: [role] }) };
}

/** One request; a connection the kill cut answers status 0. */
async function call(server: Server, method: string, path: string, as: Caller, body?: unknown) {
  try {
    const answer = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${as.token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: answer.status, body: (await answer.json()) as Record<string, any> };
  } catch {
    return { status: 0, body: {} };
  }
}

/** The server's own tables (serve-for-test.ts names them `lab-<table>`), read directly. */
function tablesOf(server: Server) {
  const client = new DynamoDBClient({ endpoint: server.dynamoEndpoint, region: "ap-southeast-3", credentials: { accessKeyId: "local", secretAccessKey: "local" } });
  const db = DynamoDBDocumentClient.from(client);
  const has = async (table: string, key: Record<string, string>) => (await db.send(new GetCommand({ TableName: `lab-${table}`, Key: key }))).Item !== undefined;
  return {
    /** Applicants with a profile, and those of them whose profile has its row of the cluster map (the mapBusinesses job). */
    async profiles(applicants: Caller[]) {
      const found = await Promise.all(applicants.map(async ({ sub }) => ({ sub, profile: await has("profiles", profileKey(sub)), row: await has("profiles", mapRowKey(sub)) })));
      return { withProfile: found.filter((one) => one.profile).map((one) => one.sub), withRow: found.filter((one) => one.row).map((one) => one.sub) };
    },
    async waitlistEntries(classId: string) {
      const { Count } = await db.send(new QueryCommand({
        TableName: "lab-classes",
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :wait)",
        ExpressionAttributeValues: { ":pk": classKey(classId).pk, ":wait": "WAIT#" },
        Select: "COUNT",
      }));
      return Count ?? 0;
    },
    close: () => client.destroy(),
  };
}

/** The race tests' seat invariants (enrolment.test.ts): the roster, the class's counters and the waitlist entries agree. */
async function expectSeatsAddUp(server: Server, admin: Caller, classId: string) {
  const counts: Record<string, number> = { enrolled: 0, waitlisted: 0, withdrawn: 0 };
  const positions: number[] = [];
  let cursor: string | undefined;
  do {
    const page = await call(server, "GET", `/classes/${classId}/enrolments?limit=50${cursor ? `&cursor=${cursor}` : ""}`, admin);
    expect(page.status).toBe(200);
    for (const enrolment of page.body.items) {
      counts[enrolment.status]!++;
      if (enrolment.status === "waitlisted") positions.push(enrolment.position);
    }
    cursor = page.body.nextCursor;
  } while (cursor);
  const cls = (await call(server, "GET", `/classes/${classId}`, admin)).body;
  expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: positions.length }, (_, i) => i + 1));
  expect(counts.enrolled! + cls.seatsLeft).toBe(cls.capacity);
  expect(counts.enrolled).toBe(cls.enrolled);
  expect(counts.waitlisted).toBe(cls.waiting);
  // a seat is never left free while someone waits
  if (cls.waiting > 0) expect(cls.seatsLeft).toBe(0);
  const tables = tablesOf(server);
  expect(await tables.waitlistEntries(classId)).toBe(cls.waiting);
  tables.close();
  return counts;
}

describe("a local server killed with SIGKILL mid-burst and started again", () => {
  it("keeps seats and waitlist consistent, and its jobs handle every change made before the kill", async () => {
    const capacity = 4;
    const first = await start();
    const admin = await user("admin");
    const created = await call(first, "POST", "/classes", admin, classInput({ capacity }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const classId = created.body.classId as string;
    const applicants = await Promise.all(Array.from({ length: 24 }, () => user("applicant")));

    // The first applicant alone, until the mapBusinesses job has handled her profile: the job has a checkpoint
    // past her change to resume from.
    const tablesAtKill = tablesOf(first);
    const [early, ...rest] = applicants as [Caller, ...Caller[]];
    expect((await call(first, "POST", "/me/profile", early, profileInput())).status).toBe(201);
    expect((await call(first, "POST", `/classes/${classId}/enrolments`, early)).status).toBe(201);
    await expect.poll(async () => (await tablesAtKill.profiles([early])).withRow, { timeout: 20_000, interval: 50 }).toEqual([early.sub]);

    // Then eight clients at a time, each a profile then an enrolment. From the 8th profile answered on, the server
    // is frozen (SIGSTOP) after each profile's answer: when the tables then show a profile the mapBusinesses job has
    // not handled yet, that is what the kill leaves behind, and it comes at once; otherwise the server goes on.
    let profilesAnswered = 0;
    let unhandledAtKill: string[] = [];
    let freezing = false;
    const killed = new Promise((resolve) => first.child.once("exit", resolve));
    const killIfSomethingIsUnhandled = async () => {
      first.child.kill("SIGSTOP");
      const { withProfile, withRow } = await tablesAtKill.profiles(applicants);
      unhandledAtKill = withProfile.filter((sub) => !withRow.includes(sub));
      first.child.kill(unhandledAtKill.length > 0 ? "SIGKILL" : "SIGCONT");
    };
    const queue = [...rest];
    const enrolled = new Set<Caller>([early]);
    const client = async () => {
      for (let as = queue.shift(); as; as = queue.shift()) {
        const profile = await call(first, "POST", "/me/profile", as, profileInput());
        if (profile.status === 201 && ++profilesAnswered >= 8 && !freezing && unhandledAtKill.length === 0) {
          freezing = true;
          await killIfSomethingIsUnhandled();
          freezing = false;
        }
        if (profile.status === 0) return;
        const enrolment = await call(first, "POST", `/classes/${classId}/enrolments`, as);
        if (enrolment.status === 0) return;
        enrolled.add(as);
      }
    };
    await Promise.all(Array.from({ length: 8 }, client));
    // no-op after the kill; otherwise every check found every profile handled, and the expectation below says so
    first.child.kill("SIGKILL");
    await killed;
    expect(unhandledAtKill.length, "the kill should leave profiles the job has not handled, or this test proves nothing").toBeGreaterThan(0);

    // DynamoDB Local outlived its parent: the profiles written before the kill, read before it goes too
    const before = await tablesAtKill.profiles(applicants);
    tablesAtKill.close();
    console.log(`at the kill: ${before.withProfile.length} profiles, ${unhandledAtKill.length} of them not yet on the cluster map`);
    // the killed server's DynamoDB Local is still running on the data: the next start ends it before its own
    const [orphan] = dynamoDbLocalPids();
    expect(orphan).toBeDefined();

    const second = await start();
    expect(dynamoDbLocalPids()).not.toContain(orphan);
    expect(dynamoDbLocalPids()).toHaveLength(1);
    expect(await expectSeatsAddUp(second, admin, classId)).toMatchObject({ withdrawn: 0 });
    // the mapBusinesses job resumes from its checkpoint: every profile written before the kill gets its row
    const tables = tablesOf(second);
    await expect.poll(async () => {
      const now = await tables.profiles(applicants);
      return before.withProfile.filter((sub) => !now.withRow.includes(sub));
    }, { timeout: 20_000, interval: 100, message: "profiles written before the kill, still not on the cluster map" }).toEqual([]);

    // every client without an answer tries again (or for the first time): a write whose answer was lost counts once
    await Promise.all(applicants.filter((as) => !enrolled.has(as)).map(async (as) => {
      expect([201, 409]).toContain((await call(second, "POST", "/me/profile", as, profileInput())).status);
      expect([200, 201]).toContain((await call(second, "POST", `/classes/${classId}/enrolments`, as)).status);
    }));
    expect(await expectSeatsAddUp(second, admin, classId)).toEqual({ enrolled: capacity, waitlisted: applicants.length - capacity, withdrawn: 0 });
    await expect.poll(async () => (await tables.profiles(applicants)).withRow.length, { timeout: 20_000, interval: 100 }).toBe(applicants.length);
    tables.close();
  });
});
