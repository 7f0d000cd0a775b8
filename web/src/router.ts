import { useEffect, useState } from "preact/hooks";

// Hash routes (#/classes/…): the page is always `/`, so the API keeps every other path on the same origin.

export type Place =
  | { page: "home" }
  | { page: "class"; classId: string }
  | { page: "module"; classId: string; moduleId: string }
  | { page: "certificate"; certificateId: string }
  | { page: "judging"; competitionId: string }
  | { page: "review"; competitionId: string; submissionId: string }
  | { page: "progress"; classId: string }
  | { page: "competition"; competitionId: string; part?: CompetitionPart }
  | { page: "investing"; competitionId: string }
  | { page: "finalist"; competitionId: string; submissionId: string }
  /** `query`: the map's filters as the API takes them (`sizeClass=micro,small`), so a filtered map can be bookmarked. */
  | { page: "clusterMap"; query?: string };

/** The organisers' page of a competition comes in parts, each its own screen (#/competitions/{id}/{part}). */
export const competitionParts = ["setup", "judging", "ranking", "demo-day", "meetings"] as const;
export type CompetitionPart = (typeof competitionParts)[number];
const isPart = (part: string | undefined): part is CompetitionPart => competitionParts.includes(part as CompetitionPart);

export function placeOf(hash: string): Place {
  const [path = "", query] = hash.replace(/^#\/?/, "").split("?", 2);
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  if (parts[0] === "classes" && parts[1] && parts[2] === "modules" && parts[3]) return { page: "module", classId: parts[1], moduleId: parts[3] };
  if (parts[0] === "classes" && parts[1] && parts[2] === "progress") return { page: "progress", classId: parts[1] };
  if (parts[0] === "classes" && parts[1]) return { page: "class", classId: parts[1] };
  if (parts[0] === "certificates" && parts[1]) return { page: "certificate", certificateId: parts[1] };
  if (parts[0] === "judging" && parts[1] && parts[2] === "submissions" && parts[3]) return { page: "review", competitionId: parts[1], submissionId: parts[3] };
  if (parts[0] === "judging" && parts[1]) return { page: "judging", competitionId: parts[1] };
  if (parts[0] === "competitions" && parts[1]) return { page: "competition", competitionId: parts[1], ...(isPart(parts[2]) ? { part: parts[2] } : {}) };
  if (parts[0] === "investing" && parts[1] && parts[2] === "finalists" && parts[3]) return { page: "finalist", competitionId: parts[1], submissionId: parts[3] };
  if (parts[0] === "investing" && parts[1]) return { page: "investing", competitionId: parts[1] };
  if (parts[0] === "cluster-map") return { page: "clusterMap", ...(query ? { query } : {}) };
  return { page: "home" };
}

export const hrefOf = (place: Place): string => {
  switch (place.page) {
    case "home": return "#/";
    case "class": return `#/classes/${encodeURIComponent(place.classId)}`;
    case "module": return `#/classes/${encodeURIComponent(place.classId)}/modules/${encodeURIComponent(place.moduleId)}`;
    case "certificate": return `#/certificates/${encodeURIComponent(place.certificateId)}`;
    case "judging": return `#/judging/${encodeURIComponent(place.competitionId)}`;
    case "review": return `#/judging/${encodeURIComponent(place.competitionId)}/submissions/${encodeURIComponent(place.submissionId)}`;
    case "progress": return `#/classes/${encodeURIComponent(place.classId)}/progress`;
    case "competition": return `#/competitions/${encodeURIComponent(place.competitionId)}${place.part ? `/${place.part}` : ""}`;
    case "investing": return `#/investing/${encodeURIComponent(place.competitionId)}`;
    case "finalist": return `#/investing/${encodeURIComponent(place.competitionId)}/finalists/${encodeURIComponent(place.submissionId)}`;
    case "clusterMap": return `#/cluster-map${place.query ? `?${place.query}` : ""}`;
  }
};

export function usePlace(): Place {
  const [place, setPlace] = useState(() => placeOf(location.hash));
  useEffect(() => {
    const follow = () => {
      setPlace(placeOf(location.hash));
      window.scrollTo(0, 0);
    };
    addEventListener("hashchange", follow);
    return () => removeEventListener("hashchange", follow);
  }, []);
  return place;
}
