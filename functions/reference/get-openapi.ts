import { openApiDocument } from "../../shared/api/openapi.js";
import { routeList, routes } from "../../shared/api/routes.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

let document: ReturnType<typeof openApiDocument> | undefined;

export const handler = lambda(routes.getOpenApi, async () => {
  document ??= openApiDocument(routeList);
  return ok(document);
});
