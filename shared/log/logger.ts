import { Logger } from "@aws-lambda-powertools/logger";

let logger: Logger | undefined;

/**
 * The one structured JSON logger of a container (CloudWatch on AWS, the console locally). Made on
 * first use, not at import: a Logger made at import adds ~10 ms to every cold start. Fields are passed
 * per line, never appended to the logger, because the local host serves many requests at once.
 * Lines carry ids (request, caller, class), never personal data such as names or phone numbers.
 */
export function log(): Logger {
  return (logger ??= new Logger({ serviceName: "lab-wirausaha" }));
}
