import * as z from "zod";
import { normalisePhone } from "../domain/profile.js";
import { regencyCodes, sectorCodes } from "../domain/reference.js";

// ---- building blocks ----------------------------------------------------------------------------

export const Empty = z.strictObject({});

/** Organiser-written text, always in both languages. */
export const bilingual = (max: number) =>
  z.strictObject({ id: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });

/** The same text on the way out. */
export const Bilingual = z.object({ id: z.string(), en: z.string() });

/** Accepts any ISO-8601 time with a zone and stores it as UTC (`…Z`), so stored times compare as strings. */
export const IsoDateTime = z
  .iso.datetime({ offset: true, error: "datetime_format" })
  .transform((value) => new Date(value).toISOString());

const Rupiah = z.int({ error: "rupiah_amount" }).min(0, { error: "rupiah_amount" }).max(Number.MAX_SAFE_INTEGER);

const Phone = z.string().max(30).transform((raw, ctx) => {
  const phone = normalisePhone(raw);
  if (phone === undefined) {
    ctx.addIssue({ code: "custom", message: "phone_format" });
    return z.NEVER;
  }
  return phone;
});

export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().min(1).max(2048).optional(),
});

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().optional() });

export const ClassIdParams = z.strictObject({ classId: z.uuid() });
export const ApplicantIdParams = z.strictObject({ applicantId: z.string().min(1).max(64).regex(/^[\w-]+$/) });

// ---- reference lists ----------------------------------------------------------------------------

export const Reference = z.object({
  regencies: z.array(z.object({ code: z.string(), name: z.string() })),
  sectors: z.array(z.object({ code: z.string(), id: z.string(), en: z.string() })),
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
};

export const ProfileInput = z.strictObject({
  ...profileFields,
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
  sizeClass: z.enum(["micro", "small", "medium", "large"]),
  consentAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Profile = z.output<typeof Profile>;

// ---- classes ------------------------------------------------------------------------------------

const classFields = {
  title: bilingual(120),
  description: bilingual(4000),
  regencyCode: z.enum(regencyCodes, { error: "regency_unknown" }),
  capacity: z.int().min(1).max(5000),
  enrolmentOpensAt: IsoDateTime,
  enrolmentClosesAt: IsoDateTime,
  startsOn: z.iso.date(),
  waitlistEnabled: z.boolean(),
};

export const ClassInput = z
  .strictObject({ ...classFields, waitlistEnabled: classFields.waitlistEnabled.default(true) })
  .refine((c) => c.enrolmentClosesAt > c.enrolmentOpensAt, { error: "invalid_window", path: ["enrolmentClosesAt"] });
export type ClassInput = z.output<typeof ClassInput>;

export const ClassChanges = z
  .strictObject(classFields)
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, { error: "validation_failed" });
export type ClassChanges = z.output<typeof ClassChanges>;

export const Class = z.object({
  classId: z.string(),
  title: Bilingual,
  description: Bilingual,
  regencyCode: z.string(),
  capacity: z.number(),
  enrolmentOpensAt: z.string(),
  enrolmentClosesAt: z.string(),
  startsOn: z.string(),
  waitlistEnabled: z.boolean(),
  enrolled: z.number(),
  waiting: z.number(),
  seatsLeft: z.number(),
  enrolmentOpen: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Class = z.output<typeof Class>;

// ---- enrolments ---------------------------------------------------------------------------------

export const enrolmentStatuses = ["enrolled", "waitlisted", "withdrawn"] as const;
export type EnrolmentStatus = (typeof enrolmentStatuses)[number];

export const Enrolment = z.object({
  classId: z.string(),
  classTitle: Bilingual,
  applicantId: z.string(),
  ownerName: z.string(),
  businessName: z.string(),
  status: z.enum(enrolmentStatuses),
  /** 1-based place in the waitlist, only while waitlisted. */
  position: z.number().int().min(1).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Enrolment = z.output<typeof Enrolment>;
