import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createIssuer } from "../../infra/local/issuer.js";
import { routeList } from "../../shared/api/routes/index.js";
import type { Route } from "../../shared/api/route.js";
import { roles, type Role } from "../../shared/domain/roles.js";
import { testApi, type TestApi } from "../support/api.js";

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
});

/** A URL for the route with well-formed parameters (the objects need not exist). */
function urlOf(route: Route): string {
  return route.path.replace(/\{(\w+)\}/g, () => randomUUID());
}

const guarded = routeList.filter((route) => route.roles !== "public");

describe.each(guarded.map((route) => [`${route.method} ${route.path}`, route] as const))("%s", (_, route) => {
  it("answers 401 without a token", async () => {
    const answer = await api.call(route.method, urlOf(route));
    expect(answer.status).toBe(401);
    expect(answer.body.error.code).toBe("unauthorized");
  });

  it("answers 401 to an expired token, a token signed by another key, and an unsigned token", async () => {
    const user = { sub: randomUUID(), username: "x", groups: route.roles as Role[] };
    const expired = await api.issuer.mint(user, { ttlSeconds: -60 });
    const foreign = await (await createIssuer()).mint(user);
    const [header, payload] = (await api.issuer.mint(user)).split(".");
    const unsigned = `${Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url")}.${payload}.`;
    for (const token of [expired, foreign, unsigned, `${header}.${payload}.AAAA`]) {
      const answer = await api.call(route.method, urlOf(route), { headers: { authorization: `Bearer ${token}` } });
      expect(answer.status).toBe(401);
    }
  });

  it("answers 403 to every role the route does not allow", async () => {
    for (const role of roles.filter((r) => !(route.roles as readonly Role[]).includes(r))) {
      const answer = await api.call(route.method, urlOf(route), { as: await api.user(role) });
      expect(answer.status, role).toBe(403);
      expect(answer.body.error.code).toBe("forbidden");
    }
  });
});

describe("tokens", () => {
  it("an ID token (token_use=id) is refused even with the right group", async () => {
    const idToken = await api.issuer.mint({ sub: randomUUID(), username: "x", groups: ["applicant"] }, { tokenUse: "id" });
    const answer = await api.call("GET", "/me/profile", { headers: { authorization: `Bearer ${idToken}` } });
    expect(answer.status).toBe(401);
  });

  it("public routes answer without a token", async () => {
    const answer = await api.call("GET", "/reference");
    expect(answer.status).toBe(200);
    expect(answer.body.regencies).toHaveLength(22);
  });
});
