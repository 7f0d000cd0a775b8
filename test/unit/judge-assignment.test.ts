import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  assignmentChanges, certifiedFor, checkAssignment, sortPairs, unassignedReason,
  type AssignmentInput, type AssignmentJudge, type AssignmentResult, type JudgePair,
} from "../../shared/domain/judge-assignment.js";
import { JudgeAssignmentInput } from "../../shared/api/schemas/judge-assignment.js";
import { assignJudges } from "../../shared/solver/judge-assignment.js";

// Every property is seeded so a failure reproduces; runs are modest so the file stays within seconds.
const check = <T>(property: fc.IAsyncProperty<T>, numRuns = 60) => fc.assert(property, { seed: 20270109, numRuns });

const sectors = ["kuliner", "kriya", "jasa"] as const;

interface Shape {
  submissions: number;
  judges: number;
  k: number;
  /** The most conflicts, as a share of all pairs. */
  conflicts: number;
  maxLoad: boolean;
}

/** Random competitions of a given size: sectors, judges' expertise, conflicts and maximum loads. */
function competition({ submissions, judges, k, conflicts, maxLoad }: Shape): fc.Arbitrary<AssignmentInput> {
  return fc
    .record({
      k: fc.integer({ min: 1, max: k }),
      // size "max": without it fast-check keeps arrays to about 10 items whatever maxLength says
      submissions: fc.array(fc.constantFrom(...sectors), { maxLength: submissions, size: "max" }),
      judges: fc.array(
        fc.record({
          sectors: fc.subarray([...sectors]),
          maxLoad: maxLoad ? fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }) : fc.constant(undefined),
        }),
        { maxLength: judges, size: "max" },
      ),
    })
    .chain(({ k: perSubmission, submissions: sectorsOf, judges: judgeList }) => {
      const pairs: JudgePair[] = judgeList.flatMap((_, j) => sectorsOf.map((_, s) => [`j${j}`, `s${s}`] as const));
      return fc.subarray(pairs, { maxLength: Math.floor(pairs.length * conflicts) }).map((conflicted): AssignmentInput => ({
        k: perSubmission,
        submissions: sectorsOf.map((sector, s) => ({ id: `s${s}`, sector })),
        judges: judgeList.map((judge, j): AssignmentJudge => ({ id: `j${j}`, ...judge })),
        conflicts: conflicted,
      }));
    });
}

const tiny = competition({ submissions: 4, judges: 4, k: 2, conflicts: 0.4, maxLoad: true });
const small = competition({ submissions: 9, judges: 6, k: 3, conflicts: 0.3, maxLoad: true });

const problemsOf = (input: AssignmentInput, result: AssignmentResult) => checkAssignment(input, result).problems;
const squares = (result: AssignmentResult) => Object.values(result.loads).reduce((sum, load) => sum + load * load, 0);
const expertiseOf = (input: AssignmentInput, result: AssignmentResult) => {
  const sectorOf = new Map(input.submissions.map((s) => [s.id, s.sector]));
  const judgeSectors = new Map(input.judges.map((j) => [j.id, j.sectors]));
  return result.assignments.filter(([j, s]) => judgeSectors.get(j)!.includes(sectorOf.get(s)!)).length;
};

/**
 * Every assignment of a tiny competition, by enumeration: the most places filled, and among those the
 * least max − min, the least Σ load² and, at that Σ load², the most expertise matches.
 */
function bruteForce(input: AssignmentInput): { coverage: number; balance: number; squares: number; expertise: number } {
  const { k, submissions, judges, conflicts } = input;
  const conflicted = new Set(conflicts.map(([j, s]) => `${j}|${s}`));
  const load = judges.map(() => 0);
  const free = submissions.map((s) => judges.flatMap((j, index) => (conflicted.has(`${j.id}|${s.id}`) ? [] : [index])));
  const subsets = (items: number[], size: number): number[][] =>
    size === 0 ? [[]] : items.flatMap((item, i) => subsets(items.slice(i + 1), size - 1).map((rest) => [item, ...rest]));
  let best = { coverage: -1, balance: Infinity, squares: Infinity, expertise: -1 };
  const visit = (s: number, coverage: number, expertise: number): void => {
    if (s === submissions.length) {
      const balance = judges.length === 0 ? 0 : Math.max(...load) - Math.min(...load);
      const sq = load.reduce((sum, l) => sum + l * l, 0);
      if (coverage > best.coverage) best = { coverage, balance, squares: sq, expertise };
      else if (coverage === best.coverage) {
        best.balance = Math.min(best.balance, balance);
        if (sq < best.squares) [best.squares, best.expertise] = [sq, expertise];
        else if (sq === best.squares) best.expertise = Math.max(best.expertise, expertise);
      }
      return;
    }
    for (let size = 0; size <= Math.min(k, free[s]!.length); size++) {
      for (const chosen of subsets(free[s]!, size)) {
        if (chosen.some((j) => load[j]! + 1 > (judges[j]!.maxLoad ?? Infinity))) continue;
        for (const j of chosen) load[j]! += 1;
        const matched = chosen.filter((j) => judges[j]!.sectors.includes(submissions[s]!.sector)).length;
        visit(s + 1, coverage + size, expertise + matched);
        for (const j of chosen) load[j]! -= 1;
      }
    }
  };
  visit(0, 0, 0);
  return best;
}

