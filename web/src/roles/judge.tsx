import type { Api } from "../api.js";
import type { Place } from "../router.js";
import { JudgeCompetition, JudgeHome } from "../screens/judge.js";
import { ReviewSheetPage } from "../screens/review-sheet.js";

// One role's screens in a chunk of their own: a phone downloads only the role its person has.

/** The judge's pages: their competitions, one competition, one review sheet. */
export function Pages({ api, place }: { api: Api; place: Place }) {
  if (place.page === "judging") return <JudgeCompetition api={api} competitionId={place.competitionId} />;
  if (place.page === "review") return <ReviewSheetPage api={api} competitionId={place.competitionId} submissionId={place.submissionId} />;
  return <JudgeHome api={api} />;
}
