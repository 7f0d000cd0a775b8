// @ts-check
// Mutation testing (`npm run mutation`) of the pure domain rules and the HTTP builder: Stryker changes
// one small thing at a time (a `<` into `<=`, a string into "", a branch into `true`) and runs the unit
// tests that cover it; a change no test notices is a "survivor". The score is printed at the end and the
// run fails below 80 %. Reports: reports/mutation/mutation.html (and .json), gitignored.
//
// The tests are the fast unit tests listed in vitest.mutation.config.ts (no DynamoDB Local); the builder
// is exercised by test/unit/http-builder.test.ts, which calls `lambda()` with API Gateway events.
//
// Survivors we keep, each equivalent (no behaviour can tell it from the original) or unreachable.
// `shared/http/lambda.ts` may not carry `// Stryker disable` comments, so every one is listed here:
//
// shared/http/lambda.ts
// - `context?.getRemainingTimeInMillis?.()` → `context.getRemainingTimeInMillis?.()`: middy always hands
//   the handler a context object (`{}` when the caller passed none), so the first `?.` never short-circuits.
// - `event.requestContext.authorizer?.jwt?.claims` → `…?.jwt.claims`, and in the log line
//   `…?.jwt?.claims?.sub` → `…?.jwt.claims` / `…?.claims.sub`: on a JWT-authorised HTTP API an authorizer
//   always carries `jwt.claims`; without one (public routes) the chain already stops at `authorizer?.`.
// - `if (!response) return;` → `if (false) …`: `finish` runs after the handler returned a result, or
//   after `onError` set one, so there is always a response.
// - `event.headers?.["accept-language"]` → `event.headers["accept-language"]` (before validation and in
//   `onError`): API Gateway always sends headers and the normaliser keeps them an object; the `?.` only
//   spares a hand-made event without any.
//
// shared/domain/modules.ts
// - `const path: string[] = []` → `["Stryker was here"]` in findCycle: the cycle is `path.slice(path.indexOf(id))`
//   and `id` is always on the path, so an extra first element is never part of the answer.
// - `graph.get(id) ?? []` → `["Stryker was here"]` in evaluateProgress (no coverage): every module is in its
//   own graph, and an unknown prerequisite is refused on save (checkPrerequisites), so the `?? []` is a guard
//   that never runs.
// - Timeouts (counted as detected): the `"done"` marks in findCycle (the layered-prerequisites test would walk
//   2^30 paths), and `canonical`'s object test in isBreakingChange (a replacer that recurses into strings).
//
// shared/domain/files.ts
// - `/\p{M}+/gu` → `/\p{M}/gu` in safeFileName: removing accents one by one or in runs gives the same name.
// - `file.fileName.toLowerCase().split(".").pop() ?? ""` → `?? "Stryker was here!"` (no coverage): `split`
//   always returns at least one element, so `pop()` is never undefined.
//
// - `UPLOAD_SECONDS = 15 * 60` → `15 / 60`: a policy constant, not a rule; what it does (how long an upload
//   URL lives, when the applicant may ask again) happens in shared/app/progress.ts, which the integration
//   tests cover and this run does not mutate. A unit test repeating `900` would only restate the constant.
//
// shared/domain/profile.ts
// - `national === undefined || !/^8\d{8,11}$/.test(national)` → `false || …`: the pattern tested on
//   undefined reads "undefined", which fails it just the same.
//
// shared/domain/time.ts
// - `province >= 63 && province <= 76` → `province >= 63 && true`: the first branch already took 81 and up, and
//   Kemendagri has no provinces 77–80, so no real regency code can tell the two apart.
//
// shared/domain/meetings.ts
// - `.join("|")` → `.join("")` in planKeepsMeetings: date, HH:MM, zone and two numbers of fixed shapes, so two
//   plans' times never join to the same string one way and not the other.
// - `room === undefined || !names.has(room)` → `false || …` in roomsOf: a Set of names never has undefined.
//
// shared/domain/demo-day.ts
// - `i > 0` → `i >= 0` in pitchingOrder: the extra step swaps the first id with itself.
//
// shared/http/auth.ts
// - `.split(/\s+/)` → `.split(/\s/)`: runs of spaces then give empty names, which `.filter(Boolean)` drops.
//
// shared/domain/competitions.ts
// - In tiedSubmissions, `t.nib !== undefined && t.nib === entrant.nib` → `true && …` (and the same for the
//   phone, and for `by`): an entrant's NIB and phone are strings, so an undefined one never equals them anyway.
//
// shared/domain/judge-assignment.ts
// - `maxLoad !== undefined && load > maxLoad` → `true && …` in checkAssignment, and `judge.maxLoad !== undefined
//   && counted >= judge.maxLoad` → `true && …` in its reason check: a comparison with undefined is false.
// - `input.previous ?? []` → `?? ["Stryker was here"]` in candidates: the string destructures into judge "S"
//   and submission "t", a pair no input with real ids has.

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  mutate: [
    // every pure rule, competitions (test/unit/domain-competitions.test.ts) and the judge assignment's
    // checker (test/unit/judge-assignment.test.ts, which runs it against the HiGHS solver) included
    "shared/domain/**/*.ts",
    // the HTTP builder and the helpers only it uses: statuses, HTTP refusals, reading the token's claims
    "shared/http/lambda.ts",
    "shared/http/statuses.ts",
    "shared/http/errors.ts",
    "shared/http/auth.ts",
  ],
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  coverageAnalysis: "perTest",
  concurrency: 2,
  reporters: ["clear-text", "progress", "html", "json"],
  // every survivor with its diff, then the score table; not the list of every test
  clearTextReporter: { reportTests: false, logTests: false },
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 80, break: 80 },
};