describe("an assignment", () => {
  it("keeps every rule: k judges or a true reason, no conflict, no judge above its maximum load", async () => {
    // with a previous assignment too, naming judges that left and pairs now in conflict
    const withPrevious = small.chain((input) => {
      const pairs: JudgePair[] = [...input.submissions, { id: "s-gone" }].flatMap((s) => [...input.judges, { id: "j-gone" }].map((j) => [j.id, s.id] as const));
      return fc.record({ input: fc.constant(input), previous: fc.subarray(pairs, { maxLength: Math.min(12, pairs.length) }) });
    });
    await check(fc.asyncProperty(withPrevious, async ({ input, previous }) => {
      expect(problemsOf(input, await assignJudges(input))).toEqual([]);
      expect(problemsOf(input, await assignJudges({ ...input, previous }))).toEqual([]);
    }));
  });

  it("gives every submission exactly k judges when k judges without a conflict exist and no load limit binds", async () => {
    const roomy = competition({ submissions: 12, judges: 7, k: 3, conflicts: 0.15, maxLoad: false })
      .filter((input) => input.submissions.every((s) => input.judges.filter((j) => !input.conflicts.some(([cj, cs]) => cj === j.id && cs === s.id)).length >= input.k));
    await check(fc.asyncProperty(roomy, async (input) => {
      const result = await assignJudges(input);
      expect(result.unassigned).toEqual([]);
      expect(result.assignments).toHaveLength(input.k * input.submissions.length);
      expect(problemsOf(input, result)).toEqual([]);
    }));
  });

  it("balances loads to max − min ≤ 1 when no conflict or load limit binds (0 when the places divide evenly)", async () => {
    const free = competition({ submissions: 14, judges: 6, k: 3, conflicts: 0, maxLoad: false }).filter((input) => input.judges.length >= input.k);
    await check(fc.asyncProperty(free, async (input) => {
      const result = await assignJudges(input);
      const places = input.k * input.submissions.length;
      expect(checkAssignment(input, result).balance).toBe(places % input.judges.length === 0 ? 0 : 1);
    }));
  });

  it("is as balanced as any assignment can be when conflicts and load limits bind, by enumeration on tiny competitions", async () => {
    await check(fc.asyncProperty(tiny, async (input) => {
      const result = await assignJudges(input);
      const best = bruteForce(input);
      expect({ coverage: result.assignments.length, balance: checkAssignment(input, result).balance, squares: squares(result) })
        .toEqual({ coverage: best.coverage, balance: best.balance, squares: best.squares });
    }), 120);
  });

  it("matches expertise as often as the most balanced assignments allow, by enumeration", async () => {
    await check(fc.asyncProperty(tiny, async (input) => {
      expect(expertiseOf(input, await assignJudges(input))).toBe(bruteForce(input).expertise);
    }), 120);
  });

  it("gives each submission a judge of its sector when there is one free", async () => {
    const input: AssignmentInput = {
      k: 1,
      submissions: [{ id: "tenun-ikat", sector: "fesyen-tenun" }, { id: "se-i-sapi", sector: "kuliner" }],
      judges: [{ id: "bu-maria", sectors: ["kuliner"] }, { id: "pak-yohanes", sectors: ["fesyen-tenun"] }],
      conflicts: [],
    };
    expect((await assignJudges(input)).assignments).toEqual([["bu-maria", "se-i-sapi"], ["pak-yohanes", "tenun-ikat"]]);
  });
});

