import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { testApi, type Caller, type TestApi } from "../support/api.js";
import { ok, refused } from "../support/answers.js";
import { scenarios, type Scenarios } from "../support/scenarios.js";

/*
 * Investors meet the finalists (issue 11, first part): organisers invite them; before the finalists are
 * published the competition does not exist for them (404, not 403); after, they read the finalists'
 * pitches — never the owner's contacts — mark interest and keep private notes.
 */

let api: TestApi;
let admin: Caller;
let story: Scenarios;

beforeAll(async () => {
  api = await testApi();
  admin = await api.user("admin");
  story = scenarios(api, admin);
});


const invite = (competitionId: string, investor: Caller, overrides: Record<string, unknown> = {}) =>
  api.call("PUT", `/competitions/${competitionId}/investors/${investor.sub}`, {
    as: admin,
    body: { name: "Maria Kewa", organisation: "Bank NTT (KUR)", kind: "bank_kur", ticket: { minIdr: 25_000_000, maxIdr: 500_000_000 }, sectors: ["kuliner"], regions: ["53.71"], email: `${investor.sub}@bank.example.id`, ...overrides },
  });

describe("investors and the published finalists", () => {
  let published: Awaited<ReturnType<Scenarios["publishedCompetition"]>>;
  let investor: Caller;
  let uninvited: Caller;
  let early: { competitionId: string };

  beforeAll(async () => {
    [investor, uninvited] = await Promise.all([api.user("investor"), api.user("investor")]);
    // a competition still taking pitches: the investor is invited, nothing is published
    early = await story.classWithCompetition();
    ok(await invite(early.competitionId, investor));
    published = await story.publishedCompetition(3, { withdrawLast: true });
    ok(await invite(published.competitionId, investor));
  }, 120_000);

  it("are invited by organisers with what they invest in; a ticket range runs from small to large", async () => {
    const list = ok(await api.call("GET", `/competitions/${published.competitionId}/investors`, { as: admin }));
    expect(list.items).toMatchObject([{ investorId: investor.sub, kind: "bank_kur", ticket: { minIdr: 25_000_000, maxIdr: 500_000_000 }, regions: ["53.71"] }]);
    refused(await invite(published.competitionId, uninvited, { ticket: { minIdr: 500_000_000, maxIdr: 25_000_000 } }), 400, "validation_failed");
    refused(await invite(published.competitionId, uninvited, { kind: "loan_shark" }), 400, "validation_failed");
    refused(await api.call("GET", `/competitions/${published.competitionId}/investors`, { as: investor }), 403, "forbidden");
    expect(ok(await api.call("GET", `/competitions/${published.competitionId}/investors`, { as: admin })).items).toHaveLength(1);
  });

  it("see nothing of a competition before its finalists are published: 404, as for one that does not exist", async () => {
    const base = `/investing/competitions/${early.competitionId}`;
    const before = await api.call("GET", `${base}/finalists`, { as: investor });
    const missing = await api.call("GET", `/investing/competitions/${randomUUID()}/finalists`, { as: investor });
    refused(before, 404, "not_found");
    expect({ ...before.body.error, requestId: undefined }).toEqual({ ...missing.body.error, requestId: undefined });
    refused(await api.call("GET", `${base}/finalists/${randomUUID()}`, { as: investor }), 404, "not_found");
    expect(ok(await api.call("GET", "/investing/competitions", { as: investor })).items.map((c: { competitionId: string }) => c.competitionId)).toEqual([published.competitionId]);
  });

  it("read the finalists in their places, never the owner's phone, e-mail or NIB", async () => {
    const list = ok(await api.call("GET", `/investing/competitions/${published.competitionId}/finalists`, { as: investor }));
    const finalists = published.publication.places.filter((p: { outcome: string }) => p.outcome === "finalist");
    expect(list.items.map((f: { submissionId: string; place: number }) => [f.submissionId, f.place])).toEqual(finalists.map((p: { submissionId: string; place: number }) => [p.submissionId, p.place]));
    expect(list.items).toHaveLength(2);
    const text = JSON.stringify(list);
    for (const { business } of published.entrants) {
      for (const secret of [business.phone, business.email, business.nib, business.ownerName]) expect(text, secret).not.toContain(secret);
    }
    expect(list.items[0].summary).toContain("[•••]");
    expect(list.items[0].businessName).toMatch(/^Usaha /);
    expect(list.items[0].pitchDeck).toBeUndefined();
    const one = ok(await api.call("GET", `/investing/competitions/${published.competitionId}/finalists/${list.items[0].submissionId}`, { as: investor }));
    expect(one.pitchDeck).toMatchObject({ size: 5, expiresInSeconds: 300 });
    expect(one.capitalAskIdr).toBe(75_000_000);
  });

  it("find a withdrawn entrant, another competition's pitch, or a competition they were not invited to, missing", async () => {
    const base = `/investing/competitions/${published.competitionId}`;
    refused(await api.call("GET", `${base}/finalists/${published.entrants.at(-1)!.submissionId}`, { as: investor }), 404, "not_found");
    refused(await api.call("GET", `${base}/finalists`, { as: uninvited }), 404, "not_found");
    refused(await api.call("GET", `${base}/finalists/${published.entrants[0]!.submissionId}`, { as: uninvited }), 404, "not_found");
    refused(await api.call("GET", `${base}/finalists`, { as: published.entrants[0]!.applicant }), 403, "forbidden");
    refused(await api.call("GET", `${base}/finalists`), 401, "unauthorized");
  });

  it("mark interest and keep a private note that nobody else reads", async () => {
    const [first] = published.publication.places;
    const url = `/investing/competitions/${published.competitionId}/finalists/${first.submissionId}`;
    refused(await api.call("PUT", `${url}/interest`, { as: investor, body: { interested: "yes" } }), 400, "validation_failed");
    expect(ok(await api.call("GET", url, { as: investor })).interest).toBeUndefined();
    const marked = ok(await api.call("PUT", `${url}/interest`, { as: investor, body: { interested: true, note: "Cocok untuk KUR mikro; tanyakan arus kas musim hujan." } }));
    expect(marked.interest).toMatchObject({ interested: true, note: "Cocok untuk KUR mikro; tanyakan arus kas musim hujan." });
    expect(ok(await api.call("GET", `/investing/competitions/${published.competitionId}/finalists`, { as: investor })).items[0].interest.interested).toBe(true);
    // a second investor, invited too, sees no trace of it
    ok(await invite(published.competitionId, uninvited));
    expect(ok(await api.call("GET", url, { as: uninvited })).interest).toBeUndefined();
    refused(await api.call("PUT", `/investing/competitions/${published.competitionId}/finalists/${published.entrants.at(-1)!.submissionId}/interest`, { as: investor, body: { interested: true } }), 404, "not_found");
  });
});
