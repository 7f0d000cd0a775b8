import { randomBytes } from "node:crypto";
import { DomainError } from "../domain/errors.js";
import { completedAt, evaluateProgress, factStates } from "../domain/modules.js";
import { findClass, type ClassItem } from "../data/classes.js";
import { seatStillHeld } from "../data/enrolments.js";
import type { ModuleItem } from "../data/modules.js";
import type { ItemChange } from "../data/changes.js";
import { applicantRecords, attendanceRecorded, findCertificate, putCompletion, type ApplicantRecords, type CertificateItem } from "../data/progress.js";
import { findProfile } from "../data/profiles.js";
import { transact } from "../data/transactions.js";
import { seatStatuses } from "./enrolment.js";
import { listModuleItems } from "./modules.js";
import { settle } from "./retry.js";
import { log } from "../log/logger.js";

/**
 * When every required module counts as completed, records the completion and issues a certificate,
 * once. It runs after every applicant action, on every progress view and from the completion job
 * after attendance, so a settlement cut short is finished the next time.
 */
export async function settleCompletion(
  classId: string, applicantId: string, modules: ModuleItem[], records: ApplicantRecords, at: string,
  classOf: () => Promise<ClassItem | undefined> = () => findClass(classId),
): Promise<ApplicantRecords> {
  return settle(async (attempt) => {
    const [current, seats] = attempt === 0
      ? [records, undefined]
      : await Promise.all([applicantRecords(classId, applicantId), seatStatuses(classId, [applicantId])]);
    if (current.completion || !evaluateProgress(modules, factStates(current.facts)).complete) return current;
    // a certificate is only issued to a seat holder; one who withdrew keeps their progress, not a certificate
    if (seats && seats.get(applicantId) !== "enrolled") return current;
    const [profile, cls] = await Promise.all([findProfile(applicantId), classOf()]);
    if (!profile || !cls) return current;
    const certificate: CertificateItem = {
      classId, applicantId,
      // 128 random bits, hex, so one certificate's id says nothing of another's
      certificateId: randomBytes(16).toString("hex"),
      completedAt: completedAt(modules, current.facts, at),
      participantName: profile.ownerName, businessName: profile.businessName, classTitle: cls.title,
    };
    const committed = await transact([seatStillHeld(classId, applicantId), ...putCompletion(certificate)]);
    return committed ? { ...current, completion: certificate } : undefined;
  });
}

/**
 * After an action is saved, the client must hear that it was, even if issuing the certificate fails
 * now: a retry would spend another quiz attempt. The next progress view (or the job) finishes it.
 */
export async function settleAfterCommit(classId: string, applicantId: string, modules: ModuleItem[], at: string): Promise<ApplicantRecords> {
  // what the answer shows: read again until it is read (a busy store ends in 503, and the client's retry with its
  // Idempotency-Key finds its own write), never the records from before the write
  const records = await settle(() => applicantRecords(classId, applicantId));
  try {
    return await settleCompletion(classId, applicantId, modules, records, at);
  } catch (error) {
    log().warn("completion not settled yet", { classId, applicantId, error: error as Error });
    return records;
  }
}

/** Attendance is recorded for a whole session at once; the completions it finishes are settled here, in a job. */
export async function settleAfterAttendance(changes: readonly ItemChange[], now: Date): Promise<void> {
  await settleCompletions(attendanceRecorded(changes), now.toISOString());
}

async function settleCompletions(applicants: readonly { classId: string; applicantId: string }[], at: string): Promise<void> {
  for (const classId of new Set(applicants.map((a) => a.classId))) {
    const modules = await listModuleItems(classId);
    let cls: Promise<ClassItem | undefined> | undefined;
    const classOnce = () => (cls ??= findClass(classId));
    const ids = new Set(applicants.filter((a) => a.classId === classId).map((a) => a.applicantId));
    for (const applicantId of ids) await settleCompletion(classId, applicantId, modules, await applicantRecords(classId, applicantId), at, classOnce);
  }
}

export async function getCertificate(certificateId: string): Promise<CertificateItem> {
  const certificate = await findCertificate(certificateId);
  if (!certificate) throw new DomainError("certificate_not_found");
  return certificate;
}
