import * as z from "zod/mini";
import { sizeClasses } from "../../domain/profile.js";
import { regencyCodes, sectorCodes } from "../../domain/reference.js";
import { languages } from "../../i18n/messages.js";
import { PathId, Rupiah, text } from "./common.js";
import { Phone } from "./phone.js";

// ---- business profile ---------------------------------------------------------------------------

export const ApplicantIdParams = z.strictObject({ applicantId: PathId });

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
  email: z.optional(z.email().check(z.maxLength(200))),
  /** The language messages and notifications come in. */
  language: z.enum(languages),
};

export const ProfileInput = z.strictObject({
  ...profileFields,
  language: z._default(profileFields.language, "id"),
  consent: z.literal(true, { error: "consent_required" }),
});
export type ProfileInput = z.output<typeof ProfileInput>;

export const ProfileChanges = z
  .partial(z.strictObject(profileFields))
  .check(z.refine((changes) => Object.keys(changes).length > 0, { error: "validation_failed" }));
export type ProfileChanges = z.output<typeof ProfileChanges>;

export const Profile = z.object({
  applicantId: z.string(),
  ...profileFields,
  phone: z.string(),
  sizeClass: z.enum(sizeClasses),
  consentAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Profile = z.output<typeof Profile>;