describe("certified curators, when organisers prefer them", () => {
  const day = "2027-03-10";
  const bnsp = { scope: ["kuliner"], validUntil: "2027-12-31" };
  // both judges know both clusters and have the same room: only the certificate tells them apart
  const input: AssignmentInput = {
    k: 1,
    submissions: [{ id: "se-i-sapi", sector: "kuliner" }, { id: "sambal-lu-e", sector: "kuliner" }, { id: "tenun-ikat", sector: "fesyen-tenun" }, { id: "selendang", sector: "fesyen-tenun" }],
    judges: [{ id: "bu-maria", sectors: ["kuliner", "fesyen-tenun"] }, { id: "pak-yohanes", sectors: ["kuliner", "fesyen-tenun"], certification: bnsp }],
    conflicts: [],
  };
  const uncertified = (i: AssignmentInput): AssignmentInput => ({ ...i, judges: i.judges.map(({ certification: _, ...judge }) => judge) });
  const certifiedOf = (i: AssignmentInput, result: AssignmentResult) => {
    const sectorOf = new Map(i.submissions.map((s) => [s.id, s.sector]));
    const certificates = new Map(i.judges.map((j) => [j.id, j.certification]));
    return result.assignments.filter(([j, s]) => certifiedFor(certificates.get(j), sectorOf.get(s)!, day)).length;
  };

  it("give the cluster's submissions to the certified judge, not to an equally free expert", async () => {
    const preferred = { ...input, preferCertifiedOn: day };
    const result = await assignJudges(preferred);
    expect(problemsOf(preferred, result)).toEqual([]);
    expect(result.assignments).toEqual([["bu-maria", "selendang"], ["bu-maria", "tenun-ikat"], ["pak-yohanes", "sambal-lu-e"], ["pak-yohanes", "se-i-sapi"]]);
  });

  it("change nothing when not preferred, when the certificate has lapsed, or when it covers another cluster", async () => {
    const plain = await assignJudges(uncertified(input));
    expect(await assignJudges(input)).toEqual(plain);
    expect(await assignJudges({ ...input, preferCertifiedOn: "2028-01-01" })).toEqual(plain);
    const otherCluster = { ...input, judges: input.judges.map((j) => (j.certification ? { ...j, certification: { scope: ["kriya"] } } : j)) };
    expect(await assignJudges({ ...otherCluster, preferCertifiedOn: day })).toEqual(plain);
  });

  it("never cost balance: a certified judge without a maximum load gets their fair share, not the whole cluster", async () => {
    const allFood = { ...input, submissions: input.submissions.map((s) => ({ ...s, sector: "kuliner" })), preferCertifiedOn: day };
    expect((await assignJudges(allFood)).loads).toEqual({ "bu-maria": 2, "pak-yohanes": 2 });
  });

  it("keep every rule and cost no place or balance, and match certified judges at least as often, on random competitions", async () => {
    const certifiedCompetition = small.chain((i) =>
      fc.record({
        input: fc.constant(i),
        certificates: fc.array(fc.option(fc.record({ scope: fc.subarray([...sectors], { minLength: 1 }), validUntil: fc.constantFrom("2027-03-09", "2027-03-10", undefined) }), { nil: undefined }), { minLength: i.judges.length, maxLength: i.judges.length }),
      }).map(({ input: plain, certificates }): AssignmentInput => ({ ...plain, judges: plain.judges.map((j, n) => ({ ...j, certification: certificates[n] })) })));
    await check(fc.asyncProperty(certifiedCompetition, async (i) => {
      const off = await assignJudges(i);
      const on = await assignJudges({ ...i, preferCertifiedOn: day });
      expect(off).toEqual(await assignJudges(uncertified(i)));
      expect(problemsOf(i, on)).toEqual([]);
      expect({ coverage: on.assignments.length, squares: squares(on) }).toEqual({ coverage: off.assignments.length, squares: squares(off) });
      expect(certifiedOf(i, on)).toBeGreaterThanOrEqual(certifiedOf(i, off));
    }), 40);
  });
});

describe("determinism", () => {
  it("gives the same result for the same input, in whatever order it comes", async () => {
    const shuffled = small.chain((input) =>
      fc.record({
        input: fc.constant(input),
        submissions: fc.shuffledSubarray([...input.submissions], { minLength: input.submissions.length }),
        judges: fc.shuffledSubarray(input.judges.map((j) => ({ ...j, sectors: [...j.sectors].reverse() })), { minLength: input.judges.length }),
        conflicts: fc.shuffledSubarray([...input.conflicts], { minLength: input.conflicts.length }),
      }));
    await check(fc.asyncProperty(shuffled, async ({ input, ...order }) => {
      const result = await assignJudges(input);
      expect(await assignJudges(input)).toEqual(result);
      expect(await assignJudges({ ...input, ...order })).toEqual(result);
    }), 40);
  });
});

