import { beforeAll, describe, expect, it } from "vitest";
import { testApi, type Caller, type TestApi } from "../support/api.js";
import { classInput, profileInput } from "../support/fixtures.js";

let api: TestApi;
let admin: Caller;
beforeAll(async () => {
  api = await testApi();
  admin = await api.user("admin");
});

describe("business profile", () => {
  it("is created once, read back with derived fields, and changed field by field", async () => {
    const applicant = await api.user("applicant");
    expect((await api.call("GET", "/me/profile", { as: applicant })).status).toBe(404);

    const created = await api.call("POST", "/me/profile", { as: applicant, body: profileInput({ email: "omyos@example.id" }) });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ applicantId: applicant.sub, phone: "+6281234567890", sizeClass: "micro", nib: "9120301234567" });
    expect(created.body.consentAt).toBe(created.body.createdAt);

    const again = await api.call("POST", "/me/profile", { as: applicant, body: profileInput() });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("profile_exists");

    const changed = await api.call("PATCH", "/me/profile", { as: applicant, body: { employees: 9, annualRevenueIdr: 3_000_000_000 } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ employees: 9, sizeClass: "small", businessName: "Se'i Om Yos" });
    expect((await api.call("GET", "/me/profile", { as: applicant })).body).toEqual(changed.body);
  });

  it("cannot be changed before it exists, nor emptied with an empty change", async () => {
    const applicant = await api.user("applicant");
    expect((await api.call("PATCH", "/me/profile", { as: applicant, body: { employees: 3 } })).status).toBe(404);
    await api.call("POST", "/me/profile", { as: applicant, body: profileInput() });
    expect((await api.call("PATCH", "/me/profile", { as: applicant, body: {} })).status).toBe(400);
    expect((await api.call("PATCH", "/me/profile", { as: applicant, body: { consent: false } })).status).toBe(400);
  });

  it("is readable by organisers, and another applicant's profile does not exist for them", async () => {
    const applicant = await api.user("applicant");
    await api.call("POST", "/me/profile", { as: applicant, body: profileInput() });
    expect((await api.call("GET", `/applicants/${applicant.sub}/profile`, { as: admin })).body.applicantId).toBe(applicant.sub);
    expect((await api.call("GET", `/applicants/nobody-here/profile`, { as: admin })).status).toBe(404);
    const other = await api.user("applicant");
    expect((await api.call("GET", `/applicants/${applicant.sub}/profile`, { as: other })).status).toBe(403);
  });

  it("is required before enrolling", async () => {
    const classId = (await api.call("POST", "/classes", { as: admin, body: classInput() })).body.classId;
    const applicant = await api.user("applicant");
    const answer = await api.call("POST", `/classes/${classId}/enrolments`, { as: applicant });
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe("profile_required");
  });
});
