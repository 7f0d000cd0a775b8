import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { criterion, issue, issuesOf, refusal, rubric, shift, windows } from "../support/competition-rules.js";
import {
  assertJudgingOpen, assertSubmissionOpen, checkRubric, PITCH_DECK_TYPES, checkScores, checkUseOfFunds, checkWindows, missingPitchFields,
  requiredPitchFields, tiedSubmissions, weightedTotal,
  type Entrant, type Tie,
} from "../../shared/domain/competitions.js";
import { checkFile, MAX_FILE_BYTES } from "../../shared/domain/files.js";


describe("competition windows", () => {
  it("accept submissions, then judging, each opening before it closes", () => {
    expect(issuesOf(() => checkWindows(windows))).toEqual([]);
  });

  it("let judging open at the very instant submissions close, never before", () => {
    expect(issuesOf(() => checkWindows({ ...windows, judgingOpensAt: windows.submissionDeadline }))).toEqual([]);
    expect(issuesOf(() => checkWindows({ ...windows, judgingOpensAt: shift(windows.submissionDeadline, -1) })))
      .toEqual([issue(["judgingOpensAt"], "judging_before_deadline")]);
  });

  it("refuse a submission window that closes when or before it opens, on the deadline", () => {
    expect(issuesOf(() => checkWindows({ ...windows, submissionDeadline: windows.submissionOpensAt })))
      .toEqual([issue(["submissionDeadline"], "deadline_before_opening")]);
    expect(issuesOf(() => checkWindows({ ...windows, submissionOpensAt: shift(windows.submissionDeadline, 1) })))
      .toEqual([issue(["submissionDeadline"], "deadline_before_opening")]);
  });

  it("refuse a judging window that closes when or before it opens, on its closing", () => {
    expect(issuesOf(() => checkWindows({ ...windows, judgingClosesAt: windows.judgingOpensAt })))
      .toEqual([issue(["judgingClosesAt"], "judging_closes_before_opening")]);
  });

  it("name every broken order at once, in the order of the windows", () => {
    const backwards = { submissionOpensAt: windows.judgingClosesAt, submissionDeadline: windows.judgingOpensAt, judgingOpensAt: windows.submissionDeadline, judgingClosesAt: windows.submissionOpensAt };
    expect(issuesOf(() => checkWindows(backwards))).toEqual([
      issue(["submissionDeadline"], "deadline_before_opening"),
      issue(["judgingOpensAt"], "judging_before_deadline"),
      issue(["judgingClosesAt"], "judging_closes_before_opening"),
    ]);
  });

  it("accept any four instants in time order (the deadline and judging's opening may coincide) and refuse any that are not", () => {
    const instant = fc.integer({ min: Date.parse("2027-01-01"), max: Date.parse("2028-01-01") }).map((ms) => new Date(ms).toISOString());
    fc.assert(fc.property(fc.array(instant, { minLength: 4, maxLength: 4 }), ([a, b, c, d]) => {
      const candidate = { submissionOpensAt: a!, submissionDeadline: b!, judgingOpensAt: c!, judgingClosesAt: d! };
      const ordered = a! < b! && b! <= c! && c! < d!;
      expect(issuesOf(() => checkWindows(candidate)).length === 0).toBe(ordered);
    }));
  });
});

describe("the rubric", () => {
  it("takes criteria with distinct ids and scales that span at least two scores", () => {
    expect(issuesOf(() => checkRubric(rubric))).toEqual([]);
    expect(issuesOf(() => checkRubric([criterion("pass", { min: 0, max: 1 })]))).toEqual([]);
  });

  it("refuses the second use of a criterion id, where it is repeated", () => {
    expect(issuesOf(() => checkRubric([criterion("team"), criterion("market"), criterion("team")])))
      .toEqual([issue(["rubric", 2, "criterionId"], "criterion_duplicate")]);
  });

  it("refuses a scale with no room to score, on its maximum", () => {
    expect(issuesOf(() => checkRubric([criterion("team"), criterion("market", { min: 5, max: 5 })])))
      .toEqual([issue(["rubric", 1, "scale", "max"], "scale_empty")]);
    expect(issuesOf(() => checkRubric([criterion("market", { min: 10, max: 1 })])))
      .toEqual([issue(["rubric", 0, "scale", "max"], "scale_empty")]);
  });

  it("names every problem of every criterion", () => {
    expect(issuesOf(() => checkRubric([criterion("team"), criterion("team", { min: 3, max: 3 })]))).toEqual([
      issue(["rubric", 1, "criterionId"], "criterion_duplicate"),
      issue(["rubric", 1, "scale", "max"], "scale_empty"),
    ]);
  });
});

