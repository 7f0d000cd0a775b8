import * as z from "zod/mini";

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
