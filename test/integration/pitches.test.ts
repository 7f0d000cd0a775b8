import { readdirSync } from "node:fs";
import { join } from "node:path";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "../../shared/data/client.js";
import { competitionKey } from "../../shared/data/keys.js";
import { tableName } from "../../shared/data/tables.js";
import { fileStore } from "../../shared/files/store.js";
import { testApi, type Caller, type TestApi } from "../support/api.js";
import { competitionInput, pitchInput } from "../support/fixtures.js";
import { scenarios, type Scenarios } from "../support/scenarios.js";
import { snapshotTables } from "../support/snapshot.js";

let api: TestApi;
let admin: Caller;
let story: Scenarios;

beforeAll(async () => {
  api = await testApi();
  admin = await api.user("admin");
  story = scenarios(api, admin);
});

const day = 24 * 3600 * 1000;
const at = (days: number) => new Date(Date.now() + days * day).toISOString();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const en = { "accept-language": "en" };
/** A time as people in Kupang read it, "Rabu, 10 Maret 2027 pukul 09.00 WITA", never a UTC instant like 2027-03-10T01:00:00.000Z. */
const kupangTime = { id: /\w+, \d{1,2} \w+ \d{4} pukul \d\d\.\d\d WITA/, en: /\w+,? \d{1,2} \w+ \d{4} at \d\d:\d\d WITA/ };
const utcInstant = /\d{4}-\d\d-\d\dT\d\d:\d\d/;

const mine = (competitionId: string) => `/competitions/${competitionId}/submissions/me`;

async function save(as: Caller, competitionId: string, body: unknown) {
  return api.call("PUT", mine(competitionId), { as, body });
}

async function uploadDeck(as: Caller, competitionId: string, bytes: Buffer) {
  const ticket = await api.call("POST", `${mine(competitionId)}/uploads`, { as, body: { contentType: "application/pdf", size: bytes.length } });
  expect(ticket.status, JSON.stringify(ticket.body)).toBe(201);
  const put = await api.dispatch({ method: "PUT", url: ticket.body.uploadUrl, headers: ticket.body.headers, body: bytes });
  expect(put.status).toBe(200);
  return { fileKey: ticket.body.fileKey as string, upload: (other: Buffer) => api.dispatch({ method: "PUT", url: ticket.body.uploadUrl, headers: ticket.body.headers, body: other }) };
}

/** A complete pitch with its deck, submitted. */
async function submittedPitch(as: Caller, competitionId: string) {
  const { fileKey } = await uploadDeck(as, competitionId, Buffer.from("%PDF-1.4 deck"));
  const saved = await save(as, competitionId, pitchInput({ pitchDeckKey: fileKey }));
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const submitted = await api.call("POST", `${mine(competitionId)}/submit`, { as });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  return { submissionId: submitted.body.submissionId as string, fileKey };
}

/** What the organiser downloads of a submission's deck. */
async function organiserDeck(competitionId: string, submissionId: string): Promise<string> {
  const seen = await api.call("GET", `/competitions/${competitionId}/submissions/${submissionId}`, { as: admin });
  expect(seen.status, JSON.stringify(seen.body)).toBe(200);
  const download = await api.dispatch({ method: "GET", url: seen.body.pitchDeck.downloadUrl });
  expect(download.status).toBe(200);
  return Buffer.from(download.body).toString();
}

/** The table and sort key of every item in `after` that is not, exactly so, in `before` (two `snapshotTables()`). */
function changedItems(before: string, after: string): [string, string][] {
  const items = (snapshot: string) => (JSON.parse(snapshot) as [string, string[]][]).flatMap(([table, rows]) => rows.map((row) => [table, row] as const));
  const old = new Set(items(before).map(([table, row]) => `${table} ${row}`));
  return items(after).filter(([table, row]) => !old.has(`${table} ${row}`)).map(([table, row]) => [table, (JSON.parse(row) as { sk: string }).sk]);
}

/**
 * The fields a refused submit (or an edit of a submitted pitch) names as missing: a 400 lists them
 * field by field, like every other validation error.
 */
const missingIn = (error: { details: { field: string }[] }) => error.details.map((detail) => detail.field.replace(/^body\./, ""));

