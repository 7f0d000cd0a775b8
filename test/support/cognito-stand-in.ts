import { createHash, randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";

/*
 * What Cognito's user pool does for the web app's sign-in, in the small part a browser test needs: the
 * OpenID discovery document, an authorize endpoint that "signs in" the person the test chose and sends the
 * browser back with a code, and a token endpoint that gives the tokens only for the code's PKCE verifier.
 * The access token is one the local issuer minted, so the local API accepts it as the authorizer would.
 */

export interface CognitoStandIn {
  url: string;
  clientId: string;
  /** Who the next sign-in on the authorize page is, and their access token. */
  signsInAs(person: { sub: string; accessToken: string }): void;
  /** Every authorize request seen: the flow's parameters as the browser sent them. */
  authorizeRequests: URLSearchParams[];
  /** Every token request seen, with whether its verifier matched the code's challenge. */
  tokenRequests: { params: URLSearchParams; verified: boolean }[];
  /** Sign-outs seen on the pool's /logout. */
  logouts: URLSearchParams[];
  close(): Promise<void>;
}

const base64url = (data: Buffer | string) => Buffer.from(data).toString("base64url");
/** An id token of the right shape; the web app reads it but, like oidc-client-ts, never verifies its signature. */
const idToken = (claims: Record<string, unknown>) => `${base64url(JSON.stringify({ alg: "none", typ: "JWT" }))}.${base64url(JSON.stringify(claims))}.`;

export async function startCognitoStandIn(): Promise<CognitoStandIn> {
  const clientId = `client-${randomUUID().slice(0, 8)}`;
  let person: { sub: string; accessToken: string } | undefined;
  const codes = new Map<string, { challenge: string; redirectUri: string; person: { sub: string; accessToken: string } }>();
  const stand: Omit<CognitoStandIn, "url" | "close"> = {
    clientId,
    signsInAs: (next) => { person = next; },
    authorizeRequests: [],
    tokenRequests: [],
    logouts: [],
  };
  let url = "";
  const server: Server = createServer((request, response) => {
    const here = new URL(request.url ?? "/", url);
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json", "access-control-allow-origin": "*" });
      response.end(JSON.stringify(body));
    };
    if (here.pathname === "/.well-known/openid-configuration") {
      return json(200, {
        issuer: url, authorization_endpoint: `${url}/oauth2/authorize`, token_endpoint: `${url}/oauth2/token`,
        jwks_uri: `${url}/.well-known/jwks.json`, userinfo_endpoint: `${url}/oauth2/userInfo`,
        response_types_supported: ["code"], code_challenge_methods_supported: ["S256"],
      });
    }
    if (here.pathname === "/oauth2/authorize") {
      stand.authorizeRequests.push(here.searchParams);
      const redirectUri = here.searchParams.get("redirect_uri") ?? "";
      if (!person || here.searchParams.get("client_id") !== clientId || here.searchParams.get("code_challenge_method") !== "S256") return json(400, { error: "invalid_request" });
      const code = randomUUID();
      codes.set(code, { challenge: here.searchParams.get("code_challenge") ?? "", redirectUri, person });
      response.writeHead(302, { location: `${redirectUri}?code=${code}&state=${encodeURIComponent(here.searchParams.get("state") ?? "")}` });
      return response.end();
    }
    if (here.pathname === "/oauth2/token" && request.method === "OPTIONS") {
      response.writeHead(204, { "access-control-allow-origin": "*", "access-control-allow-headers": "content-type", "access-control-allow-methods": "POST" });
      return response.end();
    }
    if (here.pathname === "/oauth2/token" && request.method === "POST") {
      let body = "";
      request.on("data", (chunk) => { body += chunk; });
      request.on("end", () => {
        const params = new URLSearchParams(body);
        const granted = codes.get(params.get("code") ?? "");
        const verified = !!granted && base64url(createHash("sha256").update(params.get("code_verifier") ?? "").digest()) === granted.challenge
          && params.get("redirect_uri") === granted.redirectUri && params.get("client_id") === clientId;
        stand.tokenRequests.push({ params, verified });
        if (!granted || !verified) return json(400, { error: "invalid_grant" });
        codes.delete(params.get("code")!);
        const now = Math.floor(Date.now() / 1000);
        json(200, {
          access_token: granted.person.accessToken, token_type: "Bearer", expires_in: 3600,
          id_token: idToken({ iss: url, aud: clientId, sub: granted.person.sub, iat: now, exp: now + 3600, token_use: "id" }),
        });
      });
      return;
    }
    if (here.pathname === "/logout") {
      stand.logouts.push(here.searchParams);
      response.writeHead(302, { location: here.searchParams.get("logout_uri") ?? "/" });
      return response.end();
    }
    json(404, { error: "not_found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return { ...stand, url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