describe("a re-run with the previous assignment", () => {
  const withdrawal = competition({ submissions: 10, judges: 6, k: 3, conflicts: 0.2, maxLoad: false })
    .filter((input) => input.judges.length >= 2)
    .chain((input) => fc.record({ input: fc.constant(input), withdrawn: fc.integer({ min: 0, max: input.judges.length - 1 }) }));

  it("moves nothing when nothing changed", async () => {
    await check(fc.asyncProperty(small, async (input) => {
      const first = await assignJudges(input);
      expect(await assignJudges({ ...input, previous: first.assignments })).toEqual(first);
    }), 40);
  });

  it("after a withdrawal moves only the withdrawn judge's submissions: as many pairs as their load, where judges are left", async () => {
    await check(fc.asyncProperty(withdrawal, async ({ input, withdrawn }) => {
      const first = await assignJudges(input);
      const gone = input.judges[withdrawn]!.id;
      const after = { ...input, judges: input.judges.filter((j) => j.id !== gone), previous: first.assignments };
      const second = await assignJudges(after);
      const { added, removed } = assignmentChanges(first.assignments, second.assignments);

      expect(problemsOf(after, second)).toEqual([]);
      expect(removed).toEqual(first.assignments.filter(([j]) => j === gone));
      const orphaned = new Set(removed.map(([, s]) => s));
      expect(added.every(([, s]) => orphaned.has(s))).toBe(true);
      // Every orphaned place is refilled unless no judge is left for it (its reason then says so).
      const stillShort = second.unassigned.filter((u) => orphaned.has(u.submission)).length;
      if (stillShort === 0) expect(added).toHaveLength(first.loads[gone]!);
    }));
  });

  it("after k is lowered keeps k of the previous judges, the expertise match first", async () => {
    const input: AssignmentInput = {
      k: 2,
      submissions: [{ id: "s1", sector: "kuliner" }],
      judges: [{ id: "j1", sectors: [] }, { id: "j2", sectors: [] }, { id: "j3", sectors: ["kuliner"] }],
      conflicts: [],
      previous: [["j1", "s1"], ["j2", "s1"], ["j3", "s1"]],
    };
    expect((await assignJudges(input)).assignments).toEqual([["j1", "s1"], ["j3", "s1"]]);
  });

  it("after k is lowered keeps the pairs already scored first, before expertise", async () => {
    const input: AssignmentInput = {
      k: 1,
      submissions: [{ id: "s1", sector: "kuliner" }],
      judges: [{ id: "j1", sectors: [] }, { id: "j2", sectors: [] }, { id: "j3", sectors: ["kuliner"] }],
      conflicts: [],
      previous: [["j1", "s1"], ["j2", "s1"], ["j3", "s1"]],
      scored: [["j2", "s1"]],
    };
    expect((await assignJudges(input)).assignments).toEqual([["j2", "s1"]]);
    // a scored pair that is not a previous one is no pair to keep
    expect((await assignJudges({ ...input, previous: [["j1", "s1"], ["j3", "s1"]], scored: [["j2", "s1"]] })).assignments).toEqual([["j3", "s1"]]);
  });

  it("after a new conflict moves only the conflicted pair, where no load limit binds", async () => {
    const conflictAdded = competition({ submissions: 9, judges: 6, k: 3, conflicts: 0.3, maxLoad: false })
      .filter((input) => input.judges.length > 0 && input.submissions.length > 0)
      .chain((input) => fc.record({ input: fc.constant(input), pick: fc.nat() }));
    await check(fc.asyncProperty(conflictAdded, async ({ input, pick }) => {
      const first = await assignJudges(input);
      fc.pre(first.assignments.length > 0);
      const pair = first.assignments[pick % first.assignments.length]!;
      const second = await assignJudges({ ...input, conflicts: [...input.conflicts, pair], previous: first.assignments });
      const { added, removed } = assignmentChanges(first.assignments, second.assignments);
      expect(removed).toEqual([pair]);
      expect(added.length).toBeLessThanOrEqual(1);
      expect(added.every(([, s]) => s === pair[1])).toBe(true);
    }), 40);
  });
});

