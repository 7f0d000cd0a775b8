import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { apiTypes, apiTypesFile } from "../../web/scripts/api-types.js";

describe("the web app's API types", () => {
  it("are what `npm run web:types` writes from the route table today", async () => {
    expect(readFileSync(apiTypesFile, "utf8"), "run npm run web:types").toBe(await apiTypes());
  });
});
