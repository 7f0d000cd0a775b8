import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// `npm run rank -- scores.json`, run as a child process the way an organiser runs it (through tsx, as
// the npm script does; `node --import tsx` spares the half second npx takes to start).

describe("npm run rank", () => {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), "rank-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (file: string, content: string) => {
    writeFileSync(join(dir, file), content);
    return spawnSync(process.execPath, ["--import", "tsx", "infra/local/rank.ts", join(dir, file)], { cwd: root, encoding: "utf8" });
  };

  it("prints the ranking of a JSON file, best first, with qualities, raw means, probabilities and biases to 4 decimals", () => {
    // H is harsh and L lenient: the raw mean puts B first, the corrected ranking A (worked out in domain-ranking.test.ts).
    const rows = [["H", "A", 6.2], ["N", "A", 7.4], ["L", "B", 7.4], ["N", "B", 6.4], ["L", "C", 7], ["N", "C", 6], ["H", "D", 4.8], ["L", "D", 6.8]];
    const input = { scores: rows.map(([judge, submission, score]) => ({ judge, submission, score })), finalists: 2, bootstrap: { rounds: 200, seed: 1 } };
    const { status, stdout, stderr } = run("scores.json", JSON.stringify(input));
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^\{\n {2}"method": "additive",\n {2}"ranking": \[/);
    const result = JSON.parse(stdout);
    expect(result.ranking.map((e: { submission: string }) => e.submission)).toEqual(["A", "B", "C", "D"]);
    expect(result.ranking[0]).toMatchObject({ submission: "A", rank: 1, quality: 7.3067, raw: 6.8, selection: "finalist" });
    expect(result.ranking[1]).toMatchObject({ submission: "B", quality: 6.3667, raw: 6.9 });
    expect(result.bias).toEqual({ H: -1.0667, L: 1.0133, N: 0.0533 });
    expect(result).toMatchObject({ components: 1, unranked: [], bootstrap: { rounds: 200, seed: 1 } });
    for (const e of result.ranking) {
      expect(e.top5Probability).toBeGreaterThanOrEqual(0);
      expect(e.top5Probability).toBeLessThanOrEqual(1);
      expect(e.top5Probability * 1e4).toBe(Math.round(e.top5Probability * 1e4));
    }
  });

  it("refuses input that breaks the schema or the rules with exit code 2 and one line, not a stack trace", () => {
    const badShape = run("shape.json", JSON.stringify({ scores: [{ judge: "j1", submission: "s1", score: "7" }], method: "median" }));
    expect(badShape.status).toBe(2);
    expect(badShape.stdout).toBe("");
    expect(badShape.stderr).toMatch(/^.*shape\.json is not a valid ranking input: scores\[0\]\.score: .*; method: .*\n$/);

    const twice = run("twice.json", JSON.stringify({ scores: [{ judge: "j1", submission: "s1", score: 7 }, { judge: "j1", submission: "s1", score: 8 }] }));
    expect(twice.status).toBe(2);
    expect(twice.stderr).toMatch(/^.*twice\.json cannot be ranked: scores\[1\]: the same judge scores this submission twice\n$/);

    const broken = run("broken.json", '{"scores": [');
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/is not valid JSON/);
    for (const { stderr } of [badShape, twice, broken]) expect(stderr).not.toMatch(/\n\s+at /);
  });
});
