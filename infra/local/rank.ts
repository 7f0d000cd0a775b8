import * as z from "zod/mini";
import { InvalidInput } from "../../shared/domain/errors.js";
import { rankingMethods, rankSubmissions } from "../../shared/domain/ranking.js";
import { fail, oneLine, readJsonInput, where } from "./json-command.js";

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

const wording: Record<string, string> = {
  duplicate_score: "the same judge scores this submission twice",
  score_not_finite: "not a finite number",
  field_invalid: "not a valid value",
};

const { input, name } = readJsonInput("rank", usage, RankInput, "ranking input");

const { scores, competitionId: _competitionId, tieBreakOrder: _tieBreakOrder, ...options } = input;
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
