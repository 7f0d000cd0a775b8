import type * as z from "zod/mini";
import type { Relation } from "../app/relations.js";
import type { TableName } from "../data/tables.js";
import type { Role } from "../domain/roles.js";
import { Empty } from "./schemas/common.js";

export type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
export type Access = "R" | "RW";
/** A table's grant: read, read and write, or `append` — add new items and nothing else (the audit log). */
export type TableAccess = Access | "append";
export type Roles = readonly Role[] | "public";

/** What a function may touch: becomes IAM grants and environment variables, and the local host enforces it. */
export interface Uses {
  tables: Partial<Record<TableName, TableAccess>>;
  /** The file store (assignment uploads, exports), and how. */
  files?: Access;
  /** Sends notifications (e-mail through SES on AWS). */
  notifies?: boolean;
  /** Libraries it runs that read a file of their own at run time, shipped beside its bundle (HiGHS's WebAssembly). */
  runtime?: readonly RuntimeLibrary[];
}

export type RuntimeLibrary = "highs";

/**
 * Whose object the route addresses: `own` routes address the caller's own objects by construction
 * (`/me/…`, the caller's id comes from the token), `any` routes any object their roles may see, and a
 * relation names what the caller must be to the object (seated in the class, an assigned judge …).
 */
export type Addressing<P> = "own" | "any" | Relation<P>;

/** One entry of the route table: everything the hosts (CDK, local server, tests, docs) need to know. */
export interface Route<
  P extends z.ZodMiniType = z.ZodMiniType,
  Q extends z.ZodMiniType = z.ZodMiniType,
  B extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  R extends z.ZodMiniType = z.ZodMiniType,
  A extends Roles = Roles,
> extends Uses {
  name: string;
  summary: string;
  method: Method;
  /** API Gateway syntax: `/classes/{classId}/enrolments`. */
  path: string;
  /** File under `functions/` exporting `handler`. */
  handler: string;
  roles: A;
  objects: A extends "public" ? "any" : Addressing<z.output<P>>;
  params: P;
  query: Q;
  body: B;
  response: R;
  /** The success body's media type when it is not JSON. */
  produces?: string;
}

/** A route that changes something: it takes an Idempotency-Key, so it is granted the table that keeps them. */
export const isWrite = (route: Pick<Route, "method">) => route.method !== "GET";

export function route<
  N extends string,
  R extends z.ZodMiniType,
  A extends Roles,
  P extends z.ZodMiniType = typeof Empty,
  Q extends z.ZodMiniType = typeof Empty,
  B extends z.ZodMiniType | undefined = undefined,
>(def: Uses & {
  name: N;
  summary: string;
  method: Method;
  path: string;
  handler: string;
  roles: A;
  objects: A extends "public" ? "any" : Addressing<z.output<P>>;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  produces?: string;
}): Route<P, Q, B, R, A> & { name: N } {
  const tables = isWrite(def) ? { ...def.tables, idempotency: "RW" as const } : def.tables;
  return { ...def, tables, params: (def.params ?? Empty) as P, query: (def.query ?? Empty) as Q, body: def.body as B };
}
