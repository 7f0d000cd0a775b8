import * as z from "zod";

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

export const Rupiah = z.int({ error: "rupiah_amount" }).min(0, { error: "rupiah_amount" }).max(Number.MAX_SAFE_INTEGER);

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

