import { AsyncLocalStorage } from "node:async_hooks";
import type { Job } from "../../shared/api/jobs.js";
import type { Access, TableAccess, Uses } from "../../shared/api/route.js";
import { db } from "../../shared/data/client.js";
import { tableEnvVar, tableNames, type TableName } from "../../shared/data/tables.js";
import type { FileStore } from "../../shared/files/port.js";
import type { Notifier } from "../../shared/notify/port.js";

/** The function being run locally and what it declared it touches: what IAM would grant it on AWS. */
const running = new AsyncLocalStorage<{ name: string; uses: Uses }>();

/** Runs a handler as the function `name`, so its DynamoDB calls are held to what `uses` grants. */
export async function asFunction<T>(name: string, uses: Uses, work: () => Promise<T>): Promise<T> {
  return running.run({ name, uses }, work);
}

const reads = new Set(["GetItemCommand", "QueryCommand", "BatchGetItemCommand", "DescribeTableCommand"]);
const writes = new Set(["UpdateItemCommand", "DeleteItemCommand", "BatchWriteItemCommand"]);

/** What a call does to a table, as IAM tells them apart: a put is all an `append` grant allows. */
type Need = "read" | "put" | "write";
const allows: Record<TableAccess, readonly Need[]> = { R: ["read"], RW: ["read", "put", "write"], append: ["put"] };

/**
 * A Scan reads a whole table: only a job that runs after a deploy may, a one-off pass over the table that
 * is never a request path (docs/data-model.md, "Scans"). For anyone else it is not an operation at all.
 */
const scans = (uses: Uses) => "afterDeploy" in ((uses as Partial<Job>).trigger ?? {});

/** Tables and what each part of a command does to them. */
function needs(commandName: string, input: Record<string, any>, uses: Uses): [string, Need][] {
  if (commandName === "TransactWriteItemsCommand") {
    return (input.TransactItems as Record<string, { TableName: string }>[]).map((item) => {
      const [kind, part] = Object.entries(item)[0]!;
      return [part.TableName, kind === "ConditionCheck" ? "read" : kind === "Put" ? "put" : "write"];
    });
  }
  if (commandName === "TransactGetItemsCommand") return (input.TransactItems as { Get: { TableName: string } }[]).map((item) => [item.Get.TableName, "read"]);
  const need: Need | undefined = reads.has(commandName) || (commandName === "ScanCommand" && scans(uses)) ? "read" : commandName === "PutItemCommand" ? "put" : writes.has(commandName) ? "write" : undefined;
  if (!need) throw deny(`${commandName} is not an operation any route or job uses`);
  const names: string[] = input.RequestItems ? Object.keys(input.RequestItems) : [input.TableName];
  return names.map((name) => [name, need]);
}

function deny(message: string): Error {
  return Object.assign(new Error(message), { name: "AccessDeniedException" });
}

/**
 * The local stand-in for IAM: a DynamoDB call made while a handler runs may only touch the tables its
 * route or job declares, write only those declared `RW`, and only add items to those declared `append`; anything else fails as AccessDenied, as on
 * AWS. Calls outside a handler (table setup, demo seeding, tests) are not held.
 */
export function enforceGrants(): void {
  const client = db();
  client.middlewareStack.remove("localGrants");
  client.middlewareStack.add((next, context) => async (args) => {
    const fn = running.getStore();
    if (fn) {
      const byPhysicalName = new Map(tableNames.map((table) => [process.env[tableEnvVar(table)], table] as const));
      for (const [physical, need] of needs(context.commandName ?? "", args.input as Record<string, any>, fn.uses)) {
        const table = byPhysicalName.get(physical) as TableName | undefined;
        const granted = table ? fn.uses.tables[table] : undefined;
        if (!granted || !allows[granted].includes(need)) {
          throw deny(`${fn.name} is not allowed to ${need} ${table ?? physical}: declare it in the route or job table`);
        }
      }
    }
    return next(args);
  }, { step: "initialize", name: "localGrants" });
}

function requireFiles(access: Access): void {
  const fn = running.getStore();
  if (fn && !(fn.uses.files === "RW" || (access === "R" && fn.uses.files === "R"))) {
    throw deny(`${fn.name} is not allowed to ${access === "RW" ? "write to" : "read"} the file store: declare files in the route or job table`);
  }
}

/** The file store, held to the running function's `files` grant (signing an upload needs write access, as on S3). */
export function guardFiles(store: FileStore): FileStore {
  return {
    presignUpload: async (...args) => (requireFiles("RW"), store.presignUpload(...args)),
    put: async (...args) => (requireFiles("RW"), store.put(...args)),
    presignDownload: async (...args) => (requireFiles("R"), store.presignDownload(...args)),
    describe: async (...args) => (requireFiles("R"), store.describe(...args)),
    copy: async (...args) => (requireFiles("RW"), store.copy(...args)),
  };
}

/** The notifier, only for functions that declare `notifies` (on AWS: the ses:SendEmail grant). */
export function guardNotifier(notifier: Notifier): Notifier {
  return {
    notify: async (...args) => {
      const fn = running.getStore();
      if (fn && !fn.uses.notifies) throw deny(`${fn.name} is not allowed to send notifications: declare notifies in the route or job table`);
      return notifier.notify(...args);
    },
  };
}