/** Every write route of an applicant's pitch, as they would call them. */
function pitchWrites(as: Caller, competitionId: string, body: unknown) {
  return [
    () => api.call("PUT", mine(competitionId), { as, body }),
    () => api.call("POST", `${mine(competitionId)}/submit`, { as }),
    () => api.call("POST", `${mine(competitionId)}/uploads`, { as, body: { contentType: "application/pdf", size: 100 } }),
  ];
}

describe("who may pitch", () => {
  it("an applicant not enrolled in the class is refused with 403 class_not_completed, told why in Bahasa Indonesia or English", async () => {
    const where = await story.classWithCompetition();
    const outsider = await story.applicantWithProfile();
    const before = await snapshotTables();
    for (const write of [...pitchWrites(outsider, where.competitionId, pitchInput()), () => api.call("GET", mine(where.competitionId), { as: outsider })]) {
      const refused = await write();
      expect(refused.status, JSON.stringify(refused.body)).toBe(403);
      expect(refused.body.error).toMatchObject({
        code: "class_not_completed",
        message: "Anda belum terdaftar di kelas kompetisi ini; pitch hanya untuk peserta yang menyelesaikannya.",
        details: { status: "not_enrolled" },
      });
    }
    const english = await api.call("PUT", mine(where.competitionId), { as: outsider, body: pitchInput(), headers: en });
    expect(english.body.error.message).toBe("You are not enrolled in this competition's class; pitches are for applicants who completed it.");
    expect(await snapshotTables()).toBe(before);
  });

  it("a seated applicant who has not finished is refused with 403, the status in_progress and how far along they are", async () => {
    const { classId, moduleIds } = await story.classWithModules(["material", "material"]);
    const created = await api.call("POST", `/classes/${classId}/competitions`, { as: admin, body: competitionInput() });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const competitionId = created.body.competitionId as string;
    const halfway = await story.seatedApplicant(classId);
    expect((await api.call("POST", `/classes/${classId}/modules/${moduleIds[0]}/read`, { as: halfway })).status).toBe(200);

    const before = await snapshotTables();
    for (const write of pitchWrites(halfway, competitionId, pitchInput())) {
      const refused = await write();
      expect(refused.status, JSON.stringify(refused.body)).toBe(403);
      expect(refused.body.error).toMatchObject({ code: "class_not_completed", details: { status: "in_progress", percent: 50 } });
      expect(refused.body.error.message).toBe("Selesaikan dulu semua modul wajib kelas ini (50% selesai); sesudah itu pitch bisa diajukan.");
    }
    const english = await api.call("PUT", mine(competitionId), { as: halfway, body: pitchInput(), headers: en });
    expect(english.body.error.message).toBe("Complete every required module of the class first (50% done); then you can submit a pitch.");
    expect(await snapshotTables()).toBe(before);

    // the last module read, the same applicant may pitch
    expect((await api.call("POST", `/classes/${classId}/modules/${moduleIds[1]}/read`, { as: halfway })).body.complete).toBe(true);
    expect((await save(halfway, competitionId, pitchInput())).status).toBe(200);
  });
});

describe("one submission per applicant per competition", () => {
  it("10 concurrent first saves by the same applicant make exactly one submission", async () => {
    const where = await story.classWithCompetition();
    const applicant = await story.graduate(where);
    const titles = Array.from({ length: 10 }, (_, i) => `Se'i kemasan vakum, versi ${i}`);
    const answers = await Promise.all(titles.map((title) => save(applicant, where.competitionId, pitchInput({ title }))));
    for (const answer of answers) expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const submissionIds = new Set(answers.map((a) => a.body.submissionId));
    expect(submissionIds.size).toBe(1);

    const listed = await api.call("GET", `/competitions/${where.competitionId}/submissions`, { as: admin });
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0]).toMatchObject({ applicantId: applicant.sub, submissionId: [...submissionIds][0], status: "draft" });
    expect(titles).toContain(listed.body.items[0].title);
    const own = await api.call("GET", mine(where.competitionId), { as: applicant });
    expect(own.body).toMatchObject({ submissionId: [...submissionIds][0], title: listed.body.items[0].title });
  });
});