describe("a judge at maximum load whose pair becomes a conflict", () => {
  it("takes a submission that was short of judges, so coverage stays as high as it can", async () => {
    const input: AssignmentInput = {
      k: 1,
      submissions: [{ id: "s1", sector: "kuliner" }, { id: "s2", sector: "kuliner" }],
      judges: [{ id: "j1", sectors: [], maxLoad: 1 }],
      conflicts: [],
    };
    const first = await assignJudges(input);
    expect(first.assignments).toEqual([["j1", "s1"]]);
    const second = await assignJudges({ ...input, conflicts: [["j1", "s1"]], previous: first.assignments });
    expect(second.assignments).toEqual([["j1", "s2"]]);
    expect(second.unassigned).toMatchObject([{ submission: "s1", code: "too_few_judges_without_conflict" }]);
  });
});

describe("pricing pairs into the model", () => {
  it("loses nothing: the same places, kept pairs, loads and expertise as giving HiGHS every pair", async () => {
    let pricedIn = 0;
    const medium = competition({ submissions: 40, judges: 24, k: 3, conflicts: 0.1, maxLoad: true })
      .chain((input) => {
        const pairs = input.submissions.flatMap((s) => input.judges.map((j) => [j.id, s.id] as const));
        return fc.record({ input: fc.constant(input), previous: fc.subarray(pairs, { maxLength: Math.min(30, pairs.length) }) });
      });
    await check(fc.asyncProperty(medium, async ({ input, previous }) => {
      const withPrevious = { ...input, previous };
      const priced = await assignJudges(withPrevious, { onStage: ({ rounds }) => (rounds > 1 ? (pricedIn += 1) : undefined) });
      const everyPair = await assignJudges(withPrevious, { everyPair: true });
      const measure = (result: AssignmentResult) => ({
        coverage: result.assignments.length,
        kept: assignmentChanges(previous, result.assignments).kept.length,
        squares: squares(result),
        expertise: expertiseOf(input, result),
      });
      expect(measure(priced)).toEqual(measure(everyPair));
    }), 15);
    // the first pool is not always enough, so the comparison did cover pairs that pricing brought in
    expect(pricedIn).toBeGreaterThan(0);
  });
});

describe("submissions that cannot get k judges", () => {
  it("say how many judges they lack and that too few judges are free of conflicts", async () => {
    const result = await assignJudges({
      k: 3,
      submissions: [{ id: "s1", sector: "kuliner" }, { id: "s2", sector: "kuliner" }],
      judges: [{ id: "j1", sectors: [] }, { id: "j2", sectors: [] }, { id: "j3", sectors: [] }],
      conflicts: [["j1", "s1"], ["j2", "s2"], ["j3", "s2"]],
    });
    expect(result.unassigned).toEqual([
      { submission: "s1", missing: 1, code: "too_few_judges_without_conflict", reason: "only 2 judges are free of a conflict with it (3 needed)" },
      { submission: "s2", missing: 2, code: "too_few_judges_without_conflict", reason: "only 1 judge is free of a conflict with it (3 needed)" },
    ]);
  });

  it("say when the judges without a conflict are at their maximum load", async () => {
    const input: AssignmentInput = {
      k: 1,
      submissions: ["s1", "s2", "s3"].map((id) => ({ id, sector: "jasa" })),
      judges: [{ id: "j1", sectors: ["jasa"], maxLoad: 1 }, { id: "j2", sectors: [], maxLoad: 1 }],
      conflicts: [],
    };
    const result = await assignJudges(input);
    expect(result.loads).toEqual({ j1: 1, j2: 1 });
    expect(result.unassigned).toHaveLength(1);
    expect(result.unassigned[0]).toMatchObject({ missing: 1, code: "free_judges_at_max_load", reason: "the 2 judges free of a conflict but not assigned to it are at maximum load" });
    expect(problemsOf(input, result)).toEqual([]);
  });

  it("name both causes when there are too few judges and one of them is full", () => {
    expect(unassignedReason(3, 1, 2)).toEqual({
      code: "free_judges_at_max_load",
      reason: "only 2 judges are free of a conflict with it (3 needed), and the 1 judge free of a conflict but not assigned to it is at maximum load",
    });
  });

  it("all lack every judge when there are no judges, and nothing is assigned without submissions", async () => {
    expect(await assignJudges({ k: 2, submissions: [{ id: "s1", sector: "kriya" }], judges: [], conflicts: [] })).toEqual({
      assignments: [],
      unassigned: [{ submission: "s1", missing: 2, code: "too_few_judges_without_conflict", reason: "no judge is free of a conflict with it (2 needed)" }],
      loads: {},
    });
    expect(await assignJudges({ k: 2, submissions: [], judges: [{ id: "j1", sectors: [] }], conflicts: [] })).toEqual({ assignments: [], unassigned: [], loads: { j1: 0 } });
  });
});

