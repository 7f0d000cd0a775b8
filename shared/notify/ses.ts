import { fromEnv } from "@aws-sdk/credential-provider-env";
import { Hash } from "@smithy/core/serde";
import { HttpRequest } from "@smithy/core/transport";
import { SignatureV4 } from "@smithy/signature-v4";
import { renderNotification } from "../i18n/notifications.js";
import { log } from "../log/logger.js";
import type { Notifier } from "./port.js";

/** What the SES client retried: throttling, SES's own failures and lost connections, three attempts in all. */
const ATTEMPTS = 3;
const retryable = (status: number) => status === 429 || status >= 500;
const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 100 * 2 ** attempt));

/**
 * E-mail through SES v2's SendEmail, signed with the SDK's own SigV4 signer instead of the SES client, as
 * the file store does for S3: one plain request is all we send, and the client (60 KB, compiled at every
 * cold start even when imported lazily) made the route that sends judging reminders start a third slower.
 * test/unit/ses.test.ts holds the request to the SDK client's own. Recipients without an e-mail address
 * are logged: SMS and WhatsApp are not wired yet.
 */
export function createSesNotifier(from: string, region = process.env.AWS_REGION ?? ""): Notifier {
  const signer = new SignatureV4({ service: "ses", region, credentials: fromEnv(), sha256: Hash.bind(null, "sha256") });
  const hostname = `email.${region}.amazonaws.com`;
  return {
    async notify(recipient, template, data, lang) {
      if (!recipient.email) {
        log().warn("no e-mail address, notification not sent", { userId: recipient.userId, template });
        return;
      }
      const { subject, body } = renderNotification(template, lang, data);
      const email = JSON.stringify({
        FromEmailAddress: from,
        Destination: { ToAddresses: [recipient.email] },
        Content: { Simple: { Subject: { Data: subject, Charset: "UTF-8" }, Body: { Text: { Data: body, Charset: "UTF-8" } } } },
      });
      const unsigned = new HttpRequest({
        protocol: "https:", hostname, method: "POST", path: "/v2/email/outbound-emails",
        headers: { host: hostname, "content-type": "application/json", "content-length": String(Buffer.byteLength(email)) },
        body: email,
      });
      for (let attempt = 1; ; attempt++) {
        const signed = (await signer.sign(unsigned)) as HttpRequest;
        const answer = await fetch(`https://${hostname}${signed.path}`, { method: signed.method, headers: signed.headers, body: email })
          .catch((error: unknown) => { if (attempt < ATTEMPTS) return undefined; throw error; });
        if (answer?.ok) return;
        if (answer && (!retryable(answer.status) || attempt === ATTEMPTS)) {
          throw new Error(`SES SendEmail for ${recipient.userId}: ${answer.status} ${answer.headers.get("x-amzn-errortype") ?? ""} ${await answer.text()}`);
        }
        await pause(attempt);
      }
    },
  };
}
