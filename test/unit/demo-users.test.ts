import { describe, expect, it } from "vitest";
import { demoUsers } from "../../infra/local/demo.js";

describe("the demo users", () => {
  it("are each a person of their own: no two share a user id or a sign-in name", () => {
    expect(new Set(demoUsers.map((user) => user.sub)).size).toBe(demoUsers.length);
    expect(new Set(demoUsers.map((user) => user.username)).size).toBe(demoUsers.length);
    expect(new Set(demoUsers.map((user) => user.variable)).size).toBe(demoUsers.length);
  });
});
