/**
 * What the web app reads from `/config.json` before anything else: where the API is and how people sign in.
 * Locally the API's own server answers with `local` (same origin, the demo users' page); on AWS the CDK
 * stack writes `cognito` into the app's bucket at deploy time, when the API's URL and the user pool exist.
 */
export type WebConfig =
  | { signIn: "local" }
  | {
    signIn: "cognito";
    /** The HTTP API's own URL (the app is on CloudFront, the API on API Gateway: CORS admits only the app). */
    apiUrl: string;
    /** The user pool as an OpenID provider: https://cognito-idp.{region}.amazonaws.com/{poolId}. */
    authority: string;
    clientId: string;
    /** The pool's managed sign-in domain, whose /logout ends the session there too. */
    signInDomain: string;
  };
