import { route } from "../route.js";
import { ApplicantIdParams, Profile, ProfileChanges, ProfileInput } from "../schemas/profiles.js";

export const createProfile = /* @__PURE__ */ route({
  name: "createProfile",
  summary: "Create my business profile",
  method: "POST", path: "/me/profile", handler: "functions/profiles/create-profile.ts",
  roles: ["applicant"], objects: "own", body: ProfileInput, response: Profile, tables: { profiles: "RW" },
});

export const getProfile = /* @__PURE__ */ route({
  name: "getProfile",
  summary: "Read my business profile",
  method: "GET", path: "/me/profile", handler: "functions/profiles/get-profile.ts",
  roles: ["applicant"], objects: "own", response: Profile, tables: { profiles: "R" },
});

export const updateProfile = /* @__PURE__ */ route({
  name: "updateProfile",
  summary: "Change fields of my business profile",
  method: "PATCH", path: "/me/profile", handler: "functions/profiles/update-profile.ts",
  roles: ["applicant"], objects: "own", body: ProfileChanges, response: Profile, tables: { profiles: "RW" },
});

export const getApplicantProfile = /* @__PURE__ */ route({
  name: "getApplicantProfile",
  summary: "Read an applicant's business profile (organisers)",
  method: "GET", path: "/applicants/{applicantId}/profile", handler: "functions/profiles/get-applicant-profile.ts",
  roles: ["admin"], objects: "any", params: ApplicantIdParams, response: Profile, tables: { profiles: "R" },
});
