import type { Lang } from "../messages.js";

/** The organisers' screens for a competition: setup and rubric, judges and conflicts, assignment, judging progress, ranking and publishing. */
export const competitionWords = {
} as const satisfies Record<string, Record<Lang, string>>;