describe("the fields of a pitch", () => {
  it("use of funds not adding up, negative or fractional rupiah, a bad video link and unknown fields are 400 with field details, and nothing is written", async () => {
    const where = await story.classWithCompetition();
    const applicant = await story.graduate(where);
    const cases: [string, Record<string, unknown>, string, string][] = [
      ["funds short of the ask", { useOfFunds: [{ item: "Mesin vakum", amountIdr: 45_000_000 }, { item: "Kemasan", amountIdr: 29_999_999 }] }, "body.useOfFunds", "The use of funds must add up to the capital asked for."],
      ["funds over the ask", { capitalAskIdr: 70_000_000 }, "body.useOfFunds", "The use of funds must add up to the capital asked for."],
      ["a negative ask", { capitalAskIdr: -75_000_000, useOfFunds: [{ item: "Mesin vakum", amountIdr: -75_000_000 }] }, "body.capitalAskIdr", "Rupiah amounts must be non-negative whole numbers."],
      ["a fractional amount", { useOfFunds: [{ item: "Mesin vakum", amountIdr: 44_999_999.5 }, { item: "Kemasan", amountIdr: 30_000_000.5 }] }, "body.useOfFunds.0.amountIdr", "Rupiah amounts must be non-negative whole numbers."],
      ["fractional revenue", { revenueLast12MonthsIdr: 420_000_000.25 }, "body.revenueLast12MonthsIdr", "Rupiah amounts must be non-negative whole numbers."],
      ["a video link that is not http(s)", { videoUrl: "javascript:alert(1)" }, "body.videoUrl", "Links must start with http:// or https://."],
      ["a video link that is no link", { videoUrl: "youtube dot com/watch" }, "body.videoUrl", "Links must start with http:// or https://."],
      ["an unknown field", { ownerName: "Yohanes Lelo" }, "body", "ownerName"],
    ];
    const check = async () => {
      const before = await snapshotTables();
      for (const [name, change, field, message] of cases) {
        const refused = await api.call("PUT", mine(where.competitionId), { as: applicant, body: pitchInput(change), headers: en });
        expect(refused.status, `${name}: ${JSON.stringify(refused.body)}`).toBe(400);
        expect(refused.body.error.code, name).toBe("validation_failed");
        const detail = refused.body.error.details.find((d: { field: string }) => d.field === field);
        expect(detail, `${name}: ${JSON.stringify(refused.body.error.details)}`).toBeDefined();
        expect(detail.message, name).toContain(message);
      }
      expect(await snapshotTables()).toBe(before);
    };
    // a first save refused leaves no submission behind; a later one leaves the saved one as it was
    await check();
    expect((await api.call("GET", mine(where.competitionId), { as: applicant })).body.error.code).toBe("pitch_not_found");
    const saved = await save(applicant, where.competitionId, pitchInput({ videoUrl: "https://youtu.be/se1-kupang" }));
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    await check();
    const own = await api.call("GET", mine(where.competitionId), { as: applicant });
    expect(own.body).toMatchObject({ capitalAskIdr: 75_000_000, videoUrl: "https://youtu.be/se1-kupang", useOfFunds: pitchInput().useOfFunds, updatedAt: saved.body.updatedAt });
  });
});

