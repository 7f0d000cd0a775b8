import type { Module } from "../api/schemas/modules.js";
import type { ModuleItem } from "../data/modules.js";
import { inOrder, prerequisitesOf } from "../domain/modules.js";

/** Organisers see everything, answer keys included, and the prerequisites that actually apply. */
export function organiserModuleView(module: ModuleItem, modules: readonly ModuleItem[]): Module {
  return { ...module, effectivePrerequisites: prerequisitesOf(modules).get(module.moduleId) ?? [] };
}

export const organiserModuleList = (modules: readonly ModuleItem[]) => ({ items: inOrder(modules).map((module) => organiserModuleView(module, modules)) });
