import { describe, expect, it } from "vitest";
import { openApiDocument } from "../../shared/api/openapi.js";
import { routeList } from "../../shared/api/routes/index.js";

describe("the OpenAPI document", () => {
  const document = openApiDocument(routeList);

  it("describes every route of the table, signed in where the route needs it", () => {
    const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op: op as any })));
    expect(operations).toHaveLength(routeList.length);
    for (const route of routeList) {
      const found = operations.find((o) => o.path === route.path && o.method === route.method.toLowerCase());
      expect(found, route.name).toBeDefined();
      expect(found!.op.operationId).toBe(route.name);
      expect(found!.op.security).toEqual(route.roles === "public" ? [] : [{ cognito: [] }]);
      expect(found!.op.parameters.filter((p: any) => p.in === "path").map((p: any) => p.name)).toEqual([...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
      expect(Boolean(found!.op.requestBody)).toBe(route.body !== undefined);
    }
  });

  it("carries the request schemas, enums and limits included", () => {
    const createProfile = (document.paths["/me/profile"] as any).post;
    const body = createProfile.requestBody.content["application/json"].schema;
    expect(body.required).toEqual(expect.arrayContaining(["nib", "phone", "consent"]));
    expect(body.properties.regencyCode.enum).toContain("53.71");
    const list = (document.paths["/classes"] as any).get;
    expect(list.parameters.find((p: any) => p.name === "limit").schema).toMatchObject({ maximum: 50 });
  });
});
