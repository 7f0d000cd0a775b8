import * as z from "zod/mini";
import { submissionStatuses } from "../../domain/competitions.js";
import { Rupiah, text } from "./common.js";

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

const pitchOut = {
  submissionId: z.string(),
  competitionId: z.string(),
  status: z.enum(submissionStatuses),
  title: z.optional(z.string()),
  summary: z.optional(z.string()),
  problem: z.optional(z.string()),
  product: z.optional(z.string()),
  targetMarket: z.optional(z.string()),
  traction: z.optional(z.string()),
  revenueLast12MonthsIdr: z.optional(z.number()),
  capitalAskIdr: z.optional(z.number()),
  useOfFunds: z.optional(z.array(z.object({ item: z.string(), amountIdr: z.number() }))),
  team: z.optional(z.string()),
  videoUrl: z.optional(z.string()),
  sector: z.string(),
  pitchDeck: z.optional(z.object({ size: z.number(), downloadUrl: z.string() })),
};

/** The applicant's own pitch: whether it can still change, what is missing to submit, and — once results are out — the judges' comments, unsigned. */
export const MyPitch = z.object({
  ...pitchOut,
  /** Send it back with the draft to keep the deck. */
  pitchDeckKey: z.optional(z.string()),
  deadline: z.string(),
  editable: z.boolean(),
  missingToSubmit: z.array(z.string()),
  updatedAt: z.string(),
  submittedAt: z.optional(z.string()),
  comments: z.optional(z.array(z.string())),
});

/** A pitch as organisers see it: with the business behind it. */
export const PitchForOrganiser = z.object({
  ...pitchOut,
  applicantId: z.string(),
  business: z.object({ ownerName: z.string(), businessName: z.string(), nib: z.string(), phone: z.string(), email: z.optional(z.string()), sector: z.string(), regencyCode: z.string() }),
  updatedAt: z.string(),
  submittedAt: z.optional(z.string()),
});
export const PitchPage = z.object({ items: z.array(PitchForOrganiser), nextCursor: z.optional(z.string()) });

/** A pitch as a judge sees it: with blind review, nothing that names the business or its owner. */
export const PitchForJudge = z.object({ ...pitchOut, regencyCode: z.optional(z.string()), business: z.optional(z.object({ ownerName: z.string(), businessName: z.string() })) });

export const SubmissionIdParams = z.strictObject({ competitionId: z.uuid(), submissionId: z.uuid() });
