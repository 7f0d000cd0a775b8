/**
 * Judge assignment, the pure half: what goes in, what comes out, and the rules a result must keep —
 * exactly k judges per submission (or a stated reason why not), never a conflicted pair, never above a
 * judge's maximum load, loads as even as the constraints allow. The optimiser that finds the result lives
 * in `shared/solver/judge-assignment.ts`; everything here is checkable without it.
 *
 * Ids are compared by UTF-16 code unit (`<`), never by locale, so every ordering here is the same on
 * every machine and in every language setting.
 */

/** `[judgeId, submissionId]`, the shape the issue and the command use. */
export type JudgePair = readonly [judgeId: string, submissionId: string];

export interface AssignmentSubmission {
  id: string;
  /** A sector code such as `kuliner`; judges with this sector count as an expertise match. */
  sector: string;
}

/** Curator certificates the platform knows, by the body that issues them: BNSP's product curators first. */
export const certificationSchemes = ["bnsp_product_curator"] as const;
export type CertificationScheme = (typeof certificationSchemes)[number];

/** What of a curator certificate the assignment reads: the clusters it covers, and until when. */
export interface CuratorCertificate {
  /** Sector codes, the clusters the certificate covers. */
  scope: readonly string[];
  /** YYYY-MM-DD; valid through that day. Absent: no end printed on it. */
  validUntil?: string | undefined;
}

/** A judge's curator certificate as organisers record it: the number as printed. */
export interface Certification extends CuratorCertificate {
  scheme: CertificationScheme;
  number: string;
  scope: string[];
}

/** A certificate counts for a cluster it covers through its last valid day (compared as a UTC date, as permits are). */
export function certifiedFor(certificate: CuratorCertificate | undefined, sector: string, day: string): boolean {
  if (!certificate?.scope.includes(sector)) return false;
  return certificate.validUntil === undefined || certificate.validUntil >= day;
}

export interface AssignmentJudge {
  id: string;
  sectors: readonly string[];
  /** At most this many submissions; no limit when absent. */
  maxLoad?: number | undefined;
  certification?: CuratorCertificate | undefined;
}

export interface AssignmentInput {
  /** Judges per submission. */
  k: number;
  submissions: readonly AssignmentSubmission[];
  judges: readonly AssignmentJudge[];
  /** Pairs that must never be assigned. Pairs naming an unknown judge or submission are ignored. */
  conflicts: readonly JudgePair[];
  /**
   * The last assignment, to be disturbed as little as possible. Pairs naming a judge or submission that is
   * gone (a withdrawal) or a pair now in conflict are simply not kept.
   */
  previous?: readonly JudgePair[] | undefined;
  /**
   * Previous pairs whose judge has already scored the submission: when not every previous pair can stay
   * (k or a maximum load lowered), these stay first, so given scores keep counting.
   */
  scored?: readonly JudgePair[] | undefined;
  /**
   * Prefer judges certified for a submission's cluster, by certificates valid on this day (YYYY-MM-DD,
   * the run's). Absent: a certificate counts for nothing beyond the judge's sectors.
   */
  preferCertifiedOn?: string | undefined;
}

/** Why a submission has fewer than k judges, as a stable code (the API words it per language). */
export const unassignedCodes = ["too_few_judges_without_conflict", "free_judges_at_max_load"] as const;
export type UnassignedCode = (typeof unassignedCodes)[number];

export interface UnassignedSubmission {
  submission: string;
  /** How many judges it lacks: k minus the judges it got. */
  missing: number;
  /** The reason in English, for the command and logs. */
  reason: string;
  code: UnassignedCode;
}

export interface AssignmentResult {
  /** Sorted by judge id, then submission id. */
  assignments: JudgePair[];
  /** Sorted by submission id. */
  unassigned: UnassignedSubmission[];
  /** Every judge's number of submissions, zero included, keyed in id order. */
  loads: Record<string, number>;
}

// ---- ordering -----------------------------------------------------------------------------------

/** Code-unit order: the same everywhere, unlike `localeCompare`. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const comparePairs = (a: JudgePair, b: JudgePair): number => compareIds(a[0], b[0]) || compareIds(a[1], b[1]);

export const sortPairs = (pairs: readonly JudgePair[]): JudgePair[] => [...pairs].sort(comparePairs);

export const byId = <T extends { id: string }>(items: readonly T[]): T[] => [...items].sort((a, b) => compareIds(a.id, b.id));

// ---- the candidates -----------------------------------------------------------------------------

/** One pair that may be assigned: no conflict between the judge and the submission. */
export interface CandidatePair {
  /** Index into `Candidates.judges`. */
  judge: number;
  /** Index into `Candidates.submissions`. */
  submission: number;
  /** The submission's sector is one of the judge's. */
  expertise: boolean;
  /** Certified curators are preferred, and the judge's certificate covers the submission's sector on that day. */
  certified: boolean;
  /** The pair was in the previous assignment. */
  previous: boolean;
  /** A previous pair its judge has scored. */
  scored: boolean;
}