describe("the pitch deck", () => {
  it("only a PDF of at most 10 MB: a PNG is file_type_not_allowed with the deck's own message, a bigger file file_too_large; nothing is written", async () => {
    const where = await story.classWithCompetition();
    const applicant = await story.graduate(where);
    const url = `${mine(where.competitionId)}/uploads`;
    const before = await snapshotTables();
    const png = await api.call("POST", url, { as: applicant, body: { contentType: "image/png", size: 1000 } });
    expect(png.status, JSON.stringify(png.body)).toBe(400);
    expect(png.body.error).toMatchObject({ code: "file_type_not_allowed", details: [{ field: "body.contentType", message: "Pitch deck harus berupa PDF." }] });
    const pngEn = await api.call("POST", url, { as: applicant, body: { contentType: "image/png", size: 1000 }, headers: en });
    expect(pngEn.body.error.details).toEqual([expect.objectContaining({ field: "body.contentType", message: "The pitch deck must be a PDF." })]);
    const big = await api.call("POST", url, { as: applicant, body: { contentType: "application/pdf", size: 10 * 1024 * 1024 + 1 }, headers: en });
    expect(big.status, JSON.stringify(big.body)).toBe(400);
    expect(big.body.error).toMatchObject({ code: "file_too_large", details: [{ field: "body.size", message: "The file is too large (at most 10 MB)." }] });
    expect(await snapshotTables()).toBe(before);
    expect((await api.call("POST", url, { as: applicant, body: { contentType: "application/pdf", size: 10 * 1024 * 1024 } })).status).toBe(201);
  });

  it("the staged deck of another applicant is file_missing, and nothing is written", async () => {
    const where = await story.classWithCompetition();
    const [owner, other] = [await story.graduate(where), await story.graduate(where)];
    const { fileKey } = await uploadDeck(owner, where.competitionId, Buffer.from("%PDF-1.4 owner's deck"));
    const before = await snapshotTables();
    const taken = await save(other, where.competitionId, pitchInput({ pitchDeckKey: fileKey }));
    expect(taken.status, JSON.stringify(taken.body)).toBe(400);
    expect(taken.body.error).toMatchObject({ code: "file_missing", details: [{ field: "body.pitchDeckKey" }] });
    // the same upload id under the other applicant's own folder: issued to nobody, holding nothing
    const parts = fileKey.split("/");
    const lookalike = [...parts.slice(0, -3), other.sub, ...parts.slice(-2)].join("/");
    expect(lookalike).not.toBe(fileKey);
    expect((await save(other, where.competitionId, pitchInput({ pitchDeckKey: lookalike }))).body.error?.code).toBe("file_missing");
    expect(await snapshotTables()).toBe(before);
  });

  it("the deck is pinned at save like a hand-in: bytes put later to the same upload URL never reach the organiser; re-sending the key keeps it", async () => {
    const where = await story.classWithCompetition();
    const applicant = await story.graduate(where);
    const first = Buffer.from("%PDF-1.4 angka yang dinilai");
    const deck = await uploadDeck(applicant, where.competitionId, first);
    const saved = await save(applicant, where.competitionId, pitchInput({ pitchDeckKey: deck.fileKey }));
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ pitchDeckKey: deck.fileKey, pitchDeck: { size: first.length }, missingToSubmit: [] });
    const submissionId = saved.body.submissionId as string;
    expect(await organiserDeck(where.competitionId, submissionId)).toBe(first.toString());

    // re-sending the key with other changes keeps the same deck
    const again = await save(applicant, where.competitionId, pitchInput({ title: "Se'i vakum untuk oleh-oleh", pitchDeckKey: saved.body.pitchDeckKey }));
    expect(again.body).toMatchObject({ title: "Se'i vakum untuk oleh-oleh", pitchDeckKey: deck.fileKey, pitchDeck: { size: first.length }, missingToSubmit: [] });
    expect((await api.call("POST", `${mine(where.competitionId)}/submit`, { as: applicant })).body.status).toBe("submitted");

    // the same upload URL, still valid, with other bytes of the same size and type
    const swapped = Buffer.from("%PDF-1.4 angka yang diganti");
    expect(swapped.length).toBe(first.length);
    expect((await deck.upload(swapped)).status).toBe(200);
    expect(await organiserDeck(where.competitionId, submissionId)).toBe(first.toString());
    const own = await api.call("GET", mine(where.competitionId), { as: applicant });
    expect(Buffer.from((await api.dispatch({ method: "GET", url: own.body.pitchDeck.downloadUrl })).body).toString()).toBe(first.toString());
  });
});

