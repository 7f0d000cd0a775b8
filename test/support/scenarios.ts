import { expect } from "vitest";
import { runAssignment } from "../../shared/app/judging.js";
import type { AssignmentRunItem } from "../../shared/data/competitions.js";
import type { Caller, TestApi } from "./api.js";
import { ok } from "./answers.js";
import { classInput, competitionInput, moduleInputs, pitchInput, profileInput } from "./fixtures.js";

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

  /**
   * A competition whose results are published: `count` graduates pitched (each writing their phone
   * into the summary, as owners do), one judge scored them all (merit falling with the entrant's
   * number), judging closed; the last entrant withdrawn when `withdrawLast`. The assignment is computed
   * here, so the story needs no job runner.
   */
  async function publishedCompetition(count: number, { withdrawLast = false } = {}) {
    const where = await classWithCompetition({ judgesPerSubmission: 1 });
    const base = `/competitions/${where.competitionId}`;
    const tag = where.competitionId.slice(0, 4).replace(/\D/g, "7").padEnd(4, "7");
    const entrants = await Promise.all(Array.from({ length: count }, async (_, i) => {
      const business = { ownerName: `Pemilik ${tag} ${i}`, businessName: `Usaha ${tag} ${i}`, nib: `91203${tag}${String(i).padStart(4, "0")}`, phone: `0813-${tag}-${String(i).padStart(4, "0")}`, email: `pemilik${tag}${i}@contoh.id` };
      const applicant = await graduate(where, business);
      const ticket = ok(await api.call("POST", `${base}/submissions/me/uploads`, { as: applicant, body: { contentType: "application/pdf", size: 5 } }), 201);
      expect((await api.dispatch({ method: "PUT", url: ticket.uploadUrl, headers: ticket.headers, body: Buffer.from("%PDF-") })).status).toBe(200);
      const summary = `Se'i vakum untuk oleh-oleh. Hubungi ${business.phone} atau ${business.email}.`;
      ok(await api.call("PUT", `${base}/submissions/me`, { as: applicant, body: pitchInput({ summary, pitchDeckKey: ticket.fileKey }) }));
      const submitted = ok(await api.call("POST", `${base}/submissions/me/submit`, { as: applicant }));
      return { applicant, submissionId: submitted.submissionId as string, business };
    }));
    const judge = await api.user("judge");
    ok(await api.call("PUT", `${base}/judges/${judge.sub}`, { as: admin, body: { name: "Juri Tunggal", organisation: "KADIN NTT", sectors: ["kuliner"], email: `${judge.sub}@example.id` } }));
    const past = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000).toISOString();
    ok(await api.call("PATCH", base, { as: admin, body: { submissionDeadline: past(0.5), judgingOpensAt: past(0.4) } }));
    await runAssignment(ok(await api.call("POST", `${base}/assignment`, { as: admin }), 202) as AssignmentRunItem, new Date());
    for (const [i, { submissionId }] of entrants.entries()) {
      const value = Math.max(1, 9 - i);
      const scores = Object.fromEntries(competitionInput().rubric.map((criterion) => [criterion.criterionId, value]));
      ok(await api.call("PUT", `/judging/competitions/${where.competitionId}/submissions/${submissionId}/review`, { as: judge, body: { scores, comment: "Rencana yang jelas.", submit: true } }));
    }
    ok(await api.call("PATCH", base, { as: admin, body: { judgingClosesAt: past(0.001) } }));
    if (withdrawLast) ok(await api.call("PUT", `${base}/ranking/overrides/${entrants.at(-1)!.submissionId}`, { as: admin, body: { place: "withdrawn", reason: "Peserta mengundurkan diri." } }));
    const publication = ok(await api.call("POST", `${base}/publications`, { as: admin, body: { reason: "Hasil akhir penjurian." } }), 201);
    return { ...where, base, entrants, judge, publication };
  }

  return { openClass, applicantWithProfile, seatedApplicant, classWithModules, classWithCompetition, graduate, publishedCompetition };
}

export type Scenarios = ReturnType<typeof scenarios>;