/** The input in one canonical form: whatever order it came in, the same candidates come out. */
export interface Candidates {
  k: number;
  submissions: AssignmentSubmission[];
  judges: AssignmentJudge[];
  /** Every pair without a conflict, by submission, then judge. */
  pairs: CandidatePair[];
  /** Per submission: how many judges have no conflict with it. */
  withoutConflict: number[];
  /** Per judge: the most it can take — its `maxLoad`, and never more than its candidate pairs. */
  capacity: number[];
}

const pairIndex = (pairs: readonly JudgePair[]): Map<string, Set<string>> => {
  const index = new Map<string, Set<string>>();
  for (const [judgeId, submissionId] of pairs) {
    const submissions = index.get(judgeId) ?? new Set<string>();
    submissions.add(submissionId);
    index.set(judgeId, submissions);
  }
  return index;
};

const duplicateId = (items: readonly { id: string }[]): string | undefined => {
  const seen = new Set<string>();
  return items.find(({ id }) => seen.size === seen.add(id).size)?.id;
};

/** The canonical form of an input. Ids must be unique (the schema refuses duplicates before this). */
export function candidates(input: AssignmentInput): Candidates {
  const duplicate = duplicateId(input.submissions) ?? duplicateId(input.judges);
  if (duplicate !== undefined) throw new Error(`judge assignment: the id ${duplicate} appears twice`);
  const submissions = byId(input.submissions);
  const judges = byId(input.judges).map((judge) => ({ ...judge, sectors: [...new Set(judge.sectors)].sort(compareIds) }));
  const conflicts = pairIndex(input.conflicts);
  const previous = pairIndex(input.previous ?? []);
  const scored = pairIndex(input.scored ?? []);
  const pairs: CandidatePair[] = [];
  const withoutConflict = submissions.map(() => 0);
  const candidatesOfJudge = judges.map(() => 0);
  submissions.forEach((submission, s) => {
    judges.forEach((judge, j) => {
      if (conflicts.get(judge.id)?.has(submission.id)) return;
      pairs.push({
        judge: j,
        submission: s,
        expertise: judge.sectors.includes(submission.sector),
        certified: input.preferCertifiedOn !== undefined && certifiedFor(judge.certification, submission.sector, input.preferCertifiedOn),
        previous: previous.get(judge.id)?.has(submission.id) ?? false,
        scored: (previous.get(judge.id)?.has(submission.id) && scored.get(judge.id)?.has(submission.id)) ?? false,
      });
      withoutConflict[s]! += 1;
      candidatesOfJudge[j]! += 1;
    });
  });
  const capacity = judges.map((judge, j) => Math.min(judge.maxLoad ?? Infinity, candidatesOfJudge[j]!));
  return { k: input.k, submissions, judges, pairs, withoutConflict, capacity };
}

// ---- reasons ------------------------------------------------------------------------------------

const judges = (n: number) => `${n} judge${n === 1 ? "" : "s"}`;
const freeOfConflict = (n: number, k: number) =>
  n === 0 ? `no judge is free of a conflict with it (${k} needed)` : `only ${judges(n)} ${n === 1 ? "is" : "are"} free of a conflict with it (${k} needed)`;

/**
 * Why a submission got `assigned` < k judges, given how many judges have no conflict with it. When the
 * assignment covers as much as possible, a judge without a conflict who was not given the submission is
 * at their maximum load (else giving it to them would cover more); otherwise there are simply too few.
 */
export function unassignedReason(k: number, assigned: number, withoutConflict: number): { code: UnassignedCode; reason: string } {
  if (assigned < withoutConflict) {
    const full = withoutConflict - assigned;
    const atMax = `the ${judges(full)} free of a conflict but not assigned to it ${full === 1 ? "is" : "are"} at maximum load`;
    return { code: "free_judges_at_max_load", reason: withoutConflict < k ? `${freeOfConflict(withoutConflict, k)}, and ${atMax}` : atMax };
  }
  return { code: "too_few_judges_without_conflict", reason: freeOfConflict(withoutConflict, k) };
}

// ---- measures -----------------------------------------------------------------------------------

/** Max − min over every judge's load; 0 without judges. */
export function loadBalance(loads: Readonly<Record<string, number>>): number {
  const values = Object.values(loads);
  return values.length === 0 ? 0 : Math.max(...values) - Math.min(...values);
}

export const coverage = (result: AssignmentResult): number => result.assignments.length;

