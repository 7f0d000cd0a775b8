import { randomUUID } from "node:crypto";
import type { PitchDraft } from "../api/schemas/pitch-input.js";
import { assertSubmissionOpen, checkUseOfFunds, missingPitchFields, PITCH_DECK_TYPES } from "../domain/competitions.js";
import { DomainError, InvalidInput, invalidField } from "../domain/errors.js";
import { checkFile, MAX_FILE_BYTES, UPLOAD_SECONDS } from "../domain/files.js";
import { beforeDeadline, findAssignmentRun, rerunWith, type CompetitionItem } from "../data/competitions.js";
import { isStagedPitchDeckKey, pinnedPitchDeckKey, stagedPitchDeckKey } from "../data/keys.js";
import type { Page } from "../data/pagination.js";
import { findPitch, findPitchOf, pitchesPage, putPitch, type PitchBusiness, type PitchItem } from "../data/pitches.js";
import { findProfile } from "../data/profiles.js";
import { submittedComments } from "../data/reviews.js";
import { transact } from "../data/transactions.js";
import { pitchDeckUploads } from "../data/uploads.js";
import { fileStore } from "../files/store.js";
import { findPublication } from "../data/results.js";
import { resultIn, type Result } from "../domain/results.js";
import { getCompetition } from "./competitions.js";
import { inEventZone } from "./event-time.js";
import { settle } from "./retry.js";
import { pinUpload, takeUploadTicket, type UploadTicket } from "./uploads.js";

/** The applicant's pitch with the competition it belongs to; views need both. */
export interface PitchInCompetition {
  pitch: PitchItem;
  competition: CompetitionItem;
  /** The judges' comments, once results are published; never who wrote them. */
  comments?: string[];
  /** Where the pitch ended in the latest published version of the results. */
  result?: Result;
}

export async function myPitch(competitionId: string, applicantId: string): Promise<PitchInCompetition> {
  const [competition, pitch] = await Promise.all([getCompetition(competitionId), findPitchOf(competitionId, applicantId)]);
  if (!pitch) throw new DomainError("pitch_not_found");
  // the judges' words reach the applicant only once the results are out
  if (!competition.resultsPublishedAt) return { pitch, competition };
  const [comments, publication] = await Promise.all([submittedComments(competitionId, pitch.submissionId), findPublication(competitionId, competition.publishedVersion!)]);
  return { pitch, competition, comments, ...(publication ? { result: resultIn(publication, pitch.submissionId) } : {}) };
}

/** The business as the profile says today: a pitch carries it, so organisers and conflict checks see who is behind it. */
async function businessOf(applicantId: string): Promise<PitchBusiness> {
  const profile = await findProfile(applicantId);
  if (!profile) throw new DomainError("profile_required");
  const { ownerName, businessName, nib, phone, email, sector, regencyCode } = profile;
  return { ownerName, businessName, nib, phone, email, sector, regencyCode };
}

/**
 * Saves the whole draft (or the submitted pitch, which stays complete). Only between the opening and
 * the deadline by the server's clock, read at the moment of writing: the transaction restates the
 * deadline, so a request that began before it and is written after it is refused too.
 */
export async function savePitch(competitionId: string, applicantId: string, draft: PitchDraft): Promise<PitchInCompetition> {
  const fundsIssues = checkUseOfFunds(draft.capitalAskIdr, draft.useOfFunds);
  if (fundsIssues.length) throw new InvalidInput(fundsIssues);
  const business = await businessOf(applicantId);
  return settle(async () => {
    const [competition, current, run] = await Promise.all([getCompetition(competitionId), findPitchOf(competitionId, applicantId), findAssignmentRun(competitionId)]);
    await assertWindowOpen(competition, new Date().toISOString());
    const submissionId = current?.submissionId ?? randomUUID();
    const { pitchDeckKey, ...fields } = draft;
    // a submitted pitch stays complete: refused before its deck is copied, so a 400 leaves nothing behind
    if (current?.status === "submitted") assertComplete({ ...fields, pitchDeck: pitchDeckKey });
    const pitchDeck = pitchDeckKey === undefined ? undefined : await pinUpload({
      uploadKey: pitchDeckKey,
      issuedHere: isStagedPitchDeckKey(pitchDeckKey, competitionId, applicantId),
      pinnedKeyOf: (hash) => pinnedPitchDeckKey(competitionId, submissionId, hash),
      check: (file) => checkFile(file, PITCH_DECK_TYPES),
      field: "pitchDeckKey",
      current: current?.pitchDeck,
    });
    const at = new Date().toISOString();
    const pitch: PitchItem = {
      ...fields, pitchDeck, competitionId, submissionId, applicantId, business,
      status: current?.status ?? "draft", createdAt: current?.createdAt ?? at, updatedAt: at, submittedAt: current?.submittedAt,
    };
    // a submitted pitch whose business changed (a new NIB, phone or sector) is checked for conflicts again
    const rerun = run && current?.status === "submitted" && businessMoved(current.business, business) ? [rerunWith(run, "pitch_submitted", at)] : [];
    const committed = await transact([beforeDeadline(competitionId, at), ...putPitch(pitch, current?.updatedAt), ...rerun]);
    return committed ? { pitch, competition } : deadlineOrMoved(competitionId);
  });
}

