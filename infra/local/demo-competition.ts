import type { CompetitionInput } from "../../shared/api/schemas/competition-input.js";
import type { JudgeInvite } from "../../shared/api/schemas/judges.js";
import type { TiesInput } from "../../shared/api/schemas/ties.js";
import type { PitchDraft } from "../../shared/api/schemas/pitch-input.js";
import type { ProfileInput } from "../../shared/api/schemas/profiles.js";
import { createCompetition, updateCompetition } from "../../shared/app/competitions.js";
import { assignmentRun, declareTies, inviteJudge, myJudging, requestAssignment, saveScores } from "../../shared/app/judging.js";
import { requestPitchDeckUpload, savePitch, submitPitch } from "../../shared/app/pitches.js";
import { fileStore } from "../../shared/files/store.js";
import type { DemoUser } from "./demo.js";

/** Fixed, so the printed examples and the README stay valid across restarts. */
export const demoCompetitionId = "9c4e2f17-3b8a-4d6c-a1f0-7e5d2c8b4a01";

const t = (id: string, en: string) => ({ id, en });
const day = 24 * 3600 * 1000;
const at = (now: Date, days: number) => new Date(now.getTime() + days * day).toISOString();

interface Graduate extends Pick<DemoUser, "sub" | "username"> {
  profile: ProfileInput;
}

/**
 * Applicants who finish the Kupang class for the competition (demo.ts takes them through it): Marselina
 * and Yosef submit a pitch beside Rambu; Theresia leaves a draft, which the README's walk-through finishes.
 */
export const competitionGraduates = {
  marselina: {
    sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0a15", username: "marselina.rumputlaut",
    profile: {
      ownerName: "Marselina Ndun", businessName: "Rumput Laut Tablolong", nib: "9120301234571", sector: "perikanan", regencyCode: "53.03",
      products: ["Rumput laut kering", "Dodol rumput laut"], foundedYear: 2017, employees: 9, annualRevenueIdr: 340_000_000,
      capitalNeedIdr: 120_000_000, phone: "+6281234567005", language: "id", consent: true,
    },
  },
  yosef: {
    sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0a16", username: "yosef.madu",
    profile: {
      ownerName: "Yosef Nope", businessName: "Madu Hutan Mutis", nib: "9120301234572", sector: "agribisnis", regencyCode: "53.04",
      products: ["Madu hutan Timor", "Lilin lebah"], foundedYear: 2016, employees: 4, annualRevenueIdr: 210_000_000,
      capitalNeedIdr: 80_000_000, phone: "+6281234567006", language: "id", consent: true,
    },
  },
  theresia: {
    sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0a17", username: "theresia.kelor",
    profile: {
      ownerName: "Theresia Lado", businessName: "Kelor Ina Lado", nib: "9120301234575", sector: "agribisnis", regencyCode: "53.71",
      products: ["Teh kelor", "Serbuk kelor"], foundedYear: 2021, employees: 3, annualRevenueIdr: 96_000_000,
      capitalNeedIdr: 40_000_000, phone: "+6281234567009", language: "id", consent: true,
    },
  },
} satisfies Record<string, Graduate>;

interface DemoJudge extends DemoUser {
  invite: JudgeInvite;
  ties?: TiesInput["ties"];
  /** How far their scoring got when the demo starts, in the order of their assignments. */
  scoring: { submitted: number; drafts: number };
  /** Stricter or kinder than the rest, so the averages differ. */
  leaning: number;
}

const judge = (user: Omit<DemoUser, "groups">, rest: Omit<DemoJudge, keyof DemoUser>): DemoJudge => ({ ...user, groups: ["judge"], ...rest });

/** Rambu's business (demo.ts), as Dewi knows it from its papers. */
const RAMBU_NIB = "9120301234568";

