import type { Lang } from "../i18n/messages.js";
import type { NotificationData, NotificationTemplate } from "../i18n/notifications.js";

/** Who a notification goes to: a user, and the addresses we have for them. */
export interface Recipient {
  userId: string;
  email?: string;
  /** E.164 */
  phone?: string;
}

/** The notification port: e-mail through SES on AWS, an outbox you can read locally. */
export interface Notifier {
  notify(recipient: Recipient, template: NotificationTemplate, data: NotificationData, lang: Lang): Promise<void>;
}
