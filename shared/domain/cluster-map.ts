import { curatedAsProducts, curationNeeds, curationNeedsOf, curationReadiness, permitValid, productPermits, type CurationNeed, type CurationReadiness, type Permits, type ProductPermit } from "./curation.js";
import type { Market, MarketReach, SizeClass } from "./profile.js";
import { regencyCodes, sectorCodes, type Sector } from "./reference.js";

/**
 * The cluster map (issue 13): how many businesses of each cluster sit in each regency, under filters, and how
 * ready each cluster is for curation. Pure: the rows come from the map's jobs, and `now` decides which permits
 * still count, so a certificate that lapsed yesterday is missing today without any write.
 */

/** What the map knows of one business: a compact copy of its profile, and the classes it completed. */
export interface MapBusiness {
  applicantId: string;
  businessName: string;
  ownerName: string;
  regencyCode: string;
  cluster: Sector;
  kbli?: string;
  sizeClass: SizeClass;
  permits?: Permits;
  market?: Market;
  /** Classes whose certificate the applicant holds. */
  completedClasses: number;
}

/** Channels a business is listed in, besides where it sells. */
export const marketChannels = ["eKatalog", "marketplace", "chamberShowcase"] as const;
export type MarketChannel = (typeof marketChannels)[number];

/**
 * Filters combine with AND across kinds. Within a kind: any of the size classes and any of the market reaches
 * (where a business sells is a list: "sells abroad or in other provinces"), but all of the certificates and
 * channels (a curator asks "has PIRT and halal", not "has one of them").
 */
export interface MapFilters {
  sizeClass?: readonly SizeClass[];
  certificates?: readonly ProductPermit[];
  reach?: readonly MarketReach[];
  channels?: readonly MarketChannel[];
  /** Completed at least one class (true), or none yet (false). */
  completed?: boolean;
  curation?: "ready" | "not_ready";
}

/** The product permits a business holds that are valid on `now`'s date. */
export const heldCertificates = (permits: Permits | undefined, now: Date): ProductPermit[] =>
  productPermits.filter((permit) => permitValid(permits?.[permit], now));

const listedIn = (market: Market | undefined, channel: MarketChannel): boolean => (channel === "eKatalog" ? market?.eKatalog !== undefined : market?.[channel] === true);
export const channelsOf = (market: Market | undefined): MarketChannel[] => marketChannels.filter((channel) => listedIn(market, channel));

export const readinessOf = (business: MapBusiness, now: Date): CurationReadiness => curationReadiness(business.cluster, business.permits, now);

export function matches(business: MapBusiness, filters: MapFilters, now: Date): boolean {
  const { sizeClass, certificates, reach, channels, completed, curation } = filters;
  if (sizeClass?.length && !sizeClass.includes(business.sizeClass)) return false;
  if (certificates?.length) {
    const held = heldCertificates(business.permits, now);
    if (!certificates.every((permit) => held.includes(permit))) return false;
  }
  if (reach?.length && !reach.some((where) => business.market?.reach.includes(where))) return false;
  if (channels?.length && !channels.every((channel) => listedIn(business.market, channel))) return false;
  if (completed !== undefined && completed !== business.completedClasses > 0) return false;
  if (curation !== undefined && (curation === "ready") !== readinessOf(business, now).ready) return false;
  return true;
}

export interface ClusterReadiness {
  cluster: Sector;
  businesses: number;
  /** Whether curators look at this cluster's products at all (services: no). */
  curated: boolean;
  /** What a curator asks first in this cluster; empty when nothing is asked before the product itself. */
  needs: readonly CurationNeed[];
  ready: number;
  notReady: number;
  /** Per need, how many businesses still lack it (one business may lack several). */
  missing: Record<CurationNeed, number>;
}

export interface ClusterMap {
  total: number;
  /** Only cells with businesses, by cluster then regency in the reference lists' order. */
  cells: { cluster: Sector; regencyCode: string; businesses: number }[];
  /** Every cluster, empty ones too, with its readiness for curation. */
  clusters: ClusterReadiness[];
  /** Every regency and city, empty ones too. */
  regencies: { regencyCode: string; businesses: number }[];
}

const noneMissing = () => Object.fromEntries(curationNeeds.map((need) => [need, 0])) as Record<CurationNeed, number>;

/** The counts over the businesses that pass the filters. */
export function clusterMap(businesses: readonly MapBusiness[], filters: MapFilters, now: Date): ClusterMap {
  const cells = new Map<string, number>();
  const byRegency = new Map<string, number>();
  const clusters = new Map<Sector, ClusterReadiness>(sectorCodes.map((cluster) => [cluster, { cluster, businesses: 0, curated: curatedAsProducts(cluster), needs: curationNeedsOf(cluster), ready: 0, notReady: 0, missing: noneMissing() }]));
  let total = 0;
  for (const business of businesses) {
    if (!matches(business, filters, now)) continue;
    total++;
    const cell = `${business.cluster}\u0000${business.regencyCode}`;
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
    byRegency.set(business.regencyCode, (byRegency.get(business.regencyCode) ?? 0) + 1);
    const readiness = readinessOf(business, now);
    const cluster = clusters.get(business.cluster)!;
    cluster.businesses++;
    if (readiness.ready) cluster.ready++;
    else cluster.notReady++;
    for (const need of readiness.missing) cluster.missing[need]++;
  }
  return {
    total,
    cells: sectorCodes.flatMap((cluster) => regencyCodes.flatMap((regencyCode) => {
      const count = cells.get(`${cluster}\u0000${regencyCode}`);
      return count ? [{ cluster, regencyCode, businesses: count }] : [];
    })),
    clusters: [...clusters.values()],
    regencies: regencyCodes.map((regencyCode) => ({ regencyCode, businesses: byRegency.get(regencyCode) ?? 0 })),
  };
}
