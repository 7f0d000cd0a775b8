import * as z from "zod/mini";
import { Rupiah, text } from "./common.js";

// What an applicant sends for their pitch: the draft, and the deck they ask to upload.

const UseOfFundsItem = z.strictObject({ item: text(200), amountIdr: Rupiah });

/** The pitch as the applicant's form sends it, whole: what is left out is not in the draft. */
export const PitchDraft = z.strictObject({
  title: z.optional(text(120)),
  summary: z.optional(text(1000)),
  problem: z.optional(text(3000)),
  product: z.optional(text(3000)),
  targetMarket: z.optional(text(3000)),
  traction: z.optional(text(3000)),
  revenueLast12MonthsIdr: z.optional(Rupiah),
  capitalAskIdr: z.optional(Rupiah),
  useOfFunds: z.optional(z.array(UseOfFundsItem).check(z.maxLength(20))),
  team: z.optional(text(3000)),
  videoUrl: z.optional(z.url({ protocol: /^https?$/, error: "url_format" }).check(z.maxLength(500))),
  /** The staging key from a deck upload ticket; the deck is copied out of it when the draft is saved. */
  pitchDeckKey: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
});
export type PitchDraft = z.output<typeof PitchDraft>;

export const PitchDeckUploadRequest = z.strictObject({
  contentType: z.string().check(z.minLength(3), z.maxLength(100)),
  size: z.int().check(z.gte(1)),
});
