import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import * as z from "zod/mini";
import { InvalidInput } from "../../shared/domain/errors.js";
import { rankingMethods, rankSubmissions } from "../../shared/domain/ranking.js";

// The competition ranking as a command over JSON, so anyone can reproduce a published ranking from the
// scores. Exit codes: 0 done, 2 bad usage or bad input (one line, never a stack trace), 1 anything else.

const usage = `Usage: npm run rank -- <scores.json | ->

Reads the judges' scores as JSON (from the file, or from stdin with "-"):
  {"scores":[{"judge":"j1","submission":"s1","score":7.5}], "method":"additive"}
optionally with "minJudges", "finalists", "reserves", "submissions" (ids to list even without a score),
"competitionId" and "tieBreakOrder" (as the organisers' export has them; read by people, not here),
"tieBreak" ({"s1":[8.5,-1767225600000]}: keys compared in order, higher first), "closeCall" ([0.2,0.8])
and "bootstrap" ({"rounds":500,"seed":1}; rounds 0 switches it off). Prints the ranking, best first:
  {"ranking":[{"submission":"s1","quality":7.1,"raw":7.3,"top5Probability":0.93,…}],"bias":{"j1":0.2},"components":1,…}

"additive" (the default) corrects each judge's bias by least squares; "standardised" also corrects how
widely a judge uses the scale. Numbers are rounded to 4 decimals. The same input always gives the same output.`;

// zod/mini ships no wording ("Invalid input"); a command prints zod's English.
z.config(z.locales.en());

const Id = z.string().check(z.minLength(1), z.maxLength(100));
const Whole = (min: number) => z.int().check(z.gte(min));

/** The command's input: the issue's shape, and the ranking's options under their own names. */
const RankInput = z.strictObject({
  scores: z.array(z.strictObject({ judge: Id, submission: Id, score: z.number() })).check(z.maxLength(1_000_000)),
  method: z.optional(z.enum(rankingMethods)),
  minJudges: z.optional(Whole(1)),
  finalists: z.optional(Whole(0)),
  reserves: z.optional(Whole(0)),
  submissions: z.optional(z.array(Id)),
  tieBreak: z.optional(z.record(Id, z.array(z.number()))),
  bootstrap: z.optional(z.strictObject({ rounds: Whole(0).check(z.lte(100_000)), seed: z.int() })),
  closeCall: z.optional(z.tuple([z.number().check(z.gte(0), z.lte(1)), z.number().check(z.gte(0), z.lte(1))])),
  // what the organisers' export (GET /competitions/{id}/ranking/scores) also says, for the reader: not used here
  competitionId: z.optional(Id),
  tieBreakOrder: z.optional(z.array(Id)),
});

/** A path as a reader writes it: scores[3].score. */
const where = (path: readonly PropertyKey[]) =>
  path.map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`)).join("") || "(top level)";

/** Every problem on one line, the first few in full. */
function oneLine(problems: string[]): string {
  const shown = problems.slice(0, 3).join("; ");
  return problems.length > 3 ? `${shown}; and ${problems.length - 3} more` : shown;
}

const wording: Record<string, string> = {
  duplicate_score: "the same judge scores this submission twice",
  score_not_finite: "not a finite number",
  field_invalid: "not a valid value",
};

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

let positionals: string[];
let help: boolean | undefined;
try {
  ({ positionals, values: { help } } = parseArgs({ allowPositionals: true, options: { help: { type: "boolean", short: "h" } } }));
} catch (error) {
  fail(`${(error as Error).message} (npm run rank -- --help)`);
}
if (help) {
  console.log(usage);
  process.exit(0);
}
const [source, ...extra] = positionals;
if (source === undefined || extra.length > 0) fail("Usage: npm run rank -- <scores.json | ->  (--help for the format)");
const name = source === "-" ? "stdin" : source;

let text: string;
try {
  text = readFileSync(source === "-" ? 0 : source, "utf8");
} catch (error) {
  fail(`Cannot read ${name}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
}

let json: unknown;
try {
  json = JSON.parse(text);
} catch (error) {
  fail(`${name} is not valid JSON: ${(error as Error).message}`);
}

const parsed = RankInput.safeParse(json);
if (!parsed.success) fail(`${name} is not a valid ranking input: ${oneLine(parsed.error.issues.map((issue) => `${where(issue.path)}: ${issue.message}`))}`);

const { scores, competitionId: _competitionId, tieBreakOrder: _tieBreakOrder, ...options } = parsed.data;
let output: string;
try {
  const result = rankSubmissions(scores, options);
  // Full precision stays in the function; people read four decimals.
  output = JSON.stringify(result, (_, value: unknown) => (typeof value === "number" ? Math.round(value * 1e4) / 1e4 : value), 2);
} catch (error) {
  if (error instanceof InvalidInput) {
    fail(`${name} cannot be ranked: ${oneLine(error.issues.map((issue) => `${where(issue.path)}: ${wording[issue.message] ?? issue.message}`))}`);
  }
  console.error(`The ranking failed: ${(error as Error).message}`);
  process.exit(1);
}
console.log(output);
