import { randomUUID } from "node:crypto";
import type * as z from "zod";
import { ModuleInput, type Module, type ModuleChanges } from "../api/module-schemas.js";
import { checkPrerequisites, inOrder, isBreakingChange, MAX_MODULES, prerequisitesOf, type GradingRules, type ModuleOutline } from "../domain/modules.js";
import { BadRequest, Conflict, InvalidFields, NotFound } from "../http/errors.js";
import { getClassItem } from "./classes.js";
import { queryAll } from "./client.js";
import { namesIn, setFields } from "./expressions.js";
import { classPk, MODULE_SET_SORT_PREFIX, moduleKey, moduleSetKey } from "./keys.js";
import { tableName } from "./tables.js";
import { transact, untilSettled } from "./transactions.js";

/** A module as stored: the organiser's input with quiz ids assigned, plus order and bookkeeping. */
export type ModuleItem = Module extends infer M ? (M extends unknown ? Omit<M, "effectivePrerequisites"> : never) : never;

const table = () => tableName("learning");

interface ModuleSet {
  modules: ModuleItem[];
  /** Bumped by every organiser change to the set, so rules spanning modules hold under concurrent edits. */
  revision: number;
}

/** The modules and the set's revision item (`MODULES`) come back from one Query: both sort keys begin with `MODULE`. */
async function readModuleSet(classId: string): Promise<ModuleSet> {
  const items = await queryAll<ModuleItem & { sk: string; revision?: number }>({
    TableName: table(),
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :module)",
    ExpressionAttributeValues: { ":pk": classPk(classId), ":module": MODULE_SET_SORT_PREFIX },
    ConsistentRead: true,
  });
  const setItem = items.find((item) => item.sk === moduleSetKey(classId).sk);
  return { modules: inOrder(items.filter((item) => item !== setItem)), revision: setItem?.revision ?? 0 };
}

export async function listModuleItems(classId: string): Promise<ModuleItem[]> {
  return (await readModuleSet(classId)).modules;
}

/** What organisers see: every module of an existing class, answer keys and applied prerequisites included. */
export async function listModules(classId: string): Promise<Module[]> {
  const [, modules] = await Promise.all([getClassItem(classId), listModuleItems(classId)]);
  return modules.map((module) => toModule(module, modules));
}

/** Part of every organiser write: it commits only if nobody changed the set since we read it. */
function claimRevision(classId: string, read: number) {
  return {
    Update: {
      TableName: table(),
      Key: moduleSetKey(classId),
      UpdateExpression: "SET #revision = :next",
      ConditionExpression: read === 0 ? "attribute_not_exists(#revision)" : "#revision = :read",
      ExpressionAttributeNames: namesIn("#revision"),
      ExpressionAttributeValues: { ":next": read + 1, ...(read === 0 ? {} : { ":read": read }) },
    },
  };
}

export function findModule(modules: ModuleItem[], moduleId: string): ModuleItem {
  const module = modules.find((m) => m.moduleId === moduleId);
  if (!module) throw new NotFound("module_not_found");
  return module;
}

/** Organisers see everything, answer keys included, and the prerequisites that actually apply. */
function toModule(module: ModuleItem, modules: ModuleItem[]): Module {
  const { pk: _pk, sk: _sk, ...rest } = module as ModuleItem & { pk?: string; sk?: string };
  return { ...rest, effectivePrerequisites: prerequisitesOf(modules).get(module.moduleId) ?? [] } as Module;
}

type Input = z.output<typeof ModuleInput>;

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
  const { moduleId: _m, classId: _c, position: _p, version: _v, hasProgress: _h, createdAt: _cr, updatedAt: _u, pk: _pk, sk: _sk, ...input } = module as ModuleItem & { pk?: string; sk?: string };
  if (module.kind !== "quiz") return input;
  return {
    ...input,
    questions: module.questions.map((q) => ({ prompt: q.prompt, options: q.options.map((o) => ({ text: o.text, correct: o.optionId === q.correctOptionId })) })),
  };
}

/** The input fields that decide how a module is graded (all absent for kinds other than quiz). */
function gradingOf(input: Record<string, unknown>): GradingRules {
  return { questions: input.questions, passPercent: input.passPercent as number | undefined, maxAttempts: input.maxAttempts as number | undefined };
}

