import * as z from "zod/mini";
import { outcomes } from "../../domain/results.js";
import { investorKinds } from "../../domain/investors.js";
import { regencyCodes, sectorCodes } from "../../domain/reference.js";
import { languages } from "../../i18n/messages.js";
import { Bilingual, Rupiah, text } from "./common.js";
import { pitchContent } from "./pitches.js";

// Investors: as organisers invite them, and what they see of the published finalists (never a contact).

export const InvestorInvite = z.strictObject({
  name: text(100, 2),
  organisation: text(120, 2),
  kind: z.enum(investorKinds),
  /** The size of one investment, in rupiah. */
  ticket: z.strictObject({ minIdr: Rupiah, maxIdr: Rupiah }),
  sectors: z.array(z.enum(sectorCodes, { error: "sector_unknown" })).check(z.minLength(1), z.maxLength(10)),
  /** Regencies and cities they invest in; none: anywhere. */
  regions: z._default(z.array(z.enum(regencyCodes, { error: "regency_unknown" })).check(z.maxLength(30)), []),
  email: z.email().check(z.maxLength(200)),
  language: z._default(z.enum(languages), "id"),
});
export type InvestorInvite = z.output<typeof InvestorInvite>;

export const Investor = z.object({
  investorId: z.string(),
  competitionId: z.string(),
  name: z.string(),
  organisation: z.string(),
  kind: z.enum(investorKinds),
  ticket: z.object({ minIdr: z.number(), maxIdr: z.number() }),
  sectors: z.array(z.string()),
  regions: z.array(z.string()),
  email: z.string(),
  language: z.string(),
  invitedAt: z.string(),
});
export const InvestorList = z.object({ items: z.array(Investor) });

export const InterestInput = z.strictObject({ interested: z.boolean(), note: z.optional(text(2000)) });
export type InterestInput = z.output<typeof InterestInput>;

const Interest = z.object({ interested: z.boolean(), note: z.optional(z.string()), updatedAt: z.string() });

/** A finalist as an investor sees it: the business and its pitch, never the owner's phone or e-mail. */
export const FinalistForInvestor = z.object({
  submissionId: z.string(),
  place: z.number(),
  outcome: z.enum(outcomes),
  businessName: z.string(),
  sector: z.string(),
  regencyCode: z.string(),
  ...pitchContent,
  /** A link that works for a few minutes: ask again for a new one. */
  pitchDeck: z.optional(z.object({ size: z.number(), downloadUrl: z.string(), expiresInSeconds: z.number() })),
  interest: z.optional(Interest),
});

export const FinalistList = z.object({ competitionId: z.string(), title: Bilingual, items: z.array(FinalistForInvestor) });

export const MyInvestingCompetitions = z.object({ items: z.array(z.object({ competitionId: z.string(), title: Bilingual, publishedAt: z.string() })) });
