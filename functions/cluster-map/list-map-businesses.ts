import { listMapBusinesses as route } from "../../shared/api/routes/cluster-map.js";
import { listMapBusinesses } from "../../shared/app/cluster-map.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { mapBusinessPageView } from "../../shared/views/cluster-map.js";

export const handler = lambda(route, async ({ query, now }) => ok(mapBusinessPageView(await listMapBusinesses(query, now), now)));
