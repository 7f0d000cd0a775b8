/**
 * Every key of every item is built here and nowhere else.
 *
 * profiles   APPLICANT#<sub> / PROFILE
 *            APPLICANT#<sub> / CLUSTER_MAP                 the business's row of the cluster map (jobs write it)
 *   gsi1     CLUSTER_MAP / <cluster>#<regency>#<name>#<sub> every row, by cell, then business name
 * classes    CLASS#<classId> / CLASS                       what the organiser wrote (title, 8 KB description …)
 *            CLASS#<classId> / CLASS#SEATS                 capacity, window and the seat counters
 *            CLASS#<classId> / ENROLMENT#<applicantId>     one per applicant who ever enrolled
 *            CLASS#<classId> / WAIT#<seq:10>               the waitlist, in arrival order
 *   gsi1     CLASSES / <enrolmentClosesAt>#<classId>        classes by closing time (on the CLASS item only)
 *   gsi2     APPLICANT#<sub> / CLASS#<classId>              an applicant's enrolments
 *   gsi3     CLASS#<classId>#<status> / <applicantId>       a class's enrolments of one status
 * learning   CLASS#<classId> / MODULE#<moduleId>           the class's modules
 *            CLASS#<classId> / MODULES                      the module set's revision
 *            CLASS#<classId> / EXPORT#<exportId>           a progress export and its file
 *            PROGRESS#<classId> / <sub>#MODULE#<moduleId>  what one applicant did in one module
 *            PROGRESS#<classId> / <sub>#COMPLETION         the class completed
 *            CERTIFICATE#<certificateId> / CERTIFICATE     public proof of completion
 */
export const applicantPk = (applicantId: string) => `APPLICANT#${applicantId}`;
export const applicantIdOfPk = (pk: string) => pk.slice("APPLICANT#".length);
export const profileKey = (applicantId: string) => ({ pk: applicantPk(applicantId), sk: "PROFILE" });
export const isProfileKey = (key: { pk: string; sk: string }) => key.pk.startsWith("APPLICANT#") && key.sk === "PROFILE";

/** Beside the profile, so a job keeps it by the applicant's id alone; a job writes it, never a request. */
export const mapRowKey = (applicantId: string) => ({ pk: applicantPk(applicantId), sk: "CLUSTER_MAP" });
export const CLUSTER_MAP_PK = "CLUSTER_MAP";
/**
 * One partition holds every row, sorted by cluster, regency and business name: a cell (or a whole cluster) is
 * a Query on a prefix, and the map is one Query of the partition. `#` cannot occur in the parts before the
 * name (codes), and is taken out of the name; the id last keeps two businesses of one name apart.
 */
export const cellPrefix = (cluster?: string, regencyCode?: string) =>
  cluster === undefined ? "" : regencyCode === undefined ? `${cluster}#` : `${cluster}#${regencyCode}#`;
export const mapRowIndexKeys = (row: { cluster: string; regencyCode: string; businessName: string; applicantId: string }) => ({
  gsi1pk: CLUSTER_MAP_PK,
  gsi1sk: `${cellPrefix(row.cluster, row.regencyCode)}${row.businessName.toLowerCase().replaceAll("#", " ")}#${row.applicantId}`,
});

export const classPk = (classId: string) => `CLASS#${classId}`;
export const classIdOfPk = (pk: string) => pk.slice("CLASS#".length);
export const classKey = (classId: string) => ({ pk: classPk(classId), sk: "CLASS" });
/** Apart from the class, so an enrolment rewrites neither the description nor the listing index. */
export const seatsKey = (classId: string) => ({ pk: classPk(classId), sk: "CLASS#SEATS" });
/** Both sort keys of a class begin with it: one Query reads the class with its seats. */
export const CLASS_SORT_PREFIX = "CLASS";
export const isSeatsSk = (sk: string) => sk === "CLASS#SEATS";
export const classListingKeys = (classId: string, enrolmentClosesAt: string) => ({
  gsi1pk: "CLASSES",
  gsi1sk: `${enrolmentClosesAt}#${classId}`,
});
export const CLASS_LISTING_PK = "CLASSES";

