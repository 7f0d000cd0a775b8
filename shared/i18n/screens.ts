import { fill, type Lang, type MessageParams } from "./messages.js";
import { applicantWords } from "./screens/applicant.js";
import { clusterMapWords } from "./screens/cluster-map.js";
import { commonWords } from "./screens/common.js";
import { competitionWords } from "./screens/competitions.js";
import { demoDayWords } from "./screens/demo-day.js";
import { investingWords } from "./screens/investing.js";
import { judgingWords } from "./screens/judging.js";
import { organiserWords } from "./screens/organiser.js";

/**
 * Every word of the web app's screens, in Bahasa Indonesia and English: one catalogue, kept in one file
 * per area (screens/*.ts) so each area's screens and words change together. Messages about a refused
 * request come from the API itself (messages.ts, in the caller's language); these are the screens' own words.
 */
export const screenAreas = [commonWords, applicantWords, organiserWords, competitionWords, judgingWords, investingWords, demoDayWords, clusterMapWords] as const;

export const screens = { ...commonWords, ...applicantWords, ...organiserWords, ...competitionWords, ...judgingWords, ...investingWords, ...demoDayWords, ...clusterMapWords };

export type ScreenKey = keyof typeof screens;

export function screenText(key: ScreenKey, lang: Lang, params: MessageParams = {}): string {
  return fill(screens[key][lang], lang, params);
}
