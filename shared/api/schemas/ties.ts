import * as z from "zod/mini";
import { tieRelations } from "../../domain/competitions.js";
import { text } from "./common.js";
import { Phone } from "./phone.js";

// The businesses a judge declares being tied to: what the judge sends, and what the judge and organisers see.

const Tie = z
  .strictObject({
    relation: z.enum(tieRelations),
    nib: z.optional(z.string().check(z.regex(/^\d{13}$/, { error: "nib_format" }))),
    phone: z.optional(Phone),
    note: z.optional(text(300)),
  })
  .check(z.refine((tie) => tie.nib !== undefined || tie.phone !== undefined, { error: "tie_needs_nib_or_phone" }));

/** The businesses a judge is tied to, whole: the list replaces the one before. */
export const TiesInput = z.strictObject({ ties: z.array(Tie).check(z.maxLength(50)) });
export type TiesInput = z.output<typeof TiesInput>;

export const TieOut = z.object({ relation: z.enum(tieRelations), nib: z.optional(z.string()), phone: z.optional(z.string()), note: z.optional(z.string()) });
