import { fromEnv } from "@aws-sdk/credential-provider-env";

/**
 * Stands in for `@aws-sdk/credential-provider-node` in Lambda bundles (infra/bundling.ts). Lambda hands
 * every function its role's credentials in the environment, so the default chain's other sources
 * (profiles, SSO, web identity, with their nested STS/SSO clients: ~80 KB a bundle) never apply there.
 */
export const defaultProvider: typeof fromEnv = (init) => fromEnv(init);
