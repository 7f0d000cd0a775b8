import { port } from "../port.js";
import type { Notifier } from "./port.js";
import { createSesNotifier } from "./ses.js";

const notifier = port<Notifier>("notifier (NOTIFY_FROM)", () => (process.env.NOTIFY_FROM ? createSesNotifier(process.env.NOTIFY_FROM) : undefined));

/** SES from `NOTIFY_FROM` on AWS; locally the outbox `infra/local` installs. */
export const notifierInUse = notifier.get;
export const useNotifier = notifier.useLocal;