export const ENROLMENT_PREFIX = "ENROLMENT#";
export const enrolmentKey = (classId: string, applicantId: string) => ({ pk: classPk(classId), sk: `${ENROLMENT_PREFIX}${applicantId}` });
export const applicantIdOfEnrolmentSk = (sk: string) => sk.slice(ENROLMENT_PREFIX.length);
export const isEnrolmentSk = (sk: string) => sk.startsWith(ENROLMENT_PREFIX);
export const enrolmentByApplicantKeys = (classId: string, applicantId: string) => ({
  gsi2pk: applicantPk(applicantId),
  gsi2sk: `CLASS#${classId}`,
});
/** Rewritten with every status change, so a roster of one status is a Query of full pages. */
export const rosterByStatusPk = (classId: string, status: string) => `CLASS#${classId}#${status}`;
export const rosterByStatusKeys = (classId: string, applicantId: string, status: string) => ({ gsi3pk: rosterByStatusPk(classId, status), gsi3sk: applicantId });

/** Zero-padded so that the sort key orders the waitlist numerically. */
export const WAIT_PREFIX = "WAIT#";
export const waitSk = (seq: number) => `${WAIT_PREFIX}${String(seq).padStart(10, "0")}`;
export const waitKey = (classId: string, seq: number) => ({ pk: classPk(classId), sk: waitSk(seq) });
export const WAIT_FIRST = waitSk(0);

export const moduleKey = (classId: string, moduleId: string) => ({ pk: classPk(classId), sk: `MODULE#${moduleId}` });
/** The revision of a class's module set; shares the `MODULE` prefix so one Query reads it with the modules. */
export const moduleSetKey = (classId: string) => ({ pk: classPk(classId), sk: "MODULES" });
export const MODULE_SET_SORT_PREFIX = "MODULE";

/** Sorted by applicant first, so one Query reads one applicant's progress, or a page of applicants'. */
export const progressPk = (classId: string) => `PROGRESS#${classId}`;
export const classIdOfProgressPk = (pk: string) => pk.slice("PROGRESS#".length);
export const applicantProgressPrefix = (applicantId: string) => `${applicantId}#`;
export const moduleProgressKey = (classId: string, applicantId: string, moduleId: string) => ({
  pk: progressPk(classId),
  sk: `${applicantProgressPrefix(applicantId)}MODULE#${moduleId}`,
});
/** Just above every sort key of the applicant's progress: `~` sorts after the letters and digits of ours. */
export const applicantProgressUpperBound = (applicantId: string) => `${applicantProgressPrefix(applicantId)}~`;
export const completionKey = (classId: string, applicantId: string) => ({ pk: progressPk(classId), sk: `${applicantProgressPrefix(applicantId)}COMPLETION` });
export const isCompletionSk = (sk: string) => sk.endsWith("#COMPLETION");
export const isModuleProgressSk = (sk: string) => sk.includes("#MODULE#");
/** Progress exports sit beside the modules in the class's partition; the job finds them by this prefix in the stream. */
export const EXPORT_PREFIX = "EXPORT#";
export const exportKey = (classId: string, exportId: string) => ({ pk: classPk(classId), sk: `${EXPORT_PREFIX}${exportId}` });
export const isExportSk = (sk: string) => sk.startsWith(EXPORT_PREFIX);
export const exportFileKey = (classId: string, exportId: string) => `exports/${classId}/${exportId}/progress-${classId}.csv`;
export const certificateKey = (certificateId: string) => ({ pk: `CERTIFICATE#${certificateId}`, sk: "CERTIFICATE" });
export const isCertificatePk = (pk: string) => pk.startsWith("CERTIFICATE#");

// ---- cursors: a key is accepted back only in exactly the shape we build ----

type Key = Record<string, string>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ID = /^[\w-]{1,64}$/;
const isIsoTime = (value: string) => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;
const sameKey = (key: Key, built: Key) => Object.keys(key).length === Object.keys(built).length && Object.entries(built).every(([name, value]) => key[name] === value);

/** Ids from an enrolment's sort and partition keys, when both have the shapes we write. */
function enrolmentIds(key: Key): { classId: string; applicantId: string } | undefined {
  const classId = key.pk?.startsWith("CLASS#") ? classIdOfPk(key.pk) : "";
  const applicantId = key.sk?.startsWith(ENROLMENT_PREFIX) ? applicantIdOfEnrolmentSk(key.sk) : "";
  return UUID.test(classId) && ID.test(applicantId) ? { classId, applicantId } : undefined;
}

export function isClassListingKey(key: Key): boolean {
  const classId = key.pk?.startsWith("CLASS#") ? classIdOfPk(key.pk) : "";
  const closesAt = key.gsi1sk?.slice(0, -(classId.length + 1)) ?? "";
  return UUID.test(classId) && isIsoTime(closesAt) && sameKey(key, { ...classKey(classId), ...classListingKeys(classId, closesAt) });
}