describe("draft → submitted", () => {
  it("submitting with fields missing is 400 listing them; a complete pitch is submitted", async () => {
    const where = await story.classWithCompetition();
    const applicant = await story.graduate(where);
    const draft = await save(applicant, where.competitionId, { title: "Se'i kemasan vakum", capitalAskIdr: 75_000_000 });
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);
    const missing = ["summary", "problem", "product", "targetMarket", "traction", "revenueLast12MonthsIdr", "useOfFunds", "team", "pitchDeck"];
    expect(draft.body).toMatchObject({ status: "draft", editable: true, missingToSubmit: missing });

    const before = await snapshotTables();
    const early = await api.call("POST", `${mine(where.competitionId)}/submit`, { as: applicant });
    expect(early.status, JSON.stringify(early.body)).toBe(400);
    expect(early.body.error.code).toBe("validation_failed");
    expect(missingIn(early.body.error)).toEqual(missing);
    expect(early.body.error.details[0].message).toBe("Ringkasan wajib diisi sebelum pitch diajukan.");
    expect(await snapshotTables()).toBe(before);

    // everything but the deck is still not enough
    expect((await save(applicant, where.competitionId, pitchInput())).body.missingToSubmit).toEqual(["pitchDeck"]);
    const noDeck = await api.call("POST", `${mine(where.competitionId)}/submit`, { as: applicant });
    expect(missingIn(noDeck.body.error)).toEqual(["pitchDeck"]);

    const { fileKey } = await uploadDeck(applicant, where.competitionId, Buffer.from("%PDF-1.4 deck"));
    expect((await save(applicant, where.competitionId, pitchInput({ pitchDeckKey: fileKey }))).body.missingToSubmit).toEqual([]);
    const submitted = await api.call("POST", `${mine(where.competitionId)}/submit`, { as: applicant });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body).toMatchObject({ status: "submitted", submissionId: draft.body.submissionId, missingToSubmit: [] });
    expect(submitted.body.submittedAt).toEqual(expect.any(String));
    const listed = await api.call("GET", `/competitions/${where.competitionId}/submissions`, { as: admin });
    expect(listed.body.items.map((p: { status: string }) => p.status)).toEqual(["submitted"]);
  });

  it("a submitted pitch edited before the deadline stays submitted; an edit that would leave it incomplete is refused", async () => {
    const where = await story.classWithCompetition();
    const applicant = await story.graduate(where);
    const { fileKey } = await submittedPitch(applicant, where.competitionId);
    const submitted = await api.call("GET", mine(where.competitionId), { as: applicant });

    const edited = await save(applicant, where.competitionId, pitchInput({ traction: "Terjual 1.500 bungkus dalam tujuh bulan.", pitchDeckKey: fileKey }));
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({ status: "submitted", traction: "Terjual 1.500 bungkus dalam tujuh bulan.", submittedAt: submitted.body.submittedAt, editable: true });

    const before = await snapshotTables();
    const { team: _team, ...withoutTeam } = pitchInput({ pitchDeckKey: fileKey });
    for (const [body, lacking] of [[withoutTeam, ["team"]], [pitchInput(), ["pitchDeck"]]] as const) {
      const refused = await save(applicant, where.competitionId, body);
      expect(refused.status, JSON.stringify(refused.body)).toBe(400);
      expect(missingIn(refused.body.error)).toEqual(lacking);
    }
    expect(await snapshotTables()).toBe(before);
    expect((await api.call("GET", mine(where.competitionId), { as: applicant })).body).toMatchObject({ status: "submitted", team: pitchInput().team, traction: "Terjual 1.500 bungkus dalam tujuh bulan." });

    // an incomplete edit that brings a new deck is refused before the deck is copied: no stored file either
    const pinnedFiles = () => readdirSync(join(process.env.LOCAL_FILES_DIR!, "pitches"), { recursive: true }).length;
    const files = pinnedFiles();
    const newDeck = await uploadDeck(applicant, where.competitionId, Buffer.from("%PDF-1.4 another deck"));
    const refused = await save(applicant, where.competitionId, { ...withoutTeam, pitchDeckKey: newDeck.fileKey });
    expect(refused.status, JSON.stringify(refused.body)).toBe(400);
    expect(pinnedFiles()).toBe(files);
  });
});

