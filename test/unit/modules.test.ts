import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  blockersOf, checkPrerequisites, completedAt, decideAttempt, evaluateProgress, factStates, findCycle, gradeQuiz, inOrder, isBreakingChange,
  kindNames, moduleKinds, moduleStatuses, prerequisitesOf, statusNames,
  type FactState, type ModuleOutline,
} from "../../shared/domain/modules.js";

const chain = (n: number): ModuleOutline[] => Array.from({ length: n }, (_, i) => ({ moduleId: `m${i + 1}`, position: i + 1, required: true }));
const facts = (entries: Record<string, FactState>) => new Map(Object.entries(entries));

describe("prerequisites", () => {
  it("keep a stable order when two modules share a position", () => {
    expect(inOrder([{ moduleId: "b", position: 1, required: true }, { moduleId: "a", position: 1, required: true }]).map((m) => m.moduleId)).toEqual(["a", "b"]);
  });

  it("default to the module before, explicit ones replace the default", () => {
    const modules = chain(3);
    modules[2]!.prerequisites = ["m1"];
    expect(prerequisitesOf(modules)).toEqual(new Map([["m1", []], ["m2", ["m1"]], ["m3", ["m1"]]]));
  });

  it("must name modules of the class and must not form a cycle", () => {
    const unknown = chain(2);
    unknown[1]!.prerequisites = ["elsewhere"];
    expect(checkPrerequisites(unknown)).toEqual({ kind: "unknown", moduleIds: ["elsewhere"] });
    const looping = chain(3);
    looping[0]!.prerequisites = ["m3"];
    expect(checkPrerequisites(looping)).toEqual({ kind: "cycle", moduleIds: ["m1", "m3", "m2"] });
    expect(checkPrerequisites(chain(4))).toBeUndefined();
  });

  it("cycle detection finds self-loops and ignores diamonds", () => {
    expect(findCycle(new Map([["a", ["a"]]]))).toEqual(["a"]);
    expect(findCycle(new Map([["a", []], ["b", ["a"]], ["c", ["a"]], ["d", ["b", "c"]]]))).toBeUndefined();
  });

  it("cycle detection names only the modules on the cycle, wherever the search started", () => {
    expect(findCycle(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["b"]]]))).toEqual(["b", "c"]);
    expect(findCycle(new Map([["a", []], ["b", ["c"]], ["c", ["b"]]]))).toEqual(["b", "c"]);
    expect(findCycle(new Map([["a", ["outside"]]]))).toBeUndefined();
  });

  it("are checked in linear time, even when every module needs both modules before it", () => {
    // 30 layers of two: a search that forgot which modules it had finished would walk 2^30 paths
    const layered: ModuleOutline[] = Array.from({ length: 60 }, (_, i) => ({
      moduleId: `m${i}`, position: i + 1, required: true,
      prerequisites: i < 2 ? [] : [`m${2 * Math.floor(i / 2) - 2}`, `m${2 * Math.floor(i / 2) - 1}`],
    }));
    const started = Date.now();
    expect(checkPrerequisites(layered)).toBeUndefined();
    expect(evaluateProgress(layered, new Map(layered.map((m) => [m.moduleId, "done" as const]))).complete).toBe(true);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe("progress", () => {
  it("shows what is next and what blocks the rest", () => {
    const progress = evaluateProgress(chain(3), facts({ m1: "done" }));
    expect(progress.modules.map((m) => m.status)).toEqual(["completed", "available", "locked"]);
    expect(progress.modules[2]!.missing).toEqual(["m2"]);
    expect(progress.next).toBe("m2");
    expect(progress.percent).toBe(33);
    expect(blockersOf(chain(3), facts({ m1: "done" }), "m3")).toEqual(["m2"]);
  });

  it("a fact recorded out of order counts only once its prerequisites are completed", () => {
    const early = evaluateProgress(chain(3), facts({ m1: "done", m3: "done" }));
    expect(early.modules.map((m) => m.status)).toEqual(["completed", "available", "locked"]);
    const caughtUp = evaluateProgress(chain(3), facts({ m1: "done", m2: "done", m3: "done" }));
    expect(caughtUp.complete).toBe(true);
    expect(caughtUp.next).toBeUndefined();
  });

  it("the class is completed when every required module is, optional ones do not count", () => {
    const modules = chain(3);
    modules[2]!.required = false;
    const progress = evaluateProgress(modules, facts({ m1: "done", m2: "done" }));
    expect(progress).toMatchObject({ complete: true, percent: 100, requiredTotal: 2, requiredCompleted: 2 });
    expect(progress.modules[2]!.status).toBe("available");
  });

  it("a class without modules is never completed", () => {
    expect(evaluateProgress([], new Map()).complete).toBe(false);
  });

  it("lists what blocks each module, and nothing for a completed one", () => {
    expect(evaluateProgress(chain(3), facts({ m1: "done" })).modules).toEqual([
      { moduleId: "m1", status: "completed", missing: [] },
      { moduleId: "m2", status: "available", missing: [] },
      { moduleId: "m3", status: "locked", missing: ["m2"] },
    ]);
    expect(blockersOf(chain(3), facts({}), "not-a-module")).toEqual([]);
  });

  it("a module after two branches that both need the same first module is completed once all three are", () => {
    const diamond: ModuleOutline[] = [
      { moduleId: "a", position: 1, required: true },
      { moduleId: "b", position: 2, required: true, prerequisites: ["a"] },
      { moduleId: "c", position: 3, required: true, prerequisites: ["a"] },
      { moduleId: "d", position: 4, required: true, prerequisites: ["b", "c"] },
    ];
    const progress = evaluateProgress(diamond, facts({ a: "done", b: "done", c: "done", d: "done" }));
    expect(progress.modules.map((m) => m.status)).toEqual(["completed", "completed", "completed", "completed"]);
    expect(progress).toMatchObject({ complete: true, percent: 100 });
  });

  it("a prerequisite cycle that slipped past the save never counts as completed", () => {
    const looping: ModuleOutline[] = [
      { moduleId: "a", position: 1, required: true, prerequisites: ["b"] },
      { moduleId: "b", position: 2, required: true, prerequisites: ["a"] },
    ];
    const progress = evaluateProgress(looping, facts({ a: "done", b: "done" }));
    expect(progress.modules.map((m) => m.status)).toEqual(["locked", "locked"]);
    expect(progress.complete).toBe(false);
  });

  it("a class with only optional modules shows 0 %, not a division by zero", () => {
    const progress = evaluateProgress(chain(2).map((m) => ({ ...m, required: false })), facts({ m1: "done" }));
    expect(progress).toMatchObject({ requiredTotal: 0, requiredCompleted: 0, percent: 0, complete: false });
  });

  it("points next to the first module the applicant can act on: not one awaiting review, nor a locked one", () => {
    const open = chain(3).map((m) => ({ ...m, prerequisites: [] }));
    expect(evaluateProgress(open, facts({ m1: "submitted", m2: "started" })).next).toBe("m2");
    expect(evaluateProgress(open, facts({ m1: "submitted", m2: "needs_revision" })).next).toBe("m2");
    expect(evaluateProgress(open, facts({ m1: "done", m2: "submitted" })).next).toBe("m3");
    expect(evaluateProgress(chain(2), facts({ m1: "submitted" })).next).toBeUndefined();
  });

  it("reports submitted, needs-revision and in-progress states of unblocked modules", () => {
    const progress = evaluateProgress(chain(3).map((m) => ({ ...m, prerequisites: [] })), facts({ m1: "submitted", m2: "needs_revision", m3: "started" }));
    expect(progress.modules.map((m) => m.status)).toEqual(["submitted", "needs_revision", "in_progress"]);
  });

  it("no module is ever completed before its prerequisites, for any graph and any recorded facts", () => {
    const scenario = fc.integer({ min: 1, max: 8 }).chain((n) =>
      fc.record({
        explicit: fc.array(fc.option(fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: 3 }), { nil: undefined }), { minLength: n, maxLength: n }),
        states: fc.array(fc.option(fc.constantFrom<FactState>("started", "submitted", "needs_revision", "done"), { nil: undefined }), { minLength: n, maxLength: n }),
        required: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ explicit, states, required }) => {
        const modules = explicit.map((prereqs, i): ModuleOutline => ({
          moduleId: `m${i}`, position: i + 1, required: required[i]!,
          prerequisites: prereqs?.filter((p) => p !== i).map((p) => `m${p}`),
        }));
        const recorded = new Map<string, FactState>(states.flatMap((state, i) => (state ? [[`m${i}`, state] as const] : [])));
        const graph = prerequisitesOf(modules);
        const progress = evaluateProgress(modules, recorded);
        const completed = new Set(progress.modules.filter((m) => m.status === "completed").map((m) => m.moduleId));
        for (const id of completed) {
          expect(recorded.get(id)).toBe("done");
          for (const prerequisite of graph.get(id)!) expect(completed.has(prerequisite)).toBe(true);
        }
        if (progress.complete) for (const m of modules.filter((m) => m.required)) expect(completed.has(m.moduleId)).toBe(true);
      }),
    );
  });
});

