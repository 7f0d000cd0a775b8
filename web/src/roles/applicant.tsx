import type { Api } from "../api.js";
import type { Place } from "../router.js";
import { ApplicantHome } from "../screens/applicant-home.js";
import { ClassProgress } from "../screens/class-progress.js";
import { CompetitionPage } from "../screens/finalist.js";
import { ModulePage } from "../screens/module.js";

// One role's screens in a chunk of their own: a phone downloads only the role its person has.

/** The applicant's pages: home, a class, a module. */
export function Pages({ api, place }: { api: Api; place: Place }) {
  if (place.page === "class") return <ClassProgress api={api} classId={place.classId} />;
  if (place.page === "module") return <ModulePage api={api} classId={place.classId} moduleId={place.moduleId} />;
  if (place.page === "competition") return <CompetitionPage api={api} competitionId={place.competitionId} />;
  return <ApplicantHome api={api} />;
}