function assertPrerequisites(modules: ModuleOutline[]) {
  const problem = checkPrerequisites(modules);
  if (problem) {
    throw new BadRequest(problem.kind === "cycle" ? "prerequisite_cycle" : "prerequisite_unknown", [{ field: "body.prerequisites", code: problem.kind, moduleIds: problem.moduleIds }]);
  }
}

export async function createModule(classId: string, input: Input, now: Date, moduleId: string = randomUUID()): Promise<Module> {
  const at = now.toISOString();
  await getClassItem(classId);
  return untilSettled(async () => {
    const { modules, revision } = await readModuleSet(classId);
    if (modules.length >= MAX_MODULES) throw new Conflict("module_limit", { limit: MAX_MODULES }, { limit: MAX_MODULES });
    const module = {
      ...contentOf(input),
      moduleId,
      classId,
      position: (modules.at(-1)?.position ?? 0) + 1,
      version: 1,
      hasProgress: false,
      createdAt: at,
      updatedAt: at,
    } as ModuleItem;
    const all = [...modules, module];
    assertPrerequisites(all);
    const committed = await transact([
      claimRevision(classId, revision),
      { Put: { TableName: table(), Item: { ...moduleKey(classId, moduleId), ...module }, ConditionExpression: "attribute_not_exists(pk)" } },
    ]);
    return committed ? toModule(module, all) : undefined;
  });
}

/**
 * Applies a change and raises the module's version. Only the organiser's fields are written, so the
 * in-use mark and the position, which others change, are never written back stale. A change to grading
 * is refused once anyone has progress, and that condition is checked on the item itself.
 */
export async function updateModule(classId: string, moduleId: string, changes: ModuleChanges, now: Date): Promise<Module> {
  return untilSettled(async () => {
    const { modules, revision } = await readModuleSet(classId);
    const current = findModule(modules, moduleId);
    const before = inputOf(current);
    const merged: Record<string, unknown> = { ...before, ...changes };
    for (const [field, value] of Object.entries(changes)) if (value === null) delete merged[field];
    const parsed = ModuleInput.safeParse(merged, { reportInput: true });
    if (!parsed.success) throw new InvalidFields(parsed.error.issues, "body");
    const breaking = isBreakingChange(gradingOf(before), gradingOf(parsed.data));
    if (breaking && current.hasProgress) throw new Conflict("module_has_progress");
    const content: Record<string, unknown> = { ...contentOf(parsed.data), version: current.version + 1, updatedAt: now.toISOString() };
    const removed = Object.keys(before).filter((field) => !(field in content));
    const updated = { ...Object.fromEntries(Object.entries(current).filter(([field]) => !removed.includes(field))), ...content } as ModuleItem;
    const all = modules.map((m) => (m.moduleId === moduleId ? updated : m));
    assertPrerequisites(all);

    const committed = await transact([
      claimRevision(classId, revision),
      {
        Update: {
          TableName: table(),
          Key: moduleKey(classId, moduleId),
          ...setFields(content, breaking ? "#hasProgress = :false" : "attribute_exists(pk)", breaking ? { ":false": false } : {}, removed),
        },
      },
    ]);
    return committed ? toModule(updated, all) : undefined;
  });
}

/** Sets the class's module order; every module exactly once, and the implied prerequisites must not loop. */
export async function reorderModules(classId: string, moduleIds: string[]): Promise<Module[]> {
  return untilSettled(async () => {
    const { modules, revision } = await readModuleSet(classId);
    const known = new Set(modules.map((m) => m.moduleId));
    if (moduleIds.length !== known.size || new Set(moduleIds).size !== moduleIds.length || !moduleIds.every((id) => known.has(id))) {
      throw new BadRequest("module_order_mismatch", [{ field: "body.moduleIds", code: "module_order_mismatch" }]);
    }
    const reordered = inOrder(modules.map((m) => ({ ...m, position: moduleIds.indexOf(m.moduleId) + 1 })));
    assertPrerequisites(reordered);
    const committed = await transact([
      claimRevision(classId, revision),
      ...reordered.map((m) => ({
        Update: {
          TableName: table(),
          Key: moduleKey(classId, m.moduleId),
          UpdateExpression: "SET #position = :position",
          ConditionExpression: "attribute_exists(pk)",
          ExpressionAttributeNames: namesIn("#position"),
          ExpressionAttributeValues: { ":position": m.position },
        },
      })),
    ]);
    return committed ? reordered.map((m) => toModule(m, reordered)) : undefined;
  });
}
