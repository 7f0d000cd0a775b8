import type { Lang } from "../i18n/messages.js";
import type { NotificationData, NotificationTemplate } from "../i18n/notifications.js";
import { createSesNotifier } from "./ses.js";

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

let notifier: Notifier | undefined;
let makeLocal: (() => Notifier) | undefined;

/** SES from `NOTIFY_FROM` on AWS; a local host installs its outbox with `useNotifier`. */
export function notifierInUse(): Notifier {
  if (!notifier) {
    const from = process.env.NOTIFY_FROM;
    if (makeLocal) notifier = makeLocal();
    else if (from) notifier = createSesNotifier(from);
    else throw new Error("No notifier: NOTIFY_FROM is not set and no local outbox was installed");
  }
  return notifier;
}

export function useNotifier(make: () => Notifier): void {
  makeLocal = make;
  notifier = undefined;
}
