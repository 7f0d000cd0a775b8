import type { Role } from "../domain/roles.js";
import { requireSeat } from "./enrolment.js";

export interface Caller {
  userId: string;
  roles: Role[];
}

/**
 * What a caller must be to the object a route addresses, beyond holding one of its roles. A check
 * throws a domain error: `not_found` where the caller may not even learn that the object exists (the
 * same answer as for a missing one), a reason where the object is visible and the reason helps.
 */
export interface Relation<P = Record<string, string>> {
  name: string;
  check(caller: Caller, path: P): Promise<void>;
}

/** The class is visible to everyone signed in; its content is for seat holders, who are told why not. */
export const seatedInClass: Relation<{ classId: string }> = {
  name: "seated in the class",
  check: (caller, path) => requireSeat(path.classId, caller.userId),
};