/** What changed between two assignments: `added` are the pairs that moved to a new judge. */
export function assignmentChanges(before: readonly JudgePair[], after: readonly JudgePair[]): { kept: JudgePair[]; added: JudgePair[]; removed: JudgePair[] } {
  const was = pairIndex(before);
  const is = pairIndex(after);
  const holds = (index: Map<string, Set<string>>) => ([judgeId, submissionId]: JudgePair) => index.get(judgeId)?.has(submissionId) ?? false;
  return {
    kept: sortPairs(after.filter(holds(was))),
    added: sortPairs(after.filter((pair) => !holds(was)(pair))),
    removed: sortPairs(before.filter((pair) => !holds(is)(pair))),
  };
}

// ---- the check ----------------------------------------------------------------------------------

export const assignmentProblemCodes = [
  "unknown_judge", "unknown_submission", "duplicate_pair", "conflict", "too_many_judges", "missing_not_reported",
  "reported_wrongly", "wrong_reason", "above_max_load", "wrong_load", "not_sorted",
] as const;
export type AssignmentProblemCode = (typeof assignmentProblemCodes)[number];

export interface AssignmentProblem {
  code: AssignmentProblemCode;
  /** The judge, submission or pair concerned, for a person reading the list. */
  subject: string;
}

export interface AssignmentCheck {
  /** Empty when the result keeps every rule. */
  problems: AssignmentProblem[];
  /** Max − min load. */
  balance: number;
  /** Assigned pairs. */
  coverage: number;
}

/**
 * Whether a result keeps the rules for its input: exactly k judges per submission or an entry in
 * `unassigned` with the right `missing` and a reason that holds; no conflict; no judge above `maxLoad`;
 * `loads` as counted; pairs sorted. Balance is measured, not judged: its optimum depends on the input.
 */
export function checkAssignment(input: AssignmentInput, result: AssignmentResult): AssignmentCheck {
  const problems: AssignmentProblem[] = [];
  const problem = (code: AssignmentProblemCode, subject: string) => problems.push({ code, subject });
  const judgeById = new Map(input.judges.map((judge) => [judge.id, judge]));
  const submissionIds = new Set(input.submissions.map((submission) => submission.id));
  const conflicts = pairIndex(input.conflicts);
  const counted = new Map(input.judges.map((judge) => [judge.id, 0]));
  const judgesOf = new Map(input.submissions.map((submission) => [submission.id, new Set<string>()]));

  result.assignments.forEach((pair, i) => {
    const [judgeId, submissionId] = pair;
    const subject = `${judgeId} → ${submissionId}`;
    if (i > 0 && comparePairs(result.assignments[i - 1]!, pair) >= 0) problem("not_sorted", subject);
    if (!judgeById.has(judgeId)) return problem("unknown_judge", subject);
    const assigned = judgesOf.get(submissionId);
    if (!assigned) return problem("unknown_submission", subject);
    if (assigned.has(judgeId)) return problem("duplicate_pair", subject);
    if (conflicts.get(judgeId)?.has(submissionId)) problem("conflict", subject);
    assigned.add(judgeId);
    counted.set(judgeId, counted.get(judgeId)! + 1);
  });

  for (const [judgeId, load] of counted) {
    const maxLoad = judgeById.get(judgeId)!.maxLoad;
    if (maxLoad !== undefined && load > maxLoad) problem("above_max_load", judgeId);
    if (result.loads[judgeId] !== load) problem("wrong_load", judgeId);
  }
  for (const judgeId of Object.keys(result.loads)) if (!counted.has(judgeId)) problem("unknown_judge", judgeId);

  const reported = new Map(result.unassigned.map((entry) => [entry.submission, entry]));
  for (const entry of result.unassigned) if (!submissionIds.has(entry.submission)) problem("unknown_submission", entry.submission);
  for (const [submissionId, assigned] of judgesOf) {
    const entry = reported.get(submissionId);
    if (assigned.size > input.k) problem("too_many_judges", submissionId);
    if (assigned.size >= input.k) {
      if (entry) problem("reported_wrongly", submissionId);
      continue;
    }
    if (!entry || entry.missing !== input.k - assigned.size) {
      problem("missing_not_reported", submissionId);
      continue;
    }
    // The reason must be true of this result: every judge without a conflict who is not on the
    // submission is at maximum load, or there are no such judges and fewer than k without a conflict.
    const free = input.judges.filter((judge) => !conflicts.get(judge.id)?.has(submissionId) && !assigned.has(judge.id));
    const holds = entry.code === "free_judges_at_max_load"
      ? free.length > 0 && free.every((judge) => judge.maxLoad !== undefined && counted.get(judge.id)! >= judge.maxLoad)
      : free.length === 0;
    if (!holds) problem("wrong_reason", submissionId);
  }
  const ids = result.unassigned.map((entry) => entry.submission);
  if (ids.some((id, i) => i > 0 && compareIds(ids[i - 1]!, id) >= 0)) problem("not_sorted", "unassigned");

  return { problems, balance: loadBalance(result.loads), coverage: result.assignments.length };
}
