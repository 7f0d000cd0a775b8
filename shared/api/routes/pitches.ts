import { completedClass } from "../../app/relations.js";
import { route } from "../route.js";
import { CompetitionIdParams } from "../schemas/competition-params.js";
import { PitchDeckUploadRequest, PitchDraft } from "../schemas/pitch-input.js";
import { MyPitch } from "../schemas/pitches.js";
import { UploadTicket } from "../schemas/uploads.js";

// Applicants who completed the competition's class; the others are told why not (403). That check reads
// `learning` and `classes`. Each entry is written out whole: a shared object would keep every route of
// this file in each function's bundle.

export const getMyPitch = /* @__PURE__ */ route({
  name: "getMyPitch",
  summary: "My pitch in a competition: draft or submitted, what it lacks, and the judges' comments once results are published",
  method: "GET", path: "/competitions/{competitionId}/submissions/me", handler: "functions/pitches/get-my-pitch.ts",
  roles: ["applicant"], objects: completedClass, params: CompetitionIdParams, response: MyPitch, tables: { judging: "R", learning: "R", classes: "R" }, files: "R",
});

export const saveMyPitch = /* @__PURE__ */ route({
  name: "saveMyPitch",
  summary: "Save my pitch whole (a draft, or the submitted pitch until the deadline)",
  method: "PUT", path: "/competitions/{competitionId}/submissions/me", handler: "functions/pitches/save-my-pitch.ts",
  roles: ["applicant"], objects: completedClass, params: CompetitionIdParams, body: PitchDraft, response: MyPitch, tables: { judging: "RW", learning: "R", classes: "R", profiles: "R" }, files: "RW",
});

export const submitMyPitch = /* @__PURE__ */ route({
  name: "submitMyPitch",
  summary: "Submit my pitch for judging; it can still change until the deadline",
  method: "POST", path: "/competitions/{competitionId}/submissions/me/submit", handler: "functions/pitches/submit-my-pitch.ts",
  roles: ["applicant"], objects: completedClass, params: CompetitionIdParams, response: MyPitch, tables: { judging: "RW", learning: "R", classes: "R" }, files: "R",
});

export const requestPitchDeckUpload = /* @__PURE__ */ route({
  name: "requestPitchDeckUpload",
  summary: "Get a short-lived URL to upload my pitch deck (PDF, at most 10 MB)",
  method: "POST", path: "/competitions/{competitionId}/submissions/me/uploads", handler: "functions/pitches/request-pitch-deck-upload.ts",
  roles: ["applicant"], objects: completedClass, params: CompetitionIdParams, body: PitchDeckUploadRequest, response: UploadTicket, tables: { judging: "RW", learning: "R", classes: "R" }, files: "RW",
});
