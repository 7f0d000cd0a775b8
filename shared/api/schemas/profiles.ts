import * as z from "zod";
import { normalisePhone, sizeClasses } from "../../domain/profile.js";
import { regencyCodes, sectorCodes } from "../../domain/reference.js";
import { languages } from "../../i18n/messages.js";
import { Rupiah } from "./common.js";

const Phone = z.string().max(30).transform((raw, ctx) => {
  const phone = normalisePhone(raw);
  if (phone === undefined) {
    ctx.addIssue({ code: "custom", message: "phone_format" });
    return z.NEVER;
  }
  return phone;
});

// ---- business profile ---------------------------------------------------------------------------

const profileFields = {
  ownerName: z.string().trim().min(2).max(100),
  businessName: z.string().trim().min(2).max(120),
  nib: z.string().regex(/^\d{13}$/, { error: "nib_format" }),
  sector: z.enum(sectorCodes, { error: "sector_unknown" }),
  regencyCode: z.enum(regencyCodes, { error: "regency_unknown" }),
  products: z.array(z.string().trim().min(1).max(80)).min(1).max(20),
  foundedYear: z
    .int({ error: "founded_year_range" })
    .min(1900, { error: "founded_year_range" })
    .refine((year) => year <= new Date().getUTCFullYear(), { error: "founded_year_range" }),
  employees: z.int().min(0).max(1_000_000),
  annualRevenueIdr: Rupiah,
  capitalNeedIdr: Rupiah,
  phone: Phone,
  email: z.email().max(200).optional(),
  /** The language messages and notifications come in. */
  language: z.enum(languages),
};

export const ProfileInput = z.strictObject({
  ...profileFields,
  language: profileFields.language.default("id"),
  consent: z.literal(true, { error: "consent_required" }),
});
export type ProfileInput = z.output<typeof ProfileInput>;

export const ProfileChanges = z
  .strictObject(profileFields)
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, { error: "validation_failed" });
export type ProfileChanges = z.output<typeof ProfileChanges>;

export const Profile = z.object({
  applicantId: z.string(),
  ...profileFields,
  phone: z.string(),
  language: z.enum(languages),
  sizeClass: z.enum(sizeClasses),
  consentAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Profile = z.output<typeof Profile>;