describe("the check", () => {
  const input: AssignmentInput = {
    k: 1,
    submissions: [{ id: "s1", sector: "kuliner" }, { id: "s2", sector: "kuliner" }],
    judges: [{ id: "j1", sectors: [], maxLoad: 1 }, { id: "j2", sectors: [] }],
    conflicts: [["j2", "s2"]],
  };
  const codes = (result: AssignmentResult) => problemsOf(input, result).map((p) => `${p.code} ${p.subject}`);

  it("finds a conflicted pair, a judge above its maximum load and loads that do not add up", () => {
    expect(codes({ assignments: sortPairs([["j1", "s1"], ["j1", "s2"], ["j2", "s2"]]), unassigned: [], loads: { j1: 2, j2: 0 } }))
      .toEqual(["conflict j2 → s2", "above_max_load j1", "wrong_load j2", "too_many_judges s2"]);
  });

  it("finds a submission short of judges that is not reported, and a reason that does not hold", () => {
    expect(codes({ assignments: [["j1", "s1"]], unassigned: [], loads: { j1: 1, j2: 0 } })).toEqual(["missing_not_reported s2"]);
    expect(codes({
      assignments: [["j2", "s1"]],
      unassigned: [{ submission: "s2", missing: 1, code: "too_few_judges_without_conflict", reason: "" }],
      loads: { j1: 0, j2: 1 },
    })).toEqual(["wrong_reason s2"]);
  });
});

describe("the input schema", () => {
  it("refuses duplicate ids, unknown fields, k below 1 and a fractional maximum load, each at its path", () => {
    const parsed = JudgeAssignmentInput.safeParse({
      k: 0,
      submissions: [{ id: "s1", sector: "kuliner" }, { id: "s1", sector: "kriya" }],
      judges: [{ id: "j1", sectors: [], maxLoad: 1.5, name: "Bu Maria" }],
      conflicts: [],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["k", "judges.0.maxLoad", "judges.0"]);
    const duplicate = JudgeAssignmentInput.safeParse({ k: 1, submissions: [{ id: "s1", sector: "a" }, { id: "s1", sector: "b" }], judges: [], conflicts: [] });
    expect(duplicate.error?.issues).toMatchObject([{ path: ["submissions", 1, "id"], message: 'duplicate id "s1"' }]);
  });

  it("takes a judge's certificate and the day certified curators are preferred on, and refuses a day that is no date", () => {
    const input = { k: 1, submissions: [], judges: [{ id: "j1", sectors: [], certification: { scope: ["kuliner"], validUntil: "2027-12-31" } }], conflicts: [] };
    expect(JudgeAssignmentInput.safeParse({ ...input, preferCertifiedOn: "2027-03-10" }).success).toBe(true);
    expect(JudgeAssignmentInput.safeParse({ ...input, preferCertifiedOn: "10/03/2027" }).error?.issues.map((issue) => issue.path.join("."))).toEqual(["preferCertifiedOn"]);
  });
});

describe("npm run assign", () => {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), "assign-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (file: string, content: string) => {
    writeFileSync(join(dir, file), content);
    return spawnSync("npx", ["tsx", "infra/local/assign.ts", join(dir, file)], { cwd: root, encoding: "utf8" });
  };

  it("prints the assignment of a JSON file in the issue's shape", () => {
    const input = {
      k: 2,
      submissions: [{ id: "s1", sector: "kuliner" }, { id: "s2", sector: "kriya" }, { id: "s9", sector: "jasa" }],
      judges: [{ id: "j1", sectors: ["kuliner"], maxLoad: 12 }, { id: "j2", sectors: ["kriya"] }],
      conflicts: [["j1", "s9"]],
      previous: [["j2", "s1"]],
    };
    const { status, stdout, stderr } = run("input.json", JSON.stringify(input));
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      assignments: [["j1", "s1"], ["j1", "s2"], ["j2", "s1"], ["j2", "s2"], ["j2", "s9"]],
      unassigned: [{ submission: "s9", missing: 1, reason: "only 1 judge is free of a conflict with it (2 needed)", code: "too_few_judges_without_conflict" }],
      loads: { j1: 2, j2: 3 },
    });
  });

  it("refuses a file that is not JSON with exit code 2 and a message, not a stack trace", () => {
    const { status, stdout, stderr } = run("broken.json", '{"k": 3, "submissions": [');
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/is not valid JSON/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