describe("quizzes", () => {
  const questions = [
    { questionId: "q1", correctOptionId: "a" },
    { questionId: "q2", correctOptionId: "c" },
    { questionId: "q3", correctOptionId: "b" },
  ];

  it("are graded on the server; unanswered counts as wrong and the pass mark is inclusive", () => {
    expect(gradeQuiz(questions, { q1: "a", q2: "c", q3: "a" }, 66)).toEqual({ correct: 2, total: 3, scorePercent: 66, passed: true });
    expect(gradeQuiz(questions, { q1: "a" }, 50)).toEqual({ correct: 1, total: 3, scorePercent: 33, passed: false });
    expect(gradeQuiz(questions, { q1: "a", q2: "c", q3: "b", q9: "z" }, 100).passed).toBe(true);
  });

  it("without questions score 0 %", () => {
    expect(gradeQuiz([], {}, 60)).toEqual({ correct: 0, total: 0, scorePercent: 0, passed: false });
  });

  it("allow attempts up to the limit, and none after a pass", () => {
    expect(decideAttempt(0, 3, false)).toEqual({ kind: "allowed", attemptsLeftAfter: 2 });
    expect(decideAttempt(2, 3, false)).toEqual({ kind: "allowed", attemptsLeftAfter: 0 });
    expect(decideAttempt(3, 3, false)).toEqual({ kind: "exhausted" });
    expect(decideAttempt(1, 3, true)).toEqual({ kind: "already-passed" });
  });
});

