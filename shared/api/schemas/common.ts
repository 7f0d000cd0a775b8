import * as z from "zod/mini";

// zod/mini: the same schemas as zod's classic API, written as functions instead of chained methods,
// so a function's bundle carries and builds only what it uses (a third of classic zod's start-up).
// Every function builds this file at start-up: what only some need lives in a file of its own
// (times.ts, pages.ts, competition-params.ts, reference.ts …).

// ---- building blocks ----------------------------------------------------------------------------

export const Empty = z.strictObject({});

/** Text of at most `max` characters, trimmed, not empty. */
export const text = (max: number, min = 1) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

/** Organiser-written text, always in both languages. */
export const bilingual = (max: number) => z.strictObject({ id: text(max), en: text(max) });

/** The same text on the way out. */
export const Bilingual = z.object({ id: z.string(), en: z.string() });

export const Rupiah = z.int({ error: "rupiah_amount" }).check(z.gte(0, { error: "rupiah_amount" }), z.lte(Number.MAX_SAFE_INTEGER));

/** An id in a path: letters, digits, `_` and `-`. */
export const PathId = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[\w-]+$/));

// ---- classes and modules ------------------------------------------------------------------------

export const ClassIdParams = z.strictObject({ classId: z.uuid() });
export const ModuleIdParams = z.strictObject({ classId: z.uuid(), moduleId: z.uuid() });