describe("the deadline, by the server's clock", () => {
  it("after the organiser moves the deadline into the past, saving, submitting and asking for an upload are 409 submission_locked, saying when in WITA, and nothing is written", async () => {
    const where = await story.classWithCompetition();
    const applicant = await story.graduate(where);
    const { fileKey } = await uploadDeck(applicant, where.competitionId, Buffer.from("%PDF-1.4 deck"));
    expect((await save(applicant, where.competitionId, pitchInput({ pitchDeckKey: fileKey }))).status).toBe(200);
    const deadline = at(-0.5);
    expect((await api.call("PATCH", `/competitions/${where.competitionId}`, { as: admin, body: { submissionDeadline: deadline } })).status).toBe(200);

    const before = await snapshotTables();
    for (const write of pitchWrites(applicant, where.competitionId, pitchInput({ title: "Terlambat", pitchDeckKey: fileKey }))) {
      const refused = await write();
      expect(refused.status, JSON.stringify(refused.body)).toBe(409);
      expect(refused.body.error).toMatchObject({ code: "submission_locked", details: { deadline } });
      expect(refused.body.error.message).toContain("Batas waktu pengajuan pitch sudah lewat");
      expect(refused.body.error.message).toMatch(kupangTime.id);
      expect(refused.body.error.message).not.toMatch(utcInstant);
    }
    const english = await api.call("POST", `${mine(where.competitionId)}/submit`, { as: applicant, headers: en });
    expect(english.body.error.message).toMatch(kupangTime.en);
    expect(english.body.error.message).not.toMatch(utcInstant);
    expect(await snapshotTables()).toBe(before);
    const own = await api.call("GET", mine(where.competitionId), { as: applicant });
    expect(own.body).toMatchObject({ status: "draft", editable: false, title: pitchInput().title, deadline });
  });

  it("a request sent after a deadline a moment away has passed is 409 submission_locked", async () => {
    const where = await story.classWithCompetition();
    const applicant = await story.graduate(where);
    const deadline = new Date(Date.now() + 2_000).toISOString();
    const created = await api.call("POST", `/classes/${where.classId}/competitions`, { as: admin, body: competitionInput({ submissionDeadline: deadline }) });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const competitionId = created.body.competitionId as string;
    while (Date.now() <= Date.parse(deadline)) await sleep(Date.parse(deadline) - Date.now() + 20);

    const before = await snapshotTables();
    for (const write of pitchWrites(applicant, competitionId, pitchInput())) {
      const refused = await write();
      expect(refused.status, JSON.stringify(refused.body)).toBe(409);
      expect(refused.body.error).toMatchObject({ code: "submission_locked", details: { deadline } });
    }
    expect(await snapshotTables()).toBe(before);
  });

  it("a save that passed the check before the deadline but is written after it is refused: the write restates the deadline", async () => {
    const where = await story.classWithCompetition();
    const applicant = await story.graduate(where);
    const { fileKey } = await uploadDeck(applicant, where.competitionId, Buffer.from("%PDF-1.4 deck"));
    expect((await save(applicant, where.competitionId, pitchInput())).status).toBe(200);

    // while the save copies its deck (after the opening check), the deadline is set a second ahead and passes
    const store = fileStore();
    const describeFile = store.describe.bind(store);
    let deadline: string | undefined;
    const stall = vi.spyOn(store, "describe").mockImplementationOnce(async (key) => {
      deadline = new Date(Date.now() + 1_000).toISOString();
      const moved = await api.call("PATCH", `/competitions/${where.competitionId}`, { as: admin, body: { submissionDeadline: deadline } });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      while (Date.now() <= Date.parse(deadline)) await sleep(Date.parse(deadline) - Date.now() + 20);
      return describeFile(key);
    });
    try {
      const before = await snapshotTables();
      const late = await save(applicant, where.competitionId, pitchInput({ title: "Terlambat", pitchDeckKey: fileKey }));
      expect(stall).toHaveBeenCalledTimes(1);
      expect(late.status, JSON.stringify(late.body)).toBe(409);
      expect(late.body.error).toMatchObject({ code: "submission_locked", details: { deadline } });
      // only the organiser's change of the deadline was written
      expect(changedItems(before, await snapshotTables())).toEqual([["judging", "COMPETITION"]]);
    } finally {
      stall.mockRestore();
    }
    expect((await api.call("GET", mine(where.competitionId), { as: applicant })).body).toMatchObject({ title: pitchInput().title, editable: false });
  });

  it("before the submissions open, saving, submitting and asking for an upload are 409 submission_not_open, saying when in WITA", async () => {
    const where = await story.classWithCompetition();
    const applicant = await story.graduate(where);
    const opensAt = at(1);
    const created = await api.call("POST", `/classes/${where.classId}/competitions`, { as: admin, body: competitionInput({ submissionOpensAt: opensAt }) });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const before = await snapshotTables();
    for (const write of pitchWrites(applicant, created.body.competitionId, pitchInput())) {
      const refused = await write();
      expect(refused.status, JSON.stringify(refused.body)).toBe(409);
      expect(refused.body.error).toMatchObject({ code: "submission_not_open", details: { opensAt } });
      expect(refused.body.error.message).toMatch(kupangTime.id);
      expect(refused.body.error.message).not.toMatch(utcInstant);
    }
    expect(await snapshotTables()).toBe(before);
  });
});

