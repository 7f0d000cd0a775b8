import type { Sector } from "./reference.js";

/** OSS's risk levels: they decide what a business needs besides its NIB (PP 5/2021 on risk-based licensing). */
export const nibRiskLevels = ["low", "medium_low", "medium_high", "high"] as const;
export type NibRisk = (typeof nibRiskLevels)[number];

/** A product permit or certificate: its number, and the day it lapses where it has one. */
export interface Permit {
  number: string;
  /** YYYY-MM-DD; valid through that day. */
  expiresOn?: string;
}

export const productPermits = ["pirt", "bpom", "halal", "sni"] as const;
export type ProductPermit = (typeof productPermits)[number];

/**
 * `nonHalal`: the product is not halal (pork, for one: se'i babi is an NTT staple) and says so on its label,
 * as UU 33/2014 art. 26 asks of products made from what is not halal; such a product needs no halal certificate.
 */
export type Permits = { nibRisk?: NibRisk; nonHalal?: boolean } & { [permit in ProductPermit]?: Permit };

/** What a curator asks for first, each met by any one of its permits. */
const needs = {
  pirt_or_bpom: ["pirt", "bpom"],
  halal: ["halal"],
} as const satisfies Record<string, readonly ProductPermit[]>;
export type CurationNeed = keyof typeof needs;
export const curationNeeds = Object.keys(needs) as CurationNeed[];
/**
 * The permits a curator needs first, per cluster, on top of the NIB every profile already carries.
 * - kuliner: packaged food may only be sold with a distribution permit — PIRT for home-industry food,
 *   BPOM (MD) for the rest — and food and drink must be halal-certified (UU 33/2014, phased in for
 *   micro and small businesses); a curator cannot put either on a shelf or in a catalogue without them.
 * - perikanan: what reaches a curator is packaged (dried fish, seaweed snacks), so it needs PIRT or BPOM;
 *   halal is not asked first here, because fish and seaweed are halal by nature and the processors who
 *   need a halal certificate sit in kuliner through their KBLI code.
 * - fesyen-tenun, kriya: woven cloth, garments and crafts need no product permit in law (SNI is voluntary
 *   for them); a curator judges the product itself.
 * - agribisnis: fresh produce and livestock need none of these permits (packaged food made from them is
 *   kuliner); its own registrations (e.g. PSAT for fresh plant food) are not asked in the profile yet.
 * - jasa, digital, lainnya: services are not curated as products (null).
 */
const needsOfCluster: Record<Sector, readonly CurationNeed[] | null> = {
  kuliner: ["pirt_or_bpom", "halal"],
  perikanan: ["pirt_or_bpom"],
  "fesyen-tenun": [],
  kriya: [],
  agribisnis: [],
  jasa: null,
  digital: null,
  lainnya: null,
};

/** What a curator asks first of a business in this cluster (none: the product itself is judged, or not curated). */
export const curationNeedsOf = (cluster: Sector): readonly CurationNeed[] => needsOfCluster[cluster] ?? [];
/** Whether a curator looks at this cluster's products at all: services are not curated as products. */
export const curatedAsProducts = (cluster: Sector): boolean => needsOfCluster[cluster] !== null;

export interface CurationReadiness {
  ready: boolean;
  /** What is still missing, in the order a curator asks for it. */
  missing: CurationNeed[];
}

/** A permit counts through its expiry day (compared as a UTC date: at most a few hours early or late in WIB–WIT). */
export function permitValid(permit: Permit | undefined, now: Date): boolean {
  if (!permit) return false;
  return permit.expiresOn === undefined || permit.expiresOn >= now.toISOString().slice(0, 10);
}

/** A need is met by any one of its permits still valid; the halal one also by a product declared not halal. */
const met = (need: CurationNeed, permits: Permits | undefined, now: Date) =>
  (need === "halal" && permits?.nonHalal === true) || needs[need].some((permit) => permitValid(permits?.[permit], now));

export function curationReadiness(cluster: Sector, permits: Permits | undefined, now: Date): CurationReadiness {
  const missing = curationNeedsOf(cluster).filter((need) => !met(need, permits, now));
  return { ready: missing.length === 0, missing };
}
