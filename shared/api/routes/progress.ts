import { seatedInClass } from "../../app/relations.js";
import { route } from "../route.js";
import { AssignmentHandIn, ModuleApplicantParams, ReviewInput, Submission } from "../schemas/assignments.js";
import { AttendanceInput, AttendanceResult } from "../schemas/attendance.js";
import { Certificate, CertificateParams } from "../schemas/certificates.js";
import { ClassIdParams, ModuleIdParams } from "../schemas/common.js";
import { PageQuery } from "../schemas/pages.js";
import { ModuleContent, MyProgress } from "../schemas/progress.js";
import { QuizAnswers, QuizAttemptResult } from "../schemas/quizzes.js";
import { ExportIdParams, ProgressExport, ProgressMatrix } from "../schemas/reports.js";
import { UploadRequest, UploadTicket } from "../schemas/uploads.js";

// ---- seat holders ----

export const getModuleContent = /* @__PURE__ */ route({
  name: "getModuleContent",
  summary: "A module's content and my status in it (seat holders)",
  method: "GET", path: "/classes/{classId}/modules/{moduleId}", handler: "functions/progress/get-module-content.ts",
  roles: ["applicant"], objects: seatedInClass, params: ModuleIdParams, response: ModuleContent, tables: { classes: "R", learning: "R" },
});

export const getMyProgress = /* @__PURE__ */ route({
  // writes only to finish a completion whose certificate was not issued yet
  name: "getMyProgress",
  summary: "My progress in a class: every module's status, what is next and what blocks it",
  method: "GET", path: "/classes/{classId}/progress/me", handler: "functions/progress/get-my-progress.ts",
  roles: ["applicant"], objects: seatedInClass, params: ClassIdParams, response: MyProgress, tables: { classes: "R", learning: "RW", profiles: "R" },
});

export const markMaterialRead = /* @__PURE__ */ route({
  name: "markMaterialRead",
  summary: "Mark a material module as read",
  method: "POST", path: "/classes/{classId}/modules/{moduleId}/read", handler: "functions/progress/mark-material-read.ts",
  roles: ["applicant"], objects: seatedInClass, params: ModuleIdParams, response: MyProgress, tables: { classes: "R", learning: "RW", profiles: "R" },
});

export const attemptQuiz = /* @__PURE__ */ route({
  name: "attemptQuiz",
  summary: "Answer a quiz; graded on the server",
  method: "POST", path: "/classes/{classId}/modules/{moduleId}/attempts", handler: "functions/progress/attempt-quiz.ts",
  roles: ["applicant"], objects: seatedInClass, params: ModuleIdParams, body: QuizAnswers, response: QuizAttemptResult, tables: { classes: "R", learning: "RW", profiles: "R" },
});

export const requestUpload = /* @__PURE__ */ route({
  name: "requestUpload",
  summary: "Get a short-lived URL to upload an assignment file",
  method: "POST", path: "/classes/{classId}/modules/{moduleId}/uploads", handler: "functions/progress/request-upload.ts",
  roles: ["applicant"], objects: seatedInClass, params: ModuleIdParams, body: UploadRequest, response: UploadTicket, tables: { classes: "R", learning: "RW" }, files: "RW",
});

export const handInAssignment = /* @__PURE__ */ route({
  name: "handInAssignment",
  summary: "Hand in (or hand in again) an assignment: text and/or an uploaded file",
  method: "PUT", path: "/classes/{classId}/modules/{moduleId}/submission", handler: "functions/progress/hand-in-assignment.ts",
  roles: ["applicant"], objects: seatedInClass, params: ModuleIdParams, body: AssignmentHandIn, response: Submission, tables: { classes: "R", learning: "RW", profiles: "R" }, files: "RW",
});

// ---- organisers ----

export const getSubmission = /* @__PURE__ */ route({
  name: "getSubmission",
  summary: "An applicant's hand-in, with a short-lived download link (organisers)",
  method: "GET", path: "/classes/{classId}/modules/{moduleId}/submissions/{applicantId}", handler: "functions/progress/get-submission.ts",
  roles: ["admin"], objects: "any", params: ModuleApplicantParams, response: Submission, tables: { learning: "R" }, files: "R",
});

export const reviewAssignment = /* @__PURE__ */ route({
  name: "reviewAssignment",
  summary: "Review a hand-in: passed, or needs revision with feedback (organisers)",
  method: "POST", path: "/classes/{classId}/modules/{moduleId}/submissions/{applicantId}/review", handler: "functions/progress/review-assignment.ts",
  roles: ["admin"], objects: "any", params: ModuleApplicantParams, body: ReviewInput, response: Submission, tables: { classes: "R", learning: "RW", profiles: "R" }, files: "R",
});

export const recordAttendance = /* @__PURE__ */ route({
  name: "recordAttendance",
  summary: "Record attendance of a whole session at once; completions are settled right after by a job (organisers)",
  method: "POST", path: "/classes/{classId}/modules/{moduleId}/attendance", handler: "functions/progress/record-attendance.ts",
  roles: ["admin"], objects: "any", params: ModuleIdParams, body: AttendanceInput, response: AttendanceResult, tables: { classes: "R", learning: "RW" },
});

export const getProgressMatrix = /* @__PURE__ */ route({
  name: "getProgressMatrix",
  summary: "Applicants × modules with status and completion, a page of applicants at a time (organisers)",
  method: "GET", path: "/classes/{classId}/progress", handler: "functions/progress/get-progress-matrix.ts",
  roles: ["admin"], objects: "any", params: ClassIdParams, query: PageQuery, response: ProgressMatrix, tables: { classes: "R", learning: "R", profiles: "R" },
});

export const requestProgressExport = /* @__PURE__ */ route({
  name: "requestProgressExport",
  summary: "Ask for the progress matrix as a CSV file; a job writes it (organisers)",
  method: "POST", path: "/classes/{classId}/progress/exports", handler: "functions/progress/request-progress-export.ts",
  roles: ["admin"], objects: "any", params: ClassIdParams, response: ProgressExport, tables: { classes: "R", learning: "RW" },
});

export const getProgressExport = /* @__PURE__ */ route({
  name: "getProgressExport",
  summary: "A progress export: pending, or ready with a short-lived download link (organisers)",
  method: "GET", path: "/classes/{classId}/progress/exports/{exportId}", handler: "functions/progress/get-progress-export.ts",
  roles: ["admin"], objects: "any", params: ExportIdParams, response: ProgressExport, tables: { learning: "R" }, files: "R",
});

// ---- public ----

export const getCertificate = /* @__PURE__ */ route({
  name: "getCertificate",
  summary: "Verify a completion certificate (public: name, business, class and date only)",
  method: "GET", path: "/certificates/{certificateId}", handler: "functions/progress/get-certificate.ts",
  roles: "public", objects: "any", params: CertificateParams, response: Certificate, tables: { learning: "R" },
});