describe("module edits", () => {
  it("only grading changes count as breaking; the same rules again, or more attempts, do not", () => {
    const rules = { questions: [{ prompt: { id: "a", en: "b" } }], passPercent: 60, maxAttempts: 3 };
    expect(isBreakingChange(rules, { ...rules, questions: [{ prompt: { en: "b", id: "a" } }] })).toBe(false);
    expect(isBreakingChange(rules, { ...rules, passPercent: 80 })).toBe(true);
    expect(isBreakingChange(rules, { ...rules, questions: [] })).toBe(true);
    expect(isBreakingChange(rules, { ...rules, maxAttempts: 2 })).toBe(true);
    expect(isBreakingChange(rules, { ...rules, maxAttempts: 5 })).toBe(false);
    expect(isBreakingChange({}, {})).toBe(false);
  });
});

describe("completion", () => {
  it("reads the recorded state of each module, skipping facts without one", () => {
    const recorded = new Map<string, { state?: FactState }>([["m1", { state: "done" }], ["m2", {}], ["m3", { state: "started" }]]);
    expect(factStates(recorded)).toEqual(new Map([["m1", "done"], ["m3", "started"]]));
  });

  it("of a class is dated by its last required module; `at` stands in for a module without a date", () => {
    const modules = [...chain(3), { moduleId: "m4", position: 4, required: false }];
    const done = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([id, doneAt]) => [id, { doneAt }]));
    const at = "2027-03-01T00:00:00.000Z";
    expect(completedAt(modules, done({ m1: "2027-01-12T00:00:00.000Z", m2: "2027-01-20T00:00:00.000Z", m3: "2027-01-15T00:00:00.000Z", m4: "2027-02-01T00:00:00.000Z" }), at))
      .toBe("2027-01-20T00:00:00.000Z");
    expect(completedAt(modules, done({ m1: "2027-01-12T00:00:00.000Z", m2: "2027-01-20T00:00:00.000Z" }), at)).toBe(at);
    expect(completedAt(modules.map((m) => ({ ...m, required: false })), done({ m1: "2027-01-12T00:00:00.000Z" }), at)).toBe(at);
  });
});

describe("names of module kinds and statuses", () => {
  it("exist in both languages, and no two share a name", () => {
    for (const names of [moduleKinds.map((kind) => kindNames[kind]), moduleStatuses.map((status) => statusNames[status])]) {
      for (const lang of ["id", "en"] as const) {
        const words = names.map((name) => name[lang]);
        expect(words.every((word) => word.trim() !== ""), words.join(", ")).toBe(true);
        expect(new Set(words).size, words.join(", ")).toBe(words.length);
      }
    }
  });
});
