import { describe, expect, it } from "vitest";
import { authFromClaims, parseGroups } from "../../shared/http/auth.js";

describe("the caller from the token's claims", () => {
  it("has no groups when the flattened claim is empty", () => {
    expect(parseGroups("[]")).toEqual([]);
    expect(parseGroups("")).toEqual([]);
  });

  it("keeps brackets that belong to a group's name: only the outer pair is API Gateway's", () => {
    expect(parseGroups("[[beta] admin]")).toEqual(["[beta]", "admin"]);
  });

  it("is nobody without a subject", () => {
    expect(authFromClaims({ sub: "", token_use: "access", "cognito:groups": "[admin]" })).toBeUndefined();
    expect(authFromClaims({ sub: 42, token_use: "access" })).toBeUndefined();
    expect(authFromClaims(undefined)).toBeUndefined();
  });

  it("keeps only the roles the platform knows, in the token's order", () => {
    expect(authFromClaims({ sub: "u1", token_use: "access", "cognito:groups": ["judge", "beta", "applicant"] })).toEqual({ userId: "u1", roles: ["judge", "applicant"] });
  });
});
