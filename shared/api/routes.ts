import * as z from "zod";
import { roles as allRoles } from "../domain/roles.js";
import { route, type Route } from "./route.js";
import {
  ApplicantIdParams, Class, ClassChanges, ClassIdParams, ClassInput, Enrolment, enrolmentStatuses,
  PageQuery, page, Profile, ProfileChanges, ProfileInput, Reference,
} from "./schemas.js";

const signedIn = allRoles;

/** THE route table. The CDK stack, the local server, the authorisation tests and the docs all read it. */
const table = {
  getReference: route({
    summary: "Regency/city codes and business clusters for the profile form",
    method: "GET", path: "/reference", handler: "functions/reference/get-reference.ts",
    roles: "public", response: Reference, tables: {},
  }),

  createProfile: route({
    summary: "Create my business profile",
    method: "POST", path: "/me/profile", handler: "functions/profiles/create-profile.ts",
    roles: ["applicant"], body: ProfileInput, response: Profile, tables: { profiles: "RW" },
  }),
  getProfile: route({
    summary: "Read my business profile",
    method: "GET", path: "/me/profile", handler: "functions/profiles/get-profile.ts",
    roles: ["applicant"], response: Profile, tables: { profiles: "R" },
  }),
  updateProfile: route({
    summary: "Change fields of my business profile",
    method: "PATCH", path: "/me/profile", handler: "functions/profiles/update-profile.ts",
    roles: ["applicant"], body: ProfileChanges, response: Profile, tables: { profiles: "RW" },
  }),
  getApplicantProfile: route({
    summary: "Read an applicant's business profile (organisers)",
    method: "GET", path: "/applicants/{applicantId}/profile", handler: "functions/profiles/get-applicant-profile.ts",
    roles: ["admin"], params: ApplicantIdParams, response: Profile, tables: { profiles: "R" },
  }),

  createClass: route({
    summary: "Open a new class",
    method: "POST", path: "/classes", handler: "functions/classes/create-class.ts",
    roles: ["admin"], body: ClassInput, response: Class, tables: { classes: "RW" },
  }),
  listClasses: route({
    summary: "Classes whose enrolment has not closed yet, closing soonest first",
    method: "GET", path: "/classes", handler: "functions/classes/list-classes.ts",
    roles: signedIn, query: PageQuery, response: page(Class), tables: { classes: "R" },
  }),
  listAllClasses: route({
    summary: "Every class, latest first (organisers)",
    method: "GET", path: "/admin/classes", handler: "functions/classes/list-all-classes.ts",
    roles: ["admin"], query: PageQuery, response: page(Class), tables: { classes: "R" },
  }),
  getClass: route({
    summary: "Read one class",
    method: "GET", path: "/classes/{classId}", handler: "functions/classes/get-class.ts",
    roles: signedIn, params: ClassIdParams, response: Class, tables: { classes: "R" },
  }),
  updateClass: route({
    summary: "Change a class; added seats go to the waitlist at once",
    method: "PATCH", path: "/classes/{classId}", handler: "functions/classes/update-class.ts",
    roles: ["admin"], params: ClassIdParams, body: ClassChanges, response: Class, tables: { classes: "RW" },
  }),

  enrol: route({
    summary: "Enrol in a class: a seat, or a place in the waitlist",
    method: "POST", path: "/classes/{classId}/enrolments", handler: "functions/enrolments/enrol.ts",
    roles: ["applicant"], params: ClassIdParams, response: Enrolment, tables: { classes: "RW", profiles: "R" },
  }),
  getMyEnrolment: route({
    summary: "My enrolment in a class, with my waitlist position",
    method: "GET", path: "/classes/{classId}/enrolments/me", handler: "functions/enrolments/get-my-enrolment.ts",
    roles: ["applicant"], params: ClassIdParams, response: Enrolment, tables: { classes: "R" },
  }),
  withdraw: route({
    summary: "Withdraw from a class; my seat passes to the first in the waitlist",
    method: "DELETE", path: "/classes/{classId}/enrolments/me", handler: "functions/enrolments/withdraw.ts",
    roles: ["applicant"], params: ClassIdParams, response: Enrolment, tables: { classes: "RW" },
  }),
  listMyEnrolments: route({
    summary: "My enrolments with their status",
    method: "GET", path: "/me/enrolments", handler: "functions/enrolments/list-my-enrolments.ts",
    roles: ["applicant"], query: PageQuery, response: page(Enrolment), tables: { classes: "R" },
  }),
  listRoster: route({
    summary: "A class roster with statuses (organisers)",
    method: "GET", path: "/classes/{classId}/enrolments", handler: "functions/enrolments/list-roster.ts",
    roles: ["admin"], params: ClassIdParams, query: PageQuery.extend({ status: z.enum(enrolmentStatuses).optional() }),
    response: page(Enrolment), tables: { classes: "R" },
  }),
};

type Named<T> = { [K in keyof T]: T[K] & { name: K } };

export const routes = Object.fromEntries(Object.entries(table).map(([name, def]) => [name, { ...def, name }])) as Named<typeof table>;
export type RouteName = keyof typeof routes;
export const routeList: Route[] = Object.values(routes) as Route[];
