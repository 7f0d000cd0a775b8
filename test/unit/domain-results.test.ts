import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { criterion, issue, issuesOf, refusal, rubric, shift, windows } from "../support/competition-rules.js";
import {
  applyOverrides, assertBeforeJudging, assertJudgingClosed, checkTieBreak, defaultTieBreak, EARLIER_SUBMISSION, FINALISTS, outcomeAt, RESERVES,
  NOTHING_TO_GO_ON, resultIn, tieBreakValues, unresolvedTies, withdrawnFrom,
  type Override, type OverridePlace, type PublishedOrder,
} from "../../shared/domain/results.js";


const override = (submissionId: string, place: OverridePlace): Override => ({
  submissionId, place, reason: "decided by the organisers", by: "organiser", at: "2027-04-16T00:00:00.000Z",
});
/** Ten ranked submissions: a–e finalists, f–h reserves, i–j not selected. */
const computed = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];

describe("the tie-break order", () => {
  it("defaults to the heaviest criterion, then the earlier submission", () => {
    expect(defaultTieBreak(rubric)).toEqual(["team", EARLIER_SUBMISSION]);
    expect(EARLIER_SUBMISSION).toBe("submittedAt");
    expect(defaultTieBreak([criterion("market", undefined, 1), criterion("team", undefined, 1), criterion("story", undefined, 3)])).toEqual(["story", "submittedAt"]);
    expect(defaultTieBreak([criterion("only")])).toEqual(["only", "submittedAt"]);
  });

  it("takes the first of equally heavy criteria", () => {
    expect(defaultTieBreak([criterion("market", undefined, 1), criterion("team", undefined, 2), criterion("story", undefined, 2)])).toEqual(["team", "submittedAt"]);
    expect(defaultTieBreak([criterion("story"), criterion("team"), criterion("market")])).toEqual(["story", "submittedAt"]);
  });

  it("accepts criteria of the rubric and the submission time, each once, in any order", () => {
    expect(issuesOf(() => checkTieBreak(rubric, ["team", "market", "submittedAt"]))).toEqual([]);
    expect(issuesOf(() => checkTieBreak(rubric, ["submittedAt", "market"]))).toEqual([]);
    expect(issuesOf(() => checkTieBreak(rubric, []))).toEqual([]);
  });

  it("refuses a key that is neither a criterion nor the submission time, where it stands", () => {
    expect(issuesOf(() => checkTieBreak(rubric, ["team", "speed"]))).toEqual([issue(["tieBreak", 1], "tie_break_unknown")]);
    expect(issuesOf(() => checkTieBreak(rubric, ["Team"]))).toEqual([issue(["tieBreak", 0], "tie_break_unknown")]);
  });

  it("refuses the second use of a key, where it is repeated", () => {
    expect(issuesOf(() => checkTieBreak(rubric, ["team", "submittedAt", "team"]))).toEqual([issue(["tieBreak", 2], "tie_break_duplicate")]);
    expect(issuesOf(() => checkTieBreak(rubric, ["submittedAt", "submittedAt"]))).toEqual([issue(["tieBreak", 1], "tie_break_duplicate")]);
  });

  it("names every problem at once; a repeated unknown key stays unknown", () => {
    expect(issuesOf(() => checkTieBreak(rubric, ["speed", "team", "team", "speed"]))).toEqual([
      issue(["tieBreak", 0], "tie_break_unknown"),
      issue(["tieBreak", 2], "tie_break_duplicate"),
      issue(["tieBreak", 3], "tie_break_unknown"),
    ]);
  });
});

