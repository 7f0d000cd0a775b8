import { curationReadiness, type CurationReadiness, type Permits } from "./curation.js";
import { clusterOfKbli } from "./kbli.js";
import { sectorCodes, type Sector } from "./reference.js";

export const sizeClasses = ["micro", "small", "medium", "large"] as const;
export type SizeClass = (typeof sizeClasses)[number];

/** Rupiah limits of PP 7/2021 art. 35: a class holds amounts above the class before it, up to its own limit. */
const limits = {
  /** Art. 35(5), annual sales. */
  annualSales: { micro: 2_000_000_000, small: 15_000_000_000, medium: 50_000_000_000 },
  /** Art. 35(3), business capital excluding the land and buildings of the business. */
  businessCapital: { micro: 1_000_000_000, small: 5_000_000_000, medium: 10_000_000_000 },
} as const;
export type SizeCriterion = keyof typeof limits;
export const sizeCriteria = Object.keys(limits) as SizeCriterion[];

/** Why a business has its size class: the criterion, the amount it was given, and the limits of the class. */
export interface SizeRule {
  criterion: SizeCriterion;
  amountIdr: number;
  /** The class holds amounts above this (0 for micro)… */
  aboveIdr: number;
  /** …up to and including this; absent for a large business, which has no upper limit. */
  upToIdr?: number;
  regulation: "PP 7/2021";
  article: 35;
  paragraph: 3 | 5;
}

function placed(criterion: SizeCriterion, amountIdr: number): { sizeClass: SizeClass; sizeRule: SizeRule } {
  const { micro, small, medium } = limits[criterion];
  const paragraph = criterion === "annualSales" ? 5 : 3;
  const rule = (aboveIdr: number, upToIdr?: number): SizeRule => ({ criterion, amountIdr, aboveIdr, ...(upToIdr === undefined ? {} : { upToIdr }), regulation: "PP 7/2021", article: 35, paragraph });
  if (amountIdr <= micro) return { sizeClass: "micro", sizeRule: rule(0, micro) };
  if (amountIdr <= small) return { sizeClass: "small", sizeRule: rule(micro, small) };
  if (amountIdr <= medium) return { sizeClass: "medium", sizeRule: rule(small, medium) };
  return { sizeClass: "large", sizeRule: rule(medium) };
}

/**
 * The size class, derived, never typed. PP 7/2021 art. 35 gives two criteria: business capital for
 * establishing or registering a business (art. 35(2)–(3)), and annual sales for ease, protection and
 * empowerment (art. 35(4)–(5)). This programme is empowerment, so a business that sells is placed by its
 * annual sales, whatever its capital; one with no sales yet is placed by its capital, when it gave it.
 */
export function sizeClassOf(annualRevenueIdr: number, businessCapitalIdr?: number): { sizeClass: SizeClass; sizeRule: SizeRule } {
  if (annualRevenueIdr === 0 && businessCapitalIdr !== undefined) return placed("businessCapital", businessCapitalIdr);
  return placed("annualSales", annualRevenueIdr);
}

// ---- market reach -------------------------------------------------------------------------------

export const marketReaches = ["regency", "province", "national", "export"] as const;
export type MarketReach = (typeof marketReaches)[number];

/** Government procurement storefronts: LKPP's national e-katalog, or a regional government's local one. */
export const eKatalogs = ["national", "local"] as const;
export type EKatalog = (typeof eKatalogs)[number];

/** Where a business sells, and the government and chamber channels it is listed in. */
export interface Market {
  reach: MarketReach[];
  exportCountries?: string[];
  /** Absent: in no government e-katalog. */
  eKatalog?: EKatalog;
  marketplace?: boolean;
  chamberShowcase?: boolean;
}

/** ISO 3166-1 alpha-2, the 249 officially assigned codes. */
const countryCodes = new Set((
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD " +
  "CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF " +
  "GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN " +
  "KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA " +
  "NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI " +
  "SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI " +
  "VN VU WF WS YE YT ZA ZM ZW"
).split(" "));

export const isCountryCode = (code: string) => countryCodes.has(code);

// ---- what the profile derives -------------------------------------------------------------------

export interface ProfileFacts {
  sector: string;
  kbli?: string;
  annualRevenueIdr: number;
  businessCapitalIdr?: number;
  permits?: Permits;
}

/** A type, not an interface, so callers may treat it as a plain record of fields to store. */
export type DerivedProfileFields = {
  cluster: Sector;
  sizeClass: SizeClass;
  sizeRule: SizeRule;
  curation: CurationReadiness;
};

const isSector = (code: string): code is Sector => (sectorCodes as readonly string[]).includes(code);

/**
 * Everything a profile derives from what the applicant typed, written with the profile on every change
 * (and by the migration job for profiles made before these fields existed). The cluster comes from the
 * KBLI code when there is one, else from the sector the applicant chose.
 */
export function derivedProfileFields(profile: ProfileFacts, now: Date): DerivedProfileFields {
  const cluster = (profile.kbli ? clusterOfKbli(profile.kbli) : undefined) ?? (isSector(profile.sector) ? profile.sector : "lainnya");
  return { cluster, ...sizeClassOf(profile.annualRevenueIdr, profile.businessCapitalIdr), curation: curationReadiness(cluster, profile.permits, now) };
}

/** Accepts `08…`, `628…` or `+628…` with spaces or dashes; returns E.164 `+628…` or undefined. */
export function normalisePhone(raw: string): string | undefined {
  const digits = raw.replace(/[\s\-().]/g, "");
  const national = digits.startsWith("+62") ? digits.slice(3) : digits.startsWith("62") ? digits.slice(2) : digits.startsWith("0") ? digits.slice(1) : undefined;
  if (national === undefined || !/^8\d{8,11}$/.test(national)) return undefined;
  return `+62${national}`;
}