describe("the submission window", () => {
  it("opens at its opening instant and locks at the deadline itself", () => {
    expect(refusal(() => assertSubmissionOpen(windows, windows.submissionOpensAt))).toBeUndefined();
    expect(refusal(() => assertSubmissionOpen(windows, shift(windows.submissionDeadline, -1)))).toBeUndefined();
  });

  it("says when it opens to an applicant who is early", () => {
    expect(refusal(() => assertSubmissionOpen(windows, shift(windows.submissionOpensAt, -1)))).toEqual({
      code: "submission_not_open", params: { at: windows.submissionOpensAt }, details: { opensAt: windows.submissionOpensAt },
    });
  });

  it("says when it locked to an applicant who is late, from the deadline's own millisecond on", () => {
    const locked = { code: "submission_locked", params: { at: windows.submissionDeadline }, details: { deadline: windows.submissionDeadline } };
    expect(refusal(() => assertSubmissionOpen(windows, windows.submissionDeadline))).toEqual(locked);
    expect(refusal(() => assertSubmissionOpen(windows, windows.judgingClosesAt))).toEqual(locked);
  });
});

describe("use of funds", () => {
  it("adds up to the capital asked for, to the rupiah", () => {
    const funds = [{ item: "Alat tenun", amountIdr: 15_000_000 }, { item: "Benang", amountIdr: 10_000_000 }];
    expect(checkUseOfFunds(25_000_000, funds)).toEqual([]);
    expect(checkUseOfFunds(25_000_001, funds)).toEqual([issue(["useOfFunds"], "use_of_funds_sum")]);
    expect(checkUseOfFunds(24_999_999, funds)).toEqual([issue(["useOfFunds"], "use_of_funds_sum")]);
  });

  it("reports on the field it is given, and an empty list only fits an ask of nothing", () => {
    expect(checkUseOfFunds(1_000, [], "pitch.useOfFunds")).toEqual([issue(["pitch.useOfFunds"], "use_of_funds_sum")]);
    expect(checkUseOfFunds(0, [])).toEqual([]);
  });

  it("waits while the draft lacks the ask or the list: the missing field is reported at submission", () => {
    expect(checkUseOfFunds(undefined, [{ item: "Benang", amountIdr: 5 }])).toEqual([]);
    expect(checkUseOfFunds(5, undefined)).toEqual([]);
  });

  it("accepts exactly the ask that is the sum of its items", () => {
    const items = fc.array(fc.record({ item: fc.constant("x"), amountIdr: fc.integer({ min: 0, max: 1_000_000_000 }) }), { maxLength: 8 });
    fc.assert(fc.property(items, fc.integer({ min: -1_000, max: 1_000 }), (funds, off) => {
      const sum = funds.reduce((total, entry) => total + entry.amountIdr, 0);
      expect(checkUseOfFunds(sum + off, funds)).toHaveLength(off === 0 ? 0 : 1);
    }));
  });
});