describe("when the ranking rules may change and results be computed", () => {
  it("fixes the tie-break order and method from judging's opening instant itself", () => {
    const fixed = { code: "ranking_rules_fixed", params: { at: windows.judgingOpensAt }, details: { judgingOpensAt: windows.judgingOpensAt } };
    expect(refusal(() => assertBeforeJudging(windows, shift(windows.judgingOpensAt, -1)))).toBeUndefined();
    expect(refusal(() => assertBeforeJudging(windows, windows.submissionOpensAt))).toBeUndefined();
    expect(refusal(() => assertBeforeJudging(windows, windows.judgingOpensAt))).toEqual(fixed);
    expect(refusal(() => assertBeforeJudging(windows, windows.judgingClosesAt))).toEqual(fixed);
  });

  it("computes results from judging's closing instant itself, never a millisecond before", () => {
    const open = { code: "judging_not_closed", params: { at: windows.judgingClosesAt }, details: { judgingClosesAt: windows.judgingClosesAt } };
    expect(refusal(() => assertJudgingClosed(windows, shift(windows.judgingClosesAt, -1)))).toEqual(open);
    expect(refusal(() => assertJudgingClosed(windows, windows.judgingOpensAt))).toEqual(open);
    expect(refusal(() => assertJudgingClosed(windows, windows.judgingClosesAt))).toBeUndefined();
    expect(refusal(() => assertJudgingClosed(windows, shift(windows.judgingClosesAt, 1)))).toBeUndefined();
  });
});

describe("tie-break values", () => {
  const at = "2027-03-20T08:30:00.000Z";

  it("put a criterion's mean on 0–1 of its scale, in the order's keys", () => {
    // market 1–10: mean of 10 and 1 is 5.5 → (5.5 − 1) / 9 = 0.5; team 0–4: mean of 4 and 3 is 3.5 → 3.5 / 4 = 0.875
    const sheets = [{ market: 10, team: 4 }, { market: 1, team: 3 }];
    expect(tieBreakValues(["team", "market", "submittedAt"], rubric, sheets, at)).toEqual([0.875, 0.5, -Date.parse(at)]);
    expect(tieBreakValues(["market"], rubric, sheets, at)).toEqual([0.5]);
  });

  it("reach 0 at the bottom of the scale and 1 at its top", () => {
    expect(tieBreakValues(["market", "team"], rubric, [{ market: 1, team: 0 }], at)).toEqual([0, 0]);
    expect(tieBreakValues(["market", "team"], rubric, [{ market: 10, team: 4 }], at)).toEqual([1, 1]);
  });

  it("average only the sheets that score the key", () => {
    // market: only 10 → 1; team: only 2 → 0.5
    expect(tieBreakValues(["market", "team"], rubric, [{ market: 10 }, { team: 2 }], at)).toEqual([1, 0.5]);
  });

  it("prefer the earlier final submission: the earlier, the larger (minus its epoch milliseconds)", () => {
    const [early] = tieBreakValues(["submittedAt"], rubric, [], at);
    const [late] = tieBreakValues(["submittedAt"], rubric, [], shift(at, 1));
    expect(early).toBe(-Date.parse(at));
    expect(early).toBeGreaterThan(late!);
    expect(early! - late!).toBe(1);
  });

  it("count a key with nothing to go on as the lowest", () => {
    expect(tieBreakValues(["team", "market", "submittedAt"], rubric, [], at)).toEqual([NOTHING_TO_GO_ON, NOTHING_TO_GO_ON, -Date.parse(at)]);
    expect(tieBreakValues(["market"], rubric, [{ team: 3 }], at)).toEqual([NOTHING_TO_GO_ON]);
    expect(tieBreakValues(["submittedAt"], rubric, [{ market: 5 }], undefined)).toEqual([NOTHING_TO_GO_ON]);
  });
});

