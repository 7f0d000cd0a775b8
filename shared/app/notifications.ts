import type { NotificationData, NotificationTemplate } from "../i18n/notifications.js";
import { findProfile } from "../data/profiles.js";
import { notifierInUse } from "../notify/notifier.js";

/** Tells an applicant something, in their language, at the addresses in their profile. */
export async function notifyApplicant(applicantId: string, template: NotificationTemplate, data: NotificationData): Promise<void> {
  const profile = await findProfile(applicantId);
  if (!profile) return;
  await notifierInUse().notify(
    { userId: applicantId, email: profile.email, phone: profile.phone },
    template,
    { ownerName: profile.ownerName, ...data },
    profile.language ?? "id",
  );
}
