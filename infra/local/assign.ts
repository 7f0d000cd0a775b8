import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import * as z from "zod/mini";
import { JudgeAssignmentInput } from "../../shared/api/schemas/judge-assignment.js";
import { assignJudges } from "../../shared/solver/judge-assignment.js";

// The judge assignment as a command over JSON, so anyone can reproduce what the assignment job decides.
// Exit codes: 0 done, 2 bad usage or bad input (with a message, never a stack trace), 1 the solver failed.

const usage = `Usage: npm run assign -- <input.json | ->

Reads the competition's judges and submissions as JSON (from the file, or from stdin with "-"):
  {"k":3,"submissions":[{"id":"s1","sector":"kuliner"}],
   "judges":[{"id":"j1","sectors":["kuliner"],"maxLoad":12}],
   "conflicts":[["j1","s1"]],"previous":[["j2","s1"]]}
("maxLoad" and "previous" are optional) and prints the assignment:
  {"assignments":[["j1","s2"]],"unassigned":[{"submission":"s9","missing":1,"reason":"…","code":"…"}],"loads":{"j1":9}}

Each submission gets k judges without a conflict, loads as even as the constraints allow (max − min ≤ 1
where possible), expertise matched where possible, and as few of the "previous" pairs moved as possible.
The same input always gives the same output.`;

// zod/mini ships no wording ("Invalid input"); the HTTP API words issues itself (shared/i18n/fields.ts),
// a command prints zod's English.
z.config(z.locales.en());

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

let positionals: string[];
let help: boolean | undefined;
try {
  ({ positionals, values: { help } } = parseArgs({ allowPositionals: true, options: { help: { type: "boolean", short: "h" } } }));
} catch (error) {
  fail(`${(error as Error).message}\n\n${usage}`);
}
if (help) {
  console.log(usage);
  process.exit(0);
}
const [source, ...extra] = positionals;
if (source === undefined || extra.length > 0) fail(usage);

let text: string;
try {
  text = readFileSync(source === "-" ? 0 : source, "utf8");
} catch (error) {
  fail(`Cannot read ${source === "-" ? "stdin" : source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
}

let json: unknown;
try {
  json = JSON.parse(text);
} catch (error) {
  fail(`${source === "-" ? "stdin" : source} is not valid JSON: ${(error as Error).message}`);
}

const parsed = JudgeAssignmentInput.safeParse(json);
if (!parsed.success) fail(`${source === "-" ? "stdin" : source} is not a valid assignment input:\n${z.prettifyError(parsed.error)}`);

try {
  console.log(JSON.stringify(await assignJudges(parsed.data)));
} catch (error) {
  console.error(`The assignment failed: ${(error as Error).message}`);
  process.exit(1);
}
