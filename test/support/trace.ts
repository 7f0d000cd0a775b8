import { AsyncLocalStorage } from "node:async_hooks";
import { db } from "../../shared/data/client.js";
import { log } from "../../shared/log/logger.js";

/** What one request did beyond its answer: the DynamoDB writes that succeeded, and what the server logged. */
export interface Trace {
  writes: string[];
  logs: string[];
}

const current = new AsyncLocalStorage<Trace>();

const writeCommands = new Set(["PutItemCommand", "UpdateItemCommand", "DeleteItemCommand", "TransactWriteItemsCommand", "BatchWriteItemCommand"]);

const shown = (value: unknown) =>
  JSON.stringify(value, (_, v: unknown) => (v instanceof Error ? { name: v.name, message: v.message, stack: v.stack } : v));

let installed = false;

/**
 * Follows every request run through `traced`, concurrent ones apart: the handlers run in this process,
 * so a middleware on the shared client and a wrap of the logger see their calls in the request's async
 * context. A write counts once DynamoDB accepted it; a refused condition wrote nothing. Cheaper than a
 * table scan per request, which the fuzz test could not afford thousands of times.
 */
export function traceRequests(): <T>(work: () => Promise<T>) => Promise<{ value: T; trace: Trace }> {
  if (!installed) {
    installed = true;
    db().middlewareStack.add(
      (next, context) => async (args) => {
        const result = await next(args);
        if (writeCommands.has(context.commandName ?? "")) current.getStore()?.writes.push(context.commandName!);
        return result;
      },
      { step: "initialize", name: "traceWrites" },
    );
    // the log level is silent in tests: the lines are kept here, for the request that wrote them
    const logger = log();
    for (const level of ["error", "warn"] as const) {
      const original = logger[level].bind(logger) as (...args: unknown[]) => void;
      (logger as unknown as Record<string, unknown>)[level] = (...args: unknown[]) => {
        current.getStore()?.logs.push(`${level}: ${shown(args)}`);
        original(...args);
      };
    }
    for (const level of ["error", "warn"] as const) {
      const original = console[level].bind(console);
      console[level] = (...args: unknown[]) => {
        const trace = current.getStore();
        if (trace) trace.logs.push(`console.${level}: ${args.map((a) => (typeof a === "string" ? a : shown(a))).join(" ")}`);
        else original(...args);
      };
    }
  }
  return async (work) => {
    const trace: Trace = { writes: [], logs: [] };
    const value = await current.run(trace, work);
    return { value, trace };
  };
}
