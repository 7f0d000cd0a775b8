import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok } from "../support/answers.js";
import { startCognitoStandIn, type CognitoStandIn } from "../support/cognito-stand-in.js";
import { profileInput } from "../support/fixtures.js";
import { browserStack } from "./stack.js";

/*
 * The web app as deployed on AWS signs in on the user pool's pages: /config.json names the pool, the app
 * goes there with the authorization code flow and PKCE (oidc-client-ts), comes back with a code, trades it
 * for tokens with its verifier, and sends the access token to the API. The pool is a stand-in that checks
 * the verifier against the challenge, as Cognito does; the API and its token check are the real local ones.
 */

let pool: CognitoStandIn;
const stack = browserStack({
  webConfig: () => ({ signIn: "cognito", apiUrl: stack.url, authority: pool.url, clientId: pool.clientId, signInDomain: pool.url }),
});

beforeAll(async () => { pool = await startCognitoStandIn(); });
afterAll(async () => { await pool?.close(); });

describe("signing in on AWS", () => {
  it("goes to the pool's page with PKCE, comes back to the same place signed in, keeps the session on reload, and signs out there too", async () => {
    const applicant = await stack.api.user("applicant");
    ok(await stack.api.call("POST", "/me/profile", { as: applicant, body: profileInput({ businessName: "Tenun Ikat Sumba Lestari" }) }), 201);
    pool.signsInAs({ sub: applicant.sub, accessToken: applicant.token });
    const { context, page } = await stack.phone();
    await page.goto(`${stack.url}/#/classes/kelas-yang-dicari`);
    await page.getByRole("button", { name: "Masuk atau daftar" }).click();
    // to the pool and back with a code, traded for tokens; then the code is gone from the address and the
    // place in the app is kept
    await expect.poll(() => pool.tokenRequests.length).toBe(1);
    await expect.poll(() => page.url()).toBe(`${stack.url}/#/classes/kelas-yang-dicari`);
    const [authorize] = pool.authorizeRequests;
    expect(authorize?.get("response_type")).toBe("code");
    expect(authorize?.get("code_challenge_method")).toBe("S256");
    expect(authorize?.get("redirect_uri")).toBe(`${stack.url}/`);
    expect(pool.tokenRequests.map((r) => r.verified)).toEqual([true]);
    // the API took the access token: her own profile is on the home page
    await page.goto(`${stack.url}/#/`);
    await expect.poll(() => page.getByText("Tenun Ikat Sumba Lestari").first().isVisible()).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByText("Tenun Ikat Sumba Lestari").first().isVisible()).toBe(true);
    expect(await stack.seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Keluar" }).click();
    await expect.poll(() => pool.logouts.length).toBe(1);
    expect(pool.logouts[0]?.get("client_id")).toBe(pool.clientId);
    await page.getByRole("button", { name: "Masuk atau daftar" }).waitFor();
    await context.close();
  });
});
