import { getClusterMap as route } from "../../shared/api/routes/cluster-map.js";
import { getClusterMap } from "../../shared/app/cluster-map.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { clusterMapView } from "../../shared/views/cluster-map.js";

export const handler = lambda(route, async ({ query, now }) => ok(clusterMapView(await getClusterMap(query, now), now)));
