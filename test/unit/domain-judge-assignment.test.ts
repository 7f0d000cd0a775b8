import { describe, expect, it } from "vitest";
import {
  assignmentChanges, candidates, certifiedFor, checkAssignment, compareIds, comparePairs, coverage, loadBalance, sortPairs, unassignedReason,
  type AssignmentInput, type AssignmentResult, type JudgePair, type UnassignedSubmission,
} from "../../shared/domain/judge-assignment.js";

// The pure half of judge assignment, without the solver: test/unit/judge-assignment.test.ts uses
// checkAssignment as the judge of every solver result, so here the checker itself must catch each way a
// result can break the rules, one corruption at a time.

const input: AssignmentInput = {
  k: 2,
  submissions: [{ id: "s1", sector: "kuliner" }, { id: "s2", sector: "kriya" }, { id: "s3", sector: "jasa" }],
  judges: [{ id: "j1", sectors: ["kuliner"], maxLoad: 2 }, { id: "j2", sectors: ["kriya"] }, { id: "j3", sectors: ["jasa"], maxLoad: 1 }],
  conflicts: [["j3", "s1"]],
};
const valid: AssignmentResult = {
  assignments: [["j1", "s1"], ["j1", "s2"], ["j2", "s1"], ["j2", "s2"], ["j2", "s3"], ["j3", "s3"]],
  unassigned: [],
  loads: { j1: 2, j2: 3, j3: 1 },
};
const problemsOf = (i: AssignmentInput, result: AssignmentResult) => checkAssignment(i, result).problems;
const short = (submission: string, missing: number, code: UnassignedSubmission["code"]): UnassignedSubmission => ({ submission, missing, code, reason: "…" });

describe("the check of an assignment", () => {
  it("finds nothing wrong with a result that keeps every rule, and measures it", () => {
    expect(checkAssignment(input, valid)).toEqual({ problems: [], balance: 2, coverage: 6 });
  });

  it("finds pairs out of order, and a pair given twice", () => {
    const swapped: JudgePair[] = [["j1", "s2"], ["j1", "s1"], ...valid.assignments.slice(2)];
    expect(problemsOf(input, { ...valid, assignments: swapped })).toEqual([{ code: "not_sorted", subject: "j1 → s1" }]);
    const twice: JudgePair[] = [["j1", "s1"], ["j1", "s1"], ...valid.assignments.slice(2)];
    expect(problemsOf(input, { ...valid, assignments: twice, loads: { j1: 1, j2: 3, j3: 1 } })).toEqual([
      { code: "not_sorted", subject: "j1 → s1" },
      { code: "duplicate_pair", subject: "j1 → s1" },
      { code: "missing_not_reported", subject: "s2" },
    ]);
  });

  it("finds a judge or a submission the input does not have, in the pairs, the loads and the unassigned", () => {
    expect(problemsOf(input, { ...valid, assignments: [...valid.assignments, ["j9", "s1"]] })).toEqual([{ code: "unknown_judge", subject: "j9 → s1" }]);
    expect(problemsOf(input, { ...valid, assignments: [...valid.assignments, ["j3", "s9"]] })).toEqual([{ code: "unknown_submission", subject: "j3 → s9" }]);
    expect(problemsOf(input, { ...valid, loads: { ...valid.loads, j9: 0 } })).toEqual([{ code: "unknown_judge", subject: "j9" }]);
    expect(problemsOf(input, { ...valid, unassigned: [short("s9", 1, "too_few_judges_without_conflict")] })).toEqual([{ code: "unknown_submission", subject: "s9" }]);
  });

  it("finds a conflicted pair and a judge above their maximum load", () => {
    const result: AssignmentResult = { assignments: [["j1", "s1"], ["j1", "s2"], ["j2", "s2"], ["j2", "s3"], ["j3", "s1"], ["j3", "s3"]], unassigned: [], loads: { j1: 2, j2: 2, j3: 2 } };
    expect(problemsOf(input, result)).toEqual([{ code: "conflict", subject: "j3 → s1" }, { code: "above_max_load", subject: "j3" }]);
  });

  it("finds loads that do not match the pairs", () => {
    expect(problemsOf(input, { ...valid, loads: { j1: 2, j2: 2, j3: 1 } })).toEqual([{ code: "wrong_load", subject: "j2" }]);
  });

  it("finds a submission with more than k judges", () => {
    expect(problemsOf({ ...input, k: 1 }, valid).map((p) => p.code)).toEqual(["too_many_judges", "too_many_judges", "too_many_judges"]);
  });

  it("finds a submission reported short of judges that has all k", () => {
    expect(problemsOf(input, { ...valid, unassigned: [short("s2", 1, "too_few_judges_without_conflict")] })).toEqual([{ code: "reported_wrongly", subject: "s2" }]);
  });

  it("finds a submission short of judges that is not reported, or reported with the wrong number missing", () => {
    const without: AssignmentResult = { ...valid, assignments: valid.assignments.filter(([j, s]) => !(j === "j2" && s === "s3")), loads: { j1: 2, j2: 2, j3: 1 } };
    expect(problemsOf(input, without)).toEqual([{ code: "missing_not_reported", subject: "s3" }]);
    expect(problemsOf(input, { ...without, unassigned: [short("s3", 2, "free_judges_at_max_load")] })).toEqual([{ code: "missing_not_reported", subject: "s3" }]);
  });

  it("finds the unassigned out of order, or listed twice", () => {
    const none: AssignmentInput = { k: 1, submissions: [{ id: "a", sector: "x" }, { id: "b", sector: "x" }], judges: [], conflicts: [] };
    const entries = [short("a", 1, "too_few_judges_without_conflict"), short("b", 1, "too_few_judges_without_conflict")];
    expect(problemsOf(none, { assignments: [], unassigned: entries, loads: {} })).toEqual([]);
    expect(problemsOf(none, { assignments: [], unassigned: [entries[1]!, entries[0]!], loads: {} })).toEqual([{ code: "not_sorted", subject: "unassigned" }]);
    expect(problemsOf(none, { assignments: [], unassigned: [entries[0]!, entries[0]!, entries[1]!], loads: {} })).toEqual([{ code: "not_sorted", subject: "unassigned" }]);
  });
});