export function isEnrolmentKey(key: Key): boolean {
  const ids = enrolmentIds(key);
  return ids !== undefined && sameKey(key, enrolmentKey(ids.classId, ids.applicantId));
}

export function isEnrolmentByApplicantKey(key: Key): boolean {
  const ids = enrolmentIds(key);
  return ids !== undefined && sameKey(key, { ...enrolmentKey(ids.classId, ids.applicantId), ...enrolmentByApplicantKeys(ids.classId, ids.applicantId) });
}

export function isRosterByStatusKey(key: Key, status: string): boolean {
  const ids = enrolmentIds(key);
  return ids !== undefined && sameKey(key, { ...enrolmentKey(ids.classId, ids.applicantId), ...rosterByStatusKeys(ids.classId, ids.applicantId, status) });
}

/** A row of the cluster map as its index returns it, inside the prefix asked for. */
export function isMapRowKey(key: Key, prefix: string): boolean {
  const applicantId = key.gsi1sk?.slice(key.gsi1sk.lastIndexOf("#") + 1) ?? "";
  return ID.test(applicantId) && key.gsi1sk!.startsWith(prefix) && key.gsi1pk === CLUSTER_MAP_PK && sameKey(key, { ...mapRowKey(applicantId), gsi1pk: CLUSTER_MAP_PK, gsi1sk: key.gsi1sk! });
}

/** A waitlist entry's key; rebuilt from its parts and compared, so the prefixes are checked too. */
export function isWaitKey(key: Key): boolean {
  const classId = classIdOfPk(key.pk ?? "");
  const seq = key.sk?.slice(WAIT_PREFIX.length) ?? "";
  return UUID.test(classId) && /^\d{10}$/.test(seq) && sameKey(key, waitKey(classId, Number(seq)));
}

// ---- storage keys of assignment files: the path says whose file it is, so only that shape is ever accepted back ----

/** Where uploads land: a staging area that a lifecycle rule empties, and that a reviewer never reads. */
export const STAGED_UPLOAD_PREFIX = "uploads/";
export const stagedUploadKey = (classId: string, moduleId: string, applicantId: string, uploadId: string, safeName: string) =>
  `${STAGED_UPLOAD_PREFIX}${classId}/${moduleId}/${applicantId}/${uploadId}/${safeName}`;

export function isStagedUploadKey(key: string, classId: string, moduleId: string, applicantId: string): boolean {
  const prefix = `${STAGED_UPLOAD_PREFIX}${classId}/${moduleId}/${applicantId}/`;
  return key.startsWith(prefix) && /^[0-9a-f-]{36}\/(?!\.)[\w.-]{1,100}$/.test(key.slice(prefix.length));
}

/**
 * A handed-in file, copied out of the staging area under its content's hash: no upload URL is ever
 * issued for this prefix, so what a reviewer saw is what every later download shows.
 */
export const handedInFileKey = (classId: string, moduleId: string, applicantId: string, contentHash: string, safeName: string) =>
  `assignments/${classId}/${moduleId}/${applicantId}/${contentHash}/${safeName}`;

/** The upload URLs an applicant holds open for one module. */
export const uploadTicketsKey = (classId: string, applicantId: string, moduleId: string) => ({ pk: `UPLOADS#${classId}#${applicantId}`, sk: `MODULE#${moduleId}` });

