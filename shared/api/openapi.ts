import * as z from "zod/mini";
import type { Route } from "./route.js";

const ErrorBody = z.object({
  error: z.object({
    code: z.string().check(z.describe("Stable, for programs: validation_failed, enrolment_closed, seat_required, …")),
    message: z.string().check(z.describe("For people, in Bahasa Indonesia or English (Accept-Language)")),
    details: z.unknown().check(z.describe("Field-level messages for validation_failed; what a rule needs you to know for others (e.g. the missing modules); or null")),
    requestId: z.string().check(z.describe("The request's id (also the x-request-id header): quote it to support, it finds the log line")),
  }),
});

function jsonSchema(schema: z.ZodMiniType, io: "input" | "output") {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
}

function fieldsOf(schema: z.ZodMiniType): [string, z.ZodMiniType][] {
  return schema instanceof z.ZodMiniObject ? Object.entries(schema.shape as Record<string, z.ZodMiniType>) : [];
}

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });

/** OpenAPI 3.1, derived from the route table like everything else: a route not in the table is not here either. */
export function openApiDocument(routes: readonly Route[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const guarded = route.roles !== "public";
    const parameters = [
      ...fieldsOf(route.params).map(([name, schema]) => ({ name, in: "path", required: true, schema: jsonSchema(schema, "input") })),
      ...fieldsOf(route.query).map(([name, schema]) => ({ name, in: "query", required: !schema.safeParse(undefined).success, schema: jsonSchema(schema, "input") })),
      { name: "Accept-Language", in: "header", required: false, schema: { type: "string", default: "id" }, description: "id (default) or en" },
    ];
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      operationId: route.name,
      summary: route.summary,
      tags: [route.handler.split("/")[1]],
      security: guarded ? [{ cognito: [] }] : [],
      "x-roles": guarded ? route.roles : "public",
      parameters,
      ...(route.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(route.body, "input") } } } } : {}),
      responses: {
        "2XX": { description: "Success", content: { [route.produces ?? "application/json"]: { schema: jsonSchema(route.response, "output") } } },
        "400": errorResponse("Invalid path, query or body"),
        ...(route.body ? { "413": errorResponse("Body too large"), "415": errorResponse("Body is not application/json") } : {}),
        ...(guarded ? { "401": errorResponse("Not signed in"), "403": errorResponse("Signed in without the role this route needs") } : {}),
        "404": errorResponse("Not found, or not yours"),
        "409": errorResponse("Refused by a rule (window closed, prerequisite incomplete, …)"),
        "503": errorResponse("Busy: retry after the Retry-After header"),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Lab Wirausaha API", version: "1", description: "Entrepreneur lab and pitch competition for Indonesian UMKM." },
    components: {
      securitySchemes: { cognito: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "A Cognito access token (groups: applicant, judge, investor, admin)" } },
      schemas: { Error: jsonSchema(ErrorBody, "output") },
    },
    paths,
  };
}
