import { randomUUID } from "node:crypto";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type * as z from "zod";
import { ModuleInput, type Module, type ModuleChanges } from "../api/module-schemas.js";
import { checkPrerequisites, inOrder, isBreakingChange, prerequisitesOf, type ModuleOutline } from "../domain/modules.js";
import { BadRequest, Conflict, InvalidFields, NotFound } from "../http/errors.js";
import { db } from "./client.js";
import { classPk, MODULE_PREFIX, moduleKey } from "./keys.js";
import { tableName } from "./tables.js";
import { transact, untilSettled } from "./transactions.js";

/** A module as stored: the organiser's input with quiz ids assigned, plus order and bookkeeping. */
export type ModuleItem = Module extends infer M ? (M extends unknown ? Omit<M, "effectivePrerequisites"> : never) : never;

const table = () => tableName("learning");

export async function listModuleItems(classId: string): Promise<ModuleItem[]> {
  const items: ModuleItem[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db().send(new QueryCommand({
      TableName: table(),
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :module)",
      ExpressionAttributeValues: { ":pk": classPk(classId), ":module": MODULE_PREFIX },
      ConsistentRead: true,
      ExclusiveStartKey: start,
    }));
    items.push(...((page.Items ?? []) as ModuleItem[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return inOrder(items);
}

export function findModule(modules: ModuleItem[], moduleId: string): ModuleItem {
  const module = modules.find((m) => m.moduleId === moduleId);
  if (!module) throw new NotFound("module_not_found");
  return module;
}

/** Organisers see everything, answer keys included, and the prerequisites that actually apply. */
export function toModule(module: ModuleItem, modules: ModuleItem[]): Module {
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

function assertPrerequisites(modules: ModuleOutline[]) {
  const problem = checkPrerequisites(modules);
  if (problem) {
    throw new BadRequest(problem.kind === "cycle" ? "prerequisite_cycle" : "prerequisite_unknown", [{ field: "body.prerequisites", code: problem.kind, moduleIds: problem.moduleIds }]);
  }
}

export async function createModule(classId: string, input: Input, now: Date, moduleId: string = randomUUID()): Promise<Module> {
  const modules = await listModuleItems(classId);
  const at = now.toISOString();
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
  await db().send(new PutCommand({ TableName: table(), Item: { ...moduleKey(classId, module.moduleId), ...module }, ConditionExpression: "attribute_not_exists(pk)" }));
  return toModule(module, all);
}

/**
 * Applies a change and raises the module's version. A change to grading is refused once anyone has
 * progress; the write is conditioned on the version we read (and on no progress, for grading changes),
 * so a first attempt landing meanwhile makes us re-read rather than slip past the rule.
 */
export async function updateModule(classId: string, moduleId: string, changes: ModuleChanges, now: Date): Promise<Module> {
  return untilSettled(async () => {
    const modules = await listModuleItems(classId);
    const current = findModule(modules, moduleId);
    const breaking = isBreakingChange(changes);
    if (breaking && current.hasProgress) throw new Conflict("module_has_progress");

    const merged: Record<string, unknown> = { ...inputOf(current), ...changes };
    for (const [field, value] of Object.entries(changes)) if (value === null) delete merged[field];
    const parsed = ModuleInput.safeParse(merged, { reportInput: true });
    if (!parsed.success) throw new InvalidFields(parsed.error.issues, "body");
    const updated = {
      ...contentOf(parsed.data),
      moduleId,
      classId,
      position: current.position,
      version: current.version + 1,
      hasProgress: current.hasProgress,
      createdAt: current.createdAt,
      updatedAt: now.toISOString(),
    } as ModuleItem;
    const all = modules.map((m) => (m.moduleId === moduleId ? updated : m));
    assertPrerequisites(all);
    try {
      await db().send(new PutCommand({
        TableName: table(),
        Item: { ...moduleKey(classId, moduleId), ...updated },
        ConditionExpression: breaking ? "#version = :version AND #hasProgress = :false" : "#version = :version",
        ExpressionAttributeNames: breaking ? { "#version": "version", "#hasProgress": "hasProgress" } : { "#version": "version" },
        ExpressionAttributeValues: breaking ? { ":version": current.version, ":false": false } : { ":version": current.version },
      }));
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
    return toModule(updated, all);
  });
}

/** Sets the class's module order; every module exactly once, and the implied prerequisites must not loop. */
export async function reorderModules(classId: string, moduleIds: string[]): Promise<Module[]> {
  const modules = await listModuleItems(classId);
  const known = new Set(modules.map((m) => m.moduleId));
  if (moduleIds.length !== known.size || new Set(moduleIds).size !== moduleIds.length || !moduleIds.every((id) => known.has(id))) {
    throw new BadRequest("module_order_mismatch", [{ field: "body.moduleIds", code: "module_order_mismatch" }]);
  }
  const reordered = modules.map((m) => ({ ...m, position: moduleIds.indexOf(m.moduleId) + 1 }));
  assertPrerequisites(reordered);
  const committed = await transact(reordered.map((m) => ({
    Update: {
      TableName: table(),
      Key: moduleKey(classId, m.moduleId),
      UpdateExpression: "SET #position = :position",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeNames: { "#position": "position" },
      ExpressionAttributeValues: { ":position": m.position },
    },
  })));
  if (!committed) throw new Conflict("module_order_mismatch");
  const ordered = inOrder(reordered);
  return ordered.map((m) => toModule(m, ordered));
}
