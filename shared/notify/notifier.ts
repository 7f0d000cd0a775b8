import type { Notifier } from "./port.js";
import { createSesNotifier } from "./ses.js";


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
