import type { User, UserManager } from "oidc-client-ts";
import type { CognitoConfig } from "./config.js";
import type { Session } from "./session.js";

/*
 * Signing in on AWS: the user pool's managed pages, the authorization code flow with PKCE (oidc-client-ts),
 * and the access token sent to the API (its authorizer and handlers read `cognito:groups` from it). The
 * library is loaded only here, so the local app and the first page do not carry it.
 */

let managers: Promise<UserManager> | undefined;

function managerOf(config: CognitoConfig): Promise<UserManager> {
  managers ??= import("oidc-client-ts").then(({ UserManager, WebStorageStateStore }) => new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${location.origin}/`,
    post_logout_redirect_uri: `${location.origin}/`,
    response_type: "code",
    scope: "openid email phone profile",
    // kept on the phone like the rest of the session, so a reload does not sign anyone out
    userStore: new WebStorageStateStore({ store: localStorage }),
    automaticSilentRenew: true,
  }));
  return managers;
}

const claimsOf = (token: string): Record<string, unknown> => {
  const payload = token.split(".")[1] ?? "";
  return JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/"))) as Record<string, unknown>;
};

export function sessionOf(user: User): Session {
  const claims = claimsOf(user.access_token);
  const groups = claims["cognito:groups"];
  return { token: user.access_token, username: String(claims.username ?? user.profile.sub), groups: Array.isArray(groups) ? groups.map(String) : [] };
}

/**
 * Finishes a sign-in that has just come back from the pool's page (`?code=…&state=…`), then returns who is
 * signed in, if anyone; `follow` hears of every renewed token and of the session's end.
 */
export async function resumeCognito(config: CognitoConfig, follow: (session: Session | undefined) => void): Promise<Session | undefined> {
  const manager = await managerOf(config);
  const query = new URLSearchParams(location.search);
  if (query.has("code") && query.has("state")) {
    const user = await manager.signinCallback();
    // back to where the person was when they chose to sign in, without the code in the address bar
    const hash = typeof user?.state === "string" ? user.state : "";
    history.replaceState(null, "", `${location.pathname}${hash}`);
  }
  manager.events.addUserLoaded((user) => follow(sessionOf(user)));
  manager.events.addUserUnloaded(() => follow(undefined));
  manager.events.addSilentRenewError(() => follow(undefined));
  const user = await manager.getUser();
  return user && !user.expired ? sessionOf(user) : undefined;
}

/** To the pool's sign-in page (sign-up is there too); the place in the app comes back with the code. */
export async function signInWithCognito(config: CognitoConfig): Promise<void> {
  await (await managerOf(config)).signinRedirect({ state: location.hash });
}

/** Forgets the tokens here and ends the session on the pool's domain, which sends the person back. */
export async function signOutOfCognito(config: CognitoConfig): Promise<void> {
  await (await managerOf(config)).removeUser();
  const back = encodeURIComponent(`${location.origin}/`);
  location.assign(`${config.signInDomain}/logout?client_id=${encodeURIComponent(config.clientId)}&logout_uri=${back}`);
}
