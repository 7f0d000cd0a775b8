import * as z from "zod/mini";

// zod/mini: the same schemas as zod's classic API, written as functions instead of chained methods,
// so a function's bundle carries and builds only what it uses (a third of classic zod's start-up).

// ---- building blocks ----------------------------------------------------------------------------

export const Empty = z.strictObject({});

/** Text of at most `max` characters, trimmed, not empty. */
export const text = (max: number, min = 1) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

/** Organiser-written text, always in both languages. */
export const bilingual = (max: number) => z.strictObject({ id: text(max), en: text(max) });

/** The same text on the way out. */
export const Bilingual = z.object({ id: z.string(), en: z.string() });

/**
 * Accepts any ISO-8601 time with a zone and stores it as UTC (`…Z`), so stored times compare as strings;
 * a time that would be past the year 9999 in UTC (`+010000-…`) would sort before every other and is refused.
 */
export const IsoDateTime = z.pipe(
  z.iso.datetime({ offset: true, error: "datetime_format" }),
  z.pipe(
    z.transform((value: string) => new Date(value).toISOString()),
    z.string().check(z.regex(/^\d{4}-/, { error: "datetime_format" })),
  ),
);

export const Rupiah = z.int({ error: "rupiah_amount" }).check(z.gte(0, { error: "rupiah_amount" }), z.lte(Number.MAX_SAFE_INTEGER));

/** An id in a path: letters, digits, `_` and `-`. */
export const PathId = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[\w-]+$/));

export const PageQuery = z.strictObject({
  limit: z._default(z.coerce.number().check(z.multipleOf(1), z.gte(1), z.lte(50)), 20),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(2048))),
});

export const page = <T extends z.ZodMiniType>(item: T) => z.object({ items: z.array(item), nextCursor: z.optional(z.string()) });

export const ClassIdParams = z.strictObject({ classId: z.uuid() });
export const ApplicantIdParams = z.strictObject({ applicantId: PathId });

/** A JSON document described elsewhere (the OpenAPI description describes itself). */
export const JsonDocument = z.record(z.string(), z.unknown());

// ---- reference lists ----------------------------------------------------------------------------

export const Reference = z.object({
  regencies: z.array(z.object({ code: z.string(), name: z.string() })),
  sectors: z.array(z.object({ code: z.string(), id: z.string(), en: z.string() })),
});

// ---- modules ------------------------------------------------------------------------------------

export const ModuleIdParams = z.strictObject({ classId: z.uuid(), moduleId: z.uuid() });
export const ModuleApplicantParams = z.extend(ModuleIdParams, { applicantId: PathId });
export const CertificateParams = z.strictObject({ certificateId: z.string().check(z.regex(/^[A-Za-z0-9_-]{20,64}$/)) });
