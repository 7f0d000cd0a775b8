/**
 * Module order, prerequisites and completion, as pure functions of the class's modules and the
 * facts recorded for one applicant. Completion is *derived*: a module counts as completed only when
 * its own fact is done and every prerequisite counts as completed, so no module is ever completed
 * before its prerequisites, whatever order the facts were recorded in.
 */
export const moduleKinds = ["material", "quiz", "assignment", "session"] as const;
export type ModuleKind = (typeof moduleKinds)[number];

export interface ModuleOutline {
  moduleId: string;
  position: number;
  required: boolean;
  /** Explicit prerequisites; when absent the module needs the one before it. */
  prerequisites?: string[];
}

/** What has happened for one applicant in one module. */
export type FactState = "started" | "submitted" | "needs_revision" | "done";

export const moduleStatuses = ["locked", "available", "in_progress", "submitted", "needs_revision", "completed"] as const;
export type ModuleStatus = (typeof moduleStatuses)[number];

/** An organiser's verdict on a hand-in. */
export const reviewOutcomes = ["passed", "needs_revision"] as const;
export type ReviewOutcome = (typeof reviewOutcomes)[number];

/** How people call them, for messages and exports; the API itself uses the codes. */
export const kindNames: Record<ModuleKind, { id: string; en: string }> = {
  material: { id: "materi", en: "material" },
  quiz: { id: "kuis", en: "quiz" },
  assignment: { id: "tugas", en: "assignment" },
  session: { id: "sesi", en: "session" },
};

export const statusNames: Record<ModuleStatus, { id: string; en: string }> = {
  locked: { id: "terkunci", en: "locked" },
  available: { id: "siap dikerjakan", en: "available" },
  in_progress: { id: "sedang dikerjakan", en: "in progress" },
  submitted: { id: "menunggu penilaian", en: "awaiting review" },
  needs_revision: { id: "perlu perbaikan", en: "needs revision" },
  completed: { id: "selesai", en: "completed" },
};

/** Enough for any curriculum, and a reorder of all of them fits one DynamoDB transaction. */
export const MAX_MODULES = 60;

export function inOrder<M extends ModuleOutline>(modules: readonly M[]): M[] {
  return [...modules].sort((a, b) => a.position - b.position || a.moduleId.localeCompare(b.moduleId));
}

export function prerequisitesOf(modules: readonly ModuleOutline[]): Map<string, string[]> {
  const ordered = inOrder(modules);
  return new Map(ordered.map((module, i) => [module.moduleId, module.prerequisites ?? (i > 0 ? [ordered[i - 1]!.moduleId] : [])]));
}

export type PrerequisiteProblem = { kind: "unknown"; moduleIds: string[] } | { kind: "cycle"; moduleIds: string[] };

/** Prerequisites must name modules of the same class and must not go round in a circle. */
export function checkPrerequisites(modules: readonly ModuleOutline[]): PrerequisiteProblem | undefined {
  const graph = prerequisitesOf(modules);
  const unknown = [...new Set([...graph.values()].flat().filter((id) => !graph.has(id)))];
  if (unknown.length) return { kind: "unknown", moduleIds: unknown };
  const cycle = findCycle(graph);
  return cycle ? { kind: "cycle", moduleIds: cycle } : undefined;
}

/** Depth-first search; returns the modules on the first cycle found, in order. */
export function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, "visiting" | "done">();
  const path: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === "done") return undefined;
    if (state.get(id) === "visiting") return path.slice(path.indexOf(id));
    state.set(id, "visiting");
    path.push(id);
    for (const next of graph.get(id) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(id, "done");
    return undefined;
  };
  for (const id of graph.keys()) {
    const cycle = visit(id);
    if (cycle) return cycle;
  }
  return undefined;
}

export interface ModuleEvaluation {
  moduleId: string;
  status: ModuleStatus;
  /** Prerequisites not completed yet (what blocks this module). */
  missing: string[];
}

export interface ClassProgress {
  modules: ModuleEvaluation[];
  requiredTotal: number;
  requiredCompleted: number;
  percent: number;
  complete: boolean;
  /** The first module, in class order, that the applicant can act on now. */
  next?: string;
}