// ---- the pitch competition (table `judging`) ----
/*
 * judging    COMPETITION#<cid> / COMPETITION                         windows, k, blind, rubric (frozen by the first submitted score)
 *            COMPETITION#<cid> / ENTRANT#<applicantId>               the applicant's one submission: its id
 *            COMPETITION#<cid> / SUBMISSION#<submissionId>           the pitch
 *            COMPETITION#<cid> / JUDGE#<judgeId>                     an invited judge and the businesses they are tied to
 *            COMPETITION#<cid> / CONFLICT#<judgeId>#<submissionId>   a conflict an organiser recorded
 *            COMPETITION#<cid> / ASSIGNMENT                          the assignment run asked for and its outcome
 *            COMPETITION#<cid> / REVIEW#<judgeId>#<submissionId>     one assigned pair, with the judge's scores
 *            COMPETITION#<cid> / OVERRIDE#<submissionId>             an organiser's place (or withdrawal) for a submission, with the reason
 *            COMPETITION#<cid> / PUBLICATION#<version:4>             a published version of the results, never changed
 *            COMPETITION#<cid> / INVESTOR#<investorId>               an invited investor, what they invest in
 *            COMPETITION#<cid> / DEMODAY                             demo day: the event and its pitch slots
 *            COMPETITION#<cid> / INTEREST#<investorId>#<submissionId> an investor's interest in a finalist and private note
 *            COMPETITION#<cid> / MEETINGS                            the meetings' slots and rooms, the scheduling run asked for and its outcome
 *            COMPETITION#<cid> / MEETWISH#<investorId>               an investor's ranked finalists and free slots
 *            COMPETITION#<cid> / MEETTIMES#<submissionId>            a finalist's free slots
 *            COMPETITION#<cid> / MEETING#<investorId>#<submissionId> one proposed meeting and both sides' answers (a pair meets once)
 *   gsi1     CLASS#<classId> / COMPETITION#<createdAt>#<cid>           a class's competitions (on COMPETITION)
 *   gsi2     JUDGE#<judgeId> / COMPETITION#<cid>                      a judge's competitions (on JUDGE)
 *            INVESTOR#<investorId> / COMPETITION#<cid>                an investor's competitions (on INVESTOR; the same index)
 *   gsi3     REVIEWS#<cid>#<submissionId> / <judgeId>                a submission's reviews (on REVIEW; projects submissionId, active, status, comment)
 */
export const competitionPk = (competitionId: string) => `COMPETITION#${competitionId}`;
export const competitionKey = (competitionId: string) => ({ pk: competitionPk(competitionId), sk: "COMPETITION" });
export const competitionsOfClassPk = classPk;
export const competitionOfClassKeys = (classId: string, competitionId: string, createdAt: string) => ({ gsi1pk: competitionsOfClassPk(classId), gsi1sk: `COMPETITION#${createdAt}#${competitionId}` });
export const entrantKey = (competitionId: string, applicantId: string) => ({ pk: competitionPk(competitionId), sk: `ENTRANT#${applicantId}` });
export const SUBMISSION_PREFIX = "SUBMISSION#";
export const pitchKey = (competitionId: string, submissionId: string) => ({ pk: competitionPk(competitionId), sk: `${SUBMISSION_PREFIX}${submissionId}` });
export const isPitchSk = (sk: string) => sk.startsWith(SUBMISSION_PREFIX);
export const JUDGE_PREFIX = "JUDGE#";
export const judgeKey = (competitionId: string, judgeId: string) => ({ pk: competitionPk(competitionId), sk: `${JUDGE_PREFIX}${judgeId}` });
export const isJudgeSk = (sk: string) => sk.startsWith(JUDGE_PREFIX);
export const competitionsOfJudgePk = (judgeId: string) => `JUDGE#${judgeId}`;
export const competitionOfJudgeKeys = (judgeId: string, competitionId: string) => ({ gsi2pk: competitionsOfJudgePk(judgeId), gsi2sk: `COMPETITION#${competitionId}` });
export const CONFLICT_PREFIX = "CONFLICT#";
export const conflictKey = (competitionId: string, judgeId: string, submissionId: string) => ({ pk: competitionPk(competitionId), sk: `${CONFLICT_PREFIX}${judgeId}#${submissionId}` });
/** A recorded conflict's key (a judge's path id, a submission's UUID); rebuilt from its parts and compared, so the prefixes are checked too. */
export function isConflictKey(key: Key): boolean {
  const competitionId = key.pk?.slice(competitionPk("").length) ?? "";
  const [judgeId = "", submissionId = ""] = key.sk?.slice(CONFLICT_PREFIX.length).split("#") ?? [];
  return UUID.test(competitionId) && ID.test(judgeId) && UUID.test(submissionId) && sameKey(key, conflictKey(competitionId, judgeId, submissionId));
}
export const assignmentRunKey = (competitionId: string) => ({ pk: competitionPk(competitionId), sk: "ASSIGNMENT" });
export const isAssignmentRunSk = (sk: string) => sk === "ASSIGNMENT";
export const REVIEW_PREFIX = "REVIEW#";
export const reviewKey = (competitionId: string, judgeId: string, submissionId: string) => ({ pk: competitionPk(competitionId), sk: `${REVIEW_PREFIX}${judgeId}#${submissionId}` });
export const reviewsOfJudgePrefix = (judgeId: string) => `${REVIEW_PREFIX}${judgeId}#`;
export const reviewsOfSubmissionPk = (competitionId: string, submissionId: string) => `REVIEWS#${competitionId}#${submissionId}`;
export const reviewOfSubmissionKeys = (competitionId: string, judgeId: string, submissionId: string) => ({ gsi3pk: reviewsOfSubmissionPk(competitionId, submissionId), gsi3sk: judgeId });

