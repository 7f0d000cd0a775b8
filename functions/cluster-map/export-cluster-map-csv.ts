import { exportClusterMapCsv as route } from "../../shared/api/routes/cluster-map.js";
import { exportClusterMap } from "../../shared/app/cluster-map.js";
import { lambda } from "../../shared/http/lambda.js";
import { download } from "../../shared/http/responses.js";
import { mapBusinessesCsv, mapCountsCsv } from "../../shared/views/cluster-map.js";

export const handler = lambda(route, async ({ query: { rows, ...query }, lang, now }) => {
  const { map, businesses } = await exportClusterMap(query, now);
  const day = now.toISOString().slice(0, 10);
  return rows === "counts" ? download(mapCountsCsv(map, lang), `peta-klaster-${day}.csv`) : download(mapBusinessesCsv(businesses, lang, now), `umkm-${day}.csv`);
});
