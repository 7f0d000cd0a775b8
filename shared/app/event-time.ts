import { DomainError } from "../domain/errors.js";
import { localTime, zoneOfRegency } from "../domain/time.js";
import type { CompetitionItem } from "../data/competitions.js";
import { getClass } from "./lookups.js";

/**
 * Runs a domain check of a competition's windows. A refusal that names a time (`{at}`, stored in UTC)
 * names it as people at the event read it: in the zone of the class's regency, in both languages, so the
 * caller reads it in theirs. The class is read only to refuse, so a request inside the window costs no
 * extra read — yet a route that can refuse this way must declare `classes: "R"`.
 */
export async function inEventZone(competition: Pick<CompetitionItem, "classId">, check: () => void): Promise<void> {
  try {
    check();
  } catch (refusal) {
    const at = refusal instanceof DomainError ? refusal.params.at : undefined;
    if (!(refusal instanceof DomainError) || typeof at !== "string") throw refusal;
    const zone = zoneOfRegency((await getClass(competition.classId)).regencyCode);
    const { code, details, messageKey, params, retryAfterSeconds } = refusal;
    throw new DomainError(code, { details, messageKey, retryAfterSeconds, params: { ...params, at: localTime(at, zone) } });
  }
}