const businessMoved = (before: PitchBusiness, after: PitchBusiness) => before.nib !== after.nib || before.phone !== after.phone || before.sector !== after.sector;

/**
 * Draft → submitted, once every field is there; editing stays possible until the deadline. A pitch
 * submitted after the organisers asked for an assignment gets its judges from a re-run.
 */
export async function submitPitch(competitionId: string, applicantId: string): Promise<PitchInCompetition> {
  return settle(async () => {
    const [competition, current, run] = await Promise.all([getCompetition(competitionId), findPitchOf(competitionId, applicantId), findAssignmentRun(competitionId)]);
    const at = new Date().toISOString();
    // outside the window nothing can be done, so that is the answer even without a pitch to submit
    await assertWindowOpen(competition, at);
    if (!current) throw new DomainError("pitch_not_found");
    if (current.status === "submitted") return { pitch: current, competition };
    assertComplete(current);
    const pitch: PitchItem = { ...current, status: "submitted", submittedAt: at, updatedAt: at };
    // in the same write: a submission that lands after the assignment was asked for cannot miss its re-run
    const committed = await transact([beforeDeadline(competitionId, at), ...putPitch(pitch, current.updatedAt), ...(run ? [rerunWith(run, "pitch_submitted", at)] : [])]);
    return committed ? { pitch, competition } : deadlineOrMoved(competitionId);
  });
}

function assertComplete(pitch: Parameters<typeof missingPitchFields>[0]) {
  const missing = missingPitchFields(pitch);
  if (missing.length) throw new InvalidInput(missing);
}

/** A refused write: the deadline passed (say so), or someone wrote first (read again). */
async function deadlineOrMoved(competitionId: string): Promise<undefined> {
  await assertWindowOpen(await getCompetition(competitionId), new Date().toISOString());
  return undefined;
}

/** The submission window, as the domain decides it; a refusal names its time in the event's zone. */
function assertWindowOpen(competition: CompetitionItem, at: string): Promise<void> {
  return inEventZone(competition, () => assertSubmissionOpen(competition, at));
}

/** A short-lived URL to upload the pitch deck (PDF, at most 10 MB) while the pitch can still change. */
export async function requestPitchDeckUpload(competitionId: string, applicantId: string, file: { contentType: string; size: number }, now: Date): Promise<UploadTicket> {
  await assertWindowOpen(await getCompetition(competitionId), now.toISOString());
  const problem = checkFile(file, PITCH_DECK_TYPES);
  if (problem === "file_type_not_allowed") throw invalidField("contentType", "pitch_deck_pdf", problem);
  if (problem) throw invalidField("size", problem, problem, { params: { limit: MAX_FILE_BYTES / 1024 / 1024 } });
  const { uploadId, expiresAt } = await takeUploadTicket(pitchDeckUploads(competitionId, applicantId), now);
  const fileKey = stagedPitchDeckKey(competitionId, applicantId, uploadId);
  const { url, headers } = await fileStore().presignUpload(fileKey, file, UPLOAD_SECONDS);
  return { fileKey, url, headers, expiresAt };
}

// ---- organisers ----

export async function listPitches(competitionId: string, limit: number, cursor?: string): Promise<Page<PitchItem>> {
  await getCompetition(competitionId);
  return pitchesPage(competitionId, limit, cursor);
}

export async function organiserPitch(competitionId: string, submissionId: string): Promise<PitchItem> {
  const pitch = await findPitch(competitionId, submissionId);
  if (!pitch) throw new DomainError("not_found");
  return pitch;
}