describe("the organisers' overrides", () => {
  it("take a withdrawn submission out, and everyone after moves up: the first reserve becomes a finalist", () => {
    // c leaves: a b d e f | g h i | j — f (was index 5, a reserve) is now index 4, a finalist
    const order = applyOverrides(computed, [override("c", "withdrawn")]);
    expect(order).toEqual(["a", "b", "d", "e", "f", "g", "h", "i", "j"]);
    expect(outcomeAt(order.indexOf("f"))).toBe("finalist");
    expect(outcomeAt(order.indexOf("i"))).toBe("reserve");
  });

  it("put a placed submission at its place, the others keeping their order around it", () => {
    // h out: a b c d e f g i j; h at index 1 → a h b c d e f g i j
    expect(applyOverrides(computed, [override("h", 2)])).toEqual(["a", "h", "b", "c", "d", "e", "f", "g", "i", "j"]);
    // a out: b c d e f g h i j; a at index 6 → b c d e f g a h i j
    expect(applyOverrides(computed, [override("a", 7)])).toEqual(["b", "c", "d", "e", "f", "g", "a", "h", "i", "j"]);
    expect(applyOverrides(computed, [override("j", 1)])).toEqual(["j", "a", "b", "c", "d", "e", "f", "g", "h", "i"]);
  });

  it("apply placements lowest place first, whatever order they were given in", () => {
    // a and j out: b c d e f g h i; j at index 0 → j b c d e f g h i; a at index 2 → j b a c d e f g h i
    // (a first would give b c a d …, then j → j b c a …: a at place 4, not 3)
    const expected = ["j", "b", "a", "c", "d", "e", "f", "g", "h", "i"];
    expect(applyOverrides(computed, [override("a", 3), override("j", 1)])).toEqual(expected);
    expect(applyOverrides(computed, [override("j", 1), override("a", 3)])).toEqual(expected);
  });

  it("put a place beyond the end last", () => {
    // b out: a c d e f g h i j; index min(99, 9) = 9 → a c d e f g h i j b
    expect(applyOverrides(computed, [override("b", 100)])).toEqual(["a", "c", "d", "e", "f", "g", "h", "i", "j", "b"]);
    // the last place itself: b out (9 left), index 9 → the same
    expect(applyOverrides(computed, [override("b", 10)])).toEqual(["a", "c", "d", "e", "f", "g", "h", "i", "j", "b"]);
    // with a withdrawal the order is shorter: c and e out → a b d f g h i j (8); e at index min(9, 8) = 8 → last
    expect(applyOverrides(computed, [override("c", "withdrawn"), override("e", 10)])).toEqual(["a", "b", "d", "f", "g", "h", "i", "j", "e"]);
  });

  it("withdraw first and place after, in the shortened order", () => {
    // a and i out: b c d e f g h j; i at index 4 → b c d e i f g h j
    expect(applyOverrides(computed, [override("i", 5), override("a", "withdrawn")])).toEqual(["b", "c", "d", "e", "i", "f", "g", "h", "j"]);
  });

  it("ignore overrides of submissions that are not ranked", () => {
    expect(applyOverrides(computed, [override("x", 1), override("y", "withdrawn")])).toEqual(computed);
    // x ignored; e out: a b c d f g h i j; e at index 0 → e a b c d f g h i j
    expect(applyOverrides(computed, [override("x", 1), override("e", 1)])).toEqual(["e", "a", "b", "c", "d", "f", "g", "h", "i", "j"]);
    expect(applyOverrides([], [override("a", 1)])).toEqual([]);
  });

  it("leave the computed order as it was", () => {
    const before = [...computed];
    applyOverrides(computed, [override("c", "withdrawn"), override("j", 1)]);
    expect(computed).toEqual(before);
  });

  describe("as properties", () => {
    const seed = 20_27;
    /** Distinct ids in a computed order, and a subset of them with overrides. */
    const ranked = fc.uniqueArray(fc.string({ unit: fc.constantFrom("a", "b", "c", "d", "e", "f"), minLength: 1, maxLength: 3 }), { maxLength: 25 });

    it("withdrawals alone take the withdrawn out and keep everyone else in computed order", () => {
      fc.assert(fc.property(ranked.chain((ids) => fc.tuple(fc.constant(ids), fc.subarray(ids), fc.array(fc.string().map((s) => `x${s}`), { maxLength: 3 }))), ([ids, withdrawn, strangers]) => {
        const order = applyOverrides(ids, [...withdrawn, ...strangers].map((id) => override(id, "withdrawn")));
        expect(order).toEqual(ids.filter((id) => !withdrawn.includes(id)));
      }), { seed, numRuns: 200 });
    });

    it("placements at distinct places put each where it asked, the rest in computed order, withdrawn ones out", () => {
      // Places are drawn within the final order's length: a place beyond it is clamped to the end, and
      // then an earlier place can be one short (order a x y, x→3 and y→10 give a x y: x at place 2).
      const scene = ranked.chain((ids) => fc.shuffledSubarray(ids).chain((moved) => {
        const withdrawn = moved.slice(0, Math.floor(moved.length / 3));
        const placed = moved.slice(withdrawn.length);
        const length = ids.length - withdrawn.length;
        const places = fc.uniqueArray(fc.integer({ min: 1, max: Math.max(length, 1) }), { minLength: placed.length, maxLength: placed.length });
        return fc.tuple(fc.constant(ids), fc.constant(withdrawn), fc.constant(placed), places);
      }));
      fc.assert(fc.property(scene, ([ids, withdrawn, placed, places]) => {
        const overrides = [...withdrawn.map((id) => override(id, "withdrawn")), ...placed.map((id, i) => override(id, places[i]!))];
        const order = applyOverrides(ids, overrides);
        const kept = ids.filter((id) => !withdrawn.includes(id));
        expect([...order].sort()).toEqual([...kept].sort());
        placed.forEach((id, i) => expect(order.indexOf(id)).toBe(places[i]! - 1));
        expect(order.filter((id) => !placed.includes(id))).toEqual(kept.filter((id) => !placed.includes(id)));
      }), { seed, numRuns: 300 });
    });

    it("any places, colliding or beyond the end, still give a permutation of the ranked ids not withdrawn", () => {
      const scene = ranked.chain((ids) => fc.tuple(
        fc.constant(ids),
        fc.array(fc.tuple(fc.constantFrom(...ids, "stranger"), fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant("withdrawn" as const))), { maxLength: 8 }),
      ));
      fc.assert(fc.property(scene, ([ids, pairs]) => {
        // one override per submission, as stored
        const bySubmission = new Map(pairs);
        const overrides = [...bySubmission].map(([id, place]) => override(id, place));
        const order = applyOverrides(ids, overrides);
        const kept = ids.filter((id) => bySubmission.get(id) !== "withdrawn");
        expect([...order].sort()).toEqual([...kept].sort());
        expect(order.filter((id) => !bySubmission.has(id))).toEqual(ids.filter((id) => !bySubmission.has(id)));
      }), { seed, numRuns: 300 });
    });
  });
});