export const OVERRIDE_PREFIX = "OVERRIDE#";
export const overrideKey = (competitionId: string, submissionId: string) => ({ pk: competitionPk(competitionId), sk: `${OVERRIDE_PREFIX}${submissionId}` });
export const PUBLICATION_PREFIX = "PUBLICATION#";
export const publicationKey = (competitionId: string, version: number) => ({ pk: competitionPk(competitionId), sk: `${PUBLICATION_PREFIX}${String(version).padStart(4, "0")}` });
export const isPublicationSk = (sk: string) => sk.startsWith(PUBLICATION_PREFIX);

export const demoDayKey = (competitionId: string) => ({ pk: competitionPk(competitionId), sk: "DEMODAY" });
export const isDemoDaySk = (sk: string) => sk === "DEMODAY";
export const INVESTOR_PREFIX = "INVESTOR#";
export const investorKey = (competitionId: string, investorId: string) => ({ pk: competitionPk(competitionId), sk: `${INVESTOR_PREFIX}${investorId}` });
export const competitionsOfInvestorPk = (investorId: string) => `INVESTOR#${investorId}`;
export const competitionOfInvestorKeys = (investorId: string, competitionId: string) => ({ gsi2pk: competitionsOfInvestorPk(investorId), gsi2sk: `COMPETITION#${competitionId}` });
export const interestKey = (competitionId: string, investorId: string, submissionId: string) => ({ pk: competitionPk(competitionId), sk: `INTEREST#${investorId}#${submissionId}` });
export const interestsOfInvestorPrefix = (investorId: string) => `INTEREST#${investorId}#`;
export const meetingsKey = (competitionId: string) => ({ pk: competitionPk(competitionId), sk: "MEETINGS" });
export const isMeetingsSk = (sk: string) => sk === "MEETINGS";
export const MEETING_WISH_PREFIX = "MEETWISH#";
export const meetingWishKey = (competitionId: string, investorId: string) => ({ pk: competitionPk(competitionId), sk: `${MEETING_WISH_PREFIX}${investorId}` });
export const FINALIST_TIMES_PREFIX = "MEETTIMES#";
export const finalistTimesKey = (competitionId: string, submissionId: string) => ({ pk: competitionPk(competitionId), sk: `${FINALIST_TIMES_PREFIX}${submissionId}` });
export const MEETING_PREFIX = "MEETING#";
export const isMeetingSk = (sk: string) => sk.startsWith(MEETING_PREFIX);
export const meetingKey = (competitionId: string, investorId: string, submissionId: string) => ({ pk: competitionPk(competitionId), sk: `${MEETING_PREFIX}${investorId}#${submissionId}` });
export const meetingsOfInvestorPrefix = (investorId: string) => `${MEETING_PREFIX}${investorId}#`;

/**
 * audit      AUDIT#<cid> / <at>#<entryId>                  who previewed, overrode, published or exported what, and why
 */
export const auditPk = (competitionId: string) => `AUDIT#${competitionId}`;
export const auditKey = (competitionId: string, at: string, entryId: string) => ({ pk: auditPk(competitionId), sk: `${at}#${entryId}` });

/** Pitch decks wait in the staging area like assignment uploads; the path names the applicant, only organisers ever see it. */
export const stagedPitchDeckKey = (competitionId: string, applicantId: string, uploadId: string) => `${STAGED_UPLOAD_PREFIX}pitches/${competitionId}/${applicantId}/${uploadId}/pitch-deck.pdf`;
export function isStagedPitchDeckKey(key: string, competitionId: string, applicantId: string): boolean {
  const prefix = `${STAGED_UPLOAD_PREFIX}pitches/${competitionId}/${applicantId}/`;
  return key.startsWith(prefix) && /^[0-9a-f-]{36}\/pitch-deck\.pdf$/.test(key.slice(prefix.length));
}
/**
 * A submitted deck, under the submission's opaque id and its content hash, never the applicant's id or
 * file name: judges reading blind get a link to it.
 */
export const pinnedPitchDeckKey = (competitionId: string, submissionId: string, contentHash: string) => `pitches/${competitionId}/${submissionId}/${contentHash}/pitch-deck.pdf`;
/** The deck upload URLs an applicant holds open for one competition (in `judging`; the module ones are in `learning`). */
export const pitchUploadTicketsKey = (competitionId: string, applicantId: string) => ({ pk: `UPLOADS#${competitionId}#${applicantId}`, sk: "PITCH" });
