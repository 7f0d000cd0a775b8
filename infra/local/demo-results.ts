import { CompetitionInput } from "../../shared/api/schemas/competition-input.js";
import { createClass, updateClass } from "../../shared/app/classes.js";
import { createCompetition, updateCompetition } from "../../shared/app/competitions.js";
import { enrol } from "../../shared/app/enrolment.js";
import { inviteJudge, myJudging, requestAssignment, saveScores } from "../../shared/app/judging.js";
import { createModule } from "../../shared/app/modules.js";
import { createProfile } from "../../shared/app/profiles.js";
import { markMaterialRead } from "../../shared/app/progress.js";
import { assignmentComputed, clamp, demoJudges, demoRubric, pitch } from "./demo-competition.js";
import { resultsEntrants } from "./demo-results-entrants.js";

/**
 * The previous cohort, whose pitch competition has finished its judging and waits for its results: the
 * organisers preview the fair top five, override, publish and reproduce it (README). Fixed ids, so the
 * README's examples stay valid across fresh starts.
 */
export const demoResultsClassId = "5a1e0c2b-7d4f-4e8a-9b61-0c3f5d2a1e00";
export const demoResultsCompetitionId = "9c4e2f17-3b8a-4d6c-a1f0-7e5d2c8b4a00";
const moduleId = "7c3d9a10-1b2e-4f5a-8c6d-000000000100";

const t = (id: string, en: string) => ({ id, en });
const day = 24 * 3600 * 1000;
const at = (now: Date, days: number) => new Date(now.getTime() + days * day).toISOString();
/**
 * Per criterion, how far each judge scores from the merit: Benny 1.5 points kinder on the weighted
 * average, Hendrik 1.5 stricter, the others fair. Integer scores, so the 1.5 is 2 on some criteria, 1 on others.
 */
const leanings: Record<string, Record<string, number>> = {
  JUDGE: { market: 2, product: 1, finance: 1, funds: 2, team: 2, impact: 1 },
  JUDGE_HENDRIK: { market: -2, product: -1, finance: -1, funds: -2, team: -2, impact: -1 },
};

/** Judges differ now and then on the impact of one pitch, by a point: fixed, so every fresh start ranks alike. */
const impactOffset = (judge: number, entrant: number) => [0, 1, 0, -1, 0][(3 * judge + 2 * entrant) % 5]!;

function sheet(judge: number, entrant: number): Record<string, number> {
  const leaning = leanings[demoJudges[judge]!.variable] ?? {};
  const { merit } = resultsEntrants[entrant]!.pitch;
  return Object.fromEntries(Object.entries(merit).map(([criterionId, score]) =>
    [criterionId, clamp(score + (leaning[criterionId] ?? 0) + (criterionId === "impact" ? impactOffset(judge, entrant) : 0))]));
}

function materialModule() {
  return {
    kind: "material" as const, required: true, durationMinutes: 90,
    title: t("Rencana usaha dan pitch lima menit", "A business plan and a five-minute pitch"),
    summary: t("Masalah, produk, pasar, keuangan, dan penggunaan dana — untuk juri dan investor.", "Problem, product, market, finances and use of funds — for judges and investors."),
    body: t(
      "Pitch yang baik menjawab lima pertanyaan: masalah apa yang diselesaikan, siapa pembelinya, bukti bahwa mereka membeli, berapa modal yang dibutuhkan, dan untuk apa. Lampirkan pembukuan 12 bulan dan rincian penggunaan dana yang jumlahnya sama dengan modal yang diminta.",
      "A good pitch answers five questions: which problem it solves, who buys, the proof that they buy, how much capital it needs, and what for. Attach twelve months of bookkeeping and a use of funds that adds up to the capital asked for.",
    ),
    links: [],
  };
}

