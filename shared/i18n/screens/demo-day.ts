import type { Lang } from "../messages.js";

/** Demo day and meetings: the organisers' plans, the investors' wishes and free times, the finalists' free times. */
export const demoDayWords = {
} as const satisfies Record<string, Record<Lang, string>>;
