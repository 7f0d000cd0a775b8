import { fileURLToPath } from "node:url";
import { cruise, type IRegularForbiddenRuleType, type IViolation } from "dependency-cruiser";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import { describe, expect, it } from "vitest";

// Data flows down, never back: route or job table → handler → app → domain → data. Each rule names an
// import that would point back up the layers or out of the house. Type-only imports count: a layer that
// knows another's types knows the layer.
const rules: IRegularForbiddenRuleType[] = [
  {
    name: "domain-imports-only-domain-and-i18n",
    from: { path: "^shared/domain/" },
    to: { path: "^shared/", pathNot: "^shared/(domain|i18n)/" },
  },
  {
    name: "domain-does-no-io",
    from: { path: "^shared/domain/" },
    to: { path: "^node_modules/(@aws-sdk|@middy)/|^(node:)?fs(/|$)" },
  },
  {
    name: "data-is-storage-only",
    from: { path: "^shared/data/" },
    to: { path: "^shared/(http|api|app|views|jobs)/" },
  },
  {
    name: "app-knows-no-http-views-or-jobs",
    from: { path: "^shared/app/" },
    to: { path: "^shared/(http|views|jobs)/" },
  },
  {
    name: "views-know-no-http",
    from: { path: "^shared/views/" },
    to: { path: "^shared/http/" },
  },
  {
    // The optimiser works on domain types only, so a job, the command and a test can all call it.
    name: "the-solver-knows-only-the-domain",
    from: { path: "^shared/solver/" },
    to: { path: "^shared/", pathNot: "^shared/(domain|solver)/" },
  },
  {
    name: "the-logger-knows-nothing-of-the-house",
    from: { path: "^shared/log/" },
    to: { path: "^shared/", pathNot: "^shared/log/" },
  },
  {
    name: "lambda-bundles-never-carry-the-local-host",
    from: { path: "^(shared|functions)/" },
    to: { path: "^infra/" },
  },
  {
    name: "shared-never-imports-handlers",
    from: { path: "^shared/" },
    to: { path: "^functions/" },
  },
  {
    // The team notes at ../shared (and test/, bench/) are not product code.
    name: "product-code-stays-in-the-repo",
    from: { path: "^(shared|functions|infra)/" },
    to: { pathNot: "^(shared|functions|infra|node_modules)/", dependencyTypesNot: ["core"] },
  },
  {
    name: "no-cycles-in-shared",
    from: { path: "^shared/" },
    to: { path: "^shared/", circular: true },
  },
];

const root = fileURLToPath(new URL("../../", import.meta.url));
const { output } = await cruise(
  ["shared", "functions", "infra"],
  { baseDir: root, tsPreCompilationDeps: true, doNotFollow: { path: "^node_modules/" }, validate: true, ruleSet: { forbidden: rules } },
  // packages are resolved through their `exports` map, as Node and esbuild resolve them
  { conditionNames: ["import", "node", "default"], exportsFields: ["exports"] },
  { tsConfig: extractTSConfig(`${root}tsconfig.json`) },
);
if (typeof output === "string") throw new Error(`dependency-cruiser returned text, not a result: ${output}`);
const modules = output.modules.map((module) => module.source);

/** "from → to (rule)"; a cycle is shown all the way round. */
function describeViolation({ from, to, rule, cycle }: IViolation): string {
  return `${[from, ...(cycle?.map((step) => step.name) ?? [to])].join(" → ")} (${rule.name})`;
}

describe("the layers", () => {
  it("are checked over the whole product: shared, functions and infra", () => {
    expect(modules.filter((source) => /^(shared|functions|infra)\//.test(source)).length).toBeGreaterThan(50);
  });

  it("have a rule for each folder that exists, so no rule passes by matching nothing", () => {
    const matchingNothing = rules.flatMap((rule) =>
      [rule.from.path, rule.to.path]
        .flat()
        .filter((path) => path !== undefined && !modules.some((source) => new RegExp(path).test(source)))
        .map((path) => `${rule.name}: ${path}`),
    );
    expect(matchingNothing).toEqual([]);
  });

  it("are imported downwards only: no import points back up, out of the repo or round in a cycle", () => {
    expect(output.summary.violations.map(describeViolation)).toEqual([]);
  });
});