describe("the check of a reason", () => {
  const one = (judges: AssignmentInput["judges"], conflicts: JudgePair[] = []): AssignmentInput => ({ k: 2, submissions: [{ id: "s1", sector: "x" }], judges, conflicts });
  const withJ2 = (code: UnassignedSubmission["code"]): AssignmentResult => ({ assignments: [["j2", "s1"]], unassigned: [short("s1", 1, code)], loads: { j1: 0, j2: 1 } });

  it("takes 'at maximum load' only when every free judge is at their maximum", () => {
    expect(problemsOf(one([{ id: "j1", sectors: [], maxLoad: 0 }, { id: "j2", sectors: [] }]), withJ2("free_judges_at_max_load"))).toEqual([]);
    // a free judge with room, with no maximum at all, or one of two free judges with room
    expect(problemsOf(one([{ id: "j1", sectors: [], maxLoad: 2 }, { id: "j2", sectors: [] }]), withJ2("free_judges_at_max_load"))).toEqual([{ code: "wrong_reason", subject: "s1" }]);
    expect(problemsOf(one([{ id: "j1", sectors: [] }, { id: "j2", sectors: [] }]), withJ2("free_judges_at_max_load"))).toEqual([{ code: "wrong_reason", subject: "s1" }]);
    const three = one([{ id: "j0", sectors: [], maxLoad: 0 }, { id: "j1", sectors: [], maxLoad: 1 }, { id: "j2", sectors: [] }]);
    expect(problemsOf({ ...three, k: 3 }, { ...withJ2("free_judges_at_max_load"), unassigned: [short("s1", 2, "free_judges_at_max_load")], loads: { j0: 0, j1: 0, j2: 1 } }))
      .toEqual([{ code: "wrong_reason", subject: "s1" }]);
  });

  it("takes 'at maximum load' not when no judge is free: then there are too few", () => {
    const conflicted = one([{ id: "j1", sectors: [] }, { id: "j2", sectors: [] }], [["j1", "s1"]]);
    expect(problemsOf(conflicted, withJ2("too_few_judges_without_conflict"))).toEqual([]);
    expect(problemsOf(conflicted, withJ2("free_judges_at_max_load"))).toEqual([{ code: "wrong_reason", subject: "s1" }]);
  });

  it("takes 'too few judges' only when no free judge is left", () => {
    expect(problemsOf(one([{ id: "j1", sectors: [], maxLoad: 0 }, { id: "j2", sectors: [] }]), withJ2("too_few_judges_without_conflict")))
      .toEqual([{ code: "wrong_reason", subject: "s1" }]);
  });
});

describe("the candidates", () => {
  it("refuse an id given twice, among the submissions or among the judges", () => {
    expect(() => candidates({ ...input, submissions: [...input.submissions, { id: "s2", sector: "x" }] })).toThrow("the id s2 appears twice");
    expect(() => candidates({ ...input, judges: [...input.judges, { id: "j1", sectors: [] }] })).toThrow("the id j1 appears twice");
  });

  it("put submissions and judges in id order, each judge's sectors once and sorted, whatever order they came in", () => {
    const c = candidates({ ...input, submissions: [...input.submissions].reverse(), judges: [{ id: "j2", sectors: ["kriya", "jasa", "kriya"] }, input.judges[0]!] });
    expect(c.submissions.map((s) => s.id)).toEqual(["s1", "s2", "s3"]);
    expect(c.judges.map((j) => [j.id, j.sectors])).toEqual([["j1", ["kuliner"]], ["j2", ["jasa", "kriya"]]]);
  });

  it("are every pair without a conflict, marking expertise and the previous assignment", () => {
    const c = candidates({ ...input, previous: [["j2", "s3"]] });
    const named = c.pairs.map((p) => [c.judges[p.judge]!.id, c.submissions[p.submission]!.id, p.expertise, p.previous]);
    expect(named).toEqual([
      ["j1", "s1", true, false], ["j2", "s1", false, false],
      ["j1", "s2", false, false], ["j2", "s2", true, false], ["j3", "s2", false, false],
      ["j1", "s3", false, false], ["j2", "s3", false, true], ["j3", "s3", true, false],
    ]);
    expect(c.withoutConflict).toEqual([2, 3, 3]);
    // at most the maximum load, and at most the submissions a judge has no conflict with
    expect(c.capacity).toEqual([2, 3, 1]);
  });
});

