import type { IndonesianZone } from "../domain/time.js";
import { queryAll } from "./client.js";
import { namesIn, setFields } from "./expressions.js";
import { classPk, MODULE_SET_SORT_PREFIX, moduleKey, moduleSetKey } from "./keys.js";
import { tableName } from "./tables.js";
import type { TransactItem } from "./transactions.js";

type Text = { id: string; en: string };

interface ModuleBase {
  moduleId: string;
  classId: string;
  position: number;
  title: Text;
  summary: Text;
  durationMinutes: number;
  required: boolean;
  /** Explicit prerequisites; without them the module needs the one before it. */
  prerequisites?: string[];
  /** Raised by every organiser change. */
  version: number;
  /** Set by the first progress anyone makes: from then on grading is frozen. */
  hasProgress: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface QuizQuestionItem {
  questionId: string;
  prompt: Text;
  options: { optionId: string; text: Text }[];
  correctOptionId: string;
}

/** A module as stored: the organiser's content with quiz ids assigned, plus order and bookkeeping. */
export type ModuleItem =
  | (ModuleBase & { kind: "material"; body: Text; links: { label: Text; url: string }[] })
  | (ModuleBase & { kind: "quiz"; questions: QuizQuestionItem[]; passPercent: number; maxAttempts: number })
  | (ModuleBase & { kind: "assignment"; instructions: Text; allowText: boolean; allowFile: boolean })
  | (ModuleBase & { kind: "session"; startsAt: string; endsAt: string; timeZone: IndonesianZone; place?: string; onlineUrl?: string });

export interface ModuleSet {
  modules: ModuleItem[];
  /** Bumped by every organiser change to the set, so rules spanning modules hold under concurrent edits. */
  revision: number;
}

const table = () => tableName("learning");

/** The modules and the set's revision item (`MODULES`) come back from one Query: both sort keys begin with `MODULE`. */
export async function readModuleSet(classId: string): Promise<ModuleSet> {
  const items = await queryAll<ModuleItem & { pk?: string; sk: string; revision?: number }>({
    TableName: table(),
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :module)",
    ExpressionAttributeValues: { ":pk": classPk(classId), ":module": MODULE_SET_SORT_PREFIX },
    ConsistentRead: true,
  });
  const setSk = moduleSetKey(classId).sk;
  const modules = items.filter((item) => item.sk !== setSk).map(({ pk: _pk, sk: _sk, ...module }) => module as ModuleItem);
  return { modules, revision: items.find((item) => item.sk === setSk)?.revision ?? 0 };
}

/** Part of every organiser write: it commits only if nobody changed the set since we read it. */
export function claimRevision(classId: string, read: number): TransactItem {
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

export function putModule(module: ModuleItem): TransactItem {
  return { Put: { TableName: table(), Item: { ...moduleKey(module.classId, module.moduleId), ...module }, ConditionExpression: "attribute_not_exists(pk)" } };
}

/**
 * Writes only the organiser's fields, so the in-use mark and the position, which others change, are
 * never written back stale. `whileUnused` refuses the write once anyone has progress in the module.
 */
export function writeModuleContent(classId: string, moduleId: string, content: Record<string, unknown>, removed: string[], whileUnused: boolean): TransactItem {
  return {
    Update: {
      TableName: table(),
      Key: moduleKey(classId, moduleId),
      ...setFields(content, whileUnused ? "#hasProgress = :false" : "attribute_exists(pk)", whileUnused ? { ":false": false } : {}, removed),
    },
  };
}

export function writeModulePosition(classId: string, moduleId: string, position: number): TransactItem {
  return {
    Update: {
      TableName: table(),
      Key: moduleKey(classId, moduleId),
      UpdateExpression: "SET #position = :position",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeNames: namesIn("#position"),
      ExpressionAttributeValues: { ":position": position },
    },
  };
}

/** The first progress in a module freezes its grading, conditioned on the version the decision was made against. */
export function markModuleInUse(module: ModuleItem): TransactItem {
  return {
    Update: {
      TableName: table(),
      Key: moduleKey(module.classId, module.moduleId),
      UpdateExpression: "SET #hasProgress = :true",
      ConditionExpression: "#version = :version",
      ExpressionAttributeNames: namesIn("#hasProgress #version"),
      ExpressionAttributeValues: { ":true": true, ":version": module.version },
    },
  };
}