/** Five judges with their sectors; Dewi is the cousin of a weaver who pitches, and says so. */
export const demoJudges: DemoJudge[] = [
  judge({ label: "Judge Benny (kuliner, agribisnis; scoring under way)", variable: "JUDGE", sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0a02", username: "benny.juri" }, {
    invite: { name: "Benny Ndolu", organisation: "Bank NTT", sectors: ["kuliner", "agribisnis"], email: "benny.ndolu@example.id", language: "id" },
    scoring: { submitted: 1, drafts: 1 }, leaning: 1,
  }),
  judge({ label: "Judge Dewi (fesyen-tenun, kriya; tied to a weaver's business)", variable: "JUDGE_DEWI", sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0a04", username: "dewi.juri" }, {
    invite: { name: "Dewi Manafe", organisation: "Dekranasda NTT", sectors: ["fesyen-tenun", "kriya"], email: "dewi.manafe@example.id", language: "id" },
    ties: [{ relation: "family", nib: RAMBU_NIB, note: "Sepupu saya menenun untuk usaha ini." }],
    scoring: { submitted: 0, drafts: 1 }, leaning: 0,
  }),
  judge({ label: "Judge Hendrik (agribisnis, perikanan; all scored)", variable: "JUDGE_HENDRIK", sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0a05", username: "hendrik.juri" }, {
    invite: { name: "Hendrik Sinlae", organisation: "Politeknik Pertanian Negeri Kupang", sectors: ["agribisnis", "perikanan"], email: "hendrik.sinlae@example.id", language: "id" },
    scoring: { submitted: Infinity, drafts: 0 }, leaning: -1,
  }),
  judge({ label: "Judge Yuliana (jasa, digital; not started)", variable: "JUDGE_YULIANA", sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0a06", username: "yuliana.juri" }, {
    invite: { name: "Yuliana Fanggidae", organisation: "Inkubator Bisnis Undana", sectors: ["jasa", "digital"], email: "yuliana.fanggidae@example.id", language: "en" },
    scoring: { submitted: 0, drafts: 0 }, leaning: 0,
  }),
  judge({ label: "Judge Stefanus (kuliner, perikanan, kriya; all scored)", variable: "JUDGE_STEFANUS", sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0a07", username: "stefanus.juri" }, {
    invite: { name: "Stefanus Lewar", organisation: "PLUT-KUMKM NTT", sectors: ["kuliner", "perikanan", "kriya"], email: "stefanus.lewar@example.id", language: "id" },
    scoring: { submitted: Infinity, drafts: 0 }, leaning: 0,
  }),
];

const criterion = (criterionId: string, name: [string, string], guidance: [string, string], weight: number) => ({
  criterionId, name: t(...name), guidance: t(...guidance), weight, scale: { min: 1, max: 10 },
});

/** The rubric of the class's competitions (demo-results.ts scores the previous cohort's by it too). */
export const demoRubric: CompetitionInput["rubric"] = [
  criterion("market", ["Potensi pasar", "Market potential"], ["Siapa pembelinya, berapa banyak, dan apakah mereka mau membayar?", "Who buys, how many, and will they pay?"], 25),
  criterion("product", ["Mutu & pembeda produk", "Product quality & differentiation"], ["Mutu yang konsisten, izin (PIRT, halal, BPOM), dan alasan memilih produk ini.", "Consistent quality, permits (PIRT, halal, BPOM) and a reason to choose this product."], 20),
  criterion("finance", ["Kesehatan keuangan", "Financial soundness"], ["Pembukuan, margin, dan arus kas yang masuk akal.", "Bookkeeping, margins and a credible cash flow."], 20),
  criterion("funds", ["Penggunaan dana", "Use of funds"], ["Apakah dana yang diminta menjawab hambatan utama usaha?", "Does the money asked for remove the business's main constraint?"], 15),
  criterion("team", ["Tim", "Team"], ["Kemampuan tim menjalankan rencana.", "Whether the team can carry out the plan."], 10),
  criterion("impact", ["Dampak sosial & daerah", "Social & regional impact"], ["Lapangan kerja, pemasok lokal, dan perempuan pelaku usaha di NTT.", "Jobs, local suppliers and women entrepreneurs in NTT."], 10),
];

function competitionInput(now: Date): CompetitionInput {
  return {
    title: t("Kompetisi Pitch Kelas Wirausaha Kupang — Angkatan 1", "Kupang Entrepreneur Class Pitch Competition — Cohort 1"),
    // open while the seed writes the pitches; the seed then closes it and opens judging, as an organiser would
    submissionOpensAt: at(now, -10), submissionDeadline: at(now, 1), judgingOpensAt: at(now, 1), judgingClosesAt: at(now, 10),
    judgesPerSubmission: 3, blindReview: true, rankingMethod: "additive",
    rubric: demoRubric,
  };
}

export interface DemoPitch {
  applicantId: string;
  stage: "submitted" | "draft";
  draft: Omit<PitchDraft, "pitchDeckKey">;
  /** What judges think of it, per criterion, before their own leaning. */
  merit: Record<string, number>;
  comments: string[];
}

