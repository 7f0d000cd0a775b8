import { seatNotice } from "../domain/seats.js";
import type { ItemChange } from "../data/changes.js";
import { enrolmentChanges } from "../data/enrolments.js";
import { certificatesIssued } from "../data/progress.js";
import { findProfile } from "../data/profiles.js";
import type { NotificationData, NotificationTemplate } from "../i18n/notifications.js";
import { notifierInUse } from "../notify/notifier.js";

/** Tells an applicant something, in their language, at the addresses in their profile. */
async function notifyApplicant(applicantId: string, template: NotificationTemplate, data: NotificationData): Promise<void> {
  const profile = await findProfile(applicantId);
  if (!profile) return;
  await notifierInUse().notify(
    { userId: applicantId, email: profile.email, phone: profile.phone },
    template,
    { ownerName: profile.ownerName, ...data },
    profile.language ?? "id",
  );
}

/** A seat, a waitlist place, or a seat from the waitlist: each applicant hears of theirs. */
export async function notifySeatChanges(changes: readonly ItemChange[]): Promise<void> {
  for (const { before, after } of enrolmentChanges(changes)) {
    const notice = seatNotice(before?.status, after.status);
    if (notice) await notifyApplicant(after.applicantId, notice, { classTitle: after.classTitle });
  }
}

export async function notifyCertificatesIssued(changes: readonly ItemChange[]): Promise<void> {
  for (const certificate of certificatesIssued(changes)) {
    await notifyApplicant(certificate.applicantId, "certificateIssued", { classTitle: certificate.classTitle, certificateId: certificate.certificateId });
  }
}
