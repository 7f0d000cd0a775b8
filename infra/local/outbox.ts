import type { Lang } from "../../shared/i18n/messages.js";
import { renderNotification, type NotificationData, type NotificationTemplate } from "../../shared/i18n/notifications.js";
import type { Notifier, Recipient } from "../../shared/notify/port.js";

export interface SentNotification {
  at: string;
  recipient: Recipient;
  template: NotificationTemplate;
  lang: Lang;
  subject: string;
  body: string;
}

/** The local stand-in for e-mail: every notification is kept, newest last, and shown at `GET /_outbox`. */
export function createOutbox(): Notifier & { sent(): SentNotification[] } {
  const sent: SentNotification[] = [];
  return {
    async notify(recipient: Recipient, template: NotificationTemplate, data: NotificationData, lang: Lang) {
      sent.push({ at: new Date().toISOString(), recipient, template, lang, ...renderNotification(template, lang, data) });
    },
    sent: () => [...sent],
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
