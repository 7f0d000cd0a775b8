import type * as z from "zod/mini";
import type { FinalistForInvestor, FinalistList, Investor, InvestorList, MyInvestingCompetitions } from "../api/schemas/investors.js";
import type { FinalistForInvestor as Finalist, FinalistsForInvestor } from "../app/investors.js";
import type { CompetitionItem } from "../data/competitions.js";
import type { InvestorItem } from "../data/investors.js";
import { fileStore } from "../files/store.js";
import { contactTexts, redact, textFields } from "./pitches.js";

// What investors see of the finalists: the business and its pitch, never how to reach the owner —
// contacts are for a meeting both sides accepted (issue 11's meetings).

/** A deck link for an investor lives five minutes: long enough to open it, too short to pass around. */
const DECK_SECONDS = 5 * 60;

export function investorView(investor: InvestorItem): z.output<typeof Investor> {
  const { investorId, competitionId, name, organisation, kind, ticket, sectors, regions, email, language, invitedAt } = investor;
  return { investorId, competitionId, name, organisation, kind, ticket, sectors, regions, email, language, invitedAt };
}

export const investorListView = (investors: readonly InvestorItem[]): z.output<typeof InvestorList> => ({ items: investors.map(investorView) });

export function myInvestingCompetitionsView(items: readonly { investor: InvestorItem; competition: CompetitionItem }[]): z.output<typeof MyInvestingCompetitions> {
  return { items: items.map(({ competition }) => ({ competitionId: competition.competitionId, title: competition.title, publishedAt: competition.resultsPublishedAt! })) };
}

async function finalistView({ place, pitch, interest }: Finalist, withDeck: boolean): Promise<z.output<typeof FinalistForInvestor>> {
  // the owner may have written a phone number or an address into the pitch's own words
  const contacts = contactTexts(pitch.business);
  const mask = (text: string | undefined) => redact(text, contacts);
  const deck = withDeck && pitch.pitchDeck
    ? { size: pitch.pitchDeck.size, downloadUrl: await fileStore().presignDownload(pitch.pitchDeck.fileKey, DECK_SECONDS, { fileName: "pitch-deck.pdf" }), expiresInSeconds: DECK_SECONDS }
    : undefined;
  return {
    submissionId: pitch.submissionId, place: place.place, outcome: place.outcome,
    businessName: pitch.business.businessName, sector: pitch.business.sector, regencyCode: pitch.business.regencyCode,
    ...Object.fromEntries(textFields.map((field) => [field, mask(pitch[field])])),
    revenueLast12MonthsIdr: pitch.revenueLast12MonthsIdr, capitalAskIdr: pitch.capitalAskIdr,
    useOfFunds: pitch.useOfFunds?.map((entry) => ({ item: mask(entry.item)!, amountIdr: entry.amountIdr })),
    videoUrl: pitch.videoUrl,
    ...(deck ? { pitchDeck: deck } : {}),
    ...(interest ? { interest: { interested: interest.interested, note: interest.note, updatedAt: interest.updatedAt } } : {}),
  };
}

/** The finalists in their places, without deck links (one finalist's page has its link). */
export async function finalistListView({ competition, finalists }: FinalistsForInvestor): Promise<z.output<typeof FinalistList>> {
  return { competitionId: competition.competitionId, title: competition.title, items: await Promise.all(finalists.map((finalist) => finalistView(finalist, false))) };
}

export async function oneFinalistView({ finalists }: FinalistsForInvestor): Promise<z.output<typeof FinalistForInvestor>> {
  return finalistView(finalists[0]!, true);
}
