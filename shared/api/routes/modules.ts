import { route } from "../route.js";
import { ClassIdParams, ModuleIdParams } from "../schemas/common.js";
import { ModuleChanges } from "../schemas/module-changes.js";
import { ModuleInput } from "../schemas/module-input.js";
import { ModuleOrder } from "../schemas/module-order.js";
import { Module, ModuleList } from "../schemas/modules.js";

export const createModule = /* @__PURE__ */ route({
  name: "createModule",
  summary: "Add a module at the end of a class",
  method: "POST", path: "/classes/{classId}/modules", handler: "functions/modules/create-module.ts",
  roles: ["admin"], objects: "any", params: ClassIdParams, body: ModuleInput, response: Module, tables: { classes: "R", learning: "RW" },
});

export const listModules = /* @__PURE__ */ route({
  name: "listModules",
  summary: "A class's modules in order, answer keys included (organisers)",
  method: "GET", path: "/classes/{classId}/modules", handler: "functions/modules/list-modules.ts",
  roles: ["admin"], objects: "any", params: ClassIdParams, response: ModuleList, tables: { classes: "R", learning: "R" },
});

export const updateModule = /* @__PURE__ */ route({
  name: "updateModule",
  summary: "Change a module; grading is frozen once anyone has progress",
  method: "PATCH", path: "/classes/{classId}/modules/{moduleId}", handler: "functions/modules/update-module.ts",
  roles: ["admin"], objects: "any", params: ModuleIdParams, body: ModuleChanges, response: Module, tables: { learning: "RW" },
});

export const reorderModules = /* @__PURE__ */ route({
  name: "reorderModules",
  summary: "Set the order of a class's modules",
  method: "PUT", path: "/classes/{classId}/modules/order", handler: "functions/modules/reorder-modules.ts",
  roles: ["admin"], objects: "any", params: ClassIdParams, body: ModuleOrder, response: ModuleList, tables: { learning: "RW" },
});
