import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import * as z from "zod/mini";

/**
 * What the commands over JSON (`npm run rank`, `schedule`, `assign`) share: one argument, a file or "-"
 * for stdin, read as JSON and checked against the command's schema. Every way that can go wrong ends in
 * one message and exit code 2, never a stack trace, so an organiser can tell a bad file from a failed run
 * (exit code 1, left to each command).
 */

// zod/mini ships no wording ("Invalid input"); the HTTP API words issues itself (shared/i18n/fields.ts),
// a command prints zod's English.
z.config(z.locales.en());

/** A path as a reader writes it: scores[3].score, investors.i1.available[2]. */
export const where = (path: readonly PropertyKey[]) =>
  path.map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`)).join("") || "(top level)";

/** Every problem on one line, the first few in full. */
export function oneLine(problems: string[]): string {
  const shown = problems.slice(0, 3).join("; ");
  return problems.length > 3 ? `${shown}; and ${problems.length - 3} more` : shown;
}

/** Bad usage or bad input: the message on stderr, exit code 2. */
export function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** The schema's issues as printed after "is not a valid …:" — by default on the same line, each at its path. */
export type Explain = (error: z.core.$ZodError) => string;

const onOneLine: Explain = (error) => ` ${oneLine(error.issues.map((issue) => `${where(issue.path)}: ${issue.message}`))}`;

/**
 * The input named on the command line, checked against `schema`, and the name to report it by ("stdin"
 * for "-"). Prints `usage` and exits 0 on --help; exits 2 on bad usage, an unreadable file, text that is
 * not JSON, or JSON the schema refuses (`${name} is not a valid ${what}: …`).
 */
export function readJsonInput<Schema extends z.ZodMiniType>(
  command: string,
  usage: string,
  schema: Schema,
  what: string,
  explain: Explain = onOneLine,
): { input: z.output<Schema>; name: string } {
  let positionals: string[];
  let help: boolean | undefined;
  try {
    ({ positionals, values: { help } } = parseArgs({ allowPositionals: true, options: { help: { type: "boolean", short: "h" } } }));
  } catch (error) {
    fail(`${(error as Error).message} (npm run ${command} -- --help)`);
  }
  if (help) {
    console.log(usage);
    process.exit(0);
  }
  const [source, ...extra] = positionals;
  // the usage's first line, e.g. "Usage: npm run rank -- <scores.json | ->"
  if (source === undefined || extra.length > 0) fail(`${usage.split("\n", 1)[0]}  (--help for the format)`);
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

  const parsed = schema.safeParse(json);
  if (!parsed.success) fail(`${name} is not a valid ${what}:${explain(parsed.error)}`);
  return { input: parsed.data, name };
}