describe("unresolved ties", () => {
  const tie = (...submissions: string[]) => ({ submissions });

  it("are those straddling the finalist cut (between places 5 and 6) or the reserve cut (between 8 and 9)", () => {
    expect(FINALISTS).toBe(5);
    expect(RESERVES).toBe(3);
    // e is index 4 (the last finalist), f index 5 (the first reserve)
    expect(unresolvedTies(computed, [tie("e", "f")], [])).toEqual([{ cut: "finalists", submissions: ["e", "f"] }]);
    // h is index 7 (the last reserve), i index 8 (the first not selected)
    expect(unresolvedTies(computed, [tie("i", "h")], [])).toEqual([{ cut: "reserves", submissions: ["i", "h"] }]);
  });

  it("are not those inside the finalists, inside the reserves, or below both cuts", () => {
    expect(unresolvedTies(computed, [tie("a", "b"), tie("d", "e"), tie("f", "g", "h"), tie("i", "j")], [])).toEqual([]);
  });

  it("are reported at each cut a long tie straddles", () => {
    // d e f g h i: indices 3–8, across both cuts
    expect(unresolvedTies(computed, [tie("d", "e", "f", "g", "h", "i")], [])).toEqual([
      { cut: "finalists", submissions: ["d", "e", "f", "g", "h", "i"] },
      { cut: "reserves", submissions: ["d", "e", "f", "g", "h", "i"] },
    ]);
  });

  it("are resolved by an organiser placing any of their submissions, even at the same place", () => {
    const ties = [tie("e", "f"), tie("h", "i")];
    const overrides = [override("f", 6), override("h", 8)];
    // f out and back at index 5, h out and back at index 7: the order is unchanged, yet both were decided
    const order = applyOverrides(computed, overrides);
    expect(order).toEqual(computed);
    expect(unresolvedTies(order, ties, overrides)).toEqual([]);
    expect(unresolvedTies(order, ties, [override("f", 6)])).toEqual([{ cut: "reserves", submissions: ["h", "i"] }]);
  });

  it("move with withdrawals: a tie among the reserves moved onto the finalist cut must be decided", () => {
    const ties = [tie("f", "g")];
    expect(unresolvedTies(computed, ties, [])).toEqual([]);
    // a leaves: b c d e f | g h i | j — f is index 4, g index 5
    const overrides = [override("a", "withdrawn")];
    const order = applyOverrides(computed, overrides);
    expect(order.indexOf("f")).toBe(4);
    expect(unresolvedTies(order, ties, overrides)).toEqual([{ cut: "finalists", submissions: ["f", "g"] }]);
  });

  it("count only the members still in the order", () => {
    expect(unresolvedTies(computed, [tie("e", "unranked")], [])).toEqual([]);
    expect(unresolvedTies(computed.slice(0, 5), [tie("e", "f")], [])).toEqual([]);
  });
});

