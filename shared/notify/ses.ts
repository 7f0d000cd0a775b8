import { SendEmailCommand, SESv2Client } from "@aws-sdk/client-sesv2";
import { renderNotification } from "../i18n/notifications.js";
import type { Notifier } from "./port.js";
import { log } from "../log/logger.js";

/** E-mail through SES. Recipients without an e-mail address are logged: SMS and WhatsApp are not wired yet. */
export function createSesNotifier(from: string): Notifier {
  const ses = new SESv2Client({});
  return {
    async notify(recipient, template, data, lang) {
      if (!recipient.email) {
        log().warn("no e-mail address, notification not sent", { userId: recipient.userId, template });
        return;
      }
      const { subject, body } = renderNotification(template, lang, data);
      await ses.send(new SendEmailCommand({
        FromEmailAddress: from,
        Destination: { ToAddresses: [recipient.email] },
        Content: { Simple: { Subject: { Data: subject, Charset: "UTF-8" }, Body: { Text: { Data: body, Charset: "UTF-8" } } } },
      }));
    },
  };
}
