import { isRole, type Role } from "../domain/roles.js";

export interface Auth {
  userId: string;
  roles: Role[];
}

/**
 * API Gateway's JWT authorizer hands array claims to Lambda flattened into one string,
 * `"[admin judge]"`; a direct invocation may pass a real array. Both forms are read here, and only here.
 */
export function parseGroups(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.map(String);
  if (typeof claim !== "string") return [];
  // API Gateway joins the array with spaces; a comma belongs to a group's name (Cognito allows it) and splits nothing
  return claim.replace(/^\[|\]$/g, "").split(/\s+/).filter(Boolean);
}

/** Only Cognito access tokens are accepted: ID tokens also pass the authorizer but are meant for the client. */
export function authFromClaims(claims: Record<string, unknown> | undefined): Auth | undefined {
  if (!claims || claims.token_use !== "access" || typeof claims.sub !== "string" || claims.sub === "") return undefined;
  return { userId: claims.sub, roles: parseGroups(claims["cognito:groups"]).filter(isRole) };
}
