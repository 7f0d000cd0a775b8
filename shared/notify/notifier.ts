import { port } from "../port.js";
import type { Notifier } from "./port.js";
import { createSesNotifier } from "./ses.js";

const notifier = /* @__PURE__ */ port<Notifier>("notifier (NOTIFY_FROM)", () => (process.env.NOTIFY_FROM ? createSesNotifier(process.env.NOTIFY_FROM) : undefined));

/** SES from `NOTIFY_FROM` on AWS; locally the outbox `infra/local` installs. */
export function notifierInUse(): Notifier {
  return notifier.get();
}

export function useNotifier(make: () => Notifier): void {
  notifier.useLocal(make);
}
