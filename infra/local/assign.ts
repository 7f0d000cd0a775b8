import * as z from "zod/mini";
import { JudgeAssignmentInput } from "../../shared/api/schemas/judge-assignment.js";
import { assignJudges } from "../../shared/solver/judge-assignment.js";
import { readJsonInput } from "./json-command.js";

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

// The schema is the API's; its issues are printed one to a line under their path, as zod prettifies them.
const { input } = readJsonInput("assign", usage, JudgeAssignmentInput, "assignment input", (error) => `\n${z.prettifyError(error)}`);

try {
  console.log(JSON.stringify(await assignJudges(input)));
} catch (error) {
  console.error(`The assignment failed: ${(error as Error).message}`);
  process.exit(1);
}
