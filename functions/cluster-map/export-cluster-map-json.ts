import { exportClusterMapJson as route } from "../../shared/api/routes/cluster-map.js";
import { exportClusterMap } from "../../shared/app/cluster-map.js";
import { lambda } from "../../shared/http/lambda.js";
import { downloadJson } from "../../shared/http/responses.js";
import { clusterMapExportView } from "../../shared/views/cluster-map.js";

export const handler = lambda(route, async ({ query, now }) =>
  downloadJson(clusterMapExportView(await exportClusterMap(query, now), now), `peta-klaster-${now.toISOString().slice(0, 10)}.json`));
