import { roles as allRoles } from "../../domain/roles.js";
import { route } from "../route.js";
import { Class, ClassChanges, ClassInput, ClassSummaryPage } from "../schemas/classes.js";
import { ClassIdParams } from "../schemas/common.js";
import { PageQuery } from "../schemas/pages.js";

export const createClass = /* @__PURE__ */ route({
  name: "createClass",
  summary: "Open a new class",
  method: "POST", path: "/classes", handler: "functions/classes/create-class.ts",
  roles: ["admin"], objects: "any", body: ClassInput, response: Class, tables: { classes: "RW" },
});

export const listClasses = /* @__PURE__ */ route({
  name: "listClasses",
  summary: "Classes whose enrolment has not closed yet, closing soonest first",
  method: "GET", path: "/classes", handler: "functions/classes/list-classes.ts",
  roles: allRoles, objects: "any", query: PageQuery, response: ClassSummaryPage, tables: { classes: "R" },
});

export const listAllClasses = /* @__PURE__ */ route({
  name: "listAllClasses",
  summary: "Every class, latest first (organisers)",
  method: "GET", path: "/admin/classes", handler: "functions/classes/list-all-classes.ts",
  roles: ["admin"], objects: "any", query: PageQuery, response: ClassSummaryPage, tables: { classes: "R" },
});

export const getClass = /* @__PURE__ */ route({
  name: "getClass",
  summary: "Read one class",
  method: "GET", path: "/classes/{classId}", handler: "functions/classes/get-class.ts",
  roles: allRoles, objects: "any", params: ClassIdParams, response: Class, tables: { classes: "R" },
});

export const updateClass = /* @__PURE__ */ route({
  name: "updateClass",
  summary: "Change a class; added seats go to the waitlist at once",
  method: "PATCH", path: "/classes/{classId}", handler: "functions/classes/update-class.ts",
  roles: ["admin"], objects: "any", params: ClassIdParams, body: ClassChanges, response: Class, tables: { classes: "RW" },
});