/** Every judge submits every review assigned to them, with a comment for the applicant: no judge's comment twice on a pitch. */
async function scoreAll(submissionIds: string[]) {
  const assigned = await Promise.all(demoJudges.map(async (judge) => (await myJudging(demoResultsCompetitionId, judge.sub)).reviews.map((review) => review.submissionId)));
  await Promise.all(demoJudges.flatMap((judge, j) => assigned[j]!.map(async (submissionId) => {
    const entrant = submissionIds.indexOf(submissionId);
    const readers = demoJudges.filter((_, other) => assigned[other]!.includes(submissionId));
    const { comments } = resultsEntrants[entrant]!.pitch;
    const comment = comments[readers.indexOf(judge) % comments.length];
    await saveScores(demoResultsCompetitionId, submissionId, judge.sub, { scores: sheet(j, entrant), comment, submit: true });
  })));
}

/**
 * Cohort 0 of the Kupang class, finished, through the same use cases as the API: twelve applicants read
 * the class's one required module (a certificate each), enrolment closed, every one of them submitted a
 * pitch with a deck; the five demo judges were assigned three to a pitch and scored them all; then the
 * judging window closed. Nothing is published: the README's walk-through previews, overrides and publishes.
 */
export async function seedResults(now: Date): Promise<void> {
  const classId = demoResultsClassId;
  await createClass({
    title: t("Kelas Wirausaha Kupang — Angkatan 0", "Kupang Entrepreneur Class — Cohort 0"),
    description: t(
      "Angkatan pertama kelas KADIN NTT bagi UMKM yang ingin mengakses modal; kompetisi pitch-nya sudah selesai dinilai.",
      "The first cohort of KADIN NTT's class for UMKM seeking capital; its pitch competition has been judged.",
    ),
    regencyCode: "53.71", capacity: resultsEntrants.length, enrolmentOpensAt: at(now, -60), enrolmentClosesAt: at(now, 1),
    startsOn: at(now, -50).slice(0, 10), waitlistEnabled: false,
  }, now, classId);
  await createModule(classId, materialModule(), now, moduleId);
  await Promise.all(resultsEntrants.map((entrant) => createProfile(entrant.sub, entrant.profile, now)));
  // a seat for each and no waitlist, so the order of enrolment does not matter
  await Promise.all(resultsEntrants.map((entrant) => enrol(classId, entrant.sub, now)));

  await createCompetition(classId, CompetitionInput.parse({
    title: t("Kompetisi Pitch Angkatan 0 — Kupang", "Cohort 0 Pitch Competition — Kupang"),
    // open while the seed writes the pitches; the seed then closes it, opens judging, and closes judging
    submissionOpensAt: at(now, -30), submissionDeadline: at(now, 1), judgingOpensAt: at(now, 1), judgingClosesAt: at(now, 10),
    judgesPerSubmission: 3, blindReview: true, rubric: demoRubric,
  }), now, demoResultsCompetitionId);
  // each applicant completes the class (its one module: a certificate), then pitches with a deck
  const submissionIds = await Promise.all(resultsEntrants.map(async (entrant) => {
    await markMaterialRead(classId, moduleId, entrant.sub, now);
    return pitch({ applicantId: entrant.sub, stage: "submitted", ...entrant.pitch }, now, demoResultsCompetitionId);
  }));
  // enrolment was open while the seed enrolled (the window is checked against the clock); now it closes
  await updateClass(classId, { enrolmentClosesAt: new Date().toISOString() }, new Date());
  // Dewi's ties name Rambu's business, which is not in this cohort: none to declare here
  await Promise.all(demoJudges.map(({ sub, invite }) => inviteJudge(demoResultsCompetitionId, sub, invite, now)));

  const closed = new Date().toISOString();
  await updateCompetition(demoResultsCompetitionId, { submissionDeadline: closed, judgingOpensAt: closed }, new Date(closed));
  await assignmentComputed((await requestAssignment(demoResultsCompetitionId, now)).revision, demoResultsCompetitionId);
  await scoreAll(submissionIds);

  // judging closes a moment from now; once that moment has passed, the ranking can be previewed
  const closes = new Date(Date.now() + 5);
  await updateCompetition(demoResultsCompetitionId, { judgingClosesAt: closes.toISOString() }, new Date());
  while (Date.now() <= closes.getTime()) await new Promise((resolve) => setTimeout(resolve, closes.getTime() + 1 - Date.now()));
}