function demoPitches(rambuId: string): DemoPitch[] {
  const g = competitionGraduates;
  return [
    {
      applicantId: rambuId, stage: "submitted",
      draft: {
        title: "Tenun ikat Sumba Timur langsung ke pembeli",
        summary: "Kami menjual kain tenun ikat pewarna alam langsung ke butik dan kolektor lewat katalog daring, tanpa tengkulak, sehingga penenun menerima dua kali lipat.",
        problem: "Penenun di Sumba Timur menjual lewat tengkulak dengan harga rendah dan menunggu berbulan-bulan untuk dibayar.",
        product: "Kain tenun ikat dan selendang pewarna alam, dengan kartu asal-usul motif dan nama desa penenun.",
        targetMarket: "Butik di Bali dan Jakarta, kolektor, dan wisatawan di Waingapu.",
        traction: "140 kain terjual tahun lalu; dua butik di Bali memesan ulang.",
        revenueLast12MonthsIdr: 260_000_000, capitalAskIdr: 90_000_000,
        useOfFunds: [{ item: "Benang dan pewarna alam untuk enam bulan", amountIdr: 40_000_000 }, { item: "Foto produk dan katalog daring", amountIdr: 15_000_000 }, { item: "Modal kerja untuk membayar penenun di muka", amountIdr: 35_000_000 }],
        team: "Rambu Kahi, penenun generasi ketiga, dengan 11 penenun di tiga desa; keponakannya mengurus katalog.",
      },
      merit: { market: 7, product: 9, finance: 6, funds: 8, team: 7, impact: 9 },
      comments: ["Motif dan kartu asal-usulnya kuat. Tunjukkan harga per kain dan margin penenun.", "Pembayaran di muka untuk penenun adalah pembeda yang jelas."],
    },
    {
      applicantId: g.marselina.sub, stage: "submitted",
      draft: {
        title: "Rumput laut kering bermutu ekspor dari Tablolong",
        summary: "Kami mengeringkan rumput laut di para-para, bukan di pasir, sehingga kadar kotorannya rendah dan harganya naik 30 persen di pembeli pabrik.",
        problem: "Rumput laut yang dijemur di pasir ditolak pabrik atau dibeli murah karena kotor.",
        product: "Rumput laut kering kadar air rendah dan dodol rumput laut untuk oleh-oleh.",
        targetMarket: "Pabrik karaginan di Surabaya dan toko oleh-oleh Kupang.",
        traction: "Tiga kali pengiriman ke Surabaya; 24 pembudidaya memasok kami.",
        revenueLast12MonthsIdr: 340_000_000, capitalAskIdr: 120_000_000,
        useOfFunds: [{ item: "Para-para jemur dan terpal", amountIdr: 50_000_000 }, { item: "Gudang kering", amountIdr: 70_000_000 }],
        team: "Marselina Ndun (pemilik), dua pengawas mutu, dan enam pekerja musiman.",
      },
      merit: { market: 8, product: 7, finance: 7, funds: 8, team: 6, impact: 8 },
      comments: ["Pasarnya jelas. Lampirkan hasil uji kadar air dari pembeli.", "Rencana gudang masuk akal; pikirkan risiko cuaca di musim hujan."],
    },
    {
      applicantId: g.yosef.sub, stage: "submitted",
      draft: {
        title: "Madu hutan Timor berlabel dan tertelusur",
        summary: "Madu hutan dari kaki Gunung Mutis, disaring dan dikemas di Soe dengan label asal pohon dan tanggal panen.",
        problem: "Madu hutan Timor dijual curah tanpa label, sering dicampur, sehingga pembeli kota tidak percaya.",
        product: "Madu hutan 250 ml dan 500 ml berlabel PIRT, serta lilin lebah untuk pengrajin.",
        targetMarket: "Toko oleh-oleh, apotek herbal, dan pembeli daring di Jawa dan Bali.",
        traction: "1.800 botol terjual tahun lalu; uji laboratorium kadar air 19 persen.",
        revenueLast12MonthsIdr: 210_000_000, capitalAskIdr: 80_000_000,
        useOfFunds: [{ item: "Ruang penyaringan higienis", amountIdr: 45_000_000 }, { item: "Botol dan label", amountIdr: 20_000_000 }, { item: "Sertifikasi BPOM", amountIdr: 15_000_000 }],
        team: "Yosef Nope (pemilik), dua pemanen dari kelompok tani hutan, dan satu staf pengemasan.",
      },
      merit: { market: 7, product: 8, finance: 6, funds: 7, team: 6, impact: 7 },
      comments: ["Uji laboratorium meyakinkan. Jelaskan pasokan di musim kering.", "Pisahkan biaya BPOM dari modal kerja dalam proyeksi."],
    },
    {
      // the README's walk-through finishes it, once the organiser lets her in late
      applicantId: g.theresia.sub, stage: "draft",
      draft: {
        title: "Teh kelor dari Kota Kupang",
        summary: "Kami mengolah daun kelor dari pekarangan warga Kupang menjadi teh dan serbuk berlabel PIRT.",
        capitalAskIdr: 40_000_000,
      },
      merit: {},
      comments: [],
    },
  ];
}

