import { getOpenApi as route } from "../../shared/api/routes/reference.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

let document: Promise<unknown> | undefined;

/**
 * The description needs every route's schemas; it is built on the first request rather than when the
 * function starts, since people reading the docs can wait a moment and nobody else calls this route.
 */
export const handler = lambda(route, async () => {
  document ??= Promise.all([import("../../shared/api/openapi.js"), import("../../shared/api/routes/index.js")])
    .then(([{ openApiDocument }, { routeList }]) => openApiDocument(routeList));
  return ok(await document);
});
