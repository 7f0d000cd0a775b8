import type { Role } from "../domain/roles.js";
import { DomainError } from "../domain/errors.js";
import { findJudge } from "../data/judges.js";
import { findReview } from "../data/reviews.js";
import { requireCompletedClass } from "./competitions.js";
import { requireFinalistForInvestor, requirePublishedForInvestor } from "./investors.js";
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

/** Pitches are for applicants who completed the competition's class; the others are told why not. */
export const completedClass: Relation<{ competitionId: string }> = {
  name: "completed the competition's class",
  check: (caller, path) => requireCompletedClass(path.competitionId, caller.userId),
};

/** A judge's own page of a competition: only judges invited to it and not withdrawn; to anyone else it does not exist. */
export const invitedJudge: Relation<{ competitionId: string }> = {
  name: "invited judge of the competition",
  check: async (caller, path) => {
    const judge = await findJudge(path.competitionId, caller.userId);
    if (judge?.status !== "invited") throw new DomainError("not_found");
  },
};

/** A submission exists for a judge only while it is assigned to them (and they are still on the competition). */
export const assignedJudge: Relation<{ competitionId: string; submissionId: string }> = {
  name: "assigned judge of the submission",
  check: async (caller, path) => {
    const [judge, review] = await Promise.all([findJudge(path.competitionId, caller.userId), findReview(path.competitionId, caller.userId, path.submissionId)]);
    if (judge?.status !== "invited" || !review?.active) throw new DomainError("not_found");
  },
};

/** Investors see a competition only once its finalists are published, and only if invited: before, or uninvited, it does not exist. */
export const investorAfterPublication: Relation<{ competitionId: string }> = {
  name: "invited investor of a competition with published finalists",
  check: (caller, path) => requirePublishedForInvestor(path.competitionId, caller.userId),
};

/** A submission exists for an investor only as a published finalist of a competition they were invited to. */
export const publishedFinalist: Relation<{ competitionId: string; submissionId: string }> = {
  name: "invited investor, the submission a published finalist",
  check: (caller, path) => requireFinalistForInvestor(path.competitionId, path.submissionId, caller.userId),
};
