import type * as z from "zod";
import type { TableName } from "../data/tables.js";
import type { Role } from "../domain/roles.js";
import { Empty } from "./schemas.js";

export type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
export type Access = "R" | "RW";
export type Roles = readonly Role[] | "public";

/** One entry of the route table: everything the hosts (CDK, local server, tests, docs) need to know. */
export interface Route<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType = z.ZodType,
  A extends Roles = Roles,
> {
  name: string;
  summary: string;
  method: Method;
  /** API Gateway syntax: `/classes/{classId}/enrolments`. */
  path: string;
  /** File under `functions/` exporting `handler`. */
  handler: string;
  roles: A;
  params: P;
  query: Q;
  body: B;
  response: R;
  /** The tables this route touches and how: becomes IAM grants and environment variables. */
  tables: Partial<Record<TableName, Access>>;
  /** Whether the route uses the file store (assignment uploads), and how. */
  files?: Access;
  /** The success body's media type when it is not JSON. */
  produces?: string;
}

export function route<
  R extends z.ZodType,
  A extends Roles,
  P extends z.ZodType = typeof Empty,
  Q extends z.ZodType = typeof Empty,
  B extends z.ZodType | undefined = undefined,
>(def: {
  summary: string;
  method: Method;
  path: string;
  handler: string;
  roles: A;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  tables: Partial<Record<TableName, Access>>;
  files?: Access;
  produces?: string;
}): Omit<Route<P, Q, B, R, A>, "name"> {
  return { ...def, params: (def.params ?? Empty) as P, query: (def.query ?? Empty) as Q, body: def.body as B };
}