describe("the pitch deck", () => {
  it("is one PDF, named .pdf in any case, of at most 10 MB", () => {
    expect(checkFile({ contentType: "application/pdf", fileName: "Pitch Deck.PDF", size: MAX_FILE_BYTES }, PITCH_DECK_TYPES)).toBeUndefined();
    expect(checkFile({ contentType: "application/pdf", fileName: "deck.pdf", size: MAX_FILE_BYTES + 1 }, PITCH_DECK_TYPES)).toBe("file_too_large");
  });

  it("is never a slide show, an image or a spreadsheet, though hand-ins may be", () => {
    expect(checkFile({ contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", fileName: "deck.pptx", size: 1_000 }, PITCH_DECK_TYPES)).toBe("file_type_not_allowed");
    expect(checkFile({ contentType: "image/png", fileName: "deck.png", size: 1_000 }, PITCH_DECK_TYPES)).toBe("file_type_not_allowed");
    expect(checkFile({ contentType: "text/csv", fileName: "deck.csv", size: 1_000 })).toBeUndefined();
    expect(checkFile({ contentType: "text/csv", fileName: "deck.csv", size: 1_000 }, PITCH_DECK_TYPES)).toBe("file_type_not_allowed");
    expect(checkFile({ contentType: "application/pdf", fileName: "deck", size: 1_000 }, PITCH_DECK_TYPES)).toBe("file_type_not_allowed");
  });
});

describe("a pitch before submission", () => {
  const complete = {
    title: "Tenun Sumba", summary: "…", problem: "…", product: "…", targetMarket: "…", traction: "…",
    revenueLast12MonthsIdr: 0, capitalAskIdr: 25_000_000, useOfFunds: [{ item: "Benang", amountIdr: 25_000_000 }], team: "…",
    pitchDeck: { fileKey: "k", size: 1 },
  };

  it("lacks nothing when every required field is there, a revenue of zero rupiah included", () => {
    expect(missingPitchFields(complete)).toEqual([]);
  });

  it("lists every missing field, in the form's order, as required to submit", () => {
    expect(missingPitchFields({})).toEqual(requiredPitchFields.map((field) => issue([field], "required_to_submit")));
    const { pitchDeck: _deck, traction: _traction, ...rest } = complete;
    expect(missingPitchFields(rest)).toEqual([issue(["traction"], "required_to_submit"), issue(["pitchDeck"], "required_to_submit")]);
  });

  it("counts an empty use of funds as missing", () => {
    expect(missingPitchFields({ ...complete, useOfFunds: [] })).toEqual([issue(["useOfFunds"], "required_to_submit")]);
  });

  it("never needs the video: it is optional", () => {
    expect(requiredPitchFields).not.toContain("videoUrl");
    expect(requiredPitchFields).toContain("pitchDeck");
  });
});

describe("the judging window", () => {
  it("takes scores from its opening instant until, not including, its closing", () => {
    expect(refusal(() => assertJudgingOpen(windows, windows.judgingOpensAt))).toBeUndefined();
    expect(refusal(() => assertJudgingOpen(windows, shift(windows.judgingClosesAt, -1)))).toBeUndefined();
  });

  it("says when it opens to a judge who is early, and when it closed to one who is late", () => {
    expect(refusal(() => assertJudgingOpen(windows, shift(windows.judgingOpensAt, -1)))).toEqual({
      code: "judging_not_open", params: { at: windows.judgingOpensAt }, details: { opensAt: windows.judgingOpensAt },
    });
    expect(refusal(() => assertJudgingOpen(windows, windows.judgingClosesAt))).toEqual({
      code: "judging_closed", params: { at: windows.judgingClosesAt }, details: { closedAt: windows.judgingClosesAt },
    });
  });
});

describe("scores", () => {
  it("lie anywhere on a criterion's scale, both ends included", () => {
    expect(issuesOf(() => checkScores(rubric, { market: 1, team: 4 }, true))).toEqual([]);
    expect(issuesOf(() => checkScores(rubric, { market: 10, team: 0 }, true))).toEqual([]);
  });

  it("are refused just outside the scale, on the criterion", () => {
    expect(issuesOf(() => checkScores(rubric, { market: 0, team: 5 }, false))).toEqual([
      issue(["scores", "market"], "score_out_of_scale"),
      issue(["scores", "team"], "score_out_of_scale"),
    ]);
    expect(issuesOf(() => checkScores(rubric, { market: 11 }, false))).toEqual([issue(["scores", "market"], "score_out_of_scale")]);
  });

  it("name criteria of the rubric only", () => {
    expect(issuesOf(() => checkScores(rubric, { market: 5, charm: 3 }, false))).toEqual([issue(["scores", "charm"], "criterion_unknown")]);
  });

  it("may be partial in a draft, but a submitted review scores every criterion", () => {
    expect(issuesOf(() => checkScores(rubric, { market: 5 }, false))).toEqual([]);
    expect(issuesOf(() => checkScores(rubric, {}, false))).toEqual([]);
    expect(issuesOf(() => checkScores(rubric, { market: 5 }, true))).toEqual([issue(["scores", "team"], "score_required")]);
    expect(issuesOf(() => checkScores(rubric, {}, true))).toEqual([issue(["scores", "market"], "score_required"), issue(["scores", "team"], "score_required")]);
  });

  it("report every problem of a submitted review at once", () => {
    expect(issuesOf(() => checkScores(rubric, { market: 99, charm: 1 }, true))).toEqual([
      issue(["scores", "market"], "score_out_of_scale"),
      issue(["scores", "charm"], "criterion_unknown"),
      issue(["scores", "team"], "score_required"),
    ]);
  });

  it("on any rubric: a full set on the scales passes, and one score past either end is named", () => {
    const scale = fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 10 })).map(([min, span]) => ({ min, max: min + span }));
    const anyRubric = fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z]{1,6}$/), scale), { minLength: 1, maxLength: 6, selector: ([id]) => id })
      .map((entries) => entries.map(([id, s]) => criterion(id, s)));
    fc.assert(fc.property(anyRubric, fc.nat(), fc.nat(), fc.boolean(), (criteria, pick, at, above) => {
      const scores = Object.fromEntries(criteria.map((c) => [c.criterionId, c.scale.min + (at % (c.scale.max - c.scale.min + 1))]));
      expect(issuesOf(() => checkScores(criteria, scores, true))).toEqual([]);
      const wrong = criteria[pick % criteria.length]!;
      const outside = { ...scores, [wrong.criterionId]: above ? wrong.scale.max + 1 : wrong.scale.min - 1 };
      expect(issuesOf(() => checkScores(criteria, outside, true))).toEqual([issue(["scores", wrong.criterionId], "score_out_of_scale")]);
    }));
  });
});

