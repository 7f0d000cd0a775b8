import type { InterestInput, InvestorInvite } from "../api/schemas/investors.js";
import { DomainError } from "../domain/errors.js";
import { checkTicket } from "../domain/investors.js";
import { findCompetition, type CompetitionItem } from "../data/competitions.js";
import { competitionsOfInvestor, findInvestor, interestsOf, investorsOf, putInterest, saveInvestor, type InterestItem, type InvestorItem } from "../data/investors.js";
import { findPitch, type PitchItem } from "../data/pitches.js";
import { findPublication, type PublishedPlace } from "../data/results.js";
import { getCompetition } from "./competitions.js";

// ---- organisers --------------------------------------------------------------------------------------

/** Invites an investor to a competition (or changes the invitation); they see nothing of it until the finalists are published. */
export async function inviteInvestor(competitionId: string, investorId: string, invite: InvestorInvite, now: Date): Promise<InvestorItem> {
  const competition = await getCompetition(competitionId);
  checkTicket(invite.ticket);
  return saveInvestor({ competitionId, investorId, ...invite, competitionTitle: competition.title, updatedAt: now.toISOString() }, now.toISOString());
}

export async function listInvestors(competitionId: string): Promise<InvestorItem[]> {
  await getCompetition(competitionId);
  return investorsOf(competitionId);
}

// ---- investors, once the finalists are published ------------------------------------------------------

/** The finalists of the latest published version, in their places. */
export async function publishedFinalists(competition: CompetitionItem): Promise<PublishedPlace[]> {
  const publication = competition.publishedVersion ? await findPublication(competition.competitionId, competition.publishedVersion) : undefined;
  return publication?.places.filter((place) => place.outcome === "finalist") ?? [];
}

/**
 * The relation `investorAfterPublication`: an invited investor, and the competition's finalists
 * published. Before that the competition does not exist for them (404, as for one that does not).
 */
export async function requirePublishedForInvestor(competitionId: string, investorId: string): Promise<void> {
  const [investor, competition] = await Promise.all([findInvestor(competitionId, investorId), findCompetition(competitionId)]);
  if (!investor || !competition?.publishedVersion) throw new DomainError("not_found");
}

/** The relation `publishedFinalist`: as above, and the submission a finalist of the latest version. */
export async function requireFinalistForInvestor(competitionId: string, submissionId: string, investorId: string): Promise<void> {
  const [investor, competition] = await Promise.all([findInvestor(competitionId, investorId), findCompetition(competitionId)]);
  if (!investor || !competition?.publishedVersion) throw new DomainError("not_found");
  if (!(await publishedFinalists(competition)).some((place) => place.submissionId === submissionId)) throw new DomainError("not_found");
}

/** The competitions whose finalists an investor may see: invited, and published (the others stay out of sight). */
export async function myInvestingCompetitions(investorId: string): Promise<{ investor: InvestorItem; competition: CompetitionItem }[]> {
  const invitations = await competitionsOfInvestor(investorId);
  const competitions = await Promise.all(invitations.map((investor) => findCompetition(investor.competitionId)));
  return invitations.flatMap((investor, i) => (competitions[i]?.publishedVersion ? [{ investor, competition: competitions[i]! }] : []));
}

export interface FinalistForInvestor {
  place: PublishedPlace;
  pitch: PitchItem;
  interest?: InterestItem;
}

export interface FinalistsForInvestor {
  competition: CompetitionItem;
  finalists: FinalistForInvestor[];
}

export async function finalistsForInvestor(competitionId: string, investorId: string, only?: string): Promise<FinalistsForInvestor> {
  const competition = await getCompetition(competitionId);
  const places = (await publishedFinalists(competition)).filter((place) => only === undefined || place.submissionId === only);
  const [pitches, interests] = await Promise.all([Promise.all(places.map((place) => findPitch(competitionId, place.submissionId))), interestsOf(competitionId, investorId)]);
  const interestOf = new Map(interests.map((interest) => [interest.submissionId, interest]));
  return {
    competition,
    finalists: places.flatMap((place, i) => (pitches[i] ? [{ place, pitch: pitches[i]!, interest: interestOf.get(place.submissionId) }] : [])),
  };
}

/** One finalist, for an investor who may see it (the route's relation). */
export async function finalistForInvestor(competitionId: string, submissionId: string, investorId: string): Promise<FinalistsForInvestor> {
  const found = await finalistsForInvestor(competitionId, investorId, submissionId);
  if (!found.finalists.length) throw new DomainError("not_found");
  return found;
}

/** An investor marks interest in a finalist and keeps a private note; nobody else ever reads it. */
export async function setInterest(competitionId: string, submissionId: string, investorId: string, input: InterestInput, now: Date): Promise<FinalistsForInvestor> {
  await putInterest({ competitionId, investorId, submissionId, interested: input.interested, ...(input.note === undefined ? {} : { note: input.note }), updatedAt: now.toISOString() });
  return finalistForInvestor(competitionId, submissionId, investorId);
}
