import { route } from "../route.js";
import {
  ClusterMap, ClusterMapBusinessesQuery, ClusterMapCsv, ClusterMapCsvQuery, ClusterMapExport, ClusterMapJsonQuery, ClusterMapQuery, MapBusinessPage,
} from "../schemas/cluster-map.js";

// The chamber's UMKM database (issue 13), for organisers: rows the map's jobs keep, read by Query, never a Scan.

export const getClusterMap = /* @__PURE__ */ route({
  name: "getClusterMap",
  summary: "Businesses by cluster × regency under filters, with each cluster's readiness for curation (organisers)",
  method: "GET", path: "/cluster-map", handler: "functions/cluster-map/get-cluster-map.ts",
  roles: ["admin"], objects: "any", query: ClusterMapQuery, response: ClusterMap, tables: { profiles: "R" },
});

export const listMapBusinesses = /* @__PURE__ */ route({
  name: "listMapBusinesses",
  summary: "The businesses of a cell, a cluster or a regency of the map, under the same filters, by name (organisers)",
  method: "GET", path: "/cluster-map/businesses", handler: "functions/cluster-map/list-map-businesses.ts",
  roles: ["admin"], objects: "any", query: ClusterMapBusinessesQuery, response: MapBusinessPage, tables: { profiles: "R" },
});

export const exportClusterMapCsv = /* @__PURE__ */ route({
  name: "exportClusterMapCsv",
  summary: "The map as a CSV file for spreadsheets: one line per business, or the counts (organisers)",
  method: "GET", path: "/cluster-map/export.csv", handler: "functions/cluster-map/export-cluster-map-csv.ts",
  roles: ["admin"], objects: "any", query: ClusterMapCsvQuery, response: ClusterMapCsv, produces: "text/csv; charset=utf-8", tables: { profiles: "R" },
});

export const exportClusterMapJson = /* @__PURE__ */ route({
  name: "exportClusterMapJson",
  summary: "The map and every business behind it as a JSON file (organisers)",
  method: "GET", path: "/cluster-map/export.json", handler: "functions/cluster-map/export-cluster-map-json.ts",
  roles: ["admin"], objects: "any", query: ClusterMapJsonQuery, response: ClusterMapExport, produces: "application/json; charset=utf-8", tables: { profiles: "R" },
});
