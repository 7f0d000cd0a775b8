import { randomUUID } from "node:crypto";
import type { ModuleChanges } from "../api/schemas/module-changes.js";
import { ModuleInput } from "../api/schemas/module-input.js";
import { DomainError, InvalidInput } from "../domain/errors.js";
import { checkPrerequisites, inOrder, isBreakingChange, kindNames, MAX_MODULES, type GradingRules, type ModuleOutline } from "../domain/modules.js";
import { claimRevision, putModule, readModuleSet, writeModuleContent, writeModulePosition, type ModuleItem } from "../data/modules.js";
import { transact } from "../data/transactions.js";
import { getClass } from "./lookups.js";
import { settle } from "./retry.js";

/** Modules in class order. */
export async function listModuleItems(classId: string): Promise<ModuleItem[]> {
  return inOrder((await readModuleSet(classId)).modules);
}

export function findModule(modules: readonly ModuleItem[], moduleId: string): ModuleItem {
  const module = modules.find((m) => m.moduleId === moduleId);
  if (!module) throw new DomainError("module_not_found");
  return module;
}

export function assertKind<K extends ModuleItem["kind"]>(module: ModuleItem, kind: K): asserts module is Extract<ModuleItem, { kind: K }> {
  if (module.kind !== kind) throw new DomainError("wrong_module_kind", { details: { kind: module.kind }, params: { kind: kindNames[module.kind] } });
}

/** Every module of an existing class, for organisers. */
export async function listModules(classId: string): Promise<ModuleItem[]> {
  const [, modules] = await Promise.all([getClass(classId), listModuleItems(classId)]);
  return modules;
}

type Input = ModuleInput;

/** Quiz questions get stable ids (`q1`, options `a`…) and keep the right answer on the server. */
function contentOf(input: Input) {
  if (input.kind !== "quiz") return input;
  const { questions, ...rest } = input;
  return {
    ...rest,
    questions: questions.map((question, i) => {
      const options = question.options.map((option, j) => ({ optionId: String.fromCharCode(97 + j), text: option.text }));
      return { questionId: `q${i + 1}`, prompt: question.prompt, options, correctOptionId: options[question.options.findIndex((o) => o.correct)]!.optionId };
    }),
  };
}

/** The organiser's input form of a stored module, so a partial change can be validated as a whole. */
function inputOf(module: ModuleItem): Record<string, unknown> {
  const { moduleId: _m, classId: _c, position: _p, version: _v, hasProgress: _h, createdAt: _cr, updatedAt: _u, ...input } = module;
  if (input.kind !== "quiz") return input;
  return {
    ...input,
    questions: input.questions.map((q) => ({ prompt: q.prompt, options: q.options.map((o) => ({ text: o.text, correct: o.optionId === q.correctOptionId })) })),
  };
}

/** The input fields that decide how a module is graded (all absent for kinds other than quiz). */
function gradingOf(input: Record<string, unknown>): GradingRules {
  return { questions: input.questions, passPercent: input.passPercent as number | undefined, maxAttempts: input.maxAttempts as number | undefined };
}

function assertPrerequisites(modules: ModuleOutline[]) {
  const problem = checkPrerequisites(modules);
  if (!problem) return;
  const rule = problem.kind === "cycle" ? "prerequisite_cycle" : "prerequisite_unknown";
  throw new InvalidInput([{ path: ["prerequisites"], code: problem.kind, message: rule, moduleIds: problem.moduleIds }], rule);
}

export async function createModule(classId: string, input: Input, now: Date, moduleId: string = randomUUID()): Promise<{ module: ModuleItem; modules: ModuleItem[] }> {
  const at = now.toISOString();
  await getClass(classId);
  return settle(async () => {
    const { modules, revision } = await readModuleSet(classId);
    if (modules.length >= MAX_MODULES) throw new DomainError("module_limit", { details: { limit: MAX_MODULES }, params: { limit: MAX_MODULES } });
    const module = {
      ...contentOf(input), moduleId, classId, position: (inOrder(modules).at(-1)?.position ?? 0) + 1, version: 1, hasProgress: false, createdAt: at, updatedAt: at,
    } as ModuleItem;
    const all = [...modules, module];
    assertPrerequisites(all);
    return (await transact([claimRevision(classId, revision), putModule(module)])) ? { module, modules: all } : undefined;
  });
}

/**
 * Applies a change and raises the module's version. A change to grading is refused once anyone has
 * progress, and that condition is checked on the item itself.
 */
export async function updateModule(classId: string, moduleId: string, changes: ModuleChanges, now: Date): Promise<{ module: ModuleItem; modules: ModuleItem[] }> {
  return settle(async () => {
    const { modules, revision } = await readModuleSet(classId);
    const current = findModule(modules, moduleId);
    const before = inputOf(current);
    const merged: Record<string, unknown> = { ...before, ...changes };
    for (const [field, value] of Object.entries(changes)) if (value === null) delete merged[field];
    const parsed = ModuleInput.safeParse(merged, { reportInput: true });
    if (!parsed.success) throw new InvalidInput(parsed.error.issues);
    const breaking = isBreakingChange(gradingOf(before), gradingOf(parsed.data));
    if (breaking && current.hasProgress) throw new DomainError("module_has_progress");
    const content: Record<string, unknown> = { ...contentOf(parsed.data), version: current.version + 1, updatedAt: now.toISOString() };
    const removed = Object.keys(before).filter((field) => !(field in content));
    const updated = { ...Object.fromEntries(Object.entries(current).filter(([field]) => !removed.includes(field))), ...content } as ModuleItem;
    const all = modules.map((m) => (m.moduleId === moduleId ? updated : m));
    assertPrerequisites(all);
    const committed = await transact([claimRevision(classId, revision), writeModuleContent(classId, moduleId, content, removed, breaking)]);
    return committed ? { module: updated, modules: all } : undefined;
  });
}

/** Sets the class's module order; every module exactly once, and the implied prerequisites must not loop. */
export async function reorderModules(classId: string, moduleIds: string[]): Promise<ModuleItem[]> {
  return settle(async () => {
    const { modules, revision } = await readModuleSet(classId);
    const known = new Set(modules.map((m) => m.moduleId));
    if (moduleIds.length !== known.size || new Set(moduleIds).size !== moduleIds.length || !moduleIds.every((id) => known.has(id))) {
      throw new InvalidInput([{ path: ["moduleIds"], code: "module_order_mismatch", message: "module_order_mismatch" }], "module_order_mismatch");
    }
    const reordered = inOrder(modules.map((m) => ({ ...m, position: moduleIds.indexOf(m.moduleId) + 1 })));
    assertPrerequisites(reordered);
    const committed = await transact([claimRevision(classId, revision), ...reordered.map((m) => writeModulePosition(classId, m.moduleId, m.position))]);
    return committed ? reordered : undefined;
  });
}
