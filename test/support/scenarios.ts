import { expect } from "vitest";
import type { Caller, TestApi } from "./api.js";
import { classInput, competitionInput, moduleInputs, profileInput } from "./fixtures.js";

/** Small stories the integration tests start from, told through the API like a user would. */
export function scenarios(api: TestApi, admin: Caller) {
  async function openClass(overrides: Record<string, unknown> = {}): Promise<string> {
    const answer = await api.call("POST", "/classes", { as: admin, body: classInput(overrides) });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    return answer.body.classId;
  }

  async function applicantWithProfile(profile: Record<string, unknown> = {}): Promise<Caller> {
    const applicant = await api.user("applicant");
    const answer = await api.call("POST", "/me/profile", { as: applicant, body: profileInput(profile) });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    return applicant;
  }

  async function seatedApplicant(classId: string, ownerName = "Yohanes Lelo"): Promise<Caller> {
    const applicant = await applicantWithProfile({ ownerName });
    expect((await api.call("POST", `/classes/${classId}/enrolments`, { as: applicant })).body.status).toBe("enrolled");
    return applicant;
  }

  /** A class with one module per kind given, in that order; `overrides[i]` changes module i. */
  async function classWithModules(kinds: (keyof typeof moduleInputs)[], capacity = 200, overrides: Record<number, Record<string, unknown>> = {}) {
    const classId = await openClass({ capacity });
    const moduleIds: string[] = [];
    for (const [i, kind] of kinds.entries()) {
      const answer = await api.call("POST", `/classes/${classId}/modules`, { as: admin, body: moduleInputs[kind](overrides[i] ?? {}) });
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      moduleIds.push(answer.body.moduleId);
    }
    return { classId, moduleIds };
  }

  /** A class of one material module, and its competition, open for submissions. */
  async function classWithCompetition(competition: Record<string, unknown> = {}) {
    const { classId, moduleIds } = await classWithModules(["material"]);
    const answer = await api.call("POST", `/classes/${classId}/competitions`, { as: admin, body: competitionInput(competition) });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    return { classId, moduleId: moduleIds[0]!, competitionId: answer.body.competitionId as string };
  }

  /** An applicant who completed that class (reading its one module completes it). */
  async function graduate(where: { classId: string; moduleId: string }, profile: Record<string, unknown> = {}): Promise<Caller> {
    const applicant = await applicantWithProfile(profile);
    expect((await api.call("POST", `/classes/${where.classId}/enrolments`, { as: applicant })).body.status).toBe("enrolled");
    const read = await api.call("POST", `/classes/${where.classId}/modules/${where.moduleId}/read`, { as: applicant });
    expect(read.body.complete, JSON.stringify(read.body)).toBe(true);
    return applicant;
  }

  return { openClass, applicantWithProfile, seatedApplicant, classWithModules, classWithCompetition, graduate };
}

export type Scenarios = ReturnType<typeof scenarios>;
