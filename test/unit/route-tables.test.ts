import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// A handler imports its own route; esbuild drops the area's other routes only because each is a
// `/* @__PURE__ */ route({...})` whose arguments run nothing. A schema built inside the table
// (`response: page(Thing)`, `z.object(...)`) keeps its route alive, and with it every schema file the
// route names: each Lambda of the area would then carry and build them all at start-up. So does a value
// spread into an entry (`tables: { ...reads, judging: "RW" }`): esbuild keeps every route that spreads it.
const folder = new URL("../../shared/api/routes/", import.meta.url);
const tables = readdirSync(folder).filter((file) => file.endsWith(".ts") && file !== "index.ts");

describe("the route tables", () => {
  it.each(tables)("%s marks every route pure and builds no schema and spreads no value inside it", (file) => {
    const code = readFileSync(new URL(file, folder), "utf8").split("\n").filter((line) => !line.startsWith("import ")).join("\n");
    const routes = code.match(/\broute\(/g) ?? [];
    expect(routes.length).toBeGreaterThan(0);
    expect(code.match(/\/\* @__PURE__ \*\/ route\(/g)).toHaveLength(routes.length);
    const calls = [...code.matchAll(/([\w.]+)\(/g)].map((call) => call[1]).filter((name) => name !== "route");
    expect(calls).toEqual([]);
    expect(code.match(/\.\.\.\w/g) ?? [], "spreads in the table").toEqual([]);
  });
});
