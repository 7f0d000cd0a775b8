import * as z from "zod/mini";
import { marketChannels } from "../../domain/cluster-map.js";
import { curationNeeds, productPermits } from "../../domain/curation.js";
import { marketReaches, sizeClasses } from "../../domain/profile.js";
import { regencyCodes, sectorCodes } from "../../domain/reference.js";
import { PageQuery } from "./pages.js";

// The cluster map (issue 13): counts of businesses by cluster × regency under filters, the businesses of a
// cell, and exports. Filters come as query parameters, lists comma-separated: `?sizeClass=micro,small`.

/** `a,b,c` → the listed values, each one of `values`, none twice. */
const commaList = <T extends readonly [string, ...string[]]>(values: T) =>
  z.pipe(
    z.pipe(z.string().check(z.maxLength(200)), z.transform((list: string) => list.split(","))),
    z.array(z.enum(values)).check(z.minLength(1), z.refine((list) => new Set(list).size === list.length, { error: "list_unique" })),
  );

const filterFields = {
  /** Any of these size classes. */
  sizeClass: z.optional(commaList(sizeClasses)),
  /** All of these product permits, valid today. */
  certificates: z.optional(commaList(productPermits)),
  /** Sells in any of these markets. */
  reach: z.optional(commaList(marketReaches)),
  /** Listed in all of these channels. */
  channels: z.optional(commaList(marketChannels)),
  /** Completed at least one class, or none. */
  completed: z.optional(z.enum(["yes", "no"])),
  curation: z.optional(z.enum(["ready", "not_ready"])),
};
/** A cell, a cluster's row or a regency's column of the map. */
const cellFields = {
  cluster: z.optional(z.enum(sectorCodes, { error: "sector_unknown" })),
  regencyCode: z.optional(z.enum(regencyCodes, { error: "regency_unknown" })),
};

export const ClusterMapQuery = z.strictObject(filterFields);
export type ClusterMapQuery = z.output<typeof ClusterMapQuery>;

export const ClusterMapBusinessesQuery = z.strictObject({ ...filterFields, ...cellFields, ...PageQuery.def.shape });
export type ClusterMapBusinessesQuery = z.output<typeof ClusterMapBusinessesQuery>;

export const ClusterMapCsvQuery = z.strictObject({
  ...filterFields,
  ...cellFields,
  /** One line per business (the database), or the counts: clusters down, regencies across. */
  rows: z._default(z.enum(["businesses", "counts"]), "businesses"),
});
export type ClusterMapCsvQuery = z.output<typeof ClusterMapCsvQuery>;

export const ClusterMapJsonQuery = z.strictObject({ ...filterFields, ...cellFields });
export type ClusterMapJsonQuery = z.output<typeof ClusterMapJsonQuery>;

const Readiness = z.object({ ready: z.boolean(), missing: z.array(z.enum(curationNeeds)) });

export const ClusterMap = z.object({
  /** Permits are counted as valid on this day (the event of the request, UTC date). */
  asOf: z.string(),
  total: z.number(),
  /** Only the cells with businesses. */
  cells: z.array(z.object({ cluster: z.enum(sectorCodes), regencyCode: z.string(), businesses: z.number() })),
  /** Every cluster, with how ready its businesses are for curation and what they miss. */
  clusters: z.array(z.object({
    cluster: z.enum(sectorCodes),
    businesses: z.number(),
    /** Curators look at its products at all (services: no). */
    curated: z.boolean(),
    needs: z.array(z.enum(curationNeeds)),
    ready: z.number(),
    notReady: z.number(),
    missing: z.record(z.enum(curationNeeds), z.number()),
  })),
  regencies: z.array(z.object({ regencyCode: z.string(), businesses: z.number() })),
});
export type ClusterMap = z.output<typeof ClusterMap>;

export const MapBusiness = z.object({
  applicantId: z.string(),
  businessName: z.string(),
  ownerName: z.string(),
  regencyCode: z.string(),
  cluster: z.enum(sectorCodes),
  kbli: z.optional(z.string()),
  sizeClass: z.enum(sizeClasses),
  /** Product permits valid on `asOf`. */
  certificates: z.array(z.enum(productPermits)),
  reach: z.array(z.enum(marketReaches)),
  exportCountries: z.optional(z.array(z.string())),
  channels: z.array(z.enum(marketChannels)),
  completedClasses: z.number(),
  curation: Readiness,
});
export type MapBusiness = z.output<typeof MapBusiness>;

export const MapBusinessPage = z.object({ asOf: z.string(), items: z.array(MapBusiness), nextCursor: z.optional(z.string()) });

/** The JSON export: the map and every business behind it, under the same filters. */
export const ClusterMapExport = z.object({ ...ClusterMap.def.shape, businesses: z.array(MapBusiness) });

export const ClusterMapCsv = z.string();
