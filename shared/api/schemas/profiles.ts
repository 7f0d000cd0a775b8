import * as z from "zod/mini";
import { curationNeeds, nibRiskLevels } from "../../domain/curation.js";
import { isKbliCode } from "../../domain/kbli.js";
import { eKatalogs, isCountryCode, marketReaches, sizeClasses, sizeCriteria } from "../../domain/profile.js";
import { regencyCodes, sectorCodes } from "../../domain/reference.js";
import { languages } from "../../i18n/messages.js";
import { PathId, Rupiah, text } from "./common.js";
import { Phone } from "./phone.js";

// ---- business profile ---------------------------------------------------------------------------

export const ApplicantIdParams = z.strictObject({ applicantId: PathId });

const Permit = z.strictObject({ number: text(60), expiresOn: z.optional(z.iso.date({ error: "date_format" })) });

const Permits = z.strictObject({
  nibRisk: z.optional(z.enum(nibRiskLevels)),
  /** The product is not halal and its label says so (UU 33/2014 art. 26): no halal certificate is asked. */
  nonHalal: z.optional(z.boolean()),
  pirt: z.optional(Permit),
  bpom: z.optional(Permit),
  halal: z.optional(Permit),
  sni: z.optional(Permit),
});

const unique = <T,>(list: T[]) => new Set(list).size === list.length;

/** Where the business sells; countries are named exactly when it exports. */
const Market = z
  .strictObject({
    reach: z.array(z.enum(marketReaches)).check(z.maxLength(marketReaches.length), z.refine(unique, { error: "list_unique" })),
    exportCountries: z.optional(z.array(z.string().check(z.refine(isCountryCode, { error: "country_code" }), z.refine((code) => code !== "ID", { error: "export_country_home" })))
      .check(z.maxLength(60), z.refine(unique, { error: "list_unique" }))),
    /** Absent: not registered in a government e-katalog. */
    eKatalog: z.optional(z.enum(eKatalogs)),
    marketplace: z.optional(z.boolean()),
    chamberShowcase: z.optional(z.boolean()),
  })
  .check(z.superRefine((market, ctx) => {
    const exports = market.reach.includes("export");
    const countries = market.exportCountries?.length ?? 0;
    if (exports && countries === 0) ctx.addIssue({ code: "custom", message: "export_countries_required", path: ["exportCountries"], input: market });
    if (!exports && countries > 0) ctx.addIssue({ code: "custom", message: "export_countries_without_export", path: ["exportCountries"], input: market });
  }));

/** Permits and market reach: optional, so profiles and clients from before them stay valid. */
const extendedFields = {
  kbli: z.string().check(z.refine(isKbliCode, { error: "kbli_unknown" })),
  businessCapitalIdr: Rupiah,
  permits: Permits,
  market: Market,
};

const Email = z.email().check(z.maxLength(200));

const profileFields = {
  ownerName: text(100, 2),
  businessName: text(120, 2),
  nib: z.string().check(z.regex(/^\d{13}$/, { error: "nib_format" })),
  sector: z.enum(sectorCodes, { error: "sector_unknown" }),
  regencyCode: z.enum(regencyCodes, { error: "regency_unknown" }),
  products: z.array(text(80)).check(z.minLength(1), z.maxLength(20)),
  foundedYear: z.int({ error: "founded_year_range" }).check(
    z.gte(1900, { error: "founded_year_range" }),
    z.refine((year) => year <= new Date().getUTCFullYear(), { error: "founded_year_range" }),
  ),
  employees: z.int().check(z.gte(0), z.lte(1_000_000)),
  annualRevenueIdr: Rupiah,
  capitalNeedIdr: Rupiah,
  phone: Phone,
  email: z.optional(Email),
  /** The language messages and notifications come in. */
  language: z.enum(languages),
};

export const ProfileInput = z.strictObject({
  ...profileFields,
  ...z.partial(z.strictObject(extendedFields)).shape,
  language: z._default(profileFields.language, "id"),
  consent: z.literal(true, { error: "consent_required" }),
});
export type ProfileInput = z.output<typeof ProfileInput>;

/** A change names only what changes; `null` clears an optional field. */
export const ProfileChanges = z
  .strictObject({
    ...z.partial(z.strictObject(profileFields)).shape,
    email: z.optional(z.nullable(Email)),
    kbli: z.optional(z.nullable(extendedFields.kbli)),
    businessCapitalIdr: z.optional(z.nullable(extendedFields.businessCapitalIdr)),
    permits: z.optional(z.nullable(extendedFields.permits)),
    market: z.optional(z.nullable(extendedFields.market)),
  })
  .check(z.refine((changes) => Object.keys(changes).length > 0, { error: "validation_failed" }));
export type ProfileChanges = z.output<typeof ProfileChanges>;

const SizeRule = z.object({
  criterion: z.enum(sizeCriteria),
  amountIdr: z.number(),
  aboveIdr: z.number(),
  upToIdr: z.optional(z.number()),
  regulation: z.literal("PP 7/2021"),
  article: z.literal(35),
  paragraph: z.union([z.literal(3), z.literal(5)]),
});

export const Profile = z.object({
  applicantId: z.string(),
  ...profileFields,
  ...z.partial(z.strictObject(extendedFields)).shape,
  phone: z.string(),
  /** Derived; a profile made before the cluster map lacks the newer ones until the migration job fills them. */
  cluster: z.optional(z.enum(sectorCodes)),
  sizeClass: z.enum(sizeClasses),
  sizeRule: z.optional(SizeRule),
  curation: z.optional(z.object({ ready: z.boolean(), missing: z.array(z.enum(curationNeeds)) })),
  consentAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Profile = z.output<typeof Profile>;
