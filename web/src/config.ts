import type { WebConfig } from "../../shared/api/web-config.js";
import { Unreachable } from "./api.js";

export type { WebConfig };
export type CognitoConfig = Extract<WebConfig, { signIn: "cognito" }>;

/** Where the API is and how people sign in: the first thing the app asks its own origin. */
export async function loadConfig(): Promise<WebConfig> {
  const response = await fetch("/config.json", { cache: "no-cache" }).catch(() => { throw new Unreachable(); });
  if (!response.ok) throw new Unreachable();
  return (await response.json()) as WebConfig;
}

/** Locally the API shares the app's origin; on AWS it is API Gateway's own. */
export const apiUrlOf = (config: WebConfig) => (config.signIn === "cognito" ? config.apiUrl : location.origin);