describe("the weighted total", () => {
  it("is 100 with every criterion at its maximum and 0 with every one at its minimum", () => {
    expect(weightedTotal(rubric, { market: 10, team: 4 })).toBe(100);
    expect(weightedTotal(rubric, { market: 1, team: 0 })).toBe(0);
  });

  it("places each score on its own scale before weighing, so rubrics on different scales compare", () => {
    // market 1–10 at 10 → 1, weight 1; team 0–4 at 2 → 0.5, weight 2: (1 + 1) / 3
    expect(weightedTotal(rubric, { market: 10, team: 2 })).toBe(66.67);
    // the middle of a 1–5 scale and of a 0–10 scale are the same half
    expect(weightedTotal([criterion("a", { min: 1, max: 5 })], { a: 3 })).toBe(50);
    expect(weightedTotal([criterion("a", { min: 0, max: 10 })], { a: 5 })).toBe(50);
    expect(weightedTotal([criterion("a", { min: 1, max: 10 }, 3), criterion("b", { min: 1, max: 4 }, 1)], { a: 1, b: 4 })).toBe(25);
  });

  it("is rounded to hundredths", () => {
    expect(weightedTotal([criterion("a", { min: 1, max: 4 })], { a: 2 })).toBe(33.33);
    expect(weightedTotal([criterion("a", { min: 0, max: 3 })], { a: 2 })).toBe(66.67);
  });

  it("does not exist until every criterion is scored, nor for a rubric without weight", () => {
    expect(weightedTotal(rubric, { market: 10 })).toBeUndefined();
    expect(weightedTotal([], {})).toBeUndefined();
    expect(weightedTotal([criterion("a", undefined, 0)], { a: 5 })).toBeUndefined();
  });

  it("ignores scores of criteria the rubric does not have", () => {
    expect(weightedTotal(rubric, { market: 10, team: 4, charm: 1 })).toBe(100);
  });

  it("stays within 0–100 and does not change when every weight is multiplied alike", () => {
    const entry = fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 5 }), fc.nat());
    fc.assert(fc.property(fc.array(entry, { minLength: 1, maxLength: 6 }), fc.integer({ min: 2, max: 7 }), (entries, factor) => {
      const criteria = entries.map(([min, span, weight], i) => criterion(`c${i}`, { min, max: min + span }, weight));
      const scores = Object.fromEntries(entries.map(([min, span, , at], i) => [`c${i}`, min + (at % (span + 1))]));
      const total = weightedTotal(criteria, scores)!;
      expect(total).toBeGreaterThanOrEqual(0);
      expect(total).toBeLessThanOrEqual(100);
      expect(weightedTotal(criteria.map((c) => ({ ...c, weight: c.weight * factor })), scores)).toBeCloseTo(total, 1);
    }));
  });
});

