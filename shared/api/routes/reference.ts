import { route } from "../route.js";
import { JsonDocument, Reference } from "../schemas/reference.js";

export const getReference = /* @__PURE__ */ route({
  name: "getReference",
  summary: "Regency/city codes, business clusters and KBLI 2020 codes for the profile form",
  method: "GET", path: "/reference", handler: "functions/reference/get-reference.ts",
  roles: "public", objects: "any", response: Reference, tables: {},
});

export const getOpenApi = /* @__PURE__ */ route({
  name: "getOpenApi",
  summary: "This API described as OpenAPI 3.1, generated from the route table",
  method: "GET", path: "/openapi.json", handler: "functions/reference/get-openapi.ts",
  roles: "public", objects: "any", response: JsonDocument, tables: {},
});
