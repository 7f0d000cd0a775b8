import * as z from "zod/mini";
import { outcomes } from "../../domain/results.js";
import { submissionStatuses } from "../../domain/competitions.js";

// A pitch as each role reads it; what the applicant sends is in pitch-input.ts, so a function that only
// reads pitches (organisers, judges) neither carries nor builds it.

/** What a pitch says, as every role that reads it sees it (investors too: investors.ts). */
export const pitchContent = {
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
};

const pitchOut = {
  submissionId: z.string(),
  competitionId: z.string(),
  status: z.enum(submissionStatuses),
  ...pitchContent,
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
  /** Where the pitch ended in the latest published results: finalist, reserve, not selected … with its place. */
  result: z.optional(z.object({ version: z.number(), publishedAt: z.string(), outcome: z.enum(outcomes), place: z.optional(z.number()) })),
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

// A type only, erased from every bundle: infra/local/demo-competition.ts still imports it from here.
