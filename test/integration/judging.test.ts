import { beforeAll, describe, expect, it } from "vitest";
import { testApi, type Caller, type TestApi } from "../support/api.js";
import { pitchInput } from "../support/fixtures.js";
import { scenarios, type Scenarios } from "../support/scenarios.js";

let api: TestApi;
let admin: Caller;
let story: Scenarios;

beforeAll(async () => {
  api = await testApi();
  admin = await api.user("admin");
  story = scenarios(api, admin);
  await api.startJobs();
});

const day = 24 * 3600 * 1000;
const at = (days: number) => new Date(Date.now() + days * day).toISOString();

describe("from submission to a complete set of scores", () => {
  it("applicants submit, judges are assigned and score", async () => {
    const where = await story.classWithCompetition({ judgesPerSubmission: 2 });
    const base = `/competitions/${where.competitionId}`;
    const applicants = await Promise.all([0, 1, 2].map((i) => story.graduate(where, { ownerName: `Pemilik ${i}`, nib: `912030123456${i}`, phone: `0812-3456-78${i}0` })));
    for (const applicant of applicants) {
      const saved = await api.call("PUT", `${base}/submissions/me`, { as: applicant, body: pitchInput() });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      expect(saved.body.missingToSubmit).toEqual(["pitchDeck"]);
      const ticket = await api.call("POST", `${base}/submissions/me/uploads`, { as: applicant, body: { contentType: "application/pdf", size: 5 } });
      expect(ticket.status, JSON.stringify(ticket.body)).toBe(201);
      expect((await api.dispatch({ method: "PUT", url: ticket.body.uploadUrl, headers: ticket.body.headers, body: Buffer.from("%PDF-") })).status).toBe(200);
      const withDeck = await api.call("PUT", `${base}/submissions/me`, { as: applicant, body: pitchInput({ pitchDeckKey: ticket.body.fileKey }) });
      expect(withDeck.body.missingToSubmit, JSON.stringify(withDeck.body)).toEqual([]);
      const submitted = await api.call("POST", `${base}/submissions/me/submit`, { as: applicant });
      expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
      expect(submitted.body.status).toBe("submitted");
    }
    const judges = await Promise.all([0, 1, 2].map(() => api.user("judge")));
    for (const [i, judge] of judges.entries()) {
      const invited = await api.call("PUT", `${base}/judges/${judge.sub}`, { as: admin, body: { name: `Juri ${i}`, organisation: "KADIN NTT", sectors: ["kuliner"], email: `juri${i}@example.id` } });
      expect(invited.status, JSON.stringify(invited.body)).toBe(200);
    }
    const closed = await api.call("PATCH", base, { as: admin, body: { submissionDeadline: at(-0.5), judgingOpensAt: at(-0.4) } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body.phase).toBe("judging");
    const run = await api.call("POST", `${base}/assignment`, { as: admin });
    expect(run.status, JSON.stringify(run.body)).toBe(202);
    await api.drainJobs();
    const done = await api.call("GET", `${base}/assignment`, { as: admin });
    expect(done.body, JSON.stringify(done.body)).toMatchObject({ status: "done", unassigned: [], balance: 0, loads: Object.fromEntries(judges.map((j) => [j.sub, 2])) });

    for (const judge of judges) {
      const mine = await api.call("GET", `/judging/competitions/${where.competitionId}`, { as: judge });
      expect(mine.status, JSON.stringify(mine.body)).toBe(200);
      expect(mine.body.assignments).toHaveLength(2);
      for (const { submissionId } of mine.body.assignments) {
        const sheet = await api.call("GET", `/judging/competitions/${where.competitionId}/submissions/${submissionId}`, { as: judge });
        expect(sheet.status, JSON.stringify(sheet.body)).toBe(200);
        const scores = Object.fromEntries(sheet.body.rubric.map((c: { criterionId: string }) => [c.criterionId, 7]));
        const scored = await api.call("PUT", `/judging/competitions/${where.competitionId}/submissions/${submissionId}/review`, { as: judge, body: { scores, comment: "Bagus.", submit: true } });
        expect(scored.status, JSON.stringify(scored.body)).toBe(200);
        expect(scored.body.review).toMatchObject({ status: "submitted", total: 66.67 });
      }
    }
    const progress = await api.call("GET", `${base}/judging`, { as: admin });
    expect(progress.body.totals, JSON.stringify(progress.body)).toEqual({ reviews: 6, submitted: 6, percent: 100 });
    const frozen = await api.call("PATCH", base, { as: admin, body: { rubric: [] } });
    expect(frozen.status).toBe(400);
  });
});
