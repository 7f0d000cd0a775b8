import type { Api } from "../api.js";
import type { Place } from "../router.js";
import { OrganiserClass } from "../screens/organiser-class.js";
import { OrganiserClusterMap } from "../screens/organiser-cluster-map.js";
import { OrganiserCompetition } from "../screens/organiser-competition.js";
import { OrganiserHome } from "../screens/organiser-home.js";
import { OrganiserModule } from "../screens/organiser-module.js";
import { OrganiserProgress } from "../screens/organiser-progress.js";

// One role's screens in a chunk of their own: a phone downloads only the role its person has.

/** The organiser's pages: every class; one class, its modules and its progress; one competition in parts; the cluster map. */
export function Pages({ api, place }: { api: Api; place: Place }) {
  if (place.page === "class") return <OrganiserClass key={place.classId} api={api} classId={place.classId} />;
  if (place.page === "module") return <OrganiserModule key={place.moduleId} api={api} classId={place.classId} moduleId={place.moduleId} />;
  if (place.page === "progress") return <OrganiserProgress api={api} classId={place.classId} />;
  if (place.page === "competition") return <OrganiserCompetition key={place.competitionId} api={api} competitionId={place.competitionId} part={place.part ?? "setup"} />;
  // a new address typed or linked (not the screen's own filter changes, which replace it quietly) starts the map afresh
  if (place.page === "clusterMap") return <OrganiserClusterMap key={place.query} api={api} query={place.query} />;
  return <OrganiserHome api={api} />;
}
