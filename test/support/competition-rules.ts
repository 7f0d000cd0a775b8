import { expect } from "vitest";
import type { CompetitionWindows, Criterion } from "../../shared/domain/competitions.js";
import { DomainError, InvalidInput, type FieldIssue } from "../../shared/domain/errors.js";

// What the unit tests of a competition's rules (domain-competitions, domain-results) start from.

export const windows: CompetitionWindows = {
  submissionOpensAt: "2027-03-01T00:00:00.000Z",
  submissionDeadline: "2027-03-31T16:00:00.000Z",
  judgingOpensAt: "2027-04-01T00:00:00.000Z",
  judgingClosesAt: "2027-04-15T16:00:00.000Z",
};

export const criterion = (criterionId: string, scale: { min: number; max: number } = { min: 1, max: 10 }, weight = 1): Criterion => ({
  criterionId, weight, scale, name: { id: criterionId, en: criterionId }, guidance: { id: "", en: "" },
});
export const rubric = [criterion("market"), criterion("team", { min: 0, max: 4 }, 2)];

/** The issues an InvalidInput carries; none when the rule passes. Any other error fails the test. */
export function issuesOf(check: () => void): readonly FieldIssue[] {
  try {
    check();
    return [];
  } catch (error) {
    if (!(error instanceof InvalidInput)) throw error;
    expect(error.code).toBe("validation_failed");
    // a refusal names what is wrong: one without issues would read like a pass here
    expect(error.issues.length).toBeGreaterThan(0);
    return error.issues;
  }
}

/** The refusal a rule throws, as the API would word it; undefined when it passes. */
export function refusal(check: () => void): Pick<DomainError, "code" | "params" | "details"> | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { code: error.code, params: error.params, details: error.details };
  }
}

export const issue = (path: PropertyKey[], message: string): FieldIssue => ({ path, code: "custom", message });
export const shift = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
