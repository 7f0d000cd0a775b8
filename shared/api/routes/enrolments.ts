import { route } from "../route.js";
import { ClassIdParams } from "../schemas/common.js";
import { Enrolment, EnrolmentPage, RosterQuery } from "../schemas/enrolments.js";
import { PageQuery } from "../schemas/pages.js";

export const enrol = /* @__PURE__ */ route({
  name: "enrol",
  summary: "Enrol in a class: a seat, or a place in the waitlist",
  method: "POST", path: "/classes/{classId}/enrolments", handler: "functions/enrolments/enrol.ts",
  roles: ["applicant"], objects: "own", params: ClassIdParams, response: Enrolment, tables: { classes: "RW", profiles: "R" },
});

export const getMyEnrolment = /* @__PURE__ */ route({
  name: "getMyEnrolment",
  summary: "My enrolment in a class, with my waitlist position",
  method: "GET", path: "/classes/{classId}/enrolments/me", handler: "functions/enrolments/get-my-enrolment.ts",
  roles: ["applicant"], objects: "own", params: ClassIdParams, response: Enrolment, tables: { classes: "R" },
});

export const withdraw = /* @__PURE__ */ route({
  name: "withdraw",
  summary: "Withdraw from a class; my seat passes to the first in the waitlist",
  method: "DELETE", path: "/classes/{classId}/enrolments/me", handler: "functions/enrolments/withdraw.ts",
  roles: ["applicant"], objects: "own", params: ClassIdParams, response: Enrolment, tables: { classes: "RW" },
});

export const listMyEnrolments = /* @__PURE__ */ route({
  name: "listMyEnrolments",
  summary: "My enrolments with their status (a waitlist position is on each class's own enrolment)",
  method: "GET", path: "/me/enrolments", handler: "functions/enrolments/list-my-enrolments.ts",
  roles: ["applicant"], objects: "own", query: PageQuery, response: EnrolmentPage, tables: { classes: "R" },
});

export const listRoster = /* @__PURE__ */ route({
  name: "listRoster",
  summary: "A class roster with statuses and today's names, by applicant; with status=waitlisted, the waitlist in its order, position 1 first (organisers)",
  method: "GET", path: "/classes/{classId}/enrolments", handler: "functions/enrolments/list-roster.ts",
  roles: ["admin"], objects: "any", params: ClassIdParams, query: RosterQuery,
  response: EnrolmentPage, tables: { classes: "R", profiles: "R" },
});
