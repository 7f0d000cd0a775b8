/**
 * Every key of every item is built here and nowhere else.
 *
 * profiles   APPLICANT#<sub> / PROFILE
 * classes    CLASS#<classId> / CLASS                       the class, with its seat counters
 *            CLASS#<classId> / ENROLMENT#<applicantId>     one per applicant who ever enrolled
 *            CLASS#<classId> / WAIT#<seq:10>               the waitlist, in arrival order
 *   gsi1     CLASSES / <enrolmentClosesAt>#<classId>        classes by closing time
 *   gsi2     APPLICANT#<sub> / CLASS#<classId>              an applicant's enrolments
 */
export const applicantPk = (applicantId: string) => `APPLICANT#${applicantId}`;
export const profileKey = (applicantId: string) => ({ pk: applicantPk(applicantId), sk: "PROFILE" });

export const classPk = (classId: string) => `CLASS#${classId}`;
export const classKey = (classId: string) => ({ pk: classPk(classId), sk: "CLASS" });
export const classListingKeys = (classId: string, enrolmentClosesAt: string) => ({
  gsi1pk: "CLASSES",
  gsi1sk: `${enrolmentClosesAt}#${classId}`,
});
export const CLASS_LISTING_PK = "CLASSES";

export const ENROLMENT_PREFIX = "ENROLMENT#";
export const enrolmentKey = (classId: string, applicantId: string) => ({ pk: classPk(classId), sk: `${ENROLMENT_PREFIX}${applicantId}` });
export const enrolmentByApplicantKeys = (classId: string, applicantId: string) => ({
  gsi2pk: applicantPk(applicantId),
  gsi2sk: `CLASS#${classId}`,
});

/** Zero-padded so that the sort key orders the waitlist numerically. */
export const waitSk = (seq: number) => `WAIT#${String(seq).padStart(10, "0")}`;
export const waitKey = (classId: string, seq: number) => ({ pk: classPk(classId), sk: waitSk(seq) });
export const WAIT_FIRST = waitSk(0);
