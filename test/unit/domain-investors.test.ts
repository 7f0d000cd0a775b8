import { describe, expect, it } from "vitest";
import { checkTicket } from "../../shared/domain/investors.js";
import { issue, issuesOf } from "../support/competition-rules.js";

describe("an investor's ticket range", () => {
  it("runs from its smaller end to its larger, both ends included", () => {
    expect(issuesOf(() => checkTicket({ minIdr: 25_000_000, maxIdr: 500_000_000 }))).toEqual([]);
    expect(issuesOf(() => checkTicket({ minIdr: 50_000_000, maxIdr: 50_000_000 }))).toEqual([]);
    expect(issuesOf(() => checkTicket({ minIdr: 500_000_000, maxIdr: 25_000_000 }))).toEqual([issue(["ticket", "maxIdr"], "ticket_range")]);
  });
});
