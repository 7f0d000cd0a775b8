import type { Api } from "../api.js";
import type { Place } from "../router.js";
import { FinalistPage, InvestorCompetition, InvestorHome } from "../screens/investor.js";

// One role's screens in a chunk of their own: a phone downloads only the role its person has.

/** The investor's pages: their competitions, one competition's finalists and meetings, one finalist. */
export function Pages({ api, place }: { api: Api; place: Place }) {
  if (place.page === "investing") return <InvestorCompetition api={api} competitionId={place.competitionId} />;
  if (place.page === "finalist") return <FinalistPage api={api} competitionId={place.competitionId} submissionId={place.submissionId} />;
  return <InvestorHome api={api} />;
}