describe("outcomes", () => {
  it("are finalist for the first five, reserve for the next three, not selected after", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100].map(outcomeAt)).toEqual([
      "finalist", "finalist", "finalist", "finalist", "finalist", "reserve", "reserve", "reserve", "not_selected", "not_selected", "not_selected",
    ]);
  });

  const publication: PublishedOrder = {
    version: 2,
    publishedAt: "2027-04-20T02:00:00.000Z",
    places: [
      { submissionId: "a", place: 1, outcome: "finalist" },
      { submissionId: "f", place: 6, outcome: "reserve" },
      { submissionId: "j", place: 9, outcome: "not_selected" },
    ],
    withdrawn: ["w"],
  };

  it("read from a publication: a placed submission's place and outcome", () => {
    expect(resultIn(publication, "a")).toStrictEqual({ version: 2, publishedAt: "2027-04-20T02:00:00.000Z", outcome: "finalist", place: 1 });
    expect(resultIn(publication, "f")).toStrictEqual({ version: 2, publishedAt: "2027-04-20T02:00:00.000Z", outcome: "reserve", place: 6 });
    expect(resultIn(publication, "j")).toStrictEqual({ version: 2, publishedAt: "2027-04-20T02:00:00.000Z", outcome: "not_selected", place: 9 });
  });

  it("read from a publication: withdrawn, or not ranked at all, without a place", () => {
    expect(resultIn(publication, "w")).toStrictEqual({ version: 2, publishedAt: "2027-04-20T02:00:00.000Z", outcome: "withdrawn" });
    expect(resultIn(publication, "never-scored")).toStrictEqual({ version: 2, publishedAt: "2027-04-20T02:00:00.000Z", outcome: "not_ranked" });
  });
});

describe("a withdrawal elsewhere", () => {
  it("does not decide a tie that still straddles the finalist cut", () => {
    const order = applyOverrides(["a", "b", "c", "d", "e", "f", "g", "h", "i"], [{ submissionId: "g", place: "withdrawn", reason: "Mengundurkan diri.", by: "admin", at: "2026-11-30T00:00:00.000Z" }]);
    expect(unresolvedTies(order, [{ submissions: ["e", "f", "g"] }], [{ submissionId: "g", place: "withdrawn", reason: "Mengundurkan diri.", by: "admin", at: "2026-11-30T00:00:00.000Z" }])).toEqual([{ cut: "finalists", submissions: ["e", "f", "g"] }]);
  });
});

describe("the withdrawn", () => {
  it("are the ranked submissions an organiser withdrew, in the order of the overrides; places and unranked ones are not", () => {
    const at = "2026-11-30T00:00:00.000Z";
    const overrides: Override[] = [
      { submissionId: "c", place: "withdrawn", reason: "Mundur.", by: "admin", at },
      { submissionId: "x", place: "withdrawn", reason: "Tidak masuk peringkat.", by: "admin", at },
      { submissionId: "a", place: 2, reason: "Dinilai ulang.", by: "admin", at },
      { submissionId: "b", place: "withdrawn", reason: "Mundur.", by: "admin", at },
    ];
    expect(withdrawnFrom(overrides, new Set(["a", "b", "c"]))).toEqual(["c", "b"]);
  });

  it("and nothing to go on counts below every real tie-break value", () => {
    expect(NOTHING_TO_GO_ON).toBeLessThan(-Date.parse("2100-01-01T00:00:00.000Z"));
    expect(Number.isFinite(NOTHING_TO_GO_ON)).toBe(true);
  });

  it("two placed at the same place: the smaller id takes it, the other follows", () => {
    const at = "2026-11-30T00:00:00.000Z";
    expect(applyOverrides(["a", "b", "c", "d", "e"], [
      { submissionId: "e", place: 2, reason: "Dinilai ulang.", by: "admin", at },
      { submissionId: "d", place: 2, reason: "Dinilai ulang.", by: "admin", at },
    ])).toEqual(["a", "e", "d", "b", "c"]);
  });
});