describe("a curator certificate", () => {
  const bnsp = { scope: ["kuliner", "kriya"], validUntil: "2027-03-31" };

  it("counts for a cluster in its scope through its last valid day, and not the day after", () => {
    expect(certifiedFor(bnsp, "kuliner", "2027-03-30")).toBe(true);
    expect(certifiedFor(bnsp, "kriya", "2027-03-31")).toBe(true);
    expect(certifiedFor(bnsp, "kuliner", "2027-04-01")).toBe(false);
  });

  it("counts for no cluster outside its scope, and not at all when there is none", () => {
    expect(certifiedFor(bnsp, "jasa", "2027-01-10")).toBe(false);
    expect(certifiedFor(undefined, "kuliner", "2027-01-10")).toBe(false);
  });

  it("without an end date counts on any day", () => {
    expect(certifiedFor({ scope: ["kuliner"] }, "kuliner", "2099-12-31")).toBe(true);
  });

  it("marks the pairs of its cluster certified only when certified curators are preferred, by certificates valid that day", () => {
    const certified = { ...input, judges: [{ ...input.judges[0]!, certification: { scope: ["kuliner", "jasa"], validUntil: "2027-03-31" } }, ...input.judges.slice(1)] };
    const marked = (i: AssignmentInput) => {
      const c = candidates(i);
      return c.pairs.filter((p) => p.certified).map((p) => `${c.judges[p.judge]!.id} ${c.submissions[p.submission]!.id}`);
    };
    // j1's certificate covers kuliner (s1, which j1 knows) and jasa (s3, which j1 did not list)
    expect(marked({ ...certified, preferCertifiedOn: "2027-03-31" })).toEqual(["j1 s1", "j1 s3"]);
    expect(marked({ ...certified, preferCertifiedOn: "2027-04-01" })).toEqual([]);
    expect(marked(certified)).toEqual([]);
  });
});

describe("orders and measures", () => {
  it("compare ids by code unit, both ways", () => {
    expect([compareIds("a", "b"), compareIds("b", "a"), compareIds("a", "a"), compareIds("Z", "a")]).toEqual([-1, 1, 0, -1]);
    expect(comparePairs(["j1", "s2"], ["j1", "s1"])).toBe(1);
    expect(comparePairs(["j1", "s2"], ["j2", "s1"])).toBe(-1);
  });

  it("sort pairs by judge, then submission, without touching the list given", () => {
    const pairs: JudgePair[] = [["j2", "s1"], ["j1", "s2"], ["j1", "s1"]];
    expect(sortPairs(pairs)).toEqual([["j1", "s1"], ["j1", "s2"], ["j2", "s1"]]);
    expect(pairs[0]).toEqual(["j2", "s1"]);
  });

  it("measure balance as max − min load (0 without judges) and coverage as the pairs assigned", () => {
    expect(loadBalance({ a: 3, b: 1, c: 2 })).toBe(2);
    expect(loadBalance({})).toBe(0);
    expect(coverage(valid)).toBe(6);
  });

  it("tell which pairs a re-run kept, added and removed, each sorted", () => {
    expect(assignmentChanges([["j2", "s1"], ["j1", "s1"], ["j1", "s2"]], [["j3", "s2"], ["j1", "s2"], ["j3", "s1"], ["j1", "s1"]])).toEqual({
      kept: [["j1", "s1"], ["j1", "s2"]],
      added: [["j3", "s1"], ["j3", "s2"]],
      removed: [["j2", "s1"]],
    });
  });
});

describe("the reason a submission lacks judges", () => {
  it("is that too few judges are free of a conflict when every such judge has it", () => {
    expect(unassignedReason(3, 1, 1)).toEqual({ code: "too_few_judges_without_conflict", reason: "only 1 judge is free of a conflict with it (3 needed)" });
    expect(unassignedReason(3, 0, 0)).toEqual({ code: "too_few_judges_without_conflict", reason: "no judge is free of a conflict with it (3 needed)" });
  });

  it("is that the free judges are at maximum load, and also too few when fewer than k are free", () => {
    expect(unassignedReason(2, 1, 2)).toEqual({ code: "free_judges_at_max_load", reason: "the 1 judge free of a conflict but not assigned to it is at maximum load" });
    expect(unassignedReason(3, 0, 2)).toEqual({
      code: "free_judges_at_max_load",
      reason: "only 2 judges are free of a conflict with it (3 needed), and the 2 judges free of a conflict but not assigned to it are at maximum load",
    });
  });
});
