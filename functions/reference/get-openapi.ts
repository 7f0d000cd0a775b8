import { openApiDocument } from "../../shared/api/openapi.js";
import { routeList } from "../../shared/api/routes/index.js";
import { getOpenApi as route } from "../../shared/api/routes/reference.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

let document: ReturnType<typeof openApiDocument> | undefined;

export const handler = lambda(route, async () => {
  document ??= openApiDocument(routeList);
  return ok(document);
});