export function evaluateProgress(modules: readonly ModuleOutline[], facts: ReadonlyMap<string, FactState>): ClassProgress {
  const graph = prerequisitesOf(modules);
  const completed = new Map<string, boolean>();
  const isCompleted = (id: string, seen = new Set<string>()): boolean => {
    const known = completed.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return false; // a cycle is refused when saved; never count one as done
    seen.add(id);
    const result = facts.get(id) === "done" && (graph.get(id) ?? []).every((p) => isCompleted(p, seen));
    completed.set(id, result);
    return result;
  };

  const evaluations = inOrder(modules).map((module): ModuleEvaluation => {
    const missing = (graph.get(module.moduleId) ?? []).filter((p) => !isCompleted(p));
    if (isCompleted(module.moduleId)) return { moduleId: module.moduleId, status: "completed", missing: [] };
    if (missing.length) return { moduleId: module.moduleId, status: "locked", missing };
    const fact = facts.get(module.moduleId);
    const status: ModuleStatus = fact === "started" ? "in_progress" : fact === "submitted" ? "submitted" : fact === "needs_revision" ? "needs_revision" : "available";
    return { moduleId: module.moduleId, status, missing };
  });

  const required = modules.filter((m) => m.required);
  const requiredCompleted = required.filter((m) => isCompleted(m.moduleId)).length;
  return {
    modules: evaluations,
    requiredTotal: required.length,
    requiredCompleted,
    percent: required.length === 0 ? 0 : Math.floor((requiredCompleted * 100) / required.length),
    complete: required.length > 0 && requiredCompleted === required.length,
    next: evaluations.find((e) => e.status === "available" || e.status === "in_progress" || e.status === "needs_revision")?.moduleId,
  };
}

/** The prerequisites of `moduleId` that are not completed yet; empty when the applicant may act on it. */
export function blockersOf(modules: readonly ModuleOutline[], facts: ReadonlyMap<string, FactState>, moduleId: string): string[] {
  return evaluateProgress(modules, facts).modules.find((m) => m.moduleId === moduleId)?.missing ?? [];
}

// ---- quizzes ------------------------------------------------------------------------------------

export interface QuizQuestion {
  questionId: string;
  correctOptionId: string;
}

export interface QuizResult {
  correct: number;
  total: number;
  scorePercent: number;
  passed: boolean;
}

/** Unanswered questions count as wrong; the pass mark is inclusive. */
export function gradeQuiz(questions: readonly QuizQuestion[], answers: Readonly<Record<string, string>>, passPercent: number): QuizResult {
  const correct = questions.filter((q) => answers[q.questionId] === q.correctOptionId).length;
  const scorePercent = questions.length === 0 ? 0 : Math.floor((correct * 100) / questions.length);
  return { correct, total: questions.length, scorePercent, passed: scorePercent >= passPercent };
}

export type AttemptDecision = { kind: "allowed"; attemptsLeftAfter: number } | { kind: "exhausted" } | { kind: "already-passed" };

export function decideAttempt(attemptsUsed: number, maxAttempts: number, passed: boolean): AttemptDecision {
  if (passed) return { kind: "already-passed" };
  if (attemptsUsed >= maxAttempts) return { kind: "exhausted" };
  return { kind: "allowed", attemptsLeftAfter: maxAttempts - attemptsUsed - 1 };
}

// ---- editing ------------------------------------------------------------------------------------

export interface GradingRules {
  questions?: unknown;
  passPercent?: number;
  maxAttempts?: number;
}

/**
 * Text, links, times and order may change at any time (the module's version goes up); a change to how
 * the module is graded is refused once anyone has progress in it, so nobody's progress is silently lost.
 * Sending the same rules again is no change, and more quiz attempts only help.
 */
export function isBreakingChange(before: GradingRules, after: GradingRules): boolean {
  return (
    canonical(before.questions) !== canonical(after.questions) ||
    before.passPercent !== after.passPercent ||
    (after.maxAttempts ?? 0) < (before.maxAttempts ?? 0)
  );
}

/** JSON with sorted keys: stored maps do not keep the order the organiser wrote them in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

// ---- completion ---------------------------------------------------------------------------------

/** The states recorded for one applicant, by module. */
export function factStates(facts: ReadonlyMap<string, { state?: FactState }>): Map<string, FactState> {
  const states = new Map<string, FactState>();
  for (const [moduleId, fact] of facts) if (fact.state) states.set(moduleId, fact.state);
  return states;
}

/** A class is completed when its last required module was; `at` stands in for a module without a date. */
export function completedAt(modules: readonly ModuleOutline[], facts: ReadonlyMap<string, { doneAt?: string }>, at: string): string {
  return modules.filter((m) => m.required).map((m) => facts.get(m.moduleId)?.doneAt ?? at).sort().at(-1) ?? at;
}