/** A one-page PDF naming the pitch: enough for the deck a judge downloads. */
function deckPdf(lines: string[]): Buffer {
  const text = lines.map((line, i) => `${i === 0 ? "/F1 22 Tf" : "/F1 12 Tf"} (${line.replace(/[\\()]/g, "\\$&")}) Tj T*`).join(" ");
  const content = `BT 60 520 Td 26 TL ${text} ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = "%PDF-1.4\n";
  const offsets = objects.map((body, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}

const idr = (amount: number) => `Rp ${amount.toLocaleString("id-ID")}`;

/** Lines of at most `width` characters, broken between words. */
function wrap(text: string, width = 100): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The applicant's path: a deck uploaded through a ticket like any other, the pitch saved with it, then submitted. */
export async function pitch({ applicantId, stage, draft }: DemoPitch, now: Date, competitionId = demoCompetitionId): Promise<string> {
  if (stage === "draft") return (await savePitch(competitionId, applicantId, draft)).pitch.submissionId;
  const deck = deckPdf([draft.title!, ...wrap(draft.summary!), "", `Kebutuhan modal: ${idr(draft.capitalAskIdr!)}`]);
  const ticket = await requestPitchDeckUpload(competitionId, applicantId, { contentType: "application/pdf", size: deck.length }, now);
  await fileStore().put(ticket.fileKey, deck, "application/pdf");
  await savePitch(competitionId, applicantId, { ...draft, pitchDeckKey: ticket.fileKey });
  return (await submitPitch(competitionId, applicantId)).pitch.submissionId;
}

export const clamp = (score: number) => Math.min(10, Math.max(1, score));

/** Each judge's scoring as far as `scoring` says: submitted first, then drafts, the rest untouched. */
async function score(judge: DemoJudge, pitches: Map<string, DemoPitch>) {
  const count = judge.scoring.submitted + judge.scoring.drafts;
  if (count === 0) return;
  const planned = (await myJudging(demoCompetitionId, judge.sub)).reviews.slice(0, count);
  for (const [i, review] of planned.entries()) {
    const demo = pitches.get(review.submissionId)!;
    const submit = i < judge.scoring.submitted;
    const scores = Object.fromEntries(Object.entries(demo.merit).map(([criterionId, merit]) => [criterionId, clamp(merit + judge.leaning)]));
    // a draft is half done: the first criteria scored, no comment yet
    const saved = submit ? scores : Object.fromEntries(Object.entries(scores).slice(0, 3));
    const comment = submit ? demo.comments[(demoJudges.indexOf(judge) + i) % demo.comments.length] : undefined;
    await saveScores(demoCompetitionId, review.submissionId, judge.sub, { scores: saved, comment, submit });
  }
}

/**
 * The assignJudges job computes a requested run from the table's stream (start.ts starts the job runner
 * before seeding). Calling the solver here too would race the job on the same pairs, so the seed waits
 * for the job's outcome, as an organiser would: the scores need the pairs.
 */
export async function assignmentComputed(revision: number, competitionId = demoCompetitionId) {
  const started = Date.now();
  while (Date.now() - started < 60_000) {
    const run = await assignmentRun(competitionId);
    if (run.status === "done" && run.revision >= revision) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("The assignJudges job did not compute the demo's assignment within a minute: is the job runner started?");
}

/**
 * The class's pitch competition, through the same use cases as the API: three graduates submitted (with a
 * PDF deck), one left a draft; five judges invited, one of them tied to a pitch; submissions closed and
 * judging opened; the assignment computed; and the scoring under way — some submitted, some drafts,
 * some not started.
 */
export async function seedCompetition(classId: string, rambuId: string, now: Date): Promise<void> {
  await createCompetition(classId, competitionInput(now), now, demoCompetitionId);
  const pitches = demoPitches(rambuId);
  const submissionIds = await Promise.all(pitches.map((demo) => pitch(demo, now)));
  await Promise.all(demoJudges.map(async ({ sub, invite, ties }) => {
    await inviteJudge(demoCompetitionId, sub, invite, now);
    if (ties) await declareTies(demoCompetitionId, sub, { ties }, now);
  }));

  // the deadline passes after the last pitch was written, and judging opens with it
  const closed = new Date().toISOString();
  await updateCompetition(demoCompetitionId, { submissionDeadline: closed, judgingOpensAt: closed }, new Date(closed));
  await assignmentComputed((await requestAssignment(demoCompetitionId, now)).revision);

  const bySubmission = new Map(pitches.map((demo, i) => [submissionIds[i]!, demo]));
  await Promise.all(demoJudges.map((judge) => score(judge, bySubmission)));
}
