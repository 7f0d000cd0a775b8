import * as z from "zod";
import { roles as allRoles } from "../domain/roles.js";
import { route, type Route } from "./route.js";
import {
  AssignmentHandIn, AttendanceInput, AttendanceResult, Certificate, CertificateParams, Module, ModuleApplicantParams, ModuleChanges,
  ModuleContent, ModuleIdParams, ModuleInput, ModuleOrder, MyProgress, ProgressMatrix, QuizAnswers, QuizAttemptResult, ReviewInput,
  Submission, UploadRequest, UploadTicket,
} from "./module-schemas.js";
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

  getOpenApi: route({
    summary: "This API described as OpenAPI 3.1, generated from the route table",
    method: "GET", path: "/openapi.json", handler: "functions/reference/get-openapi.ts",
    roles: "public", response: z.record(z.string(), z.unknown()), tables: {},
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

  createModule: route({
    summary: "Add a module at the end of a class",
    method: "POST", path: "/classes/{classId}/modules", handler: "functions/modules/create-module.ts",
    roles: ["admin"], params: ClassIdParams, body: ModuleInput, response: Module, tables: { classes: "R", learning: "RW" },
  }),
  listModules: route({
    summary: "A class's modules in order, answer keys included (organisers)",
    method: "GET", path: "/classes/{classId}/modules", handler: "functions/modules/list-modules.ts",
    roles: ["admin"], params: ClassIdParams, response: z.object({ items: z.array(Module) }), tables: { classes: "R", learning: "R" },
  }),
  updateModule: route({
    summary: "Change a module; grading is frozen once anyone has progress",
    method: "PATCH", path: "/classes/{classId}/modules/{moduleId}", handler: "functions/modules/update-module.ts",
    roles: ["admin"], params: ModuleIdParams, body: ModuleChanges, response: Module, tables: { learning: "RW" },
  }),
  reorderModules: route({
    summary: "Set the order of a class's modules",
    method: "PUT", path: "/classes/{classId}/modules/order", handler: "functions/modules/reorder-modules.ts",
    roles: ["admin"], params: ClassIdParams, body: ModuleOrder, response: z.object({ items: z.array(Module) }), tables: { learning: "RW" },
  }),
  getModuleContent: route({
    summary: "A module's content and my status in it (seat holders)",
    method: "GET", path: "/classes/{classId}/modules/{moduleId}", handler: "functions/progress/get-module-content.ts",
    roles: ["applicant"], params: ModuleIdParams, response: ModuleContent, tables: { classes: "R", learning: "R" },
  }),
  getMyProgress: route({
    // writes only to finish a completion whose certificate was not issued yet
    summary: "My progress in a class: every module's status, what is next and what blocks it",
    method: "GET", path: "/classes/{classId}/progress/me", handler: "functions/progress/get-my-progress.ts",
    roles: ["applicant"], params: ClassIdParams, response: MyProgress, tables: { classes: "R", learning: "RW", profiles: "R" },
  }),
  markMaterialRead: route({
    summary: "Mark a material module as read",
    method: "POST", path: "/classes/{classId}/modules/{moduleId}/read", handler: "functions/progress/mark-material-read.ts",
    roles: ["applicant"], params: ModuleIdParams, response: MyProgress, tables: { classes: "R", learning: "RW", profiles: "R" },
  }),
  attemptQuiz: route({
    summary: "Answer a quiz; graded on the server",
    method: "POST", path: "/classes/{classId}/modules/{moduleId}/attempts", handler: "functions/progress/attempt-quiz.ts",
    roles: ["applicant"], params: ModuleIdParams, body: QuizAnswers, response: QuizAttemptResult, tables: { classes: "R", learning: "RW", profiles: "R" },
  }),
  requestUpload: route({
    summary: "Get a short-lived URL to upload an assignment file",
    method: "POST", path: "/classes/{classId}/modules/{moduleId}/uploads", handler: "functions/progress/request-upload.ts",
    roles: ["applicant"], params: ModuleIdParams, body: UploadRequest, response: UploadTicket, tables: { classes: "R", learning: "R" }, files: "RW",
  }),
  handInAssignment: route({
    summary: "Hand in (or hand in again) an assignment: text and/or an uploaded file",
    method: "PUT", path: "/classes/{classId}/modules/{moduleId}/submission", handler: "functions/progress/hand-in-assignment.ts",
    roles: ["applicant"], params: ModuleIdParams, body: AssignmentHandIn, response: Submission, tables: { classes: "R", learning: "RW", profiles: "R" }, files: "R",
  }),
  getSubmission: route({
    summary: "An applicant's hand-in, with a short-lived download link (organisers)",
    method: "GET", path: "/classes/{classId}/modules/{moduleId}/submissions/{applicantId}", handler: "functions/progress/get-submission.ts",
    roles: ["admin"], params: ModuleApplicantParams, response: Submission, tables: { learning: "R" }, files: "R",
  }),
  reviewAssignment: route({
    summary: "Review a hand-in: passed, or needs revision with feedback (organisers)",
    method: "POST", path: "/classes/{classId}/modules/{moduleId}/submissions/{applicantId}/review", handler: "functions/progress/review-assignment.ts",
    roles: ["admin"], params: ModuleApplicantParams, body: ReviewInput, response: Submission, tables: { classes: "R", learning: "RW", profiles: "R" }, files: "R",
  }),
  recordAttendance: route({
    summary: "Record attendance of a whole session at once (organisers)",
    method: "POST", path: "/classes/{classId}/modules/{moduleId}/attendance", handler: "functions/progress/record-attendance.ts",
    roles: ["admin"], params: ModuleIdParams, body: AttendanceInput, response: AttendanceResult, tables: { classes: "R", learning: "RW", profiles: "R" },
  }),
  getProgressMatrix: route({
    summary: "Applicants × modules with status and completion, a page of applicants at a time (organisers)",
    method: "GET", path: "/classes/{classId}/progress", handler: "functions/progress/get-progress-matrix.ts",
    roles: ["admin"], params: ClassIdParams, query: PageQuery, response: ProgressMatrix, tables: { classes: "R", learning: "R" },
  }),
  exportProgress: route({
    summary: "The progress matrix as a CSV download (organisers)",
    method: "GET", path: "/classes/{classId}/progress/csv", handler: "functions/progress/export-progress.ts",
    roles: ["admin"], params: ClassIdParams, response: z.string(), produces: "text/csv", tables: { classes: "R", learning: "R" },
  }),
  getCertificate: route({
    summary: "Verify a completion certificate (public: name, business, class, date only)",
    method: "GET", path: "/certificates/{certificateId}", handler: "functions/progress/get-certificate.ts",
    roles: "public", params: CertificateParams, response: Certificate, tables: { learning: "R" },
  }),
};

type Named<T> = { [K in keyof T]: T[K] & { name: K } };

export const routes = Object.fromEntries(Object.entries(table).map(([name, def]) => [name, { ...def, name }])) as Named<typeof table>;
export const routeList: Route[] = Object.values(routes) as Route[];