describe("conflicts found from a judge's ties", () => {
  const entrants: Entrant[] = [
    { submissionId: "s1", nib: "9120001234567", phone: "+6281234567890" },
    { submissionId: "s2", nib: "9120007654321", phone: "+6281111111111" },
    { submissionId: "s3", nib: "9120005555555", phone: "+6285555555555" },
  ];

  it("take a submission whose business has the NIB of a tie", () => {
    expect(tiedSubmissions([{ relation: "client", nib: "9120007654321" }], entrants)).toEqual([{ submissionId: "s2", relation: "client", by: "nib" }]);
  });

  it("take a submission whose business has the phone of a tie", () => {
    expect(tiedSubmissions([{ relation: "family", phone: "+6285555555555" }], entrants)).toEqual([{ submissionId: "s3", relation: "family", by: "phone" }]);
  });

  it("prefer the NIB when one tie shares the phone and another the NIB", () => {
    const ties: Tie[] = [{ relation: "family", phone: "+6281234567890" }, { relation: "shareholding", nib: "9120001234567" }];
    expect(tiedSubmissions(ties, entrants)).toEqual([{ submissionId: "s1", relation: "shareholding", by: "nib" }]);
  });

  it("name a tie whose phone matches by phone, even if it also has a different NIB", () => {
    expect(tiedSubmissions([{ relation: "own", nib: "0000000000000", phone: "+6281111111111" }], entrants))
      .toEqual([{ submissionId: "s2", relation: "own", by: "phone" }]);
  });

  it("find nothing from a tie with neither NIB nor phone, nor from other businesses", () => {
    expect(tiedSubmissions([{ relation: "other", note: "my cousin's shop" }], entrants)).toEqual([]);
    expect(tiedSubmissions([{ relation: "own", nib: "1", phone: "+62800" }], entrants)).toEqual([]);
    expect(tiedSubmissions([], entrants)).toEqual([]);
  });

  it("list each tied submission once, in the entrants' order", () => {
    const ties: Tie[] = [{ relation: "client", phone: "+6285555555555" }, { relation: "own", nib: "9120001234567", phone: "+6285555555555" }];
    expect(tiedSubmissions(ties, entrants)).toEqual([
      { submissionId: "s1", relation: "own", by: "nib" },
      { submissionId: "s3", relation: "client", by: "phone" },
    ]);
  });

  it("find exactly the entrants that share a NIB or a phone with some tie", () => {
    const nib = fc.constantFrom("n1", "n2", "n3", "n4");
    const phone = fc.constantFrom("+621", "+622", "+623", "+624");
    const ties = fc.array(fc.record({ relation: fc.constantFrom("own", "family", "client", "shareholding", "other"), nib: fc.option(nib, { nil: undefined }), phone: fc.option(phone, { nil: undefined }) }), { maxLength: 4 });
    const people = fc.array(fc.record({ nib, phone }), { maxLength: 6 }).map((list) => list.map((e, i) => ({ submissionId: `s${i}`, ...e })));
    fc.assert(fc.property(ties, people, (tieList, entrantList) => {
      const found = tiedSubmissions(tieList, entrantList);
      const shares = (e: Entrant) => tieList.some((t) => t.nib === e.nib || t.phone === e.phone);
      expect(found.map((f) => f.submissionId)).toEqual(entrantList.filter(shares).map((e) => e.submissionId));
      for (const f of found) {
        const entrant = entrantList.find((e) => e.submissionId === f.submissionId)!;
        expect(tieList.some((t) => t.relation === f.relation && (f.by === "nib" ? t.nib === entrant.nib : t.phone === entrant.phone))).toBe(true);
        expect(f.by).toBe(tieList.some((t) => t.nib === entrant.nib) ? "nib" : "phone");
      }
    }));
  });
});
