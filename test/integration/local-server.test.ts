import { Agent, request } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve } from "../../infra/local/server.js";
import { testApi, type TestApi } from "../support/api.js";
import { profileInput } from "../support/fixtures.js";

let api: TestApi;
let base: string;
let close: () => void;

beforeAll(async () => {
  api = await testApi();
  const server = await serve(api.dispatch, 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

describe("the local HTTP server", () => {
  it("serves the route table over real HTTP with signed tokens", async () => {
    const applicant = await api.user("applicant");
    const created = await fetch(`${base}/me/profile`, {
      method: "POST",
      headers: { authorization: `Bearer ${applicant.token}`, "content-type": "application/json", "accept-language": "en" },
      body: JSON.stringify(profileInput()),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("content-type")).toContain("application/json");
    const read = await fetch(`${base}/me/profile`, { headers: { authorization: `Bearer ${applicant.token}` } });
    expect(((await read.json()) as { applicantId: string }).applicantId).toBe(applicant.sub);
  });

  it("answers preflight requests and unknown addresses in the error shape", async () => {
    const preflight = await fetch(`${base}/me/profile`, { method: "OPTIONS" });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toContain("authorization");
    const missing = await fetch(`${base}/nowhere`, { headers: { "accept-language": "en" } });
    expect(missing.status).toBe(404);
    const body = (await missing.json()) as { error: { requestId: string } };
    expect(body).toEqual({ error: { code: "route_not_found", message: "This address does not exist.", details: null, requestId: expect.any(String) } });
    expect(missing.headers.get("x-request-id")).toBe(body.error.requestId);
  });

  it("describes the API at /openapi.json, every route of the table in it", async () => {
    const answer = await fetch(`${base}/openapi.json`);
    expect(answer.status).toBe(200);
    const document = (await answer.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe("3.1.0");
    expect(document.paths["/classes/{classId}/progress/exports"]).toBeDefined();
  });

  it("answers GET / with a short index, ends JSON with a newline, and says when a token has merely expired", async () => {
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain("/openapi.json");
    expect((await (await fetch(`${base}/reference`)).text()).endsWith("}\n")).toBe(true);
    const expired = await api.issuer.mint({ sub: "someone", username: "someone", groups: ["applicant"] }, { ttlSeconds: -60 });
    const answer = await fetch(`${base}/me/profile`, { headers: { authorization: `Bearer ${expired}`, "accept-language": "en" } });
    expect(answer.status).toBe(401);
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe("token_expired");
  });

  it("answers an oversized request 413 and closes that connection, so the next request is served", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = (method: string, path: string, body?: Buffer) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(`${base}${path}`, { method, agent, headers: { "content-type": "application/json", "accept-language": "en" } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        });
        // the server stops reading the body it refused: writing the rest fails, and that is expected
        req.on("error", (error) => (body ? undefined : reject(error)));
        req.end(body);
      });
    try {
      const refused = await send("POST", "/me/profile", Buffer.alloc(13 * 1024 * 1024, 32));
      expect(refused.status).toBe(413);
      expect(JSON.parse(refused.body).error.code).toBe("body_too_large");
      const next = await send("GET", "/reference");
      expect(next.status).toBe(200);
    } finally {
      agent.destroy();
    }
  });
});