describe("what an applicant sees", () => {
  it("another applicant never sees someone else's pitch, only their own", async () => {
    const where = await story.classWithCompetition();
    const [owner, other] = [await story.graduate(where), await story.graduate(where)];
    const owned = await save(owner, where.competitionId, pitchInput());
    expect(owned.status).toBe(200);
    const none = await api.call("GET", mine(where.competitionId), { as: other });
    expect(none.status).toBe(404);
    expect(none.body.error.code).toBe("pitch_not_found");
    expect(JSON.stringify(none.body)).not.toContain(owned.body.submissionId);

    const theirs = await save(other, where.competitionId, pitchInput({ title: "Tenun ikat Sumba untuk pasar daring" }));
    expect(theirs.body.submissionId).not.toBe(owned.body.submissionId);
    expect((await api.call("GET", mine(where.competitionId), { as: other })).body).toMatchObject({ submissionId: theirs.body.submissionId, title: "Tenun ikat Sumba untuk pasar daring" });
    expect((await api.call("GET", mine(where.competitionId), { as: owner })).body).toMatchObject({ submissionId: owned.body.submissionId, title: pitchInput().title });
    // the organiser's route to a submission is not theirs
    expect((await api.call("GET", `/competitions/${where.competitionId}/submissions/${owned.body.submissionId}`, { as: other })).status).toBe(403);
  });

  it("the judges' comments appear once results are published, never with a judge's id, name, scores or private note", async () => {
    await api.startJobs();
    const where = await story.classWithCompetition({ judgesPerSubmission: 3 });
    const base = `/competitions/${where.competitionId}`;
    const applicant = await story.graduate(where);
    const { submissionId } = await submittedPitch(applicant, where.competitionId);
    const judges = await Promise.all([0, 1, 2].map(() => api.user("judge")));
    const names = ["Maria Goreti Bria", "Fransiskus Nahak", "Dewi Lestari Tanone"];
    for (const [i, judge] of judges.entries()) {
      const invited = await api.call("PUT", `${base}/judges/${judge.sub}`, { as: admin, body: { name: names[i], organisation: "Bank NTT", sectors: ["kuliner"], email: `juri${i}@example.id` } });
      expect(invited.status, JSON.stringify(invited.body)).toBe(200);
    }
    expect((await api.call("PATCH", base, { as: admin, body: { submissionDeadline: at(-0.5), judgingOpensAt: at(-0.4) } })).status).toBe(200);
    expect((await api.call("POST", `${base}/assignment`, { as: admin })).status).toBe(202);
    await api.drainJobs();
    expect((await api.call("GET", `${base}/assignment`, { as: admin })).body).toMatchObject({ status: "done", unassigned: [] });

    const comments = ["Pasar oleh-oleh jelas; hitung lagi biaya kemasan.", "Rencana penggunaan dana masuk akal."];
    const review = `/judging/competitions/${where.competitionId}/submissions/${submissionId}/review`;
    for (const [i, judge] of judges.entries()) {
      const sheet = await api.call("GET", `/judging/competitions/${where.competitionId}/submissions/${submissionId}`, { as: judge });
      expect(sheet.status, JSON.stringify(sheet.body)).toBe(200);
      const scores = Object.fromEntries(sheet.body.rubric.map((c: { criterionId: string }) => [c.criterionId, 3 + i]));
      // the third judge only saves a draft: its comment is not the applicant's yet
      const body = i < 2 ? { scores, comment: comments[i], privateNote: `Catatan rahasia ${i}`, submit: true } : { scores, comment: "Draf: belum selesai dibaca.", privateNote: "Catatan rahasia 2" };
      const scored = await api.call("PUT", review, { as: judge, body });
      expect(scored.status, JSON.stringify(scored.body)).toBe(200);
    }

    const unpublished = await api.call("GET", mine(where.competitionId), { as: applicant });
    expect(unpublished.status).toBe(200);
    expect(unpublished.body).toMatchObject({ submissionId, status: "submitted", title: pitchInput().title });
    expect(unpublished.body.comments).toBeUndefined();
    for (const comment of comments) expect(JSON.stringify(unpublished.body)).not.toContain(comment);

    await db().send(new UpdateCommand({
      TableName: tableName("judging"), Key: competitionKey(where.competitionId),
      UpdateExpression: "SET resultsPublishedAt = :at", ExpressionAttributeValues: { ":at": new Date().toISOString() },
    }));
    const published = await api.call("GET", mine(where.competitionId), { as: applicant });
    expect(published.status).toBe(200);
    expect([...published.body.comments].sort()).toEqual([...comments].sort());
    const json = JSON.stringify(published.body);
    for (const judge of judges) expect(json).not.toContain(judge.sub);
    for (const name of names) expect(json).not.toContain(name);
    for (const hidden of ["scores", "privateNote", "Catatan rahasia", "Draf:", "Bank NTT", "juri0@", "total"]) expect(json).not.toContain(hidden);
  });
});
